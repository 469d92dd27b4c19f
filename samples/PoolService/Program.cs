using PoolService.Hosting;
using PoolService.Http;

// The reference service (issue 15): pools behind a minimal API, on one SQLite file. Every default is printed below.
// No watching of the content root for configuration changes: the database usually lives there, and every write to it
// would wake the file watcher (measured: a visible share of the service's CPU under load).
var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
if (builder.Configuration["urls"] is null && builder.Configuration["ASPNETCORE_URLS"] is null)
{
    builder.WebHost.UseUrls("http://localhost:5080");
}

builder.Services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection("PoolService").Get<PoolHostOptions>() ?? new PoolHostOptions());
builder.Services.AddSingleton<SqlitePoolHost>();
builder.Services.AddSingleton<IPoolHost>(sp => sp.GetRequiredService<SqlitePoolHost>());
builder.AddPoolServiceHttp();

var app = builder.Build();
app.UsePoolServiceHttp();

var host = app.Services.GetRequiredService<SqlitePoolHost>();
Console.WriteLine($"PoolService on {app.Configuration["urls"] ?? "http://localhost:5080"}; schema version {host.Store.PreviousSchemaVersion} -> {PoolService.Storage.SqliteSchema.CurrentVersion}. Assumptions:");
foreach (var line in app.Services.GetRequiredService<PoolHostOptions>().Assumptions())
{
    Console.WriteLine($"  {line}");
}

app.Run();

/// <summary>The entry point, public so that tests can start the service with WebApplicationFactory.</summary>
public partial class Program;
