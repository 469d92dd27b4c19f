using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// Writes a <see cref="PrivatePool"/> as a snapshot (<see cref="PoolSnapshotDto"/>) and reads it back through the
/// pool's own checks, so a pool is never half-built from JSON: a broken snapshot is a <see cref="JsonException"/>.
/// </summary>
internal sealed class PrivatePoolJsonConverter : JsonConverter<PrivatePool>
{
    public const int CurrentVersion = 1;

    public override PrivatePool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<PoolSnapshotDto>)options.GetTypeInfo(typeof(PoolSnapshotDto));
        var dto = JsonSerializer.Deserialize(ref reader, info) ?? throw new JsonException("Expected a pool snapshot, found null.");
        try
        {
            return FromSnapshot(dto);
        }
        catch (Exception ex) when (ex is ArgumentException or DomainRuleException)
        {
            throw new JsonException($"The pool snapshot is invalid: {ex.Message}", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, PrivatePool value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<PoolSnapshotDto>)options.GetTypeInfo(typeof(PoolSnapshotDto));
        JsonSerializer.Serialize(writer, ToSnapshot(value), info);
    }

    internal static PoolSnapshotDto ToSnapshot(PrivatePool pool)
    {
        var slots = pool.Slots;
        var members = new MemberSnapshotDto[slots.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            ref readonly var s = ref slots[i];
            members[i] = new MemberSnapshotDto(
                s.Erased ? null : s.Id,
                s.Erased,
                pool.Sources[s.SourceIndex],
                s.CapturedAt,
                pool.SubPools[s.SubPoolIndex],
                s.Erased ? null : pool.Zones[s.ZoneIndex],
                s.Erased ? null : s.Tags ?? [],
                s.Referrer.IsUnset ? null : s.Referrer,
                s.Stage,
                s.PurchaseCount,
                Maybe(s.FirstPurchaseAt),
                Maybe(s.SecondPurchaseAt),
                Maybe(s.CrossCategoryAt),
                Maybe(s.AdvocateAt),
                s.FirstCategory,
                s.ReferralCount,
                s.LastActivityAt,
                s.LastEventAt,
                Maybe(s.GoneAt),
                s.Left ? s.LeaveReason : null,
                s.Erased ? null : s.Consents?.ToArray() ?? []);
        }

        var applied = new List<DomainEventId>(pool.Version);
        foreach (var id in pool.AppliedEventIds)
        {
            applied.Add(DomainEventId.From(id));
        }

        return new PoolSnapshotDto(CurrentVersion, pool.Definition, pool.Lifecycle.DormantAfter, pool.Lifecycle.ChurnedAfter, members, applied);
    }

    internal static PrivatePool FromSnapshot(PoolSnapshotDto dto)
    {
        if (dto.Version != CurrentVersion)
        {
            throw new JsonException($"Unsupported pool snapshot version {dto.Version}; this library reads version {CurrentVersion}.");
        }

        var pool = PrivatePool.Restore(dto.Definition, LifecyclePolicy.Create(dto.DormantAfter, dto.ChurnedAfter));
        foreach (var m in dto.Members)
        {
            pool.RestoreSlot(ToState(pool, m), m.Source, m.TimeZone ?? PrivatePool.DefaultTimeZone);
        }

        pool.RestoreReferees();
        pool.RestoreAppliedIds(dto.AppliedEventIds);
        Guard.Against.Unmet(pool.Capacity is not { } cap || pool.PresentCount <= cap, "More present members than the capacity.", nameof(dto.Members));
        return pool;
    }

    private static MemberState ToState(PrivatePool pool, MemberSnapshotDto m)
    {
        var subPool = pool.SubPoolIndex(m.SubPool);
        Guard.Against.Unmet(subPool >= 0, $"Unknown sub-pool '{MessageText.Quote(m.SubPool)}'.", nameof(m.SubPool));
        Guard.Against.Unmet(Enum.IsDefined(m.Stage), "Not a lifecycle stage.", nameof(m.Stage));
        Guard.Against.BelowZero(m.PurchaseCount, nameof(m.PurchaseCount));
        Guard.Against.BelowZero(m.ReferralCount, nameof(m.ReferralCount));
        Guard.Against.Unmet(m.PurchaseCount == 0 == (m.FirstPurchaseAt is null), "A first purchase instant goes with a purchase count.", nameof(m.FirstPurchaseAt));
        Guard.Against.Unmet(m.LeaveReason is null || m.GoneAt is not null, "A member who left has a gone instant.", nameof(m.LeaveReason));
        if (m.Erased)
        {
            Guard.Against.Unmet(m.Id is null && m.TimeZone is null && m.Tags is null && m.Referrer is null && m.FirstCategory is null && m.Consents is null && m.GoneAt is not null,
                "An erased member keeps no personal data and has a gone instant.", nameof(m.Erased));
        }
        else
        {
            Guard.Against.Unmet(m.Id is { IsUnset: false } && m.TimeZone is not null && m.Tags is not null && m.Consents is not null,
                "A member has an id, a time zone, tags and consents.", nameof(m.Id));
            Guard.Against.Unmet(m.GoneAt is null == (m.LeaveReason is null), "Only a member who left has a gone instant.", nameof(m.GoneAt));
        }

        return new MemberState
        {
            Id = m.Id ?? default,
            Referrer = m.Referrer ?? default,
            Tags = m.Tags is { Count: > 0 } tags ? [.. tags] : null,
            FirstCategory = m.FirstCategory,
            Consents = m.Consents is { Count: > 0 } consents ? [.. consents] : null,
            CapturedAt = m.CapturedAt,
            FirstPurchaseAt = m.FirstPurchaseAt ?? MemberState.Never,
            SecondPurchaseAt = m.SecondPurchaseAt ?? MemberState.Never,
            CrossCategoryAt = m.CrossCategoryAt ?? MemberState.Never,
            AdvocateAt = m.AdvocateAt ?? MemberState.Never,
            LastActivityAt = m.LastActivityAt,
            LastEventAt = m.LastEventAt,
            GoneAt = m.GoneAt ?? MemberState.Never,
            PurchaseCount = m.PurchaseCount,
            ReferralCount = m.ReferralCount,
            SubPoolIndex = (byte)subPool,
            Stage = m.Stage,
            LeaveReason = m.LeaveReason ?? LeaveReason.Left,
            Left = m.LeaveReason is not null,
            Erased = m.Erased,
        };
    }

    private static Instant? Maybe(Instant t) => t == MemberState.Never ? null : t;
}
