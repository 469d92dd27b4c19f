using System;
using System.CommandLine;
using System.IO;
using System.Reflection;
using System.Text.Json;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Cli;

/// <summary>
/// The command line: System.CommandLine parses and prints help; every failure becomes one line on standard error
/// ("error: …") and an exit code (2 bad input, 1 a fit that failed), never a stack trace.
/// </summary>
internal static class Cli
{
    public static int Run(string[] args)
    {
        var root = new RootCommand("privatetraffic: the customer-value workflow of PrivateTraffic.Core (summarize → fit → score, evaluate) and pool retention (sBG).")
        {
            SummarizeCommand.Create(),
            FitCommand.Create(),
            ScoreCommand.Create(),
            EvaluateCommand.Create(),
            RetentionCommand.Create(),
            SimulateCommand.Create(),
            PlotCommand.Create(),
        };
        Timings.Mark("start");
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            Console.Error.WriteLine("error: " + OneLine(parsed.Errors[0].Message.Replace("\t", " ", StringComparison.Ordinal)) + " (see --help)");
            return ExitCodes.BadInput;
        }

        try
        {
            return Progress.Around(() => parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false }));
        }
        catch (Exception e)
        {
            return Report(e);
        }
    }

    /// <summary>Prints one line for a failure and gives its exit code. Wrapped exceptions (parallel work, reflection) are unwrapped first.</summary>
    internal static int Report(Exception e)
    {
        while (e is AggregateException or TargetInvocationException && e.InnerException is { } inner)
        {
            e = e is AggregateException a ? a.Flatten().InnerExceptions[0] : inner;
        }

        var (code, message) = e switch
        {
            FitFailedException => (ExitCodes.FitFailed, e.Message),
            InputException => (ExitCodes.BadInput, e.Message),
            DomainRuleException rule => (ExitCodes.BadInput, $"{rule.Message} [{rule.Code}]"),
            ArgumentException or FormatException or JsonException or IOException or UnauthorizedAccessException or InvalidOperationException
                => (ExitCodes.BadInput, TransactionFile.FirstSentence(e.Message)),
            _ => (ExitCodes.BadInput, $"{e.GetType().Name}: {e.Message}"),
        };
        Console.Error.WriteLine("error: " + OneLine(message));
        return code;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
