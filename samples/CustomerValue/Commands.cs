using PrivateTraffic.Core.Primitives;

namespace CustomerValue;

/// <summary>The command table. A new command is one more entry here and one class beside this file.</summary>
internal static class Commands
{
    private static readonly Dictionary<string, (string Usage, Func<CommandLine, int> Run)> Table = new(StringComparer.OrdinalIgnoreCase)
    {
        ["summarize"] = (
            "summarize --transactions FILE --calibration-end YYYY-MM-DD --unit days|weeks|months [--format csv|cdnow] [--currency CNY] [--output FILE]",
            SummarizeCommand.Run),
        ["fit"] = (
            "fit --summary FILE --model bgnbd|paretonbd|gammagamma [--unit days|weeks|months] [--output FILE]",
            FitCommand.Run),
        ["score"] = (
            "score --summary FILE --params FILE --spend-params FILE --horizon N [--unit days|weeks|months] --discount-rate D [--currency CNY] [--output FILE]",
            ScoreCommand.Run),
    };

    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            return Demo.Run();
        }

        if (!Table.TryGetValue(args[0], out var command))
        {
            return Usage($"Unknown command '{args[0]}'.");
        }

        try
        {
            return command.Run(CommandLine.Parse(args.AsSpan(1)));
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or IOException or UnauthorizedAccessException or DomainRuleException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            Console.Error.WriteLine($"usage: CustomerValue {command.Usage}");
            return 2;
        }
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine(problem);
        Console.Error.WriteLine("usage: CustomerValue                      (demo)");
        foreach (var (_, (usage, _)) in Table)
        {
            Console.Error.WriteLine($"       CustomerValue {usage}");
        }

        return 2;
    }
}
