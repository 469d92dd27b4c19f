using System;
using System.IO;
using Spectre.Console;

namespace PrivateTraffic.Cli;

/// <summary>
/// Progress of long work (reading, fitting, scoring, writing) as Spectre.Console bars on standard error, only when
/// standard error is a terminal and the CI variable is unset: never in a pipe, a log or CI. While the bars are shown,
/// what the command writes to standard error is held back and written after them, so the two never interleave.
/// </summary>
internal static class Progress
{
    private static ProgressContext? _context;
    private static ProgressTask? _step;

    public static bool Shown =>
        !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) && Environment.GetEnvironmentVariable("TERM") is not "dumb";

    /// <summary>Runs a command with the bars shown (when <see cref="Shown"/>), then writes what it wrote to standard error.</summary>
    public static int Around(Func<int> run)
    {
        if (!Shown)
        {
            return run();
        }

        var stderr = Console.Error;
        var held = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
        Console.SetError(held);
        try
        {
            return console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    _context = context;
                    try
                    {
                        return run();
                    }
                    finally
                    {
                        (_context, _step) = (null, null);
                    }
                });
        }
        finally
        {
            Console.SetError(stderr);
            stderr.Write(held.ToString());
        }
    }

    /// <summary>Ends the current step and starts the next (a pulsing bar until a fraction is reported).</summary>
    public static void Step(string description)
    {
        if (_context is not { } context)
        {
            return;
        }

        if (_step is { } done)
        {
            done.Value = done.MaxValue;
        }

        _step = context.AddTask(Markup.Escape(description), maxValue: 1.0);
        _step.IsIndeterminate = true;
    }

    /// <summary>How far the current step is, 0 to 1.</summary>
    public static void Report(double fraction)
    {
        if (_step is { } step)
        {
            step.IsIndeterminate = false;
            step.Value = Math.Clamp(fraction, 0.0, 1.0);
        }
    }
}
