using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PrivateTraffic.Core.Pools;

namespace PrivateTraffic.Core.Serialization;

/// <summary><see cref="PoolMetrics"/>: written as its counts, read back strictly through <see cref="PoolMetrics.Checked"/>.</summary>
internal sealed class PoolMetricsJsonConverter : DtoJsonConverter<PoolMetrics, PoolMetricsDto>
{
    protected override JsonTypeInfo<PoolMetricsDto> DtoInfo => PoolReadModelsJsonContext.Default.PoolMetricsDto;

    protected override PoolMetrics FromDto(PoolMetricsDto dto) =>
        new PoolMetrics(
            dto.From, dto.To, dto.Zone, dto.SizeAtStart, dto.SizeAtEnd, dto.Captures, dto.Losses, dto.CapturesBySource,
            dto.Buyers, dto.RepeatBuyers, dto.StageDistribution, dto.MembersAtEnd,
            dto.Conversions.Select(c => new StageConversion(c.From, c.To, c.Reached, c.Converted)).ToArray(),
            dto.Cohorts.Select(c => new CohortRetention(c.Month, c.Size, c.Retained.ToArray())).ToArray()).Checked();

    protected override PoolMetricsDto ToDto(PoolMetrics value) =>
        new(value.From, value.To, value.Zone, value.SizeAtStart, value.SizeAtEnd, value.Captures, value.Losses, value.CapturesBySource,
            value.Buyers, value.RepeatBuyers, value.StageDistribution, value.MembersAtEnd,
            value.Conversions.Select(c => new StageConversionDto(c.From, c.To, c.Reached, c.Converted)).ToArray(),
            value.Cohorts.Select(c => new CohortRetentionDto(c.Month, c.Size, c.Retained)).ToArray());
}

/// <summary>
/// <see cref="PoolMember"/>: written only. A member is a view of a pool, so its truth is the pool: a service that
/// needs members back restores the pool from its snapshot and events, which runs every rule of the pool.
/// </summary>
internal sealed class PoolMemberJsonConverter : DtoJsonConverter<PoolMember, PoolMemberDto>
{
    protected override JsonTypeInfo<PoolMemberDto> DtoInfo => PoolReadModelsJsonContext.Default.PoolMemberDto;

    public override PoolMember Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A PoolMember is written for readers and not read back; restore the pool from its snapshot and events instead.");

    protected override PoolMember FromDto(PoolMemberDto dto) => throw new NotSupportedException();

    protected override PoolMemberDto ToDto(PoolMember value) =>
        new(value.Id, value.Source, value.CapturedAt, value.SubPool, value.TimeZone, value.Tags, value.Referrer, value.Stage,
            value.PurchaseCount, value.ReferralCount, value.LastActivityAt, value.LeftAt, value.Consents);
}
