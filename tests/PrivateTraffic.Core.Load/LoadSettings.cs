using System.Globalization;

namespace PrivateTraffic.Core.Load;

/// <summary>The run's settings, from <c>--name value</c> pairs; every default is printed as an assumption.</summary>
internal sealed record LoadSettings(Uri BaseUrl, int Workers, int Pools, TimeSpan Duration, TimeSpan Warmup, double PurchaseShare, string Run)
{
    public static LoadSettings Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Expected --name value, found '{args[i]}'.", nameof(args));
            }

            values[args[i][2..]] = args[i + 1];
        }

        string Get(string name, string fallback) => values.GetValueOrDefault(name, fallback);
        int Int(string name, int fallback) => int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        return new LoadSettings(
            new Uri(Get("base-url", "http://localhost:5080")),
            Int("workers", 64),
            Int("pools", 1000),
            TimeSpan.FromSeconds(Int("seconds", 20)),
            TimeSpan.FromSeconds(Int("warmup", 5)),
            double.Parse(Get("purchase-share", "0.3"), CultureInfo.InvariantCulture),
            Get("run", DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture)));
    }

    public override string ToString() =>
        $"base URL {BaseUrl}, {Workers} workers, {Pools} pools (run '{Run}'), {Warmup.TotalSeconds:0} s warm-up then {Duration.TotalSeconds:0} s measured, " +
        $"{PurchaseShare:P0} purchases / {1 - PurchaseShare:P0} captures";
}
