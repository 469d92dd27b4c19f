using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using nietras.SeparatedValues;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Cli;

/// <summary>
/// <c>evaluate</c>: the calibration/holdout check of a purchase model, as lifetimes' <c>calibration_and_holdout_data</c>
/// prepares it. The log is summarized up to the calibration end, the model is fitted on that, and each customer's
/// expected repeat purchases over the holdout (calibration end to observation end) are set against the purchase days
/// they actually had there; also by calibration frequency (0, 1, …, 6, 7+) and as error measures (MAE, RMSE, aggregate
/// % error), with <c>--tracking</c> week by week (<see cref="EvaluateTracking"/>), and for BG/NBD the period-transactions
/// check of the calibration fit (<see cref="EvaluatePeriodTransactions"/>).
/// </summary>
internal static class EvaluateCommand
{
    private const int Groups = 8;

    public static Command Create()
    {
        var transactions = Options.File("--transactions", "The transaction log (as for summarize).");
        var format = new Option<string>("--format") { Description = "csv (default) or cdnow.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "cdnow");
        var calibrationEnd = Options.Date("--calibration-end", "The last day of the calibration period");
        var observationEnd = Options.Date("--observation-end", "The last day of the holdout period");
        var model = new Option<string>("--model") { Description = "bgnbd (default) or paretonbd.", DefaultValueFactory = _ => "bgnbd" };
        model.AcceptOnlyFromAmong("bgnbd", "paretonbd");
        var unit = Options.Unit("The time unit of the model");
        var (id, date, amount, dateFormat) = SummarizeCommand.ColumnOptions();
        var currency = Options.Currency();
        var output = Options.Output("the per-customer CSV (ID,frequency,recency,T,predicted,actual)");
        var parameters = new Option<string?>("--params") { Description = "Use this BG/NBD or Pareto/NBD fit or parameters (in --unit) instead of fitting on the calibration period." };
        var tracking = new Option<string?>("--tracking") { Description = "Write the weekly and cumulative tracking of repeat purchases, actual against expected, as CSV to this file." };
        var byFrequency = new Option<string?>("--by-frequency") { Description = "Write the comparison by calibration frequency (0–6, 7+) as CSV to this file." };
        var periodTransactions = new Option<string?>("--period-transactions") { Description = "Write the period-transactions check (BG/NBD: expected against observed customers with 0–6, 7+ repeat purchases in the calibration period) as CSV to this file." };
        var command = new Command("evaluate", "Fit on a calibration period and compare expected with actual repeat purchases in the holdout period.")
        {
            transactions, format, calibrationEnd, observationEnd, model, unit, id, date, amount, dateFormat, currency, parameters, output, byFrequency, tracking, periodTransactions,
        };
        command.SetAction(r =>
        {
            var (calEnd, obsEnd) = (r.GetValue(calibrationEnd), r.GetValue(observationEnd));
            if (obsEnd <= calEnd)
            {
                throw new InputException($"--observation-end {obsEnd:yyyy'-'MM'-'dd} must come after --calibration-end {calEnd:yyyy'-'MM'-'dd}.");
            }

            var log = SummarizeCommand.ReadLog(r, transactions, format, id, date, amount, dateFormat, currency);
            Progress.Step("fitting and predicting the holdout");
            var timeUnit = r.GetValue(unit);
            var calibration = CustomerSummaries.Summarize(log, calEnd, timeUnit);
            var observed = CustomerSummaries.Summarize(log, obsEnd, timeUnit);
            if (calibration.Count == 0)
            {
                throw new InputException($"{r.GetRequiredValue(transactions)}: no purchase on or before {calEnd:yyyy'-'MM'-'dd}.");
            }

            var n = calibration.Count;
            var actual = new double[n];
            for (var i = 0; i < n; i++)
            {
                // Purchase days after the calibration end are new days, so the holdout's purchase days are the difference.
                observed.TryFind(calibration.Customers[i], out var j);
                actual[i] = observed.Frequency[j] - calibration.Frequency[i];
            }

            var data = RepeatPurchaseData.Create(calibration.Frequency, calibration.TimeOfLastPurchase, calibration.Age, timeUnit);
            IPurchaseModel fitted = r.GetValue(parameters) is { } given ? ModelFile.ReadPurchaseModel(given)
                : r.GetValue(model) == "paretonbd" ? Converged("Pareto/NBD", ParetoNbdModel.Fit(data))
                : Converged("BG/NBD", BgNbdModel.Fit(data));
            if (fitted.Unit != timeUnit)
            {
                throw new InputException($"--params is in {fitted.Unit}, the evaluation in {timeUnit}: give --unit {fitted.Unit}.");
            }

            var horizon = Period.DaysBetween(calEnd, obsEnd) / timeUnit.DaysPerUnit;
            var predicted = new double[n];
            fitted.ExpectedPurchases(calibration.Frequency, calibration.TimeOfLastPurchase, calibration.Age, horizon, predicted);

            var check = EvaluatePeriodTransactions.Check(fitted, calibration);
            if (check is null && r.GetValue(periodTransactions) is not null)
            {
                throw new InputException($"--period-transactions needs a BG/NBD or Pareto/NBD model, not {fitted}.");
            }

            var groups = ByFrequency(calibration.Frequency, predicted, actual);
            OutputFile.Write(r.GetValue(output), w => WriteCustomers(w, calibration, predicted, actual));
            if (r.GetValue(byFrequency) is { } path)
            {
                OutputFile.Write(path, w => WriteGroups(w, groups));
            }

            if (r.GetValue(tracking) is { } trackingPath)
            {
                var weeks = EvaluateTracking.Weeks(log, calibration, obsEnd, fitted);
                OutputFile.Write(trackingPath, w => EvaluateTracking.Write(w, weeks));
            }

            if (check is { } periodCheck && r.GetValue(periodTransactions) is { } checkPath)
            {
                OutputFile.Write(checkPath, w => EvaluatePeriodTransactions.Write(w, periodCheck));
            }

            Report(fitted, horizon, timeUnit, predicted, actual, groups);
            if (check is { } shown)
            {
                EvaluatePeriodTransactions.Report(fitted, shown);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static IPurchaseModel Converged<T>(string name, ModelFit<T> fit)
        where T : struct, IModelParameters, IPurchaseModel =>
        fit.Parameters ?? throw new FitFailedException($"the {name} fit on the calibration period did not converge ({fit.Status}): {fit.Message}");

    /// <summary>Per calibration frequency 0 … 6 and 7+: customers, Σ predicted, Σ actual.</summary>
    internal static (int Customers, double Predicted, double Actual)[] ByFrequency(ReadOnlySpan<double> frequency, double[] predicted, double[] actual)
    {
        var groups = new (int Customers, double Predicted, double Actual)[Groups];
        for (var i = 0; i < frequency.Length; i++)
        {
            var g = (int)Math.Min(frequency[i], Groups - 1);
            groups[g] = (groups[g].Customers + 1, groups[g].Predicted + predicted[i], groups[g].Actual + actual[i]);
        }

        return groups;
    }

    private static void Report(IPurchaseModel model, double horizon, TimeUnit unit, double[] predicted, double[] actual, (int Customers, double Predicted, double Actual)[] groups)
    {
        var (absolute, squared, sumPredicted, sumActual) = (0.0, 0.0, 0.0, 0.0);
        for (var i = 0; i < predicted.Length; i++)
        {
            var e = predicted[i] - actual[i];
            absolute += Math.Abs(e);
            squared += e * e;
            sumPredicted += predicted[i];
            sumActual += actual[i];
        }

        var n = predicted.Length;
        var aggregate = sumActual > 0 ? (sumPredicted - sumActual) / sumActual : double.NaN;
        var rows = new List<string[]>();
        for (var g = 0; g < groups.Length; g++)
        {
            var (customers, p, a) = groups[g];
            rows.Add([g == Groups - 1 ? $"{g}+" : g.ToString(CultureInfo.InvariantCulture), customers.ToString("N0", CultureInfo.InvariantCulture),
                customers == 0 ? "–" : (p / customers).ToString("F3", CultureInfo.InvariantCulture), customers == 0 ? "–" : (a / customers).ToString("F3", CultureInfo.InvariantCulture)]);
        }

        Terminal.Table(
            string.Create(CultureInfo.InvariantCulture, $"{model} over a holdout of {horizon:0.##} {unit}: {n:N0} customers, predicted {sumPredicted:N0} repeat purchases, actual {sumActual:N0} (aggregate error {aggregate:P1}); MAE {absolute / n:F3}, RMSE {Math.Sqrt(squared / n):F3}"),
            ["calibration x", "customers", "mean predicted", "mean actual"],
            rows);
    }

    private static void WriteCustomers(TextWriter output, CustomerSummaries calibration, double[] predicted, double[] actual)
    {
        using var writer = Sep.New(',').Writer(o => o with { CultureInfo = CultureInfo.InvariantCulture }).To(output, leaveOpen: true);
        for (var i = 0; i < predicted.Length; i++)
        {
            using var row = writer.NewRow();
            row["ID"].Set(calibration.Customers[i].Value);
            row["frequency"].Format(calibration.Frequency[i]);
            row["recency"].Format(calibration.TimeOfLastPurchase[i]);
            row["T"].Format(calibration.Age[i]);
            row["predicted"].Format(predicted[i]);
            row["actual"].Format(actual[i]);
        }
    }

    private static void WriteGroups(TextWriter output, (int Customers, double Predicted, double Actual)[] groups)
    {
        using var writer = Sep.New(',').Writer(o => o with { CultureInfo = CultureInfo.InvariantCulture }).To(output, leaveOpen: true);
        for (var g = 0; g < groups.Length; g++)
        {
            using var row = writer.NewRow();
            row["calibration_frequency"].Set(g == Groups - 1 ? $"{g}+" : g.ToString(CultureInfo.InvariantCulture));
            row["customers"].Format(groups[g].Customers);
            row["predicted"].Format(groups[g].Predicted);
            row["actual"].Format(groups[g].Actual);
        }
    }
}
