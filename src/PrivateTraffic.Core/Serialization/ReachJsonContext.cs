using System.Text.Json.Serialization;
using PrivateTraffic.Core.Engagement;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// Source-generated JSON metadata for the reach contracts (policy, platform limit). The public types keep their invariants,
/// so each is read as a plain DTO and built through its validating constructor by the converters in ReachJsonConverters.cs.
/// Lists are short (at most 64 items), so a hostile array is refused early.
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
        typeof(FiniteDoubleJsonConverter), typeof(BoundedStringJsonConverter), typeof(LocalDateJsonConverter), typeof(LocalTimeJsonConverter),
        typeof(DurationJsonConverter), typeof(ReachChannelRuleListJsonConverter), typeof(PlatformLimitListJsonConverter), typeof(ChannelKindListJsonConverter)])]
[JsonSerializable(typeof(ReachPolicy))]
[JsonSerializable(typeof(ReachPolicyDto))]
[JsonSerializable(typeof(PlatformLimit))]
[JsonSerializable(typeof(PlatformLimitDto))]
[JsonSerializable(typeof(Primitives.ChannelKind))]
[JsonSerializable(typeof(ReachDecisionKind))]
[JsonSerializable(typeof(ReachReason))]
[JsonSerializable(typeof(TouchFeedbackKind))]
[JsonSerializable(typeof(DoNotContactSource))]
internal sealed partial class ReachJsonContext : JsonSerializerContext;
