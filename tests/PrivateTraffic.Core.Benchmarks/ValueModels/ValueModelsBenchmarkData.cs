using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Benchmarks.ValueModels;

/// <summary>Inputs of the value-model benchmarks: the CDNOW summary when ../shared is present, and simulated bases.</summary>
internal static class ValueModelsBenchmarkData
{
    public static readonly BgNbdParameters Purchases = BgNbdParameters.Create(0.243, 4.414, 0.793, 2.426, TimeUnit.Weeks);

    public static readonly GammaGammaParameters Spend = GammaGammaParameters.Create(6.25, 3.74, 15.44);

    /// <summary>The CDNOW columns (x, t_x, T) from ../shared/data/cdnow, or null when absent.</summary>
    public static (double[] X, double[] Tx, double[] T)? Cdnow()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "data", "cdnow", "cdnow_customers_summary.csv");
            if (File.Exists(path))
            {
                var rows = File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
                double Col(string[] r, int i) => double.Parse(r[i], CultureInfo.InvariantCulture);
                return (rows.Select(r => Col(r, 1)).ToArray(), rows.Select(r => Col(r, 2)).ToArray(), rows.Select(r => Col(r, 3)).ToArray());
            }
        }

        return null;
    }

    /// <summary>
    /// A CDNOW-like base of <paramref name="n"/> customers simulated from the published BG/NBD parameters: first purchases
    /// over 12 weeks, calibration 39 weeks, times on a daily grid as summaries from daily transactions are, with
    /// Gamma-Gamma mean spends rounded to cents.
    /// </summary>
    public static (double[] X, double[] Tx, double[] T, double[] Z) Simulated(int n, int seed)
    {
        var random = new Random(seed);
        var t = new double[n];
        for (var i = 0; i < n; i++)
        {
            t[i] = (273 - random.Next(0, 84)) / 7.0;
        }

        var x = new double[n];
        var tx = new double[n];
        BgNbdModel.Simulate(Purchases, t, random, x, tx);
        for (var i = 0; i < n; i++)
        {
            tx[i] = x[i] == 0 ? 0.0 : Math.Min(Math.Ceiling(tx[i] * 7.0) / 7.0, t[i]);
        }

        var z = new double[n];
        GammaGammaModel.Simulate(Spend, x, random, z);
        for (var i = 0; i < n; i++)
        {
            z[i] = x[i] == 0 ? 0.0 : Math.Max(0.01, Math.Round(z[i], 2));
        }

        return (x, tx, t, z);
    }
}
