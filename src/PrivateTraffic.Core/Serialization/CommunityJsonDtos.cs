using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Community;

namespace PrivateTraffic.Core.Serialization;

internal sealed record CentreDto(CentreKind Kind, string Name);

internal sealed record FocusDto(string Topic, string Persona);

internal sealed record PositioningDto(CommunityTypes Types, CommunityOrientation? Orientation, CentreDto? Centre, FocusDto? Focus, string? Niche, string? KolOrTeam);

internal sealed record AdvertisingDto(IReadOnlyList<CommunityRole> Promoters, double MaxPromotionShare);

internal sealed record PenaltyStepDto(Penalty Penalty, int Violations, Duration Window, Duration? MuteFor);

internal sealed record GroupRuleSetDto(
    IReadOnlyList<CommunityRole> Roles,
    IReadOnlyList<ContentClass> AllowedContent,
    AdvertisingDto Advertising,
    ForbiddenContent Forbidden,
    IReadOnlyList<string> ForbiddenKeywords,
    IReadOnlyList<PenaltyStepDto> Ladder);

internal sealed record RecurrenceDto(RecurrencePattern Pattern, string DayOfWeek, int Nth, LocalTime At, DateTimeZone Zone, LocalDate StartsOn, int Interval);

internal sealed record ActivityDto(string Name, ActivityKind Kind, RecurrenceDto Recurrence);

internal sealed record ActivityCalendarDto(IReadOnlyList<ActivityDto> Activities, Duration Cadence);

internal sealed record ManagementRoleDto(CommunityRole Role, RolePermissions Permissions);

internal sealed record TierDto(string Name, Money Fee, IReadOnlyList<string> Benefits);

internal sealed record MonetisationDto(MonetisationChannels Channels, bool BackEnd, bool GivesBeforeCharging);

internal sealed record BlueprintDto(string Purpose, IReadOnlyList<string> CoreValues, IReadOnlyList<ManagementRoleDto> Roles, IReadOnlyList<TierDto> Tiers, AdmissionPolicy Admission, string? JoiningRitual, MonetisationDto Monetisation);
