using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// Source-generated JSON metadata for the pools' read models, <see cref="PoolMetrics"/> and <see cref="PoolMember"/>
/// (docs/json-pools.md). Both are written through plain DTOs; metrics are read back through
/// <see cref="PoolMetrics.Checked"/>, which checks that the counts agree.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    AllowOutOfOrderMetadataProperties = true,
    AllowDuplicateProperties = false,
    Converters = [
        typeof(FiniteDoubleJsonConverter), typeof(NonNullListJsonConverter<StageConversionDto>), typeof(NonNullListJsonConverter<CohortRetentionDto>), typeof(BoundedStringJsonConverter), typeof(InstantJsonConverter), typeof(LocalDateJsonConverter), typeof(YearMonthJsonConverter),
        typeof(DateTimeZoneJsonConverter), typeof(NameListJsonConverter)])]
[JsonSerializable(typeof(PoolMetrics))]
[JsonSerializable(typeof(PoolMember))]
[JsonSerializable(typeof(IReadOnlyList<PoolMember>))]
[JsonSerializable(typeof(PoolMetricsDto))]
[JsonSerializable(typeof(PoolMemberDto))]
internal sealed partial class PoolReadModelsJsonContext : JsonSerializerContext;

/// <summary>
/// <see cref="PoolMetrics"/> on the wire: the counts only. The rates (leave rate, churned share, repurchase rate,
/// conversion and retention rates) and the net growth are derived from them, so they are not written.
/// </summary>
internal sealed record PoolMetricsDto(
    LocalDate From,
    LocalDate To,
    DateTimeZone Zone,
    int SizeAtStart,
    int SizeAtEnd,
    int Captures,
    int Losses,
    IReadOnlyDictionary<ChannelId, int> CapturesBySource,
    int Buyers,
    int RepeatBuyers,
    IReadOnlyDictionary<LifecycleStage, int> StageDistribution,
    int MembersAtEnd,
    IReadOnlyList<StageConversionDto> Conversions,
    IReadOnlyList<CohortRetentionDto> Cohorts);

/// <summary>One step of the pool's funnel.</summary>
internal sealed record StageConversionDto(LifecycleStage From, LifecycleStage To, int Reached, int Converted);

/// <summary>One row of the cohort retention table.</summary>
internal sealed record CohortRetentionDto(YearMonth Month, int Size, IReadOnlyList<int> Retained);

/// <summary><see cref="PoolMember"/> on the wire (written only).</summary>
internal sealed record PoolMemberDto(
    MemberId Id,
    ChannelId Source,
    Instant CapturedAt,
    string SubPool,
    DateTimeZone TimeZone,
    IReadOnlyList<string> Tags,
    MemberId? Referrer,
    LifecycleStage Stage,
    int PurchaseCount,
    int ReferralCount,
    Instant LastActivityAt,
    Instant? LeftAt,
    IReadOnlyList<ConsentRecord> Consents);
