using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;
using Xunit.Abstractions;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>Snapshots round trip, restore with the later events to the rebuilt pool, stay bounded by the state, and
/// recognise the last events as repeats.</summary>
public sealed class PoolSnapshotTests(ITestOutputHelper output)
{
    private static string Json(PrivatePool pool) => PrivateTrafficJson.Serialize(pool);

    [DeepProperty]
    public Property Restoring_a_snapshot_gives_the_same_pool() =>
        Prop.ForAll(Generators.PoolCases, c =>
        {
            var pool = Generators.RunPoolScript(c.Setup, c.Script);
            var json = Json(pool);
            var restored = PrivatePool.Restore(pool.ToSnapshot());
            Assert.Equal(json, Json(restored));
            Assert.Equal(pool.Version, restored.Version);
            Assert.Equal(pool.LatestAt, restored.LatestAt);
            Assert.Empty(restored.PendingEvents);
            Assert.Equal(json, Json(PrivatePool.Restore(PrivateTrafficJson.Deserialize<PoolSnapshot>(PrivateTrafficJson.Serialize(pool.ToSnapshot())))));
        });

    [DeepProperty]
    public Property Restoring_the_snapshot_at_version_k_with_the_later_events_gives_the_rebuilt_pool() =>
        Prop.ForAll(Generators.Pair(Generators.PoolCases, Gen.Choose(0, 1000).ToArbitrary()), c =>
        {
            var ((setup, script), pick) = c;
            var events = Generators.RunPoolScript(setup, script).PendingEvents.ToList();
            var k = 1 + (pick % events.Count);
            var atK = PrivatePool.Rebuild(events.Take(k));
            Assert.Equal(k, atK.Version);
            var snapshot = PrivateTrafficJson.Deserialize<PoolSnapshot>(PrivateTrafficJson.Serialize(atK.ToSnapshot()));
            var restored = PrivatePool.Restore(snapshot, events.Skip(k));
            var rebuilt = PrivatePool.Rebuild(events);
            Assert.Equal(Json(rebuilt), Json(restored));
            Assert.Equal(rebuilt.Version, restored.Version);

            // Every event the restored pool applied is recognised again (the history is shorter than the remembered ids).
            foreach (var e in events)
            {
                Assert.False(restored.Apply(e));
            }

            Assert.Equal(Json(rebuilt), Json(restored));
        });

    [Fact]
    public void A_snapshot_of_20000_members_and_60000_events_is_bounded_by_the_state()
    {
        var events = LongHistory(members: 20_000, events: 60_000);
        var pool = PrivatePool.Rebuild(events);
        Assert.Equal(60_000, pool.Version);
        var snapshot = pool.ToSnapshot();
        Assert.Equal(PoolSnapshot.RememberedEventIds, snapshot.RecentEventIds.Count);
        Assert.Equal(events.Skip(60_000 - PoolSnapshot.RememberedEventIds).Select(e => e.EventId), snapshot.RecentEventIds);
        var json = Json(pool);
        var bytes = Encoding.UTF8.GetByteCount(json);
        output.WriteLine($"Snapshot of 20,000 members and 60,000 events: {bytes:N0} bytes of JSON, {snapshot.RecentEventIds.Count} remembered ids.");
        // What is left grows with the members, not with the events: about 500 bytes per member entry here.
        Assert.True(bytes - IdsBytes(snapshot) < 20_000 * 520, $"{bytes} bytes");
    }

    [Fact]
    public void The_last_4096_events_applied_again_after_a_restore_change_nothing()
    {
        var events = LongHistory(members: 2_000, events: 6_000);
        var restored = PrivateTrafficJson.Deserialize<PrivatePool>(Json(PrivatePool.Rebuild(events)));
        var json = Json(restored);
        foreach (var e in events.Skip(events.Count - PoolSnapshot.RememberedEventIds))
        {
            Assert.False(restored.Apply(e));
        }

        Assert.Equal(json, Json(restored));
    }

    /// <summary>What the bound gives up, as the snapshot's docs say: an event older than the remembered ids, given again,
    /// is not recognised by its id; the per-member order refuses it when its member moved on.</summary>
    [Fact]
    public void An_event_older_than_the_remembered_ids_is_refused_by_the_member_order_once_the_member_moved_on()
    {
        var events = LongHistory(members: 1_000, events: 6_000);
        var restored = PrivatePool.Restore(PrivatePool.Rebuild(events).ToSnapshot());
        var old = events.Take(events.Count - PoolSnapshot.RememberedEventIds).OfType<InteractionRecorded>().First();
        var ex = Assert.Throws<DomainRuleException>(() => restored.Apply(old));
        Assert.Equal(DomainRuleCodes.PoolEventOutOfOrder, ex.Code);
    }

    private static int IdsBytes(PoolSnapshot snapshot) =>
        Encoding.UTF8.GetByteCount(PrivateTrafficJson.Serialize(snapshot.RecentEventIds));

    /// <summary>A pool's history: its creation, <paramref name="members"/> captures one minute apart, then purchases and
    /// interactions round the members, one minute apart.</summary>
    internal static List<PoolEvent> LongHistory(int members, int events)
    {
        var pool = Generators.ScriptPoolId;
        var t = Generators.PoolEpoch;
        var history = new List<PoolEvent>(events) { Generators.NewScriptPool(capacity: null).Definition };
        for (var i = 0; i < members; i++)
        {
            t += Duration.FromMinutes(1);
            history.Add(new MemberCaptured(Id("c", i), pool, t, Member(i), Generators.ClerkWeChat, "prospects",
                PrivatePool.DefaultTimeZone, i % 3 == 0 ? ["free-sample"] : [], JoinMethod.Invitation));
        }

        for (var k = 0; history.Count < events; k++)
        {
            t += Duration.FromMinutes(1);
            var member = Member(k % members);
            history.Add(k % 2 == 0
                ? new PurchaseRecorded(Id("p", k), pool, t, member, k % 4 == 0 ? "skincare" : "makeup", Money.Yuan(99m), Money.Yuan(30m))
                : new InteractionRecorded(Id("i", k), pool, t, member, "moments-like"));
        }

        return history;

        static MemberId Member(int i) => MemberId.From("member-" + i.ToString(CultureInfo.InvariantCulture));
        static DomainEventId Id(string prefix, int i) => DomainEventId.From(prefix + "-" + i.ToString(CultureInfo.InvariantCulture));
    }
}
