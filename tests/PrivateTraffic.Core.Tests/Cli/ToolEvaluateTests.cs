using System;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Cli;

/// <summary><c>evaluate</c>: calibration/holdout split counted exactly, predictions equal to the library's, CDNOW by frequency.</summary>
public sealed class ToolEvaluateTests : ToolTestFolder
{
    [SkippableFact]
    public void Holdout_purchase_days_are_counted_and_predictions_are_the_libraries()
    {
        // Customer a: calibration x = 2 (two later days, one with two purchases), holdout 2 days (one with two purchases).
        // Customer b: one purchase, then 1 holdout day. Customer c first buys in the holdout: not in the calibration base.
        File.WriteAllText(At("log.csv"), string.Join('\n',
            "ID,date,amount",
            "a,2024-01-01,10", "a,2024-01-15,10", "a,2024-01-15,5", "a,2024-02-20,8",
            "a,2024-04-10,10", "a,2024-05-02,3", "a,2024-05-02,4",
            "b,2024-02-01,20", "b,2024-04-20,20",
            "c,2024-04-05,30",
            "d,2024-01-05,9", "d,2024-01-06,9", "d,2024-03-01,9") + "\n");

        // Three customers cannot identify BG/NBD, so the model is given (the CDNOW estimates, per day).
        File.WriteAllText(At("bg.json"), """{"r":0.243,"alpha":30.898,"a":0.793,"b":2.426,"unit":"days"}""");
        var (code, _, error) = Tool.Run(
            "evaluate", "--transactions", At("log.csv"), "--calibration-end", "2024-03-31", "--observation-end", "2024-06-30",
            "--unit", "days", "--params", At("bg.json"), "-o", At("holdout.csv"), "--by-frequency", At("groups.csv"));

        Assert.True(code == 0, error);
        var rows = File.ReadAllLines(At("holdout.csv")).Skip(1).Select(l => l.Split(',')).ToDictionary(r => r[0]);
        Assert.Equal(["a", "b", "d"], rows.Keys.Order());
        Assert.Equal("2", rows["a"][5]);
        Assert.Equal("1", rows["b"][5]);
        Assert.Equal("0", rows["d"][5]);

        var log = new PurchaseLog();
        foreach (var line in File.ReadAllLines(At("log.csv")).Skip(1))
        {
            var f = line.Split(',');
            log.Add(MemberId.From(f[0]), LocalDate.FromDateTime(DateTime.Parse(f[1], CultureInfo.InvariantCulture)), Money.Yuan(decimal.Parse(f[2], CultureInfo.InvariantCulture)));
        }

        var calibration = CustomerSummaries.Summarize(log, new LocalDate(2024, 3, 31), TimeUnit.Days);
        var model = BgNbdParameters.Create(0.243, 30.898, 0.793, 2.426, TimeUnit.Days);
        for (var i = 0; i < calibration.Count; i++)
        {
            var expected = model.ExpectedPurchases(calibration.Frequency[i], calibration.TimeOfLastPurchase[i], calibration.Age[i], 91);
            Assert.Equal(expected, double.Parse(rows[calibration.Customers[i].Value][4], CultureInfo.InvariantCulture), 12);
        }
    }

    [SkippableFact]
    public void CDNOW_sample_holdout_by_calibration_frequency()
    {
        var sample = RepositoryPaths.RequireSharedFile("cdnow", "CDNOW_sample.txt");

        var (code, _, error) = Tool.Run(
            "evaluate", "--transactions", sample, "--format", "cdnow", "--calibration-end", "1997-09-30", "--observation-end", "1998-06-30",
            "-o", At("holdout.csv"), "--by-frequency", At("groups.csv"), "--tracking", At("tracking.csv"),
            "--period-transactions", At("period.csv"));

        Assert.True(code == 0, error);
        Assert.Contains("2,357 customers", error, StringComparison.Ordinal);
        Assert.Contains("Period-transactions check", error, StringComparison.Ordinal);

        // Period transactions: the classes of the fitted model add up to the base; the observed ones are the histogram.
        var period = File.ReadAllLines(At("period.csv"));
        Assert.Equal("repeat_purchases,expected,observed", period[0]);
        Assert.Equal(9, period.Length);
        Assert.Equal("7+", period[^1].Split(',')[0]);
        Assert.Equal(2357, period.Skip(1).Sum(l => double.Parse(l.Split(',')[1], CultureInfo.InvariantCulture)), 6);
        Assert.Equal("1411", period[1].Split(',')[2]);
        // 1,406.5 at the published (rounded) parameters, 1,407.7 at the tool's own fit.
        Assert.Equal(1407.7, double.Parse(period[1].Split(',')[1], CultureInfo.InvariantCulture), 0.1);

        // Tracking: 78 weeks from 1997-01-01; its cumulative count ends at every repeat purchase day of the base.
        var tracking = File.ReadAllLines(At("tracking.csv"));
        Assert.Equal("week,actual,expected,actual_cumulative,expected_cumulative", tracking[0]);
        Assert.Equal(79, tracking.Length);
        var customers = File.ReadAllLines(At("holdout.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        var repeatDays = customers.Sum(r => double.Parse(r[1], CultureInfo.InvariantCulture) + double.Parse(r[5], CultureInfo.InvariantCulture));
        Assert.Equal(repeatDays, double.Parse(tracking[^1].Split(',')[3], CultureInfo.InvariantCulture));
        var weekly = tracking.Skip(1).Sum(l => double.Parse(l.Split(',')[2], CultureInfo.InvariantCulture));
        Assert.Equal(double.Parse(tracking[^1].Split(',')[4], CultureInfo.InvariantCulture), weekly, 6);
        var groups = File.ReadAllLines(At("groups.csv"));
        Assert.Equal("calibration_frequency,customers,predicted,actual", groups[0]);
        Assert.Equal(9, groups.Length);
        var zero = groups[1].Split(',');
        Assert.Equal("1411", zero[1]);
        Assert.Equal(0.225, double.Parse(zero[2], CultureInfo.InvariantCulture) / 1411, 0.001);
        Assert.Equal(334, double.Parse(zero[3], CultureInfo.InvariantCulture));
        Assert.Equal(2357, File.ReadLines(At("holdout.csv")).Count() - 1);
    }

    [SkippableFact]
    public void A_calibration_period_that_cannot_identify_the_model_exits_1()
    {
        File.WriteAllText(At("log.csv"), "ID,date,amount\na,2024-01-01,10\nb,2024-01-02,10\nb,2024-04-02,10\n");
        var (code, _, error) = Tool.Run("evaluate", "--transactions", At("log.csv"), "--calibration-end", "2024-03-31", "--observation-end", "2024-06-30", "-o", At("h.csv"));
        Assert.Equal(1, code);
        Assert.StartsWith("error: the BG/NBD fit on the calibration period did not converge", error, StringComparison.Ordinal);
        Assert.False(File.Exists(At("h.csv")));
    }

    [SkippableFact]
    public void The_period_transactions_check_of_a_Pareto_NBD_fit_adds_up_to_the_base()
    {
        var sample = RepositoryPaths.RequireSharedFile("cdnow", "CDNOW_sample.txt");
        var (code, _, error) = Tool.Run(
            "evaluate", "--transactions", sample, "--format", "cdnow", "--calibration-end", "1997-09-30", "--observation-end", "1998-06-30",
            "--model", "paretonbd", "-o", At("holdout.csv"), "--period-transactions", At("period.csv"));

        Assert.True(code == 0, error);
        Assert.Contains("Period-transactions check of Pareto/NBD", error, StringComparison.Ordinal);
        var period = File.ReadAllLines(At("period.csv"));
        Assert.Equal(9, period.Length);
        Assert.Equal(2357, period.Skip(1).Sum(l => double.Parse(l.Split(',')[1], CultureInfo.InvariantCulture)), 6);
        Assert.Equal("1411", period[1].Split(',')[2]);
        // Expected one-time buyers: within 2 % of the 1,411 observed, as BG/NBD's 1,407.7.
        Assert.InRange(double.Parse(period[1].Split(',')[1], CultureInfo.InvariantCulture), 1411 * 0.98, 1411 * 1.02);
    }

    [SkippableFact]
    public void An_observation_end_before_the_calibration_end_is_bad_input()
    {
        File.WriteAllText(At("log.csv"), "ID,date,amount\na,2024-01-01,10\n");
        var (code, _, error) = Tool.Run("evaluate", "--transactions", At("log.csv"), "--calibration-end", "2024-03-31", "--observation-end", "2024-03-01");
        Assert.Equal(2, code);
        Assert.StartsWith("error: --observation-end", error, StringComparison.Ordinal);
    }
}
