using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

// The wire shapes of the reach contracts (docs/json-reach.md). Each is read strictly by ReachJsonContext and then handed to
// the public types' validating constructors by ReachJsonConverters, so no policy is ever half-built from JSON. Every member
// is required; a null cap or ceiling is written as null.

internal sealed record TouchCapsDto(int? PerDay, int? PerWeek, int? PerMonth, bool MonthFollowsDays);

internal sealed record QuietHoursDto(LocalTime Start, LocalTime End);

internal sealed record FatigueDto(Duration HalfLife, double? Ceiling);

internal sealed record CooldownsDto(Duration Complaint, Duration Block, Duration Unfollow);

internal sealed record ReachChannelRuleDto(ChannelKind Kind, TouchCapsDto Caps, bool AllowsMarketing, bool AllowsService);

internal sealed record PlatformLimitDto(
    string Name,
    IReadOnlyList<ChannelKind> ChannelKinds,
    LocalDate EffectiveFrom,
    string SourceTitle,
    string SourceUrl,
    LocalDate ReadOn,
    TouchCapsDto MemberCaps,
    int MaxRecipientsPerCall,
    int MaxTextBytes,
    int MaxAttachments,
    bool Overridden);

internal sealed record ReachPolicyDto(
    TouchCapsDto DefaultCaps,
    IReadOnlyList<ReachChannelRuleDto> Channels,
    Duration MinimumGap,
    QuietHoursDto QuietHours,
    CooldownsDto Cooldowns,
    FatigueDto? Fatigue,
    IReadOnlyList<PlatformLimitDto> PlatformLimits,
    Duration Horizon);
