using System;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Tests.Value.Models;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Cli;

/// <summary>The tool's chain on temp files: summarize → fit → score, and retention; the same figures as the library.</summary>
public sealed class ToolWorkflowTests : ToolTestFolder
{
    [SkippableFact]
    public void Summarize_reads_a_generic_CSV_by_column_names_and_date_pattern_like_the_library()
    {
        File.WriteAllText(At("log.csv"), "when;amount_paid;customer\n03/01/2024;10.50;a\n10/01/2024;20;a\n10/01/2024;5;a\n05/02/2024;7.25;b\n01/04/2024;99;a\n");

        var (code, output, error) = Tool.Run(
            "summarize", "--transactions", At("log.csv"), "--id", "customer", "--date", "when", "--amount", "amount_paid",
            "--date-format", "dd/MM/yyyy", "--calibration-end", "2024-03-01", "--unit", "days");

        Assert.True(code == 0, error);
        var cny = Currency.FromCode("CNY");
        var log = new PurchaseLog();
        log.Add(MemberId.From("a"), new LocalDate(2024, 1, 3), Money.Of(10.50m, cny));
        log.Add(MemberId.From("a"), new LocalDate(2024, 1, 10), Money.Of(20m, cny));
        log.Add(MemberId.From("a"), new LocalDate(2024, 1, 10), Money.Of(5m, cny));
        log.Add(MemberId.From("b"), new LocalDate(2024, 2, 5), Money.Of(7.25m, cny));
        var expected = CustomerSummaries.Summarize(log, new LocalDate(2024, 3, 1), TimeUnit.Days);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal("ID,frequency,recency,T,monetary_value", lines[0]);
        Assert.Equal(expected.Count, lines.Length - 1);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(
                string.Create(CultureInfo.InvariantCulture, $"{expected.Customers[i].Value},{expected.Frequency[i]},{expected.TimeOfLastPurchase[i]},{expected.Age[i]},{expected.MonetaryValue[i]}"),
                lines[i + 1]);
        }
    }

    [SkippableFact]
    public void Summarize_reads_both_CDNOW_layouts_and_reproduces_the_published_summary()
    {
        var sample = RepositoryPaths.RequireSharedFile("cdnow", "CDNOW_sample.txt");
        var master = RepositoryPaths.RequireSharedFile("cdnow", "CDNOW_master.txt");
        var published = RepositoryPaths.RequireSharedFile("cdnow", "cdnow_customers_summary_with_transactions.csv");

        var (code, _, error) = Tool.Run("summarize", "--transactions", sample, "--format", "cdnow", "--calibration-end", "1997-09-30", "-o", At("sample.csv"));
        Assert.True(code == 0, error);
        var mine = File.ReadAllLines(At("sample.csv")).Skip(1).Select(l => l.Split(',').Select(Number).ToArray()).OrderBy(r => r[0]).ToArray();
        var theirs = File.ReadAllLines(published).Skip(1).Select(l => l.Split(',').Select(Number).ToArray()).OrderBy(r => r[0]).ToArray();
        Assert.Equal(2357, mine.Length);
        Assert.Equal(theirs.Length, mine.Length);
        for (var i = 0; i < mine.Length; i++)
        {
            // The published file rounds to two decimals.
            Assert.Equal(theirs[i][0], mine[i][0]);
            Assert.Equal(theirs[i][1], mine[i][1]);
            for (var c = 2; c < 5; c++)
            {
                Assert.True(Math.Abs(theirs[i][c] - mine[i][c]) <= 0.0051, $"customer {theirs[i][0]} column {c}: {mine[i][c]} vs {theirs[i][c]}");
            }
        }

        (code, _, error) = Tool.Run("summarize", "--transactions", master, "--format", "cdnow", "--calibration-end", "1997-09-30", "-o", At("master.csv"));
        Assert.True(code == 0, error);
        Assert.Equal(23_570 + 1, File.ReadLines(At("master.csv")).Count());
        Assert.Contains("69,659 purchases of 23,570 customers", error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Fit_on_the_CDNOW_summary_reproduces_the_published_BG_NBD_estimates()
    {
        var cdnow = RepositoryPaths.RequireSharedFile("cdnow", "cdnow_customers_summary.csv");
        var (code, output, error) = Tool.Run("fit", "--summary", cdnow, "--model", "bgnbd");

        Assert.True(code == 0, error);
        // The library's tests pin every published estimate; here the tool's file gives the same fit.
        var fit = PrivateTrafficJson.Deserialize<ModelFit<BgNbdParameters>>(output);
        Assert.Equal(0.243, fit.Parameters!.Value.R, 0.001);
        Assert.Equal(-9582.43, fit.LogLikelihood!.Value, 0.01);
    }

    [SkippableFact]
    public void Gamma_Gamma_leaves_out_and_counts_repeat_buyers_with_zero_spend_and_score_accepts_them()
    {
        var summary = WriteSimulatedSummary(600, freeRepeatBuyers: 3);

        var (code, _, error) = Tool.Run("fit", "--summary", summary, "--model", "gammagamma", "-o", At("gg.json"));

        Assert.True(code == 0, error);
        Assert.Contains("left out 3 repeat buyer(s) whose mean spend is 0", error, StringComparison.Ordinal);
        var gg = PrivateTrafficJson.Deserialize<ModelFit<GammaGammaParameters>>(File.ReadAllText(At("gg.json")));
        Assert.Equal(Simulated(600).X.Count(x => x > 0) - 3, gg.CustomerCount);

        Assert.Equal(0, Tool.Run("fit", "--summary", summary, "--model", "bgnbd", "-o", At("bg.json")).ExitCode);
        (code, _, error) = Tool.Run(
            "score", "--summary", summary, "--params", At("bg.json"), "--spend-params", At("gg.json"), "--horizon", "12", "--unit", "months",
            "--discount-rate", "0.01", "-o", At("scores.csv"));
        Assert.True(code == 0, error);
        var rows = File.ReadAllLines(At("scores.csv")).Skip(1).Select(l => l.Split(',')).ToDictionary(r => r[0]);
        var g = gg.Parameters!.Value;
        var first = Array.FindIndex(Simulated(600).X, v => v > 0);
        var x = Simulated(600).X[first];
        Assert.Equal(Math.Round(g.P * g.Gamma / ((g.P * x) + g.Q - 1), 2), double.Parse(rows[$"c{first}"][3], CultureInfo.InvariantCulture));
        Assert.Equal("0.00", rows[$"c{first}"][5]);
    }

    [SkippableFact]
    public void Score_on_a_base_large_enough_for_the_parallel_path_accepts_zero_spend_and_reports_a_bad_row_by_line()
    {
        const int customers = 70_000;
        var summary = WriteSimulatedSummary(customers, freeRepeatBuyers: 15);
        File.WriteAllText(At("bg.json"), """{"r":0.243,"alpha":4.414,"a":0.793,"b":2.426,"unit":"weeks"}""");
        File.WriteAllText(At("gg.json"), """{"p":6.25,"q":3.74,"gamma":15.44}""");
        string[] Score(string input) =>
            ["score", "--summary", input, "--params", At("bg.json"), "--spend-params", At("gg.json"), "--horizon", "52", "--discount-rate", "0.002", "-o", At("scores.csv")];

        var (code, _, error) = Tool.Run(Score(summary));
        Assert.True(code == 0, error);
        Assert.Equal(customers + 1, File.ReadLines(At("scores.csv")).Count());

        var lines = File.ReadAllLines(summary);
        lines[^2] = "bad,3,50,40,10";
        File.WriteAllLines(At("bad.csv"), lines);
        File.Delete(At("scores.csv"));
        (code, var output, error) = Tool.Run(Score(At("bad.csv")));
        Assert.Equal(2, code);
        Assert.Contains($"line {lines.Length - 1}: the recency must lie in [0, T]", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
        Assert.False(File.Exists(At("scores.csv")), "no partial output");
    }

    [SkippableFact]
    public void Retention_fits_the_papers_cohort_and_writes_the_projection()
    {
        File.WriteAllText(At("cohorts.csv"), "cohort,0,1,2,3,4,5,6,7\nregular," + string.Join(',', ShiftedBetaGeometricModelTests.Regular) + "\n");

        var (code, output, error) = Tool.Run("retention", "--cohorts", At("cohorts.csv"), "--periods", "12", "--discount-rate", "0.1", "--projection", At("projection.csv"));

        Assert.True(code == 0, error);
        var fit = PrivateTrafficJson.Deserialize<ModelFit<ShiftedBetaGeometricParameters>>(output);
        Assert.Equal(0.704, fit.Parameters!.Value.Alpha, 0.0005);
        Assert.Equal(1.182, fit.Parameters!.Value.Beta, 0.0005);
        var projection = File.ReadAllLines(At("projection.csv"));
        Assert.Equal("period,survival,retention,derl", projection[0]);
        Assert.Equal(14, projection.Length);
        Assert.Equal(0.2201, Number(projection[9].Split(',')[1]), 0.0001);
        Assert.Equal(
            ShiftedBetaGeometricModel.DiscountedExpectedResidualLifetime(fit.Parameters!.Value, 3, 0.1),
            Number(projection[4].Split(',')[3]),
            12);
    }

    [SkippableFact]
    public void Simulate_is_seeded_and_its_transactions_summarize_to_a_base_the_chain_can_fit()
    {
        string[] Simulate(string name) => ["simulate", "--customers", "3000", "--seed", "5", "-o", At(name + ".csv"), "--transactions", At(name + "-log.csv")];
        Assert.Equal(0, Tool.Run(Simulate("a")).ExitCode);
        Assert.Equal(0, Tool.Run(Simulate("b")).ExitCode);
        Assert.Equal(File.ReadAllText(At("a.csv")), File.ReadAllText(At("b.csv")));
        Assert.Equal(File.ReadAllText(At("a-log.csv")), File.ReadAllText(At("b-log.csv")));

        var (code, _, error) = Tool.Run("summarize", "--transactions", At("a-log.csv"), "--calibration-end", "2024-09-30", "-o", At("s.csv"));
        Assert.True(code == 0, error);
        (code, var output, error) = Tool.Run("fit", "--summary", At("s.csv"), "--model", "bgnbd");
        Assert.True(code == 0, error);
        Assert.True(PrivateTrafficJson.Deserialize<ModelFit<BgNbdParameters>>(output).IsConverged);
    }

    [SkippableFact]
    public void An_output_on_a_device_is_written_in_place()
    {
        Skip.IfNot(File.Exists("/dev/stdout"), "no /dev/stdout on this system");

        var (code, output, error) = Tool.Run("simulate", "--customers", "2", "-o", "/dev/stdout");

        Assert.True(code == 0, error);
        Assert.StartsWith("ID,frequency,recency,T,monetary_value", output, StringComparison.Ordinal);
    }

    internal static (double[] X, double[] Tx, double[] T, double[] Spend) Simulated(int customers)
    {
        var random = new Random(17);
        var t = Enumerable.Range(0, customers).Select(_ => (189 + random.Next(85)) / 7.0).ToArray();
        var (x, tx, spend) = (new double[customers], new double[customers], new double[customers]);
        BgNbdModel.Simulate(BgNbdParameters.Create(0.25, 4.4, 0.8, 2.4, TimeUnit.Weeks), t, random, x, tx);
        GammaGammaModel.Simulate(GammaGammaParameters.Create(6, 4, 15), x, random, spend);
        return (x, tx, t, spend);
    }

    /// <summary>A seeded summary; the first <paramref name="freeRepeatBuyers"/> repeat buyers get z̄ = 0.</summary>
    private string WriteSimulatedSummary(int customers, int freeRepeatBuyers)
    {
        var (x, tx, t, spend) = Simulated(customers);
        var free = 0;
        for (var i = 0; i < customers && free < freeRepeatBuyers; i++)
        {
            if (x[i] > 0)
            {
                spend[i] = 0;
                free++;
            }
        }

        var lines = Enumerable.Range(0, customers).Select(i => string.Create(CultureInfo.InvariantCulture, $"c{i},{x[i]:R},{tx[i]:R},{t[i]:R},{spend[i]:R}"));
        File.WriteAllLines(At("summary.csv"), lines.Prepend("ID,frequency,recency,T,monetary_value"));
        return At("summary.csv");
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
