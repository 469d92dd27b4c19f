using System.Text.Json.Serialization;
using PrivateTraffic.Core.Engagement;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// Source-generated JSON metadata for the reach contracts (policy, platform limit, contact profile and its parts, touch
/// record, history, decision). The public types keep their invariants,
/// so each is read as a plain DTO and built through its validating constructor by the converters in ReachJsonConverters.cs.
/// Every list is bounded (docs/json-reach.md), so a hostile array is refused early.
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
        typeof(DurationJsonConverter), typeof(ReachChannelRuleListJsonConverter), typeof(PlatformLimitListJsonConverter), typeof(ChannelKindListJsonConverter),
        typeof(InstantJsonConverter), typeof(DateTimeZoneJsonConverter), typeof(ConsentRecordListJsonConverter), typeof(DoNotContactEntryListJsonConverter),
        typeof(DoNotContactOverrideListJsonConverter), typeof(PauseWindowListJsonConverter), typeof(TouchFeedbackListJsonConverter),
        typeof(ContactProfileListJsonConverter), typeof(TouchRecordListJsonConverter)])]
[JsonSerializable(typeof(ReachPolicy))]
[JsonSerializable(typeof(ReachPolicyDto))]
[JsonSerializable(typeof(PlatformLimit))]
[JsonSerializable(typeof(PlatformLimitDto))]
[JsonSerializable(typeof(Primitives.ChannelKind))]
[JsonSerializable(typeof(ReachDecisionKind))]
[JsonSerializable(typeof(ReachReason))]
[JsonSerializable(typeof(TouchFeedbackKind))]
[JsonSerializable(typeof(DoNotContactSource))]
[JsonSerializable(typeof(Pools.ConsentRecord))]
[JsonSerializable(typeof(DoNotContactEntry))]
[JsonSerializable(typeof(DoNotContactEntryDto))]
[JsonSerializable(typeof(DoNotContactOverride))]
[JsonSerializable(typeof(DoNotContactOverrideDto))]
[JsonSerializable(typeof(PauseWindow))]
[JsonSerializable(typeof(PauseWindowDto))]
[JsonSerializable(typeof(TouchFeedback))]
[JsonSerializable(typeof(TouchFeedbackDto))]
[JsonSerializable(typeof(ContactProfile))]
[JsonSerializable(typeof(ContactProfileDto))]
[JsonSerializable(typeof(TouchRecord))]
[JsonSerializable(typeof(TouchRecordDto))]
[JsonSerializable(typeof(ReachHistory))]
[JsonSerializable(typeof(ReachHistoryDto))]
[JsonSerializable(typeof(ReachDecision))]
[JsonSerializable(typeof(ReachDecisionDto))]
internal sealed partial class ReachJsonContext : JsonSerializerContext;
