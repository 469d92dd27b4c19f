using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>
/// The advocate instant (裂变) is the first referral recorded, not the earliest one: a referral recorded later with an
/// earlier instant counts, but the stage change already published stands, and <see cref="PrivatePool.StageOf"/> agrees
/// with the events a subscriber saw (the domain decision of issue 10, documented in docs/concepts/pools.md).
/// </summary>
public sealed class AdvocateInstantTests
{
    private static readonly ChannelId Counter = ChannelId.From("counter-sample");

    private static MemberId M(string name) => MemberId.From("member-" + name);

    private static DomainEventId E(int n) => DomainEventId.From("e" + n);

    private static Instant Day(int d) => Generators.PoolEpoch + Duration.FromDays(d);

    [Fact]
    public void A_referral_recorded_later_at_an_earlier_instant_does_not_rewrite_the_stage_change_already_published()
    {
        var pool = Generators.NewScriptPool(capacity: null);
        pool.Capture(M("a"), Counter, Day(1), E(1));
        pool.Capture(M("b"), Counter, Day(5), E(2), referredBy: new ReferredBy(M("a")));
        var published = pool.PendingEvents.OfType<StageChanged>().Single(e => e.Member == M("a"));
        Assert.Equal((LifecycleStage.Advocate, Day(5)), (published.To, published.At));

        // C joins later, through A, on day 4: A now has two referrals, and no second stage change.
        pool.Capture(M("c"), Counter, Day(4), E(3), referredBy: new ReferredBy(M("a")));
        Assert.Single(pool.PendingEvents.OfType<StageChanged>(), e => e.Member == M("a"));

        var a = pool.ToSnapshot().Members.Single(m => m.Id == M("a"));
        Assert.Equal((2, Day(5)), (a.ReferralCount, a.AdvocateAt!.Value));
        Assert.Equal(LifecycleStage.Prospect, pool.StageOf(M("a"), Day(4)));
        Assert.Equal(LifecycleStage.Advocate, pool.StageOf(M("a"), Day(5)));

        // The same history folded again, and the snapshot restored, give the same instant.
        Assert.Equal(Day(5), PrivatePool.Restore(pool.ToSnapshot()).ToSnapshot().Members.Single(m => m.Id == M("a")).AdvocateAt);
    }
}
