using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// Source-generated JSON metadata for the primitives (no reflection at run time, so the library stays
/// AOT-compatible). Each capability has its own context like this one; <see cref="PrivateTrafficJson.Options"/>
/// combines them all and carries the strict settings.
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
        typeof(FiniteDoubleJsonConverter), typeof(BoundedStringJsonConverter), typeof(InstantJsonConverter), typeof(LocalDateJsonConverter), typeof(LocalTimeJsonConverter),
        typeof(LocalDateTimeJsonConverter), typeof(DurationJsonConverter), typeof(PeriodJsonConverter),
        typeof(DateTimeZoneJsonConverter)])]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(Currency))]
[JsonSerializable(typeof(Probability))]
[JsonSerializable(typeof(TimeUnit))]
[JsonSerializable(typeof(MemberId))]
[JsonSerializable(typeof(PoolId))]
[JsonSerializable(typeof(ChannelId))]
[JsonSerializable(typeof(CampaignId))]
[JsonSerializable(typeof(DomainEventId))]
[JsonSerializable(typeof(Instant))]
[JsonSerializable(typeof(LocalDate))]
[JsonSerializable(typeof(LocalTime))]
[JsonSerializable(typeof(LocalDateTime))]
[JsonSerializable(typeof(Duration))]
[JsonSerializable(typeof(Period))]
[JsonSerializable(typeof(DateTimeZone))]
[JsonSerializable(typeof(IReadOnlyList<Money>))]
[JsonSerializable(typeof(IReadOnlyList<Probability>))]
[JsonSerializable(typeof(IReadOnlyDictionary<MemberId, Money>))]
internal sealed partial class PrimitivesJsonContext : JsonSerializerContext;
