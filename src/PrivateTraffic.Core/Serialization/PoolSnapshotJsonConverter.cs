using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// Maps a <see cref="PoolSnapshot"/> to its JSON shape (<see cref="PoolSnapshotDto"/>) and back; the pool's own
/// <see cref="PrivatePool.Restore"/> checks what it reads. Version 1 documents are mapped to the version 2 snapshot:
/// their lifecycle periods go into the definition, their applied ids are counted and the last of them remembered.
/// </summary>
internal sealed class PoolSnapshotJsonConverter : JsonConverter<PoolSnapshot>
{
    public override PoolSnapshot Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var dto = JsonSerializer.Deserialize(ref reader, Info(options)) ?? throw new JsonException("Expected a pool snapshot, found null.");
        return dto.Version switch
        {
            1 => FromVersion1(dto),
            PoolSnapshot.SchemaVersion => FromVersion2(dto),
            _ => throw new JsonException($"Unsupported pool snapshot version {dto.Version}; this library reads versions 1 and {PoolSnapshot.SchemaVersion}."),
        };
    }

    public override void Write(Utf8JsonWriter writer, PoolSnapshot value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        var dto = new PoolSnapshotDto(PoolSnapshot.SchemaVersion, value.Definition, value.Members,
            EventCount: value.Version, LatestAt: value.LatestAt, PurchaseCurrency: value.PurchaseCurrency, RecentEventIds: value.RecentEventIds);
        JsonSerializer.Serialize(writer, dto, Info(options));
    }

    private static PoolSnapshot FromVersion1(PoolSnapshotDto dto)
    {
        if (dto.DormantAfter is null || dto.ChurnedAfter is null || dto.AppliedEventIds is null || dto.EventCount is not null || dto.RecentEventIds is not null)
        {
            throw new JsonException("A version 1 pool snapshot has dormantAfter, churnedAfter and appliedEventIds, and none of version 2's members.");
        }

        var definition = dto.Definition with { DormantAfter = dto.DormantAfter, ChurnedAfter = dto.ChurnedAfter };
        var ids = dto.AppliedEventIds;
        var recent = ids.Skip(Math.Max(0, ids.Count - PoolSnapshot.RememberedEventIds)).ToArray();
        // Version 1 recorded neither the latest instant nor the currency: the latest is the members' latest event, and
        // the currency is set again by the next purchase.
        var latest = dto.Members.Aggregate(definition.At, (t, m) => Max(t, Max(m.LastEventAt, m.LastActivityAt)));
        var applied = ids.Distinct().Count() + (ids.Contains(definition.EventId) ? 0 : 1);
        return new PoolSnapshot(definition, applied, latest, null, dto.Members, recent);
    }

    private static PoolSnapshot FromVersion2(PoolSnapshotDto dto)
    {
        if (dto.DormantAfter is not null || dto.ChurnedAfter is not null || dto.AppliedEventIds is not null
            || dto.EventCount is not { } count || dto.LatestAt is not { } latest || dto.RecentEventIds is null)
        {
            throw new JsonException("A version 2 pool snapshot has eventCount, latestAt and recentEventIds, and none of version 1's members.");
        }

        // A pool restored from a version 1 snapshot does not know its purchase currency until its next purchase, and
        // writes version 2 snapshots without one: a missing currency with purchases is therefore allowed.
        return new PoolSnapshot(dto.Definition, count, latest, dto.PurchaseCurrency, dto.Members, dto.RecentEventIds);
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static JsonTypeInfo<PoolSnapshotDto> Info(JsonSerializerOptions options) =>
        (JsonTypeInfo<PoolSnapshotDto>)options.GetTypeInfo(typeof(PoolSnapshotDto));
}
