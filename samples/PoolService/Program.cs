using System.Text.Json.Serialization;
using PoolService.Hosting;
using PoolService.Http;
using PrivateTraffic.Core.Serialization;

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
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.AddPrivateTraffic();
    o.SerializerOptions.TypeInfoResolverChain.Insert(1, ServiceJsonContext.Default);
    // The service's own bodies are as strict as the library's: unknown members, missing members and nulls refused.
    o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    o.SerializerOptions.RespectNullableAnnotations = true;
    o.SerializerOptions.RespectRequiredConstructorParameters = true;
});
// Bodies are small; a megabyte is far more than any command needs (Kestrel stops a longer chunked body too).
const int MaxBody = 1 << 20;
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxBody);
// The binder throws on a bad body in every environment, so the mapping below gives it a path.
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemMapper>();
builder.Services.AddOpenApi();

var app = builder.Build();
app.UseExceptionHandler();
app.Use((context, next) => context.Request.ContentLength > MaxBody
    ? Results.Problem(Problems.TooLarge(MaxBody)).ExecuteAsync(context)
    : next(context));
app.UseStatusCodePages();
app.MapOpenApi();
app.MapPoolEndpoints();

var host = app.Services.GetRequiredService<SqlitePoolHost>();
Console.WriteLine($"PoolService on {app.Configuration["urls"] ?? "http://localhost:5080"}; schema version {host.Store.PreviousSchemaVersion} -> {PoolService.Storage.SqliteSchema.CurrentVersion}. Assumptions:");
foreach (var line in app.Services.GetRequiredService<PoolHostOptions>().Assumptions())
{
    Console.WriteLine($"  {line}");
}

app.Run();

/// <summary>The entry point, public so that tests can start the service with WebApplicationFactory.</summary>
public partial class Program;
