using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using nietras.SeparatedValues;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Cli;

/// <summary>
/// <c>retention</c>: a cohort table in (one row per cohort: a label, the size, then the survivors at the end of each
/// period; rows of different lengths for cohorts of different ages), the shifted-beta-geometric fit out (JSON), and
/// optionally the projection as CSV: per period the survival S(t), the retention rate r(t), and with a discount rate
/// the DERL of a member who has renewed t times.
/// </summary>
internal static class RetentionCommand
{
    public static Command Create()
    {
        var cohorts = Options.File("--cohorts", "The cohort table CSV: label,size,survivors after period 1,after period 2,… (a header line is optional).");
        var periods = Options.Positive("--periods", "How many periods to project (default: the oldest cohort's age + 5).", 0);
        var rate = new Option<double?>("--discount-rate")
        {
            Description = "The discount rate per period for DERL (Fader & Hardie 2010), such as 0.1; no DERL column without it.",
            CustomParser = r => double.TryParse(r.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v >= 0
                ? v
                : Fail(r, $"--discount-rate must be a number ≥ 0 such as 0.1; found '{r.Tokens[0].Value}'."),
        };
        var output = Options.Output("the fit (JSON)");
        var projection = new Option<string?>("--projection") { Description = "Write the projection CSV to this file." };
        var command = new Command("retention", "Fit the shifted-beta-geometric retention model (Fader & Hardie 2007) to cohorts of any ages, jointly, and project survival, retention and DERL.")
        {
            cohorts, periods, rate, output, projection,
        };
        command.SetAction(r =>
        {
            var path = r.GetRequiredValue(cohorts);
            var table = Read(path);
            var fit = ShiftedBetaGeometricModel.Fit(table);
            if (!fit.IsConverged)
            {
                throw new FitFailedException($"the sBG fit did not converge ({fit.Status}): {fit.Message}");
            }

            var p = fit.Parameters!.Value;
            var horizon = r.GetValue(periods) is > 0 and var h ? h : table.Max(c => c.Periods) + 5;
            var discount = r.GetValue(rate);
            var rows = Projection(p, horizon, discount);
            var projectionPath = r.GetValue(projection);
            if (projectionPath is not null)
            {
                OutputFile.Write(projectionPath, w => WriteProjection(w, rows, discount is not null));
            }

            OutputFile.Write(r.GetValue(output), w => w.WriteLine(PrivateTrafficJson.Serialize(fit)));
            Terminal.Fit($"sBG on {table.Count} cohort(s)", fit);
            var shown = rows.Select(row => row.Select(v => double.IsNaN(v) ? "–" : FitCommand.Format(v)).ToArray()).ToList();
            Terminal.Table(
                $"projection (mean churn in period 1: {p.MeanChurn:P1})",
                discount is null ? ["period", "survival", "retention"] : ["period", "survival", "retention", $"DERL at {discount:G3}"],
                discount is null ? shown.Select(s => s[..3]).ToList() : shown);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static List<RetentionCohort> Read(string path)
    {
        var cohorts = new List<RetentionCohort>();
        using var reader = Sep.Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Trim = SepTrim.Outer, Unescape = true }).FromFile(InputFile.Check(path));
        foreach (var row in reader)
        {
            // Sep numbers the first row of a headerless file as line 2; a cohort table has no multi-line fields, so count rows.
            var line = row.RowIndex + 1;
            if (row.ColCount == 1 && row[0].Span.IsEmpty)
            {
                continue;
            }

            if (cohorts.Count == 0 && IsHeader(row))
            {
                continue;
            }

            var counts = new int[row.ColCount - 1];
            for (var c = 1; c < row.ColCount; c++)
            {
                if (!int.TryParse(row[c].Span, NumberStyles.None, CultureInfo.InvariantCulture, out counts[c - 1]))
                {
                    throw InputException.AtLine(path, line, $"'{row[c].Span}' in column {c + 1} is not a whole number of members.");
                }
            }

            try
            {
                cohorts.Add(RetentionCohort.Create(row[0].Span.ToString(), counts));
            }
            catch (ArgumentException e)
            {
                throw InputException.AtLine(path, line, TransactionFile.FirstSentence(e.Message));
            }
        }

        return cohorts.Count > 0 ? cohorts : throw new InputException($"{path}: no cohorts.");
    }

    /// <summary>A header names its columns, or numbers the periods 0, 1, 2, …</summary>
    private static bool IsHeader(SepReader.Row row)
    {
        for (var c = 1; c < row.ColCount; c++)
        {
            if (!int.TryParse(row[c].Span, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n != c - 1)
            {
                return !int.TryParse(row[c].Span, NumberStyles.None, CultureInfo.InvariantCulture, out _);
            }
        }

        return true;
    }


    private static List<double[]> Projection(ShiftedBetaGeometricParameters p, int periods, double? discount)
    {
        var rows = new List<double[]>(periods + 1);
        for (var t = 0; t <= periods; t++)
        {
            rows.Add([
                t,
                ShiftedBetaGeometricModel.Survival(p, t),
                t == 0 ? double.NaN : ShiftedBetaGeometricModel.RetentionRate(p, t),
                discount is { } d ? ShiftedBetaGeometricModel.DiscountedExpectedResidualLifetime(p, t, d) : double.NaN,
            ]);
        }

        return rows;
    }

    private static void WriteProjection(TextWriter output, List<double[]> rows, bool derl)
    {
        using var writer = Sep.New(',').Writer(o => o with { CultureInfo = CultureInfo.InvariantCulture }).To(output, leaveOpen: true);
        foreach (var values in rows)
        {
            using var row = writer.NewRow();
            row["period"].Format((int)values[0]);
            row["survival"].Format(values[1]);
            row["retention"].Set(double.IsNaN(values[2]) ? string.Empty : values[2].ToString("R", CultureInfo.InvariantCulture));
            if (derl)
            {
                row["derl"].Format(values[3]);
            }
        }
    }

    private static double? Fail(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return null;
    }
}
