using Spectre.Console;

namespace PrivateTraffic.Tour;

/// <summary>The tour's chapters, in reading order: from the building blocks to the customer's value.</summary>
internal static class TourChapters
{
    public static void Run()
    {
        AnsiConsole.MarkupLine("[bold]PrivateTraffic.Core[/]: a tour of private-traffic marketing (私域流量) with the articles' own figures.");
        FoundationChapter.Show();
        TrafficChapter.Show();
        PoolsChapter.Show();
        ValueChapter.Show();
        ValueModelsChapter.Show();
        CommunityChapter.Show();
        FissionChapter.Show();
        EngagementChapter.Show();
        RefusalsChapter.Show();
        AnsiConsole.WriteLine();
        AnsiConsole.MarkupLine("Read on: docs/index.md. Each chapter has a sample of its own under samples/.");
    }
}
