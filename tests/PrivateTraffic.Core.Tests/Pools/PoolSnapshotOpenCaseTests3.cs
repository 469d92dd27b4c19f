using System;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>Regression examples for the open cases of the witness property (<see cref="PoolSnapshotWitnessTests"/>) closed
/// after <see cref="PoolSnapshotOpenCaseTests2"/>: an erased referrer's erasure applied before a later-applied referral into
/// its referee at an earlier instant (events of different members need not be applied in instant order), plans that did not
/// fold, least event counts, and a referrer's quiet stage.</summary>
public sealed class PoolSnapshotOpenCaseTests3
{
    private static readonly Instant T0 = Generators.PoolEpoch;
    private static readonly ChannelId Counter = ChannelId.From("counter-sample");

    private static MemberId M(string name) => MemberId.From("member-" + name);

    private static DomainEventId E(int n) => DomainEventId.From("e" + n);

    private static Instant Day(double d) => T0 + Duration.FromHours(24 * d);

    private static void LoadsWithWitness(PrivatePool pool)
    {
        var snapshot = pool.ToSnapshot();
        PrivatePool.Restore(snapshot);
        PoolSnapshotWitness.BuildAndCheck(snapshot);
    }

    // Open case "an erased referrer's referral into an entry referred again at that instant or before its erasure's": the
    // witness put the erasure by its instant, after the referee's second referral, so it could not give A's referral (R, B
    // captured before A, cannot hold it).

    [Fact]
    public void A_referee_referred_again_before_its_erased_referrer_s_erasure_instant_has_a_witness()
    {
        // A brings J on day 2 and is erased on day 4; R's referral of J, on day 3, is applied after that erasure.
        var pool = Generators.NewScriptPool(capacity: null);
        pool.Capture(M("r"), Counter, Day(1), E(1));
        pool.Capture(M("a"), Counter, Day(1), E(2));
        pool.Capture(M("j"), Counter, Day(2), E(3), referredBy: new ReferredBy(M("a")));
        pool.Erase(M("a"), Day(4), E(4));
        pool.RecordReferral(M("j"), new ReferredBy(M("r")), Day(3), E(5));
        LoadsWithWitness(pool);
    }

    [Fact]
    public void A_referee_referred_again_at_its_capture_instant_has_a_witness()
    {
        // J is captured and referred by A on day 2; A is erased on day 4, and then R's referral of J on day 2 is applied.
        var pool = Generators.NewScriptPool(capacity: null);
        pool.Capture(M("r"), Counter, Day(1), E(1));
        pool.Capture(M("a"), Counter, Day(1), E(2));
        pool.Capture(M("j"), Counter, Day(2), E(3), referredBy: new ReferredBy(M("a")));
        pool.Erase(M("a"), Day(4), E(4));
        pool.RecordReferral(M("j"), new ReferredBy(M("r")), Day(2), E(5));
        LoadsWithWitness(pool);
    }

    [Fact]
    public void An_erased_referee_of_two_erased_referrers_referred_again_before_the_first_s_erasure_instant_has_a_witness()
    {
        // The sampled form (entry 0: "1 referrals no later entry can have received"): A brings J on day 2 and is erased
        // on day 5; B, captured on day 2.5 (before J in capture order, later in time), brings J on day 3 after A's
        // erasure is applied; J is erased on day 8, B on day 9. Only J can hold either referral.
        var pool = Generators.NewScriptPool(capacity: null);
        pool.Capture(M("a"), Counter, Day(1), E(1));
        pool.Capture(M("b"), Counter, Day(2.5), E(2));
        pool.Capture(M("j"), Counter, Day(2), E(3), referredBy: new ReferredBy(M("a")));
        pool.Erase(M("a"), Day(5), E(4));
        pool.RecordReferral(M("j"), new ReferredBy(M("b")), Day(3), E(5));
        pool.Erase(M("j"), Day(8), E(6));
        pool.Erase(M("b"), Day(9), E(7));
        LoadsWithWitness(pool);
    }

    // Open case "the plan does not fold": the witness placed a referral before its referrer's capture, and ordered a
    // member's steps of one key by rank (a first referral before a purchase keyed up to a later capture's instant); and
    // Restore let a referrer who left have a last activity after its leave that no referral gave.

    [Fact]
    public void An_erased_referrer_s_referral_into_an_entry_captured_before_it_in_time_has_a_witness()
    {
        // R (entry 0) joins on day 3, K (entry 1) on day 1; R brings L on day 5, then K on day 4, and is erased; K chats
        // on day 4.5.
        var pool = Generators.NewScriptPool(capacity: null);
        pool.Capture(M("r"), Counter, Day(3), E(1));
        pool.Capture(M("k"), Counter, Day(1), E(2));
        pool.Capture(M("l"), Counter, Day(5), E(3), referredBy: new ReferredBy(M("r")));
        pool.RecordReferral(M("k"), new ReferredBy(M("r")), Day(4), E(4));
        pool.Erase(M("r"), Day(6), E(5));
        pool.RecordInteraction(M("k"), "chat", Day(4.5), E(6));
        LoadsWithWitness(pool);
    }

    [Fact]
    public void A_first_referral_into_a_member_whose_purchase_waits_for_a_later_capture_has_a_witness()
    {
        // B (entry 2) joins on day 3 and buys on day 4, after C (entry 1, day 8.5) in capture order; A, erased, brings B
        // on day 8: B's purchase is keyed up to C's capture, and its referral must still come after it.
        var pool = Generators.NewScriptPool(capacity: null);
        pool.Capture(M("a"), Counter, Day(1), E(1));
        pool.Capture(M("c"), Counter, Day(8.5), E(2));
        pool.Capture(M("b"), Counter, Day(3), E(3));
        pool.RecordPurchase(M("b"), "tea", Money.Of(10m, Currency.CNY), Day(4), E(4));
        pool.RecordReferral(M("b"), new ReferredBy(M("a")), Day(8), E(5));
        pool.RecordPurchase(M("b"), "tea", Money.Of(10m, Currency.CNY), Day(9), E(6));
        pool.Erase(M("a"), Day(10), E(7));
        LoadsWithWitness(pool);
    }

    [Fact]
    public void A_referrer_who_left_with_a_last_activity_after_its_leave_that_its_one_referral_does_not_give_is_refused()
    {
        // A brings B on day 2 and leaves on day 3; a last activity on day 4 (before its last event, day 5) has no event.
        var pool = Generators.NewScriptPool(capacity: null);
        pool.Capture(M("a"), Counter, Day(1), E(1));
        pool.Capture(M("b"), Counter, Day(2), E(2), referredBy: new ReferredBy(M("a")));
        pool.Leave(M("a"), LeaveReason.Left, Day(3), E(3));
        var snapshot = pool.ToSnapshot();
        var changed = PoolSnapshotOpenCaseTests.WithEntry(snapshot, 0, m => m with { LastActivityAt = Day(4), LastEventAt = Day(5) })
            with { LatestAt = Day(5) };
        var ex = Assert.Throws<DomainRuleException>(() => PrivatePool.Restore(changed));
        Assert.Equal(DomainRuleCodes.PoolInvalidSnapshot, ex.Code);
        Assert.Contains("has a last activity after its own events that its one referral does not give", ex.Message, StringComparison.Ordinal);
        Assert.Throws<NoWitnessException>(() => PoolSnapshotWitness.BuildAndCheck(changed));
    }

    // Open case "its history needs at least": Restore took any instant as one a quiet stage's change can be at, so a last
    // event no stage change explains went uncounted; and the witness put a stage change at the end of its plan, after
    // steps at later instants, where the future tolerance then took a review.

    [Fact]
    public void A_dormant_member_s_last_event_when_its_history_gives_churned_takes_one_more_event()
    {
        // Captured on day 1 (dormant after 3 days, churned after 4) with a consent on day 5: a stage change on day 3.5
        // gives dormant, one on day 12 churned, so the last event on day 12 is a move (captured into the other sub-pool),
        // and 4 events are too few.
        var pool = PrivatePool.Open(PoolId.From("quick"), "Brand A counter", ChannelId.From("wechat-personal:clerk-li"),
            ChannelKind.PersonalWeChat, ["prospects", "customers"], T0, DomainEventId.From("e-open"),
            lifecycle: LifecyclePolicy.Create(Period.FromDays(3), Period.FromDays(4)));
        pool.Capture(M("a"), Counter, Day(1), E(1));
        var snapshot = PoolSnapshotOpenCaseTests.WithEntry(pool.ToSnapshot(), 0, m => m with
        {
            Stage = LifecycleStage.Dormant,
            LastEventAt = Day(12),
            Consents = [new ConsentRecord(ConsentPurpose.Marketing, Counter, true, Day(5))],
        }) with { Version = 4, LatestAt = Day(12), RecentEventIds = [DomainEventId.From("e-open"), E(1), E(2), E(3)] };
        var ex = Assert.Throws<DomainRuleException>(() => PrivatePool.Restore(snapshot));
        Assert.Equal(DomainRuleCodes.PoolInvalidSnapshot, ex.Code);
        Assert.Contains("counts 4 events where its numbers take at least 5", ex.Message, StringComparison.Ordinal);
        Assert.Throws<NoWitnessException>(() => PoolSnapshotWitness.BuildAndCheck(snapshot));
        PoolSnapshotWitness.BuildAndCheck(snapshot with { Version = 5, RecentEventIds = [DomainEventId.From("e-open"), E(1), E(2), E(3), E(4)] });
    }

    [Fact]
    public void A_stage_change_between_captures_under_a_future_tolerance_has_a_witness()
    {
        // A is captured on day 60 and goes dormant on day 155; B comes on day 170: with a tolerance of 106 days the
        // stage change must come between the captures, or the gap from day 60 to day 170 takes a review.
        var pool = PrivatePool.Open(PoolId.From("tolerant"), "Brand A counter", ChannelId.From("wechat-personal:clerk-li"),
            ChannelKind.PersonalWeChat, ["prospects"], T0, DomainEventId.From("e-open"), futureTolerance: Duration.FromDays(106));
        pool.Capture(M("a"), Counter, Day(60), E(1));
        pool.Apply(new StageChanged(E(2), pool.Id, Day(155), M("a"), LifecycleStage.Prospect, LifecycleStage.Dormant));
        pool.Capture(M("b"), Counter, Day(170), E(3));
        LoadsWithWitness(pool);
    }

    [Fact]
    public void A_referrer_with_one_referral_and_a_last_activity_after_it_takes_an_interaction()
    {
        // A brings B on day 2 (an advocate then) and chats on day 3: a last activity after its one referral is an
        // interaction, so the history's 6 events cannot be 5.
        var pool = Generators.NewScriptPool(capacity: null);
        pool.Capture(M("a"), Counter, Day(1), E(1));
        pool.Capture(M("b"), Counter, Day(2), E(2), referredBy: new ReferredBy(M("a")));
        pool.RecordInteraction(M("a"), "chat", Day(3), E(3));
        var real = pool.ToSnapshot();
        PoolSnapshotWitness.BuildAndCheck(real);
        var snapshot = real with { Version = real.Version - 1, RecentEventIds = [.. real.RecentEventIds.SkipLast(1)] };
        var ex = Assert.Throws<DomainRuleException>(() => PrivatePool.Restore(snapshot));
        Assert.Equal(DomainRuleCodes.PoolInvalidSnapshot, ex.Code);
        Assert.Contains("counts 5 events where its numbers take at least 6", ex.Message, StringComparison.Ordinal);
        Assert.Throws<NoWitnessException>(() => PoolSnapshotWitness.BuildAndCheck(snapshot));
    }

    // Open case "no instant where its history gives": Restore let any referrer's last activity come from a referral after
    // a quiet stage's change, though with one referral that is only its advocate instant.

    [Fact]
    public void A_referrer_churned_before_quiet_since_its_own_last_activity_is_refused()
    {
        // A brings B on day 2 and chats on day 60; a review on day 250 finds it churned. Churned by day 200 it is not:
        // after the chat (its own event, applied before any later one) it was quiet 140 days, and its one referral
        // is on day 2.
        var pool = Generators.NewScriptPool(capacity: null);
        pool.Capture(M("a"), Counter, Day(1), E(1));
        pool.Capture(M("b"), Counter, Day(2), E(2), referredBy: new ReferredBy(M("a")));
        pool.RecordInteraction(M("a"), "chat", Day(60), E(3));
        pool.Review(Day(250), E(4));
        var real = pool.ToSnapshot();
        PrivatePool.Restore(real);
        var snapshot = PoolSnapshotOpenCaseTests.WithEntry(real, 0, m => m with { LastEventAt = Day(200) });
        var ex = Assert.Throws<DomainRuleException>(() => PrivatePool.Restore(snapshot));
        Assert.Equal(DomainRuleCodes.PoolInvalidSnapshot, ex.Code);
        Assert.Contains("is Churned before it was quiet that long", ex.Message, StringComparison.Ordinal);
        Assert.Throws<NoWitnessException>(() => PoolSnapshotWitness.BuildAndCheck(snapshot));
    }
}
