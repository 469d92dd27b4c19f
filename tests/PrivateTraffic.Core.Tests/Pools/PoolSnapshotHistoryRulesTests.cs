using System;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>Regression examples for the snapshots the witness property (issue 10) found loading though no history produces
/// them: each loaded before the rules of PrivatePool.SnapshotHistory.cs and is refused with pool.invalid_snapshot now.</summary>
public sealed class PoolSnapshotHistoryRulesTests
{
    private static readonly Instant T0 = Generators.PoolEpoch;
    private static readonly ChannelId Counter = ChannelId.From("counter-sample");

    /// <summary>A: two purchases then brings B (advocate); B leaves; C is erased; D is captured; E buys in two categories.</summary>
    private static PoolSnapshot Fixture()
    {
        var pool = Generators.NewScriptPool(capacity: null);
        MemberId M(string name) => MemberId.From("member-" + name);
        DomainEventId E(int n) => DomainEventId.From("e" + n);
        Instant Day(int d) => T0 + Duration.FromDays(d);
        pool.Capture(M("a"), Counter, Day(1), E(1));
        pool.RecordPurchase(M("a"), "skincare", Money.Yuan(99m), Day(2), E(2));
        pool.RecordPurchase(M("a"), "skincare", Money.Yuan(99m), Day(3), E(3));
        pool.Capture(M("b"), Counter, Day(4), E(4), referredBy: new ReferredBy(M("a")));
        pool.Leave(M("b"), LeaveReason.Left, Day(5), E(5));
        pool.Capture(M("c"), Counter, Day(6), E(6));
        pool.Erase(M("c"), Day(7), E(7));
        pool.Capture(M("d"), Counter, Day(8), E(8));
        pool.Capture(M("e"), Counter, Day(9), E(9));
        pool.RecordPurchase(M("e"), "skincare", Money.Yuan(99m), Day(10), E(10));
        pool.RecordPurchase(M("e"), "makeup", Money.Yuan(99m), Day(11), E(11));
        return pool.ToSnapshot();
    }

    private static PoolSnapshot WithEntry(PoolSnapshot s, int i, Func<MemberSnapshot, MemberSnapshot> change)
    {
        var members = s.Members.ToArray();
        members[i] = change(members[i]);
        return s with { Members = members };
    }

    private const int A = 0, B = 1, C = 2, D = 3, E = 4;

    public static TheoryData<string> Cases => new(Mutations.Select(m => m.Name));

    private static readonly (string Name, Func<PoolSnapshot, PoolSnapshot> Mutate)[] Mutations =
    [
        // 19 events, of which two of A's stage changes and one of E's are not needed: 16 at least.
        ("a version below the events its numbers take", s => s with { Version = 15, RecentEventIds = [.. s.RecentEventIds.TakeLast(14)] }),
        ("the last activity before a purchase", s => WithEntry(s, A, m => m with { LastActivityAt = m.FirstPurchaseAt!.Value })),
        ("cross-category after the second of two purchases", s => WithEntry(s, A, m => m with { CrossCategoryAt = m.SecondPurchaseAt!.Value + Duration.FromHours(1) })),
        ("repeat though the second of two purchases was cross-category", s => WithEntry(s, E, m => m with { Stage = LifecycleStage.Repeat })),
        ("a buying stage without its instant", s => WithEntry(s, A, m => m with { Stage = LifecycleStage.CrossCategory })),
        ("an erased entry whose last activity is not its gone instant", s => WithEntry(s, C, m => m with { LastActivityAt = m.CapturedAt })),
        ("an erased entry gone before its erasure without leaving", s => WithEntry(s, C, m => m with { GoneAt = m.CapturedAt, LastActivityAt = m.CapturedAt })),
        ("events after leaving without being churned", s => WithEntry(s, B, m => m with { Stage = LifecycleStage.Prospect, LastEventAt = m.LastEventAt + Duration.FromHours(1) })),
        ("activity after leaving", s => WithEntry(s, B, m => m with { LastActivityAt = m.GoneAt!.Value + Duration.FromHours(1), LastEventAt = m.GoneAt!.Value + Duration.FromHours(1) })),
        ("dormant before being quiet that long", s => WithEntry(s, D, m => m with { Stage = LifecycleStage.Dormant })),
        ("churned without leaving before being quiet that long", s => WithEntry(s, D, m => m with { Stage = LifecycleStage.Churned })),
        ("an erased entry churned at its capture", s => WithEntry(s, C, m => m with { Stage = LifecycleStage.Churned })),
        ("the creation's id not first", s => s with { RecentEventIds = [s.RecentEventIds[1], s.RecentEventIds[0], .. s.RecentEventIds.Skip(2)] }),
        ("another id in the creation's place", s => s with { RecentEventIds = [DomainEventId.From("x-1"), .. s.RecentEventIds.Skip(1)] }),
        ("an erased referrer with more referrals than later entries", s => s with
        {
            Members = [.. s.Members.Take(C), s.Members[C] with { ReferralCount = 3, AdvocateAt = s.Members[C].CapturedAt }, .. s.Members.Skip(C + 1)],
        }),
        // A became an advocate when it brought B (day 4), and that referral was its last activity.
        ("an advocate instant after the referral that made it one", s => WithEntry(s, A, m => m with { AdvocateAt = m.AdvocateAt!.Value + Duration.FromHours(1) })),
        ("an advocate instant no referral gives", s => WithEntry(s, A, m => m with { AdvocateAt = m.AdvocateAt!.Value - Duration.FromHours(1) })),
        ("the last activity before a referral it made", s => WithEntry(s, A, m => m with { LastActivityAt = m.SecondPurchaseAt!.Value })),
        ("a capture when the pool was full", s => s with { Definition = s.Definition with { Capacity = 3 }, Members = [s.Members[A], s.Members[D], s.Members[E], s.Members[B]] }),
        ("instants farther apart than the future tolerance allows in its events", s => s with { Definition = s.Definition with { FutureTolerance = Duration.FromHours(1) } }),
    ];

    [Fact]
    public void The_fixture_loads_and_has_a_witness_down_to_the_fewest_events()
    {
        var snapshot = Fixture();
        Assert.Equal(19, snapshot.Version);
        PrivatePool.Restore(snapshot);
        PoolSnapshotWitness.BuildAndCheck(snapshot);
        var shortest = snapshot with { Version = 16, RecentEventIds = [.. snapshot.RecentEventIds.TakeLast(15)] };
        PrivatePool.Restore(shortest);
        Assert.Equal(16, PoolSnapshotWitness.BuildAndCheck(shortest).Count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_snapshot_no_history_produces_is_refused(string name)
    {
        var mutated = Mutations.Single(m => m.Name == name).Mutate(Fixture());
        var ex = Assert.Throws<DomainRuleException>(() => PrivatePool.Restore(mutated));
        Assert.Equal(DomainRuleCodes.PoolInvalidSnapshot, ex.Code);
        Assert.Throws<NoWitnessException>(() => PoolSnapshotWitness.BuildAndCheck(mutated));
    }
}
