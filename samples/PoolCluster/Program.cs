// PoolService is a program too (a public Program type): referenced under its own alias, so the two do not clash.
extern alias service;

using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PoolCluster.Fit;
using PoolCluster.Grains;
using PoolCluster.Hosting;
using PrivateTraffic.Core.Value;
using service::PoolService.Hosting;
using service::PoolService.Http;

// The pool cluster: three Orleans silos in this process on loopback, pools as grains, a distributed BG/NBD fit.
//   dotnet run --project samples/PoolCluster                          (in-memory membership and storage)
//   dotnet run --project samples/PoolCluster -- --postgres "Host=...;Username=...;Database=..."   (PostgreSQL)
//   dotnet run --project samples/PoolCluster -c Release -- --measure  (the fit of 1,000,000 customers, timed)
//   dotnet run --project samples/PoolCluster -- --serve [--urls http://localhost:5090]   (PoolService's routes over the grains)
var postgres = Option("--postgres") ?? Environment.GetEnvironmentVariable("PT_CLUSTER_POSTGRES");
var measure = args.Contains("--measure");
var serve = args.Contains("--serve");
var urls = Option("--urls") ?? "http://localhost:5090";
const int Silos = 3;
const int Pools = 12;
const int CommandsPerPool = 9;
const int Partitions = 8;
var customersPerPartition = measure ? 125_000 : 12_500;
const int Seed = 2026;

Console.WriteLine("Assumptions (defaults of this sample):");
Console.WriteLine($"  {Silos} silos on 127.0.0.1, silo ports {ClusterSetup.SiloPort}.., gateway ports {ClusterSetup.GatewayPort}..");
Console.WriteLine(postgres is null
    ? "  membership in memory (silo 0 is the primary), grain storage in this process (pass --postgres \"<connection string>\" for PostgreSQL)"
    : "  membership and grain storage on PostgreSQL (Orleans ADO.NET)");
Console.WriteLine(serve
    ? $"  --serve: PoolService's routes on {urls}, the pools as grains (no demo, no fit)"
    : $"  {Pools} pools, {CommandsPerPool} commands each (captures and purchases), one retried");
if (!serve)
{
    Console.WriteLine($"  a simulated base of {Partitions} x {customersPerPartition:N0} customers (seed {Seed}, BG/NBD at CDNOW's published parameters)");
}

foreach (var line in PoolValueSettings.Assumptions())
{
    Console.WriteLine("  " + line);
}

if (postgres is not null && await OrleansSchema.EnsureAsync(postgres))
{
    Console.WriteLine("Created Orleans' tables in the PostgreSQL database.");
}

var store = new ProcessGrainStore();
var silos = new List<IHost>();
for (var i = 0; i < Silos; i++)
{
    var index = i;
    var builder = Host.CreateApplicationBuilder();
    builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Orleans", LogLevel.Error);
    builder.UseOrleans(silo => silo.ConfigureLocalSilo(index, postgres, store));
    var host = builder.Build();
    await host.StartAsync();
    silos.Add(host);
}

var clientBuilder = Host.CreateApplicationBuilder();
clientBuilder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Orleans", LogLevel.Error);
clientBuilder.UseOrleansClient(client => client.ConfigureLocalClient(Silos, postgres));
using var clientHost = clientBuilder.Build();
await clientHost.StartAsync();
var grains = clientHost.Services.GetRequiredService<IGrainFactory>();

try
{
    if (serve)
    {
        await Serve(new GrainPoolHost(new PoolGrainClient(grains)));
    }
    else
    {
        if (!measure)
        {
            await PoolDemo(new PoolGrainClient(grains));
        }

        await FitDemo(new FitCoordinator(grains, Partitions));
    }
}
finally
{
    await clientHost.StopAsync();
    foreach (var silo in Enumerable.Reverse(silos))
    {
        await silo.StopAsync();
        silo.Dispose();
    }
}

// The service's own HTTP setup and routes; only the IPoolHost differs (grains instead of SQLite). Serves until Ctrl+C.
async Task Serve(GrainPoolHost pools)
{
    var web = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", "--urls", urls]);
    web.Logging.SetMinimumLevel(LogLevel.Warning);
    web.Services.AddSingleton<IPoolHost>(pools);
    web.AddPoolServiceHttp();
    await using var app = web.Build();
    app.UsePoolServiceHttp();
    Console.WriteLine($"PoolCluster serving PoolService's routes on {urls} over {Silos} silos; Ctrl+C stops it.");
    await app.RunAsync();
}

async Task PoolDemo(PoolGrainClient pools)
{
    Console.WriteLine();
    Console.WriteLine("Pools as grains:");
    var hosts = new Dictionary<string, int>();
    for (var p = 0; p < Pools; p++)
    {
        await pools.OpenAsync(PoolScript.Definition(p));
        for (var step = 0; step < CommandsPerPool; step++)
        {
            await pools.ExecuteAsync(PoolScript.Command(p, step));
        }

        var retried = await pools.ExecuteAsync(PoolScript.Command(p, 1));
        var silo = await pools.Pool(PoolScript.Id(p)).Silo();
        hosts[silo] = hosts.GetValueOrDefault(silo) + 1;
        if (p < 3)
        {
            Console.WriteLine($"  {PoolScript.Id(p)}: version {retried.Version}, the retried purchase a repeat: {retried.IsRepeat}; on {silo}");
        }
    }

    Console.WriteLine($"  {Pools} pools over {hosts.Count} silos: {string.Join(", ", hosts.Select(h => $"{h.Key} {h.Value}"))}");
    var first = PoolScript.Id(0);
    var day = PoolScript.Start.InZone(PrivateTraffic.Core.Pools.PrivatePool.DefaultTimeZone).Date;
    var metrics = await pools.MetricsAsync(first, day, day.PlusDays(1));
    Console.WriteLine($"  metrics of {first}: {PrivateTraffic.Core.Serialization.PrivateTrafficJson.Serialize(metrics)}");
    var composition = await pools.CompositionAsync(first, PoolScript.Start + NodaTime.Duration.FromDays(2));
    Console.WriteLine($"  271 composition: {PrivateTraffic.Core.Serialization.PrivateTrafficJson.Serialize(composition)}");
    var card = await pools.ValueCardAsync(first, PrivateTraffic.Core.Primitives.MemberId.From("wx-0-0"), day.PlusDays(7));
    Console.WriteLine($"  value card of wx-0-0: {(card is null ? "none" : PrivateTraffic.Core.Serialization.PrivateTrafficJson.Serialize(card))}");
}

async Task FitDemo(FitCoordinator coordinator)
{
    Console.WriteLine();
    Console.WriteLine($"Distributed BG/NBD fit over {Partitions} partition grains:");
    var summary = await coordinator.LoadSimulatedAsync(Seed, customersPerPartition);
    var whole = SimulatedBase.Whole(Seed, Partitions, customersPerPartition);
    var runs = measure ? 3 : 1;
    var local = new List<double>();
    var distributed = new List<double>();
    ModelFit<BgNbdParameters>? localFit = null;
    (ModelFit<BgNbdParameters> Fit, int Evaluations)? last = null;
    for (var run = 0; run < runs; run++)
    {
        var clock = Stopwatch.StartNew();
        localFit = BgNbdModel.Fit(whole);
        local.Add(clock.Elapsed.TotalMilliseconds);
        clock.Restart();
        last = await coordinator.FitAsync(summary);
        distributed.Add(clock.Elapsed.TotalMilliseconds);
    }

    var remote = last!.Value;
    var l = localFit!.Parameters!.Value;
    var d = remote.Fit.Parameters!.Value;
    var gap = new[] { (l.R, d.R), (l.Alpha, d.Alpha), (l.A, d.A), (l.B, d.B) }.Max(p => Math.Abs(p.Item1 - p.Item2) / Math.Abs(p.Item1));
    Console.WriteLine($"  {summary.Customers:N0} customers; local:       {l}, LL {localFit.LogLikelihood:F4}");
    Console.WriteLine($"  distributed ({remote.Evaluations} fan-outs): {d}, LL {remote.Fit.LogLikelihood:F4}");
    Console.WriteLine($"  largest relative difference of a parameter: {gap.ToString("G3", CultureInfo.InvariantCulture)}");
    var score = await coordinator.ScoreAsync(d, 52.0);
    Console.WriteLine($"  scored by partition: Σ P(alive) {score.ProbabilityAlive:F2}, Σ expected purchases in 52 weeks {score.ExpectedPurchases:F2}");
    if (measure)
    {
        Console.WriteLine($"  local fit ms: {string.Join(", ", local.Select(v => v.ToString("F0", CultureInfo.InvariantCulture)))}; median {Median(local):F0}");
        Console.WriteLine($"  distributed fit ms: {string.Join(", ", distributed.Select(v => v.ToString("F0", CultureInfo.InvariantCulture)))}; median {Median(distributed):F0}");
        Console.WriteLine($"  distributed / local: {Median(distributed) / Median(local):F2}");
    }
}

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

/// <summary>The entry point; internal, so that ASP.NET Core does not make it public and clash with PoolService's
/// <c>Program</c> in the tests, which reference both.</summary>
internal partial class Program;
