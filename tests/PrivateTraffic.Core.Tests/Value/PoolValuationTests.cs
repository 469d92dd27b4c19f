using System;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value;

/// <summary>The pool → value seam: one call takes a pool's value inputs, one call values the pool.</summary>
public sealed class PoolValuationTests
{
    private static readonly BgNbdParameters Purchases = BgNbdParameters.Create(0.243, 4.414, 0.793, 2.426, TimeUnit.Weeks);
    private static readonly GammaGammaParameters Spend = GammaGammaParameters.Create(6.25, 3.74, 15.44);
    private static readonly LifetimeValueHorizon Year = LifetimeValueHorizon.Create(12, TimeUnit.Months, 0.01);
    private static readonly DomainEventId Open = DomainEventId.From("open");
    private static readonly ChannelId Counter = ChannelId.From("counter");
    private static readonly MemberId Zhang = MemberId.From("zhang");
    private static readonly MemberId Wang = MemberId.From("wang");
    private static readonly MemberId Li = MemberId.From("li");

    private static Instant Day(int d, int hour = 12) => Instant.FromUtc(2024, 3, 1, hour, 0) + Duration.FromDays(d);

    private static DomainEventId E(string id) => DomainEventId.From(id);

    private static TierPolicy Policy() =>
        PrivateTrafficJson.Deserialize<TierPolicy>(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "PrivateTraffic.Core.Tests", "Golden", "v1", "value", "tier-policy.json")));

    private static PrivatePool CounterPool() =>
        PrivatePool.Open(PoolId.From("counter"), "Brand A", ChannelId.From("wechat:clerk-li"), ChannelKind.PersonalWeChat, ["prospects", "customers"], Day(0, 0), Open);

    [Fact]
    public void An_erased_buyer_leaves_no_purchase_and_a_recaptured_id_does_not_inherit_them()
    {
        var pool = CounterPool();
        pool.Capture(Zhang, Counter, Day(1), E("c1"));
        pool.RecordPurchase(Zhang, "skincare", Money.Yuan(500m), Day(2), E("p1"));
        pool.Erase(Zhang, Day(3), E("x1"));
        pool.Capture(Zhang, Counter, Day(4), E("c2"));
        pool.RecordPurchase(Zhang, "skincare", Money.Yuan(80m), Day(5), E("p2"), margin: Money.Yuan(30m));

        var inputs = PoolValueInputs.From(pool, pool.PendingEvents);

        Assert.Equal([Zhang], inputs.Members);
        var only = Assert.Single(inputs.Purchases);
        Assert.Equal(Money.Yuan(80m), only.Amount);
        Assert.Equal(Money.Yuan(30m), only.Margin);
    }

    [Fact]
    public void A_purchase_is_dated_in_the_member_s_own_time_zone()
    {
        var pool = CounterPool();
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        pool.Capture(Wang, Counter, Day(1), E("c1"), timeZone: newYork);
        // 02:00 UTC on 10 March is still 9 March in New York.
        pool.RecordPurchase(Wang, "skincare", Money.Yuan(120m), Instant.FromUtc(2024, 3, 10, 2, 0), E("p1"));

        var inputs = PoolValueInputs.From(pool, pool.PendingEvents);

        Assert.Equal(new LocalDate(2024, 3, 9), Assert.Single(inputs.Purchases).Date);
    }

    [Fact]
    public void A_history_that_is_not_the_pool_s_is_refused()
    {
        var pool = CounterPool();
        pool.Capture(Zhang, Counter, Day(1), E("c1"));
        pool.RecordPurchase(Zhang, "skincare", Money.Yuan(500m), Day(2), E("p1"));
        var stale = pool.PendingEvents.Take(2).ToList();

        Assert.Throws<ArgumentException>("history", () => PoolValueInputs.From(pool, stale));
        Assert.Throws<ArgumentNullException>("pool", () => PoolValueInputs.From(null!, stale));
    }

    [Fact]
    public void A_pool_is_valued_in_one_call_and_each_member_counts_once()
    {
        var pool = CounterPool();
        pool.Capture(Zhang, Counter, Day(1), E("c1"));
        pool.RecordPurchase(Zhang, "skincare", Money.Yuan(300m), Day(2), E("p1"));
        pool.RecordPurchase(Zhang, "makeup", Money.Yuan(200m), Day(40), E("p2"));
        pool.Capture(Wang, Counter, Day(3), E("c2"), referredBy: new ReferredBy(Zhang, Reward: Money.Yuan(10m)));
        pool.RecordPurchase(Wang, "skincare", Money.Yuan(150m), Day(4), E("p3"));
        pool.Capture(Li, Counter, Day(100), E("c3"));

        var valuation = PoolValuation.Score(PoolValueInputs.From(pool, pool.PendingEvents), new LocalDate(2024, 7, 1), Purchases, Spend, Year, Policy());

        Assert.Equal([Zhang, Wang], valuation.Cards.Select(c => c.Customer));
        Assert.Equal([Li], valuation.Prospects.Keys);
        Assert.Equal(valuation.ProspectEstimate.Value, valuation.Prospects[Li]);
        // The prospect cohort: Zhang and Wang were captured more than 90 days before and bought within 90 days.
        Assert.Equal((2, 2), (valuation.ProspectEstimate.Cohort, valuation.ProspectEstimate.Converted));
        var cardsOwn = valuation.Cards.Aggregate(Money.Zero(Currency.CNY), (sum, c) => sum + c.OwnValue);
        Assert.Equal(cardsOwn + valuation.Prospects[Li], valuation.Base.OwnValue);
        Assert.Equal(3, valuation.Base.Customers);
        // Zhang brought Wang: Wang's own value, less the ¥10 reward, is Zhang's model value, reported beside the total.
        var wang = valuation.Cards.Single(c => c.Customer == Wang);
        Assert.Equal(wang.OwnValue - Money.Yuan(10m), valuation.ModelValues[Zhang]);
        Assert.Equal(Money.Yuan(650m), valuation.Base.Realized);

        // A campaign's commissions paid to Zhang (outside the referral record) come off his model value too.
        var withCommissions = PoolValuation.Score(PoolValueInputs.From(pool, pool.PendingEvents), new LocalDate(2024, 7, 1), Purchases, Spend, Year, Policy(),
            rewardsPaid: new System.Collections.Generic.Dictionary<MemberId, Money> { [Zhang] = Money.Yuan(3m) });
        Assert.Equal(valuation.ModelValues[Zhang] - Money.Yuan(3m), withCommissions.ModelValues[Zhang]);
        Assert.Equal(valuation.Base.OwnValue, withCommissions.Base.OwnValue);
    }

    [DeepProperty(runs: 50)]
    public Property Inputs_hold_every_member_once_with_their_own_purchases_and_the_base_counts_each_once() =>
        Prop.ForAll(Generators.PoolScripts, script =>
        {
            var pool = Generators.RunPoolScript(script);
            var inputs = PoolValueInputs.From(pool, pool.PendingEvents);
            Assert.Equal(pool.Members.Select(m => m.Id), inputs.Members);
            foreach (var member in pool.Members)
            {
                Assert.Equal(member.PurchaseCount, inputs.Purchases.Count(p => p.Customer == member.Id));
            }

            var valuation = PoolValuation.Score(inputs, new LocalDate(2024, 12, 31), Purchases, Spend, Year, Policy());
            Assert.Equal(pool.MemberCount, valuation.Base.Customers);
            var own = valuation.Cards.Aggregate(Money.Zero(Currency.CNY), (sum, c) => sum + c.OwnValue);
            own = valuation.Prospects.Values.Aggregate(own, (sum, v) => sum + v);
            Assert.Equal(own, valuation.Base.OwnValue);
        });
}
