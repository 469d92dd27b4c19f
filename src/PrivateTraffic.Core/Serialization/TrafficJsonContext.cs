using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Traffic;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// Source-generated JSON metadata for the traffic contracts (channel, funnel, cost models, scenario, comparison)
/// and their wire shapes. Same strict options as <see cref="PrimitivesJsonContext"/>.
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
        typeof(FiniteDoubleJsonConverter), typeof(NonNullListJsonConverter<ReachOutcomeDto>), typeof(BoundedStringJsonConverter), typeof(InstantJsonConverter), typeof(LocalDateJsonConverter), typeof(LocalTimeJsonConverter),
        typeof(LocalDateTimeJsonConverter), typeof(DurationJsonConverter), typeof(PeriodJsonConverter),
        typeof(DateTimeZoneJsonConverter), typeof(NameListJsonConverter), typeof(ProbabilityListJsonConverter)])]
[JsonSerializable(typeof(ChannelKind))]
[JsonSerializable(typeof(TrafficChannel))]
[JsonSerializable(typeof(Funnel))]
[JsonSerializable(typeof(PublicCostModel))]
[JsonSerializable(typeof(PrivatePoolCostModel))]
[JsonSerializable(typeof(TrafficScenario))]
[JsonSerializable(typeof(TrafficComparison))]
[JsonSerializable(typeof(TrafficChannelDto))]
[JsonSerializable(typeof(FunnelDto))]
[JsonSerializable(typeof(PublicCostModelDto))]
[JsonSerializable(typeof(PrivatePoolCostModelDto))]
[JsonSerializable(typeof(TrafficScenarioDto))]
[JsonSerializable(typeof(TrafficComparisonDto))]
internal sealed partial class TrafficJsonContext : JsonSerializerContext;
