using FsCheck;
using FsCheck.Fluent;
using System.Collections.Generic;
using System.Linq;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>The rebuild that indexes the event ids in bulk (used for long histories) gives exactly the event-by-event fold.</summary>
public sealed class PrivatePoolRebuildTests
{
    private static PrivatePool Sequential(IEnumerable<PoolEvent> events) => PrivatePool.RebuildCore(events, int.MaxValue);

    private static PrivatePool Indexed(IEnumerable<PoolEvent> events) => PrivatePool.RebuildCore(events, 0);

    private static string Snapshot(PrivatePool pool) => PrivateTrafficJson.Serialize(pool);

    [DeepProperty]
    public Property Indexing_the_ids_in_bulk_gives_the_event_by_event_pool() =>
        Prop.ForAll(Generators.PoolScripts, script =>
        {
            var events = Generators.RunPoolScript(script).PendingEvents.ToArray();
            var a = Sequential(events);
            var b = Indexed(events);
            Assert.Equal(Snapshot(a), Snapshot(b));
            Assert.Equal(a.Version, b.Version);

            // Any list will do, not only arrays and List<T>.
            var c = Indexed(System.Array.AsReadOnly(events));
            Assert.Equal(Snapshot(a), Snapshot(c));
        });

    [DeepProperty]
    public Property Repeated_events_are_skipped_the_same_way_on_both_paths() =>
        Prop.ForAll(Generators.PoolScripts, script =>
        {
            var history = Generators.RunPoolScript(script).PendingEvents;
            // Every event twice in a row, then the whole history again.
            var events = history.SelectMany(e => new[] { e, e }).Concat(history).ToList();
            var a = Sequential(events);
            var b = Indexed(events);
            Assert.Equal(Snapshot(a), Snapshot(b));
            Assert.Equal(a.Version, b.Version);
            Assert.Equal(history.Count, b.Version);
        });

    [DeepProperty]
    public Property A_refused_event_throws_the_same_error_on_both_paths() =>
        Prop.ForAll(Generators.PoolScripts, script =>
        {
            var events = Generators.RunPoolScript(script).PendingEvents.ToList();
            var memberEvent = events.OfType<MemberEvent>().LastOrDefault(e => e is not MemberCaptured);
            if (memberEvent is null)
            {
                return;
            }

            events.Remove(memberEvent);
            events.Insert(1, memberEvent);
            var a = Assert.Throws<DomainRuleException>(() => Sequential(events));
            var b = Assert.Throws<DomainRuleException>(() => Indexed(events));
            Assert.Equal((a.Code, a.Message), (b.Code, b.Message));
            Assert.Equal(DomainRuleCodes.PoolEventOutOfOrder, b.Code);
        });

    [DeepProperty]
    public Property An_event_of_another_pool_is_refused_on_the_indexed_path_even_when_its_id_repeats() =>
        Prop.ForAll(Generators.PoolScripts, script =>
        {
            var events = Generators.RunPoolScript(script).PendingEvents.ToList();
            events.Add((PoolCreated)events[0] with { Pool = PoolId.From("another") });
            var ex = Assert.Throws<DomainRuleException>(() => Indexed(events));
            Assert.Equal(DomainRuleCodes.PoolEventForOtherPool, ex.Code);
        });

    [DeepProperty]
    public Property A_pool_read_back_from_its_snapshot_treats_every_applied_event_as_applied() =>
        Prop.ForAll(Generators.PoolScripts, script =>
        {
            var live = Generators.RunPoolScript(script);
            var history = live.PendingEvents.ToList();
            var restored = PrivateTrafficJson.Deserialize<PrivatePool>(Snapshot(live));
            Assert.Equal(live.Version, restored.Version);
            Assert.All(history, e => Assert.False(restored.Apply(e)));
            Assert.Equal(Snapshot(live), Snapshot(restored));
        });
}
