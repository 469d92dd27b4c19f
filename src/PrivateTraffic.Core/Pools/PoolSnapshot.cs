using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Pools;

/// <summary>
/// A pool's state at one version (池快照), written by <see cref="PrivatePool.ToSnapshot"/> and read back by
/// <see cref="PrivatePool.Restore"/>, which runs every rule a command runs: a snapshot that no history could produce is
/// refused. Its size is bounded by the pool's state, not by its history: one entry per member ever captured (erased
/// ones as anonymous tombstones) and at most <see cref="RememberedEventIds"/> event ids.
/// </summary>
/// <remarks>
/// <para>Idempotence after a restore: the restored pool recognises the last <see cref="RememberedEventIds"/> events it
/// applied as repeats. An older event given again is not recognised by its id; it is then refused by the per-member order
/// (an event earlier than its member's last one) in most cases, but not all, so a service restores with the events
/// stored after the snapshot's <see cref="Version"/> only, which is what <see cref="PrivatePool.Restore"/> expects.</para>
/// <para>JSON: schema <see cref="SchemaVersion"/>; version 1 snapshots (with every applied event id) are still read.
/// See docs/json-pools.md.</para>
/// </remarks>
/// <param name="Definition">The pool's definition, its creation event (limits and lifecycle included).</param>
/// <param name="Version">How many events the pool had applied: the store position after which later events follow.</param>
/// <param name="LatestAt">The latest instant of any applied event.</param>
/// <param name="PurchaseCurrency">The currency of the pool's purchases, or null before the first one.</param>
/// <param name="Members">One entry per member ever captured, in capture order.</param>
/// <param name="RecentEventIds">The ids of the last events applied (at most <see cref="RememberedEventIds"/>), oldest first.</param>
[JsonConverter(typeof(PoolSnapshotJsonConverter))]
public sealed record PoolSnapshot(
    PoolCreated Definition,
    int Version,
    Instant LatestAt,
    Currency? PurchaseCurrency,
    IReadOnlyList<MemberSnapshot> Members,
    IReadOnlyList<DomainEventId> RecentEventIds)
{
    /// <summary>The schema version this library writes (<c>version</c> in JSON). Version 1 is still read.</summary>
    public const int SchemaVersion = 2;

    /// <summary>How many of the latest event ids a snapshot keeps for idempotence.</summary>
    public const int RememberedEventIds = 4096;
}
