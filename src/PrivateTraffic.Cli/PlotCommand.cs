using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using nietras.SeparatedValues;
using PrivateTraffic.Core.Value;
using ScottPlot;

namespace PrivateTraffic.Cli;

/// <summary>
/// <c>plot</c>: PNG or SVG (by the output's extension) of what the other commands write, at a fixed 800 × 500 pixels in
/// DejaVu Sans (named, so that a plot renders the same on every machine that has it; ScottPlot draws through SkiaSharp
/// headless). Kinds: <c>period-transactions</c> (evaluate's --period-transactions CSV), <c>holdout</c> (--by-frequency CSV),
/// <c>tracking</c> (--tracking CSV, cumulative), <c>retention</c> (retention's --projection CSV) and <c>alive</c>
/// (the P(alive) matrix of a purchase model from fit, over frequency and recency at a given age) and <c>expected</c> (the
/// frequency/recency matrix of the purchases expected over the next --horizon periods, on the same grid).
/// </summary>
internal static class PlotCommand
{
    public const int Width = 800;
    public const int Height = 500;
    public const string FontName = "DejaVu Sans";

    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = "period-transactions, holdout, tracking, retention, alive or expected." };
        var input = Options.File("--input", "The CSV that evaluate or retention wrote, or for alive and expected the purchase model (what fit writes).");
        var age = new Option<double>("--age") { Description = "alive, expected: the customers' age T in the model's unit.", DefaultValueFactory = _ => 40 };
        var maxFrequency = new Option<int>("--max-frequency") { Description = "alive, expected: the largest frequency shown.", DefaultValueFactory = _ => 20 };
        var horizon = new Option<double>("--horizon") { Description = "expected: the coming periods (in the model's unit) whose purchases are counted.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--output", "-o") { Description = "The image: .png or .svg.", Required = true };
        var command = new Command("plot", "Plot the period-transactions check, calibration against holdout, cumulative tracking, the P(alive) or expected-purchases matrix, or the retention curve as PNG or SVG.")
        {
            kind, input, age, maxFrequency, horizon, output,
        };
        command.SetAction(r =>
        {
            var path = r.GetRequiredValue(input);
            var plot = r.GetRequiredValue(kind) switch
            {
                "period-transactions" => Bars(path, "Period-transactions check", "repeat purchases in the calibration period", "customers"),
                "holdout" => Holdout(path),
                "tracking" => Tracking(path),
                "retention" => Retention(path),
                "alive" => Alive(ModelFile.ReadPurchaseModel(path), r.GetValue(age), r.GetValue(maxFrequency)),
                "expected" => Expected(ModelFile.ReadPurchaseModel(path), r.GetValue(age), r.GetValue(maxFrequency), r.GetValue(horizon)),
                var other => throw new InputException($"plot: '{other}' is not a kind (period-transactions, holdout, tracking, retention, alive, expected)."),
            };
            Save(plot, r.GetRequiredValue(output));
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static void Save(Plot plot, string path)
    {
        plot.Font.Set(FontName);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var bytes = extension switch
        {
            ".png" => plot.GetImageBytes(Width, Height, ImageFormat.Png),
            ".svg" => System.Text.Encoding.UTF8.GetBytes(plot.GetSvgXml(Width, Height)),
            _ => throw new InputException($"{path}: the image must end in .png or .svg."),
        };
        OutputFile.WriteBytes(path, bytes);
    }

    private static List<(string Label, double[] Values)> ReadColumns(string path, out string[] header)
    {
        using var reader = Sep.Reader(o => o with { CultureInfo = CultureInfo.InvariantCulture }).FromFile(InputFile.Check(path));
        header = reader.Header.ColNames.ToArray();
        var rows = new List<(string, double[])>();
        foreach (var row in reader)
        {
            var values = new double[row.ColCount - 1];
            for (var c = 1; c < row.ColCount; c++)
            {
                if (!double.TryParse(row[c].Span, NumberStyles.Float, CultureInfo.InvariantCulture, out values[c - 1]))
                {
                    throw InputException.AtLine(path, row.LineNumberFrom, $"'{row[c].Span}' in column {c + 1} is not a number.");
                }
            }

            rows.Add((row[0].ToString(), values));
        }

        if (rows.Count == 0)
        {
            throw new InputException($"{path}: no rows to plot.");
        }

        return rows;
    }

    /// <summary>Expected (first value column) against observed (second) as grouped bars.</summary>
    private static Plot Bars(string path, string title, string xLabel, string yLabel)
    {
        var rows = ReadColumns(path, out var header);
        var plot = new Plot();
        var model = plot.Add.Bars(Enumerable.Range(0, rows.Count).Select(i => i - 0.2).ToArray(), rows.Select(r => r.Values[0]).ToArray());
        model.LegendText = header[1];
        foreach (var bar in model.Bars)
        {
            bar.Size = 0.4;
        }

        var actual = plot.Add.Bars(Enumerable.Range(0, rows.Count).Select(i => i + 0.2).ToArray(), rows.Select(r => r.Values[1]).ToArray());
        actual.LegendText = header[2];
        foreach (var bar in actual.Bars)
        {
            bar.Size = 0.4;
        }

        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, rows.Count).Select(i => (double)i).ToArray(), rows.Select(r => r.Label).ToArray());
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend();
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }

    /// <summary>Mean predicted and mean actual holdout purchases per calibration frequency.</summary>
    private static Plot Holdout(string path)
    {
        var rows = ReadColumns(path, out _);
        var x = Enumerable.Range(0, rows.Count).Select(i => (double)i).ToArray();
        var plot = new Plot();
        var predicted = plot.Add.Scatter(x, rows.Select(r => r.Values[0] > 0 ? r.Values[1] / r.Values[0] : 0).ToArray());
        predicted.LegendText = "predicted";
        var actual = plot.Add.Scatter(x, rows.Select(r => r.Values[0] > 0 ? r.Values[2] / r.Values[0] : 0).ToArray());
        actual.LegendText = "actual";
        plot.Axes.Bottom.SetTicks(x, rows.Select(r => r.Label).ToArray());
        plot.ShowLegend();
        plot.Title("Calibration against holdout");
        plot.XLabel("repeat purchases in the calibration period");
        plot.YLabel("mean repeat purchases in the holdout");
        return plot;
    }

    /// <summary>Cumulative repeat purchases, actual against expected, by week.</summary>
    private static Plot Tracking(string path)
    {
        var rows = ReadColumns(path, out _);
        var weeks = rows.Select(r => double.Parse(r.Label, CultureInfo.InvariantCulture)).ToArray();
        var plot = new Plot();
        plot.Add.Scatter(weeks, rows.Select(r => r.Values[2]).ToArray()).LegendText = "actual";
        plot.Add.Scatter(weeks, rows.Select(r => r.Values[3]).ToArray()).LegendText = "expected";
        plot.ShowLegend();
        plot.Title("Cumulative repeat purchases");
        plot.XLabel("week");
        plot.YLabel("repeat purchases (cumulative)");
        return plot;
    }

    /// <summary>Survival and retention rate per period.</summary>
    private static Plot Retention(string path)
    {
        var rows = ReadColumns(path, out _);
        var periods = rows.Select(r => double.Parse(r.Label, CultureInfo.InvariantCulture)).ToArray();
        var plot = new Plot();
        plot.Add.Scatter(periods, rows.Select(r => r.Values[0]).ToArray()).LegendText = "survival S(t)";
        plot.Add.Scatter(periods, rows.Select(r => r.Values[1]).ToArray()).LegendText = "retention r(t)";
        plot.Axes.SetLimitsY(0, 1.05);
        plot.ShowLegend();
        plot.Title("Retention curve (shifted-beta-geometric)");
        plot.XLabel("period");
        plot.YLabel("share");
        return plot;
    }

    /// <summary>P(alive | x, t_x, T) over frequency (rows) and recency (columns) at one age.</summary>
    private static Plot Alive(IPurchaseModel model, double age, int maxFrequency) =>
        Matrix(model, age, maxFrequency, "alive", $"P(alive) at age {age:0.##} {model.Unit}", (x, tx) => model.ProbabilityAlive(x, tx, age));

    /// <summary>E[purchases in the next horizon | x, t_x, T] over frequency (rows) and recency (columns) at one age, as lifetimes' frequency/recency matrix.</summary>
    private static Plot Expected(IPurchaseModel model, double age, int maxFrequency, double horizon)
    {
        if (!(horizon > 0 && double.IsFinite(horizon)))
        {
            throw new InputException("plot expected: --horizon must be > 0.");
        }

        return Matrix(
            model, age, maxFrequency, "expected", $"Expected purchases in the next {horizon:0.##} {model.Unit} at age {age:0.##} {model.Unit}",
            (x, tx) => model.ExpectedPurchases(x, tx, age, horizon));
    }

    /// <summary>A heat map of a customer figure over frequency x (rows, highest at the top) and t_x (columns, 0 to the age).</summary>
    private static Plot Matrix(IPurchaseModel model, double age, int maxFrequency, string kind, string title, Func<double, double, double> figure)
    {
        if (!(age > 0 && double.IsFinite(age)) || maxFrequency < 1)
        {
            throw new InputException($"plot {kind}: --age must be > 0 and --max-frequency ≥ 1.");
        }

        const int columns = 40;
        var matrix = new double[maxFrequency + 1, columns + 1];
        for (var x = 0; x <= maxFrequency; x++)
        {
            for (var c = 0; c <= columns; c++)
            {
                // Row 0 at the top: the highest frequency first, as lifetimes draws it.
                matrix[maxFrequency - x, c] = figure(x, x == 0 ? 0 : age * c / columns);
            }
        }

        var plot = new Plot();
        var heatmap = plot.Add.Heatmap(matrix);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        heatmap.Extent = new CoordinateRect(0, age, 0, maxFrequency);
        plot.Add.ColorBar(heatmap);
        plot.Title(title);
        plot.XLabel($"time of last purchase t_x ({model.Unit})");
        plot.YLabel("repeat purchases x");
        return plot;
    }
}
