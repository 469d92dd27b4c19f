using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

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

        ValuePool(pool);
    }

    /// <summary>The same pool valued in one call: its history in, every member's value out.</summary>
    private static void ValuePool(PrivatePool pool)
    {
        // Assumed: the articles fit no model, so CDNOW's published BG/NBD and Gamma-Gamma fits stand in for this brand's.
        var purchases = BgNbdParameters.Create(0.243, 4.414, 0.793, 2.426, TimeUnit.Weeks);
        var spend = GammaGammaParameters.Create(6.25, 3.74, 15.44);
        var horizon = LifetimeValueHorizon.Create(12, TimeUnit.Months, 0.01);
        var policy = TierPolicy.Create("bands", [
            TierPolicyRule.For(ValueTier.Top, null, TierAction.Of("one-to-one", "一对一维护")),
            TierPolicyRule.For(ValueTier.Middle, null, TierAction.Of("nurture", "朋友圈与社群培育")),
            TierPolicyRule.For(ValueTier.Bottom, null, TierAction.Of("low-touch", "低成本群发")),
        ]);
        var valuation = PoolValuation.Score(PoolValueInputs.From(pool, pool.PendingEvents), new LocalDate(2024, 6, 30),
            purchases, spend, horizon, policy, prospectHorizon: Duration.FromDays(7));
        var prospect = valuation.ProspectEstimate;
        Console.WriteLine($"  valued on 2024-06-30 in one call (PoolValuation.Score over the pool's own history):");
        Console.WriteLine($"    {valuation.Cards.Count} buyers with value cards, {valuation.Prospects.Count} prospects (潜客)");
        Console.WriteLine($"    a prospect's value: P(first purchase within 7 days) {prospect.FirstPurchaseProbability:P0} ({prospect.Converted} of {prospect.Cohort}) × a new customer's {prospect.NewCustomerValue:G} = {prospect.Value:G}");
        Console.WriteLine($"    the pool: {valuation.Base}");
        var referrer = MemberId.From("asker-000");
        Console.WriteLine($"    asker-000 brought a friend: model value (模型价值) {valuation.ModelValues.GetValueOrDefault(referrer, Money.Zero(Currency.CNY)):G}, reported beside the total, never added to it");
        Console.WriteLine("    assumed: the models are CDNOW's published fits (BG/NBD r 0.243, α 4.414, a 0.793, b 2.426; Gamma-Gamma p 6.25, q 3.74, γ 15.44), 12 months at 1% a month");
    }
}
