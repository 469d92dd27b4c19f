// Load for the pool service (issue 15): N workers post captures and purchases across many pools to a base URL and
// report requests a second, p50 and p99. Usage:
//   dotnet run -c Release --project tests/PrivateTraffic.Core.Load -- --base-url http://localhost:5080 --workers 64 --pools 1000 --seconds 20
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using PrivateTraffic.Core.Load;

var settings = LoadSettings.Parse(args);
Console.WriteLine($"Load: {settings} (assumptions: defaults unless given)");

using var http = new HttpClient(new SocketsHttpHandler
{
    MaxConnectionsPerServer = settings.Workers,
    PooledConnectionLifetime = TimeSpan.FromMinutes(10),
})
{
    BaseAddress = settings.BaseUrl,
    Timeout = TimeSpan.FromSeconds(30),
};

var pools = Enumerable.Range(0, settings.Pools).Select(i => $"load-{settings.Run}-{i:D4}").ToArray();
var clock = 0L;
var epoch = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
string At() => epoch.AddMilliseconds(Interlocked.Increment(ref clock)).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

// Open the pools (no capacity limit), a few at a time.
await Parallel.ForEachAsync(pools, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(settings.Workers, 16) }, async (pool, ct) =>
{
    var body = $$"""{"type":"poolCreated","owner":"load","channel":"wechat:{{pool}}","kind":"personalWeChat","subPools":["prospects","customers"],"capacity":null,"qrCodeJoinLimit":null,"eventId":"open-{{pool}}","pool":"{{pool}}","at":"2026-11-01T00:00:00Z"}""";
    using var response = await http.PostAsync("/pools", Json(body), ct);
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"Opening {pool}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
    }
});

var sent = 0L;
var measuring = false;
var stop = false;
var samples = new List<Sample>[settings.Workers];
var failures = new Dictionary<HttpStatusCode, int>();
var workers = Enumerable.Range(0, settings.Workers).Select(w => Task.Run(async () =>
{
    var random = new Random(w);   // seeded: the same run posts the same mix
    var mine = samples[w] = new List<Sample>(1 << 16);
    var members = new List<(int Pool, string Member)>();   // the members this worker captured: its purchases are theirs
    var sequence = 0;
    while (!Volatile.Read(ref stop))
    {
        var purchase = members.Count > 0 && random.NextDouble() < settings.PurchaseShare;
        var id = $"{w}-{sequence++}";
        var (p, member) = purchase ? members[random.Next(members.Count)] : (random.Next(pools.Length), $"m-{id}");
        string path, body;
        if (purchase)
        {
            path = $"/pools/{pools[p]}/purchases";
            body = $$"""{"eventId":"o-{{id}}","member":"{{member}}","category":"tea","amount":{"amount":"39.90","currency":"CNY"},"at":"{{At()}}"}""";
        }
        else
        {
            path = $"/pools/{pools[p]}/captures";
            body = $$"""{"eventId":"c-{{id}}","member":"{{member}}","source":"load","at":"{{At()}}"}""";
        }

        var started = Stopwatch.GetTimestamp();
        using var response = await http.PostAsync(path, Json(body));
        await response.Content.LoadIntoBufferAsync();
        var elapsed = Stopwatch.GetElapsedTime(started);
        Interlocked.Increment(ref sent);
        if (Volatile.Read(ref measuring))
        {
            mine.Add(new Sample(elapsed.Ticks, purchase, response.IsSuccessStatusCode));
        }

        if (response.IsSuccessStatusCode && !purchase)
        {
            members.Add((p, member));
        }
        else if (!response.IsSuccessStatusCode)
        {
            lock (failures)
            {
                failures[response.StatusCode] = failures.GetValueOrDefault(response.StatusCode) + 1;
            }
        }
    }
})).ToArray();

await Task.Delay(settings.Warmup);
Volatile.Write(ref measuring, true);
var measured = Stopwatch.StartNew();
await Task.Delay(settings.Duration);
Volatile.Write(ref measuring, false);
measured.Stop();
Volatile.Write(ref stop, true);
await Task.WhenAll(workers);

var all = samples.SelectMany(s => s).ToList();
var seconds = measured.Elapsed.TotalSeconds;
Console.WriteLine(Report("all", all, seconds));
Console.WriteLine(Report("captures", all.Where(s => !s.Purchase).ToList(), seconds));
Console.WriteLine(Report("purchases", all.Where(s => s.Purchase).ToList(), seconds));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"sent {sent + pools.Length} requests in all (warm-up and {pools.Length} opens included); the generator used {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:0.0} s of CPU"));
Console.WriteLine(failures.Count == 0 ? "failures: none" : "failures: " + string.Join(", ", failures.Select(f => $"{(int)f.Key} x{f.Value}")));
return failures.Count == 0 ? 0 : 1;

static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

static string Report(string name, List<Sample> samples, double seconds)
{
    if (samples.Count == 0)
    {
        return $"{name,-10} no requests";
    }

    // Every latency is kept and sorted: exact percentiles (a run holds at most a few million).
    var ticks = samples.Select(s => s.Ticks).Order().ToArray();
    double Ms(double q) => TimeSpan.FromTicks(ticks[Math.Min(ticks.Length - 1, (int)Math.Ceiling(q * ticks.Length) - 1)]).TotalMilliseconds;
    return string.Create(CultureInfo.InvariantCulture,
        $"{name,-10} {samples.Count,9} requests  {samples.Count / seconds,9:0} req/s  p50 {Ms(0.50),7:0.00} ms  p99 {Ms(0.99),7:0.00} ms  max {TimeSpan.FromTicks(ticks[^1]).TotalMilliseconds,8:0.0} ms");
}

internal readonly record struct Sample(long Ticks, bool Purchase, bool Ok);
