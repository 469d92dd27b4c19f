using System.Globalization;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Tour;

/// <summary>Customer value: the three values, value bands and RFM on ten customers; the 271 composition and the
/// value of prospects on a small pool.</summary>
internal static class ValueChapter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Show()
    {
        Tour.Heading("4. 客户价值 Customer value: realized, potential, model");
        ShowValues();
        ShowComposition();
    }

    private static void ShowValues()
    {
        var end = new LocalDate(2024, 6, 30);
        var names = new[] { "张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴" };
        var log = new PurchaseLog();
        for (var i = 0; i < names.Length; i++)
        {
            // Customer i buys (i + 1) times, a fortnight apart, 100 yuan each time with 40% margin.
            for (var k = 0; k <= i; k++)
            {
                log.Add(MemberId.From(names[i]), new LocalDate(2024, 1, 1).PlusDays(14 * k + i), Money.Yuan(100m), Money.Yuan(40m));
            }
        }

        Console.WriteLine("Assumptions (the articles give no figures here): 100 yuan a purchase at 40% margin; a 20 yuan referral reward; value bands cut 20/70/10.");
        var summaries = CustomerSummaries.Summarize(log, end, TimeUnit.Weeks);
        var first = summaries[9];
        Console.WriteLine(string.Create(Inv, $"Summary of {first.Customer}: x = {first.Frequency} repeat purchases, t_x = {first.TimeOfLastPurchase:0.00} weeks from the first purchase to the last, T = {first.Age:0.00} weeks, mean repeat spend {first.MeanRepeatSpend:G}"));
        var realized = RealizedValue.Of(ValueBasis.Margin, end);
        Console.WriteLine($"既成价值 realized margin of the base: {realized.Total(log, Currency.CNY).ToString("G", Inv)}");

        // 模型价值: 张 brought 王 and 李 in, and was paid a 20 yuan red packet for it.
        var graph = ReferralGraph.From([Referral.Of(MemberId.From("张"), MemberId.From("王")), Referral.Of(MemberId.From("张"), MemberId.From("李"))]);
        var own = realized.ByCustomer(log, Currency.CNY);
        var model = ModelValue.Attribute(graph, own, new Dictionary<MemberId, Money> { [MemberId.From("张")] = Money.Yuan(20m) }, Currency.CNY);
        Console.WriteLine($"模型价值 model value of 张 (referees' margin − reward): {model[MemberId.From("张")].ToString("G", Inv)}");

        var keep = TierAction.Of("keep", "保持联系");
        var policy = TierPolicy.Create("tour", Enum.GetValues<ValueTier>().Select(t => TierPolicyRule.For(t, null, keep)));
        var cards = ValueCard.BuildAll(summaries, own, new Dictionary<MemberId, Money>(), model, policy);
        var total = BaseValue.Of(cards, Currency.CNY);
        Console.WriteLine($"Base total, each customer once (realized + potential): {total.OwnValue.ToString("G", Inv)}; model value attributed to referrers, beside it: {total.ModelAttributed.ToString("G", Inv)}");
        var summed = Money.Sum(cards.Select(c => c.ValueWithReferrals), Currency.CNY);
        Console.WriteLine($"  (adding each card's value with referrals would give {summed.ToString("G", Inv)}: 王 and 李 counted twice)");

        // 价值分层: bands of a value ranking. All ten have paid, so none of them is "convertible"; a customer
        // worth nothing (孙, a refund) is in the bottom band, never above anyone.
        var ids = cards.Select(c => c.Customer).Append(MemberId.From("孙")).ToArray();
        var values = cards.Select(c => c.ValueWithReferrals).Append(Money.Yuan(0m)).ToArray();
        var bands = ValueQuantileLayering.Assign(ids, values);
        Console.WriteLine("价值分层 value bands (头部 top / 腰部 middle / 尾部 bottom; equal values share a band, ¥0 is bottom): " + string.Join("  ", Enum.GetValues<ValueTier>().Select(t =>
            $"{t} {string.Concat(ids.Where((_, i) => bands[i] == t).Select(id => id.Value))}")));

        var rfm = RfmScore.ScoreAll(summaries);
        Console.WriteLine(string.Create(Inv, $"RFM of {first.Customer} ({Period.DaysBetween(first.LastPurchase, first.CalibrationEnd)} days since the last purchase): {rfm[9]} → {RfmSegmentNames.Chinese(rfm[9].Segment)} ({RfmSegmentNames.English(rfm[9].Segment)}); of {summaries[0].Customer}: {rfm[0]} → {RfmSegmentNames.Chinese(rfm[0].Segment)}"));
        Console.WriteLine("潜在价值 potential value of buyers comes from a fitted BG/NBD + Gamma-Gamma model: see the value-models chapter.");
    }

    private static void ShowComposition()
    {
        var shanghai = PrivatePool.DefaultTimeZone;
        var start = new LocalDate(2024, 3, 1).At(new LocalTime(10, 0)).InZoneLeniently(shanghai).ToInstant();
        var asOf = new LocalDate(2024, 6, 30).At(new LocalTime(12, 0)).InZoneLeniently(shanghai).ToInstant();
        var clerk = ChannelId.From("wechat-personal:clerk-wang");
        var pool = PrivatePool.Open(PoolId.From("tour-271"), "Brand B", clerk, ChannelKind.PersonalWeChat, ["members"], start, DomainEventId.From("open"));
        for (var i = 1; i <= 20; i++)
        {
            // m01–m04 buy within 10 days of capture, m05 after 60 days; m06–m16 stay active; m17 goes quiet;
            // m18 is tagged 广告 (ads); m19 leaves; m20 never consents to marketing.
            var id = MemberId.From($"m{i:00}");
            var at = start + Duration.FromDays(i);
            pool.Capture(id, ChannelId.From("store-qr"), at, DomainEventId.From($"c{i}"), tags: i == 18 ? ["广告"] : null);
            if (i != 20)
            {
                pool.GrantConsent(id, ConsentPurpose.Marketing, clerk, at, DomainEventId.From($"g{i}"));
            }

            if (i <= 5)
            {
                pool.RecordPurchase(id, "tea", Money.Yuan(168m), at + Duration.FromDays(i == 5 ? 60 : 2 * i), DomainEventId.From($"p{i}"));
            }
            else if (i == 19)
            {
                pool.Leave(id, LeaveReason.Left, at + Duration.FromDays(40), DomainEventId.From($"l{i}"));
            }
            else if (i != 17)
            {
                pool.RecordInteraction(id, "moments-like", asOf - Duration.FromDays(10), DomainEventId.From($"i{i}"));
            }
        }

        var rule = MemberStatusRule.Create(Duration.FromDays(30), ["广告"]);
        var composition = PoolComposition.Of(pool, rule, asOf);
        Console.WriteLine();
        Console.WriteLine($"271 构成 composition of a pool of {composition.Members} by status (article 002: 20% 付费, 70% 可转化, 10% 垃圾用户)");
        Console.WriteLine($"  Assumptions (article 002 gives no thresholds): {rule}; reachable = a standing consent on some channel; paying = bought and still in the pool.");
        foreach (var status in Enum.GetValues<MemberStatus>())
        {
            Console.WriteLine(string.Create(Inv, $"  {status,-12} {composition.CountOf(status),2}  observed {composition.ShareOf(status),4:P0}  benchmark {composition.Benchmark.ShareOf(status),4:P0}  observed − benchmark {composition.DeviationOf(status) * 100,+4:+0;-0;0} points"));
        }

        var junk = pool.Members.Where(m => rule.Classify(pool, m, asOf) == MemberStatus.Junk).Select(m => $"{m.Id} {rule.Explain(pool, m, asOf)}");
        Console.WriteLine($"  why junk: {string.Join(", ", junk)}");

        // 潜客价值: P(first purchase within 30 days of capture) from this pool's own history × a new customer's value.
        var newCustomer = Money.Yuan(300m);
        var prospects = ProspectValue.Estimate(pool.Members, pool.PendingEvents.OfType<PurchaseRecorded>(), asOf, Duration.FromDays(30), newCustomer);
        Console.WriteLine($"潜客价值 value of a prospect: {prospects.ToString().Replace(" days", " days of capture", StringComparison.Ordinal)}");
        Console.WriteLine($"  Assumptions: a new customer is worth {newCustomer.ToString("G", Inv)} (the caller's figure, e.g. the mean potential value of new buyers); a 30-day horizon; the cohort is every member captured 30 days or more before {asOf}.");
    }
}
