using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Tour;

/// <summary>Communities (社群): positioning, and the articles' oysters group against their carrots group.</summary>
internal static class CommunityChapter
{
    public static void Show()
    {
        Tour.Heading("6. Communities (社群): direction first, then regular activity");
        var luogic = CommunityPositioning.Create(CommunityTypes.Product | CommunityTypes.Knowledge | CommunityTypes.Interest, CommunityOrientation.Spiritual);
        Console.WriteLine($"  Luogic Thinking, given only its kinds and orientation, is {luogic.Types}: hybrid (交叉型) = {luogic.IsHybrid}; what is missing:");
        foreach (var f in PositioningAssessment.Assess(luogic).Where(f => f.Severity != FindingSeverity.Note))
        {
            Console.WriteLine($"  {f.Severity}: {f.Reason}");
        }

        // Assumed counts (the articles give only the sales and the carrots): 400 members who post and hold a weekly
        // activity, against 300 members who only receive the store's two promotions a day.
        var oysters = Enumerable.Range(0, 30).Select(i => GroupDayStats.Create(new LocalDate(2026, 11, 1).PlusDays(i), 400, 60, 150, 30,
            activitiesHeld: i % 7 == 0 || i >= 28 ? 1 : 0, sales: Money.Yuan(i == 28 ? 9_800m : 0m))).ToArray();
        var carrots = Enumerable.Range(0, 30).Select(i => GroupDayStats.Create(new LocalDate(2026, 8, 27).PlusDays(i), 300, 1, 2, 2)).ToArray();
        foreach (var (name, days) in new[] { ("oysters, ¥9,800 in a day", oysters), ("carrots on Mid-Autumn day", carrots) })
        {
            var a = GroupHealthMonitor.Assess(days);
            Console.WriteLine($"  {name,-27} {a.Health,-8} promotions {a.Figures.PromotionShare:P0}, reasons: {string.Join(", ", a.Reasons)}");
        }

        Console.WriteLine("  (health thresholds: HealthThresholds.Default, this library's assumptions; see docs/concepts/community.md)");
    }
}
