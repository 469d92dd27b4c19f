using System;
using System.Collections.Generic;
using System.Linq;
using PrivateTraffic.Core.Value;
using Spectre.Console;

namespace PrivateTraffic.Cli;

/// <summary>
/// What a person reads: on standard error, a Spectre.Console table when it is a terminal, plain lines otherwise (so
/// pipes and logs get text without escape codes). Spectre.Console is only loaded when a table is drawn.
/// </summary>
internal static class Terminal
{
    public static bool IsInteractive => !Console.IsErrorRedirected;

    public static void Fit<T>(string name, ModelFit<T> fit)
        where T : struct, IModelParameters
    {
        var p = fit.Parameters!.Value;
        var names = p.ParameterNames;
        var values = Values(p);
        var se = fit.StandardErrors;
        var rows = names.Select((n, i) => new[] { n, FitCommand.Format(values[i]), se is null ? "–" : FitCommand.Format(se[i]) }).ToList();
        var title = $"{name}: LL {fit.LogLikelihood:F2}, {fit.CustomerCount:N0} customers, {fit.Iterations} iterations";
        Table(title, ["parameter", "estimate", "std. error"], rows);
    }

    public static void Table(string title, string[] header, IReadOnlyList<string[]> rows)
    {
        if (IsInteractive)
        {
            DrawTable(title, header, rows);
            return;
        }

        Console.Error.WriteLine(title);
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        foreach (var row in rows.Prepend(header))
        {
            Console.Error.WriteLine("  " + string.Join("  ", row.Select((cell, i) => cell.PadLeft(widths[i]))));
        }
    }

    private static void DrawTable(string title, string[] header, IReadOnlyList<string[]> rows)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.MarkupLine("[bold]" + Markup.Escape(title) + "[/]");
        var table = new Table();
        foreach (var h in header)
        {
            table.AddColumn(new TableColumn(Markup.Escape(h)).RightAligned());
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }

        console.Write(table);
    }

    private static double[] Values<T>(T p)
        where T : struct, IModelParameters => p switch
        {
            BgNbdParameters b => [b.R, b.Alpha, b.A, b.B],
            ParetoNbdParameters q => [q.R, q.Alpha, q.S, q.Beta],
            GammaGammaParameters g => [g.P, g.Q, g.Gamma],
            ShiftedBetaGeometricParameters s => [s.Alpha, s.Beta],
            _ => [],
        };
}
