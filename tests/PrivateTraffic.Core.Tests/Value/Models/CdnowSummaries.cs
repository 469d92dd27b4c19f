using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

/// <summary>The CDNOW 1/10th sample summaries from ../shared (the tests that use them are skipped, with the reason, when absent).</summary>
internal sealed class CdnowSummaries
{
    private CdnowSummaries(double[] x, double[] tx, double[] t, double[] zbar)
    {
        Frequency = x;
        Recency = tx;
        Age = t;
        MeanSpend = zbar;
    }

    public double[] Frequency { get; }

    public double[] Recency { get; }

    public double[] Age { get; }

    /// <summary>Mean repeat spend zbar (0 when x = 0); only from the file with transactions.</summary>
    public double[] MeanSpend { get; }

    public RepeatPurchaseData Data => RepeatPurchaseData.Create(Frequency, Recency, Age, TimeUnit.Weeks);

    /// <summary>cdnow_customers_summary.csv: ID,frequency,recency,T.</summary>
    public static CdnowSummaries Load() => Read(RequireCdnowFile("cdnow_customers_summary.csv"), hasSpend: false);

    /// <summary>cdnow_customers_summary_with_transactions.csv: ID,x,t_x,T,zbar.</summary>
    public static CdnowSummaries LoadWithSpend() => Read(RequireCdnowFile("cdnow_customers_summary_with_transactions.csv"), hasSpend: true);

    /// <summary>
    /// The file from ../shared/data/cdnow beside the repository (<see cref="RepositoryPaths.RequireSharedFile"/>); a git
    /// worktree sits one level deeper (/work/wt/name), so the shared folder of an enclosing directory is tried first.
    /// Skips the test with the reason when neither exists.
    /// </summary>
    private static string RequireCdnowFile(string name)
    {
        for (var dir = Directory.GetParent(RepositoryPaths.Root)?.Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "cdnow", name);
            if (File.Exists(candidate) && !File.Exists(Path.Combine(RepositoryPaths.Cdnow, name)))
            {
                return candidate;
            }
        }

        return RepositoryPaths.RequireSharedFile("cdnow", name);
    }

    private static CdnowSummaries Read(string path, bool hasSpend)
    {
        var rows = File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
        double Col(string[] r, int i) => double.Parse(r[i], CultureInfo.InvariantCulture);
        var x = new List<double>();
        var tx = new List<double>();
        var t = new List<double>();
        var z = new List<double>();
        foreach (var r in rows)
        {
            x.Add(Col(r, 1));
            tx.Add(Col(r, 2));
            t.Add(Col(r, 3));
            z.Add(hasSpend ? Col(r, 4) : 0.0);
        }

        return new CdnowSummaries(x.ToArray(), tx.ToArray(), t.ToArray(), z.ToArray());
    }
}
