using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Tour;

/// <summary>The private pool (私域流量池): the counter case of article 003, folded from events.</summary>
internal static class PoolsChapter
{
    public static void Show()
    {
        var shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var clerk = ChannelId.From("wechat-personal:clerk-li");
        var day = new LocalDate(2024, 3, 1).At(new LocalTime(10, 0)).InZoneLeniently(shanghai).ToInstant();
        var pool = PrivatePool.Open(PoolId.From("brand-a-counter"), "Brand A", clerk, ChannelKind.PersonalWeChat,
            ["prospects", "customers"], day, DomainEventId.From("open"));

        // Department store: 5,000 visitors, 500 pass the counter, 100 stop to ask, 20 buy on the spot.
        // The private variant: all 100 askers add the clerk's WeChat for a free sample (潜客).
        for (var i = 0; i < 100; i++)
        {
            pool.Capture(MemberId.From($"asker-{i:000}"), ChannelId.From("counter-sample"), day, DomainEventId.From($"c{i}"), tags: ["free-sample"]);
        }

        // Over the next 7 days, moments posts (朋友圈) convert 20 of them (首购); 5 buy again (复购); one brings a friend (裂变).
        for (var i = 0; i < 20; i++)
        {
            pool.RecordPurchase(MemberId.From($"asker-{i:000}"), "skincare", Money.Yuan(199m), day + Duration.FromDays(1 + (i % 7)), DomainEventId.From($"p{i}"));
        }

        for (var i = 0; i < 5; i++)
        {
            pool.RecordPurchase(MemberId.From($"asker-{i:000}"), "skincare", Money.Yuan(199m), day + Duration.FromDays(7), DomainEventId.From($"r{i}"));
        }

        pool.Capture(MemberId.From("friend-of-000"), ChannelId.From("friend-referral"), day + Duration.FromDays(7), DomainEventId.From("f0"), referredBy: new(MemberId.From("asker-000")));

        var week = pool.Measure(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 8), shanghai);
        string[] chinese = ["潜客", "首购", "复购", "多品类", "裂变", "沉睡", "流失"];
        Tour.Heading("3. Private pool (私域流量池): the counter's 100 askers, one week later");
        Console.WriteLine("  public funnel: 5,000 visitors → 500 pass the counter → 100 ask → 20 buy; only 20 contacts kept");
        Console.WriteLine($"  events folded into the pool: {pool.PendingEvents.Count}; members: {pool.MemberCount} (capacity {pool.Capacity:N0} friends)");
        foreach (var (stage, count) in week.StageDistribution.Where(p => p.Value > 0))
        {
            Console.WriteLine($"  {chinese[(int)stage]} {stage,-14} {count,4}");
        }

        Console.WriteLine($"  prospect → first purchase: {week.Conversions[0].Rate:P0}; repurchase rate (复购率): {week.RepurchaseRate:P0}");
        Console.WriteLine($"  dormant (沉睡) after {pool.Lifecycle.DormantAfter.Days} days without activity; churned (流失) after {pool.Lifecycle.ChurnedAfter.Days}");
        Console.WriteLine($"  asker-050 on 2024-07-01: {pool.StageOf(MemberId.From("asker-050"), Instant.FromUtc(2024, 7, 1, 0, 0))}");
    }
}
