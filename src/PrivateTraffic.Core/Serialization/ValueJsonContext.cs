using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Serialization;

/// <summary>Source-generated JSON metadata for the Value capability's contracts and their wire DTOs.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    AllowOutOfOrderMetadataProperties = true,
    AllowDuplicateProperties = false,
    Converters = [
        typeof(FiniteDoubleJsonConverter), typeof(NonNullListJsonConverter<CustomerSummaryDto>), typeof(NonNullListJsonConverter<TierPolicyRuleDto>), typeof(NonNullListJsonConverter<StatusShareDto>), typeof(BoundedStringJsonConverter), typeof(InstantJsonConverter), typeof(LocalDateJsonConverter), typeof(LocalTimeJsonConverter),
        typeof(LocalDateTimeJsonConverter), typeof(DurationJsonConverter), typeof(PeriodJsonConverter),
        typeof(DateTimeZoneJsonConverter)])]
[JsonSerializable(typeof(CustomerSummaries))]
[JsonSerializable(typeof(CustomerSummariesDto))]
[JsonSerializable(typeof(TierPolicy))]
[JsonSerializable(typeof(TierPolicyDto))]
[JsonSerializable(typeof(ValueCard))]
[JsonSerializable(typeof(ValueCardDto))]
[JsonSerializable(typeof(IReadOnlyList<ValueCard>))]
[JsonSerializable(typeof(ValueTier))]
[JsonSerializable(typeof(RfmSegment))]
[JsonSerializable(typeof(PoolComposition))]
[JsonSerializable(typeof(PoolCompositionDto))]
[JsonSerializable(typeof(MemberStatus))]
[JsonSerializable(typeof(MemberStatusReason))]
internal sealed partial class ValueJsonContext : JsonSerializerContext;

/// <summary>The wire form of <see cref="CustomerSummaries"/>.</summary>
internal sealed record CustomerSummariesDto(LocalDate CalibrationEnd, TimeUnit Unit, Currency Currency, IReadOnlyList<CustomerSummaryDto> Customers);

/// <summary>One row of <see cref="CustomerSummariesDto"/>; spends are decimal strings in the table's currency.</summary>
internal sealed record CustomerSummaryDto(
    MemberId Id, LocalDate FirstPurchase, LocalDate LastPurchase, int Frequency, double Recency, double Age, string MeanRepeatSpend, string TotalSpend);

/// <summary>The wire form of <see cref="TierPolicy"/>.</summary>
internal sealed record TierPolicyDto(string Name, IReadOnlyList<TierPolicyRuleDto> Rules);

/// <summary>One rule of <see cref="TierPolicyDto"/>; a missing segment means the tier's default.</summary>
internal sealed record TierPolicyRuleDto(ValueTier Tier, TierActionDto Action, RfmSegment? Segment = null);

/// <summary>The wire form of <see cref="TierAction"/>.</summary>
internal sealed record TierActionDto(string Code, string Description);

/// <summary>The wire form of <see cref="ValueCard"/>; total (realized + potential + model, the value with referrals),
/// own value (realized + potential, added in v1.1 and optional on reading) and segment are written for readers
/// and checked on reading.</summary>
internal sealed record ValueCardDto(
    MemberId Customer, Money Realized, Money Potential, Money Model, Money Total, ValueTier Tier, RfmScoreDto Rfm, RfmSegment Segment, TierActionDto Action,
    Money? OwnValue = null);

/// <summary>The wire form of <see cref="RfmScore"/>.</summary>
internal sealed record RfmScoreDto(int Recency, int Frequency, int Monetary);

/// <summary>The wire form of <see cref="PoolComposition"/>: one entry per status; shares and deviations are checked on reading.</summary>
internal sealed record PoolCompositionDto(int Members, IReadOnlyList<StatusShareDto> Statuses);

/// <summary>One status of <see cref="PoolCompositionDto"/>.</summary>
internal sealed record StatusShareDto(MemberStatus Status, int Count, double Share, decimal Benchmark, double Deviation);
