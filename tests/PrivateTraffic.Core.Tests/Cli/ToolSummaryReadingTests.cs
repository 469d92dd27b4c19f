using System;
using System.IO;
using System.Linq;

namespace PrivateTraffic.Core.Tests.Cli;

/// <summary>
/// A summary is read by a parallel byte-level fast path, or, when a row is not plain (quotes, another separator, spaces,
/// CRLF), by Sep row by row; both must read the same customers, so every layout gives the same fit and the same scores.
/// </summary>
public sealed class ToolSummaryReadingTests : ToolTestFolder
{
    [SkippableFact]
    public void Plain_quoted_crlf_and_semicolon_summaries_give_the_same_fit_and_scores()
    {
        // 150,000 customers (5.7 MB): two blocks of the fast path, each cut into parts per core.
        Assert.Equal(0, Tool.Run("simulate", "--customers", "150000", "--seed", "5", "-o", At("plain.csv")).ExitCode);
        var lines = File.ReadAllLines(At("plain.csv"));
        File.WriteAllText(At("quoted.csv"), string.Join("\n", lines.Select((l, i) => i == 0 ? l : "\"" + l.Replace(",", "\",", StringComparison.Ordinal).Replace(",", ",\"", StringComparison.Ordinal) + "\"")) + "\n");
        File.WriteAllText(At("crlf.csv"), string.Join("\r\n", lines) + "\r\n");
        File.WriteAllText(At("semicolon.csv"), string.Join("\n", lines.Select(l => l.Replace(',', ';'))));
        File.WriteAllText(At("spaced.csv"), string.Join("\n", lines.Select(l => l.Replace(",", " , ", StringComparison.Ordinal))) + "\n");
        File.WriteAllText(At("gg.json"), """{"p":6.25,"q":3.74,"gamma":15.44}""");

        string Fit(string name)
        {
            var (code, _, error) = Tool.Run("fit", "--summary", At(name), "--model", "bgnbd", "-o", At(name + ".json"));
            Assert.True(code == 0, $"{name}: {error}");
            return File.ReadAllText(At(name + ".json"));
        }

        string Score(string name)
        {
            var (code, _, error) = Tool.Run("score", "--summary", At(name), "--params", At("plain.csv.json"), "--spend-params", At("gg.json"), "--horizon", "52", "--discount-rate", "0.002", "-o", At(name + ".scores"));
            Assert.True(code == 0, $"{name}: {error}");
            return File.ReadAllText(At(name + ".scores"));
        }

        var fit = Fit("plain.csv");
        var scores = Score("plain.csv");
        foreach (var name in new[] { "quoted.csv", "crlf.csv", "semicolon.csv", "spaced.csv" })
        {
            Assert.Equal(fit, Fit(name));
            Assert.Equal(scores, Score(name));
        }
    }
}
