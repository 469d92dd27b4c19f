using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using nietras.SeparatedValues;
using NodaTime;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Cli;

/// <summary>
/// Weekly and cumulative tracking of repeat purchases (Fader, Hardie &amp; Lee 2005, figures 2 and 3): for the
/// customers of the calibration base, the repeat purchase days in each week from the first customer's first purchase
/// to the observation end, against Σ over customers of E[X(t)] with t the time from their first purchase to the end of
/// the week (the model's unconditional expectation, computed once per first-purchase day).
/// </summary>
internal static class EvaluateTracking
{
    /// <summary>Rows of week (1-based), actual, expected, actual cumulative, expected cumulative.</summary>
    public static List<double[]> Weeks(PurchaseLog log, CustomerSummaries calibration, LocalDate observationEnd, IPurchaseModel model)
    {
        var firstDays = new Dictionary<LocalDate, int>();
        var start = LocalDate.MaxIsoValue;
        for (var i = 0; i < calibration.Count; i++)
        {
            var first = calibration[i].FirstPurchase;
            firstDays[first] = firstDays.GetValueOrDefault(first) + 1;
            start = first < start ? first : start;
        }

        var weeks = (Period.DaysBetween(start, observationEnd) / 7) + 1;
        var actual = new double[weeks];
        var seen = new HashSet<(int Customer, LocalDate Day)>();
        for (var p = 0; p < log.Count; p++)
        {
            var purchase = log[p];
            if (purchase.Date > observationEnd || !calibration.TryFind(purchase.Customer, out var c) || purchase.Date == calibration[c].FirstPurchase)
            {
                continue;
            }

            if (seen.Add((c, purchase.Date)))
            {
                actual[Period.DaysBetween(start, purchase.Date) / 7]++;
            }
        }

        var rows = new List<double[]>(weeks);
        var (actualSum, previousExpected) = (0.0, 0.0);
        for (var w = 0; w < weeks; w++)
        {
            var weekEnd = start.PlusDays(7 * (w + 1));
            var expected = 0.0;
            foreach (var (day, customers) in firstDays)
            {
                var days = Period.DaysBetween(day, weekEnd);
                if (days > 0)
                {
                    expected += customers * model.UnconditionalExpectedPurchases(days / model.Unit.DaysPerUnit);
                }
            }

            actualSum += actual[w];
            rows.Add([w + 1, actual[w], expected - previousExpected, actualSum, expected]);
            previousExpected = expected;
        }

        return rows;
    }

    public static void Write(TextWriter output, List<double[]> rows)
    {
        using var writer = Sep.New(',').Writer(o => o with { CultureInfo = CultureInfo.InvariantCulture }).To(output, leaveOpen: true);
        foreach (var values in rows)
        {
            using var row = writer.NewRow();
            row["week"].Format((int)values[0]);
            row["actual"].Format(values[1]);
            row["expected"].Format(values[2]);
            row["actual_cumulative"].Format(values[3]);
            row["expected_cumulative"].Format(values[4]);
        }
    }
}
