using Spectre.Console;

namespace PrivateTraffic.Tour;

/// <summary>Shared look of the tour's chapters.</summary>
internal static class Tour
{
    public static void Heading(string title)
    {
        AnsiConsole.WriteLine();
        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());
    }
}
