// A small ASP.NET Core service over the packed package: one endpoint, JSON through the library's contracts added to
// ASP.NET's own options. Run with --self-test it checks the contracts on those options and exits without listening.
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.AddPrivateTraffic());
var app = builder.Build();
app.MapGet("/price/{yuan:decimal}", (decimal yuan) => Money.Yuan(yuan));

if (args.Contains("--self-test"))
{
    var options = app.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
    var money = JsonSerializer.Serialize(Money.Yuan(9.9m), options);
    const string erased = """{"type":"memberErased","member":"m-003","eventId":"e-10","pool":"counter-wechat","at":"2024-03-10T06:00:00Z"}""";
    var poolEvent = JsonSerializer.Deserialize<PoolEvent>(erased, options);
    var written = JsonSerializer.Serialize(poolEvent, options);
    var refused = false;
    try
    {
        JsonSerializer.Deserialize<PoolEvent>(erased.Replace("\"at\"", "\"extra\":1,\"at\""), options);
    }
    catch (JsonException ex) when (ex.Path is not null)
    {
        refused = true;
    }

    if (money != """{"amount":"9.90","currency":"CNY"}""" || poolEvent is not MemberErased || written != erased || !refused)
    {
        Console.WriteLine($"consumer-web: the contracts do not hold on ASP.NET's options: {money} {written} refused={refused}");
        return 1;
    }

    app.Logger.LogInformation("self-test passed");
    Console.WriteLine($"consumer-web: {money} and {written} through ASP.NET's JSON options; hostile JSON refused; package OK");
    return 0;
}

app.Run();
return 0;
