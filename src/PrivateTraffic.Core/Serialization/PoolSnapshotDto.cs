using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

/// <summary>The JSON shape of a <see cref="PrivatePool"/> snapshot (version 1); see docs/json-pools.md.</summary>
internal sealed record PoolSnapshotDto(
    int Version,
    PoolCreated Definition,
    Period DormantAfter,
    Period ChurnedAfter,
    IReadOnlyList<MemberSnapshotDto> Members,
    IReadOnlyList<DomainEventId> AppliedEventIds);
