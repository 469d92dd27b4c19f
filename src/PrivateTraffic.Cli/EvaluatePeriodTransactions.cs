using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using nietras.SeparatedValues;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Cli;

/// <summary>
/// The period-transactions check of <c>evaluate</c>: the expected against the observed number of calibration customers
/// with 0, 1, …, 6 and 7+ repeat purchases by their own age, from P(X(t) = x) of BG/NBD (eq. 8) or Pareto/NBD
/// (<see cref="PeriodTransactions"/>).
/// </summary>
internal static class EvaluatePeriodTransactions
{
    private const int Classes = 8;

    /// <summary>Expected and observed customers per class, or null for a model without P(X(t) = x).</summary>
    public static (double[] Expected, double[] Observed)? Check(IPurchaseModel model, CustomerSummaries calibration)
    {
        var expected = new double[Classes];
        var observed = new double[Classes];
        switch (model)
        {
            case BgNbdParameters bgNbd:
                PeriodTransactions.Expected(bgNbd, calibration.Age, expected);
                break;
            case ParetoNbdParameters paretoNbd:
                PeriodTransactions.Expected(paretoNbd, calibration.Age, expected);
                break;
            default:
                return null;
        }

        PeriodTransactions.Observed(calibration.Frequency, observed);
        return (expected, observed);
    }

    public static string Label(int x) => x == Classes - 1 ? $"{x}+" : x.ToString(CultureInfo.InvariantCulture);

    public static void Write(TextWriter output, (double[] Expected, double[] Observed) check)
    {
        using var writer = Sep.New(',').Writer(o => o with { CultureInfo = CultureInfo.InvariantCulture }).To(output, leaveOpen: true);
        for (var x = 0; x < Classes; x++)
        {
            using var row = writer.NewRow();
            row["repeat_purchases"].Set(Label(x));
            row["expected"].Format(check.Expected[x]);
            row["observed"].Format(check.Observed[x]);
        }
    }

    public static void Report(IPurchaseModel model, (double[] Expected, double[] Observed) check)
    {
        var rows = new List<string[]>();
        for (var x = 0; x < Classes; x++)
        {
            rows.Add([Label(x), check.Expected[x].ToString("N1", CultureInfo.InvariantCulture), check.Observed[x].ToString("N0", CultureInfo.InvariantCulture)]);
        }

        Terminal.Table($"Period-transactions check of {model} (customers by repeat purchases in the calibration period)", ["repeat purchases", "expected", "observed"], rows);
    }
}
