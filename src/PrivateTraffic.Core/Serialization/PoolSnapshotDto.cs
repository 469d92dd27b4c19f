using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

/// <summary>The JSON shape of a <see cref="PoolSnapshot"/>, both schema versions; see docs/json-pools.md. Version 1 has
/// the lifecycle periods beside the definition and every applied event id; version 2 has the lifecycle inside the
/// definition, the event count, the latest instant, the purchase currency and only the recent event ids.</summary>
internal sealed record PoolSnapshotDto(
    int Version,
    PoolCreated Definition,
    IReadOnlyList<MemberSnapshot> Members,
    Period? DormantAfter = null,
    Period? ChurnedAfter = null,
    IReadOnlyList<DomainEventId>? AppliedEventIds = null,
    int? EventCount = null,
    Instant? LatestAt = null,
    Currency? PurchaseCurrency = null,
    IReadOnlyList<DomainEventId>? RecentEventIds = null);
