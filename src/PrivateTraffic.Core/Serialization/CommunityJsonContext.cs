using System.Text.Json.Serialization;
using PrivateTraffic.Core.Community;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// Source-generated JSON metadata for the community model. The public types keep their invariants, so each is read
/// as a plain DTO and built through its validating factory by the converters in CommunityJsonConverters.cs.
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
        typeof(FiniteDoubleJsonConverter), typeof(NonNullListJsonConverter<ActivityDto>), typeof(NonNullListJsonConverter<ManagementRoleDto>), typeof(NonNullListJsonConverter<PenaltyStepDto>), typeof(NonNullListJsonConverter<TierDto>), typeof(BoundedStringJsonConverter), typeof(InstantJsonConverter), typeof(LocalDateJsonConverter), typeof(LocalTimeJsonConverter),
        typeof(LocalDateTimeJsonConverter), typeof(DurationJsonConverter), typeof(PeriodJsonConverter),
        typeof(DateTimeZoneJsonConverter), typeof(NameListJsonConverter)])]
[JsonSerializable(typeof(CommunityPositioning))]
[JsonSerializable(typeof(PositioningDto))]
[JsonSerializable(typeof(GroupRuleSet))]
[JsonSerializable(typeof(GroupRuleSetDto))]
[JsonSerializable(typeof(ActivityCalendar))]
[JsonSerializable(typeof(ActivityCalendarDto))]
[JsonSerializable(typeof(CommunityBlueprint))]
[JsonSerializable(typeof(BlueprintDto))]
[JsonSerializable(typeof(BlueprintRevised))]
[JsonSerializable(typeof(GroupEvent))]
[JsonSerializable(typeof(GroupEvent[]))]
[JsonSerializable(typeof(GroupOpened))]
[JsonSerializable(typeof(MemberJoinedGroup))]
[JsonSerializable(typeof(NextGroupProposed))]
[JsonSerializable(typeof(MemberLeftGroup))]
[JsonSerializable(typeof(MemberRoleAssigned))]
[JsonSerializable(typeof(GroupRoleAssignment))]
[JsonSerializable(typeof(GroupSnapshot))]
internal sealed partial class CommunityJsonContext : JsonSerializerContext;
