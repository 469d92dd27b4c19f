using System;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests;

/// <summary>README's quick start, line for line (README drops the System using it gets implicitly).</summary>
internal static class QuickStart
{
    public static void Run()
    {
        // begin quick start
        // The department-store counter (article 003): 5,000 visitors, 10% pass the counter, 20% ask, 20% buy.
        var buys = Probability.FromPercent(10) * Probability.FromPercent(20) * Probability.FromPercent(20);
        Console.WriteLine($"{buys.ExpectedOf(5_000)} of 5,000 visitors buy and leave their details"); // 20

        // The private variant: whoever asks adds the clerk's WeChat for a free sample and joins the pool.
        var now = Instant.FromUtc(2026, 11, 24, 2, 0);
        var pool = PrivatePool.Open(PoolId.From("counter"), "Brand A", ChannelId.From("wechat:clerk-li"),
            ChannelKind.PersonalWeChat, ["prospects", "customers"], now, DomainEventId.From("open"));
        var asker = MemberId.From("asker-1");
        pool.Capture(asker, ChannelId.From("counter-sample"), now, DomainEventId.From("c1"));
        pool.RecordPurchase(asker, "skincare", Money.Yuan(199m), now + Duration.FromDays(3), DomainEventId.From("p1"));
        Console.WriteLine(pool.StageOf(asker, now + Duration.FromDays(7)));   // FirstPurchase (首购)

        // Potential value (潜在价值): BG/NBD fitted on CDNOW; 2 repeat purchases, the last in week 30.43 of 38.86.
        var model = BgNbdParameters.Create(0.243, 4.414, 0.793, 2.426, TimeUnit.Weeks);
        Console.WriteLine(model.ProbabilityAlive(2, 30.43, 38.86));   // ≈ 0.7266

        // Money is exact (¥100 in three: ¥33.34 + ¥33.33 + ¥33.33) and every contract is strict JSON.
        var shares = Money.Yuan(100m).Split(3);
        var json = PrivateTrafficJson.Serialize(shares[0]);   // {"amount":"33.34","currency":"CNY"}
        Money back = PrivateTrafficJson.Deserialize<Money>(json);
        // end quick start
        Assert.Equal(shares[0], back);
        Assert.Equal(20.0, buys.ExpectedOf(5_000), 9);
        Assert.Equal(PrivateTraffic.Core.Pools.LifecycleStage.FirstPurchase, pool.StageOf(asker, now + Duration.FromDays(7)));
        Assert.Equal(0.7266, model.ProbabilityAlive(2, 30.43, 38.86), 3);
    }
}
