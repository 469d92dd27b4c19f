using FsCheck;
using FsCheck.Fluent;
using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>The invariants of issue 4, each as a property over generated command scripts.</summary>
public sealed class PrivatePoolPropertyTests
{
    private static string Snapshot(PrivatePool pool) => PrivateTrafficJson.Serialize(pool);

    [DeepProperty]
    public Property Replaying_the_events_gives_a_pool_equal_to_the_live_one() =>
        Prop.ForAll(Generators.PoolScripts, script =>
        {
            var live = Generators.RunPoolScript(script);
            var replayed = PrivatePool.Rebuild(live.PendingEvents);
            Assert.Equal(Snapshot(live), Snapshot(replayed));
            Assert.Equal(Snapshot(replayed), Snapshot(PrivatePool.Rebuild(live.PendingEvents)));
        });

    [DeepProperty]
    public Property Applying_every_event_again_changes_nothing() =>
        Prop.ForAll(Generators.PoolScripts, script =>
        {
            var pool = PrivatePool.Rebuild(Generators.RunPoolScript(script).PendingEvents);
            var before = Snapshot(pool);
            foreach (var e in Generators.RunPoolScript(script).PendingEvents)
            {
                Assert.False(pool.Apply(e));
            }

            Assert.Equal(before, Snapshot(pool));
        });

    [DeepProperty]
    public Property A_member_event_moved_before_its_capture_is_refused_as_out_of_order() =>
        Prop.ForAll(Generators.PoolScripts, script =>
        {
            var events = Generators.RunPoolScript(script).PendingEvents.ToList();
            var memberEvent = events.OfType<MemberEvent>().FirstOrDefault(e => e is not MemberCaptured);
            if (memberEvent is null)
            {
                return;
            }

            events.Remove(memberEvent);
            events.Insert(1, memberEvent);
            var ex = Assert.Throws<DomainRuleException>(() => PrivatePool.Rebuild(events));
            Assert.Equal(DomainRuleCodes.PoolEventOutOfOrder, ex.Code);
        });

    [DeepProperty]
    public Property Capacity_is_never_exceeded_and_stage_counts_sum_to_the_member_count() =>
        Prop.ForAll(Generators.PoolScripts, script =>
        {
            Generators.RunPoolScript(script, afterStep: pool =>
            {
                Assert.True(pool.PresentCount <= Generators.ScriptCapacity);
                Assert.Equal(pool.MemberCount, pool.Members.Count());
                Assert.Equal(pool.MemberCount, pool.Members.GroupBy(m => m.Stage).Sum(g => g.Count()));
            });
        });

    [DeepProperty]
    public Property Stage_counts_of_the_metrics_sum_to_the_members_at_the_end() =>
        Prop.ForAll(Generators.PoolScripts, script =>
        {
            var pool = Generators.RunPoolScript(script);
            var metrics = pool.Measure(new LocalDate(2023, 12, 1), new LocalDate(2035, 1, 1));
            Assert.Equal(pool.MemberCount, metrics.MembersAtEnd);
            Assert.Equal(metrics.MembersAtEnd, metrics.StageDistribution.Values.Sum());
            Assert.Equal(metrics.Captures - metrics.Losses, metrics.NetGrowth);
            Assert.Equal(pool.PresentCount, metrics.SizeAtEnd);
        });

    [DeepProperty(runs: 40)]
    public Property No_stage_changes_without_its_event() =>
        Prop.ForAll(Generators.PoolScripts, script =>
        {
            var events = Generators.RunPoolScript(script).PendingEvents;
            var pool = PrivatePool.Rebuild(events.Take(1));
            var stages = new Dictionary<MemberId, LifecycleStage>();
            foreach (var e in events.Skip(1))
            {
                pool.Apply(e);
                if (e is MemberErased erased)
                {
                    // An erased member's id may be captured again later as a new member.
                    stages.Remove(erased.Member);
                }

                foreach (var m in pool.Members)
                {
                    if (stages.TryGetValue(m.Id, out var before) && before != m.Stage)
                    {
                        var change = Assert.IsType<StageChanged>(e);
                        Assert.Equal((m.Id, before, m.Stage), (change.Member, change.From, change.To));
                    }

                    stages[m.Id] = m.Stage;
                }
            }
        });

    [DeepProperty]
    public Property An_erased_member_leaves_no_personal_field_behind() =>
        Prop.ForAll(Generators.PoolScripts, script =>
        {
            var pool = Generators.RunPoolScript(script);
            var json = Snapshot(pool);
            var erased = pool.PendingEvents.OfType<MemberErased>().Select(e => e.Member).Where(m => !pool.Contains(m));
            foreach (var member in erased)
            {
                Assert.DoesNotContain(member.Value, json, StringComparison.Ordinal);
                Assert.False(pool.HasConsent(member, ConsentPurpose.Marketing, Generators.ClerkWeChat, Instant.MaxValue - Duration.FromDays(1)));
            }
        });

    [DeepProperty]
    public Property Metrics_do_not_depend_on_the_order_members_were_added() =>
        Prop.ForAll(Generators.IndependentPoolScripts, script =>
        {
            var events = Generators.RunPoolScript(script, capacity: null).PendingEvents;
            // Same per-member histories, members added in reverse order of their first appearance.
            var firstSeen = new Dictionary<MemberId, int>();
            foreach (var e in events.OfType<MemberEvent>())
            {
                firstSeen.TryAdd(e.Member, firstSeen.Count);
            }

            var reordered = events.Take(1)
                .Concat(events.Skip(1).OfType<MemberEvent>().OrderByDescending(e => firstSeen[e.Member]))
                .ToList();
            var a = PrivatePool.Rebuild(events).Measure(new LocalDate(2024, 1, 1), new LocalDate(2024, 9, 30));
            var b = PrivatePool.Rebuild(reordered).Measure(new LocalDate(2024, 1, 1), new LocalDate(2024, 9, 30));
            Assert.Equal(Describe(a), Describe(b));
        });

    [DeepProperty]
    public Property Every_event_and_the_snapshot_survive_a_json_round_trip() =>
        Prop.ForAll(Generators.PoolScripts, script =>
        {
            var pool = Generators.RunPoolScript(script);
            foreach (var e in pool.PendingEvents)
            {
                var json = PrivateTrafficJson.Serialize<PoolEvent>(e);
                var back = PrivateTrafficJson.Deserialize<PoolEvent>(json);
                Assert.Equal(e.GetType(), back.GetType());
                Assert.Equal(json, PrivateTrafficJson.Serialize<PoolEvent>(back));
            }

            var list = PrivateTrafficJson.Serialize<IReadOnlyList<PoolEvent>>(pool.PendingEvents);
            Assert.Equal(Snapshot(pool), Snapshot(PrivatePool.Rebuild(PrivateTrafficJson.Deserialize<IReadOnlyList<PoolEvent>>(list))));
            var snapshot = Snapshot(pool);
            Assert.Equal(snapshot, Snapshot(PrivateTrafficJson.Deserialize<PrivatePool>(snapshot)));
        });

    internal static string Describe(PoolMetrics m) =>
        string.Join("|",
            m.SizeAtStart, m.SizeAtEnd, m.Captures, m.Losses, m.Buyers, m.RepeatBuyers, m.MembersAtEnd,
            string.Join(",", m.CapturesBySource.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}")),
            string.Join(",", m.StageDistribution.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}")),
            string.Join(",", m.Conversions.Select(c => $"{c.Reached}>{c.Converted}")),
            string.Join(",", m.Cohorts.Select(c => $"{c.Month}:{c.Size}:{string.Join("/", c.Retained)}")));
}
