using System.Linq;
using System.Text.Json.Serialization.Metadata;
using PrivateTraffic.Core.Community;

namespace PrivateTraffic.Core.Serialization;

internal sealed class CommunityPositioningJsonConverter : DtoJsonConverter<CommunityPositioning, PositioningDto>
{
    protected override JsonTypeInfo<PositioningDto> DtoInfo => CommunityJsonContext.Default.PositioningDto;

    protected override CommunityPositioning FromDto(PositioningDto dto) => CommunityPositioning.Create(
        dto.Types,
        dto.Orientation,
        dto.Centre is { } c ? CommunityCentre.Create(c.Kind, c.Name) : null,
        dto.Focus is { } f ? VerticalFocus.Create(f.Topic, f.Persona) : null,
        dto.Niche,
        dto.KolOrTeam);

    protected override PositioningDto ToDto(CommunityPositioning value) => new(
        value.Types,
        value.Orientation,
        value.Centre is { } c ? new CentreDto(c.Kind, c.Name) : null,
        value.Focus is { } f ? new FocusDto(f.Topic, f.Persona) : null,
        value.Niche,
        value.KolOrTeam);
}

internal sealed class GroupRuleSetJsonConverter : DtoJsonConverter<GroupRuleSet, GroupRuleSetDto>
{
    protected override JsonTypeInfo<GroupRuleSetDto> DtoInfo => CommunityJsonContext.Default.GroupRuleSetDto;

    protected override GroupRuleSet FromDto(GroupRuleSetDto dto) => GroupRuleSet.Create(
        dto.Roles,
        dto.AllowedContent,
        AdvertisingPolicy.Create(dto.Advertising.Promoters, dto.Advertising.MaxPromotionShare),
        dto.Forbidden,
        dto.ForbiddenKeywords,
        PenaltyLadder.Create(dto.Ladder.Select(s => PenaltyStep.Create(s.Penalty, s.Violations, s.Window, s.MuteFor))));

    protected override GroupRuleSetDto ToDto(GroupRuleSet value) => new(
        value.Roles,
        value.AllowedContent,
        new AdvertisingDto(value.Advertising.Promoters, value.Advertising.MaxPromotionShare),
        value.Forbidden,
        value.ForbiddenKeywords,
        value.Ladder.Steps.Select(s => new PenaltyStepDto(s.Penalty, s.Violations, s.Window, s.MuteFor)).ToArray());
}

internal sealed class ActivityCalendarJsonConverter : DtoJsonConverter<ActivityCalendar, ActivityCalendarDto>
{
    private static readonly NodaTime.IsoDayOfWeek[] Days =
        [NodaTime.IsoDayOfWeek.Monday, NodaTime.IsoDayOfWeek.Tuesday, NodaTime.IsoDayOfWeek.Wednesday, NodaTime.IsoDayOfWeek.Thursday,
         NodaTime.IsoDayOfWeek.Friday, NodaTime.IsoDayOfWeek.Saturday, NodaTime.IsoDayOfWeek.Sunday];

    protected override JsonTypeInfo<ActivityCalendarDto> DtoInfo => CommunityJsonContext.Default.ActivityCalendarDto;

    protected override ActivityCalendar FromDto(ActivityCalendarDto dto) => ActivityCalendar.Create(
        dto.Activities.Select(a => RecurringActivity.Create(a.Name, a.Kind, Recurrence(a.Recurrence))),
        dto.Cadence);

    protected override ActivityCalendarDto ToDto(ActivityCalendar value) => new(
        value.Activities.Select(a => new ActivityDto(a.Name, a.Kind, new RecurrenceDto(
            a.Recurrence.Pattern, DayName(a.Recurrence.DayOfWeek), a.Recurrence.Nth, a.Recurrence.At, a.Recurrence.Zone, a.Recurrence.StartsOn, a.Recurrence.Interval))).ToArray(),
        value.Cadence);

    private static string DayName(NodaTime.IsoDayOfWeek day) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(day.ToString());

    private static Recurrence Recurrence(RecurrenceDto r)
    {
        var day = System.Array.Find(Days, d => DayName(d) == r.DayOfWeek);
        if (day == NodaTime.IsoDayOfWeek.None)
        {
            throw new System.ArgumentException($"'{Primitives.MessageText.Quote(r.DayOfWeek)}' is not a weekday (monday … sunday).", nameof(r));
        }

        return r.Pattern == RecurrencePattern.Weekly
            ? r.Nth == 0 ? Community.Recurrence.Weekly(day, r.At, r.Zone, r.StartsOn, r.Interval) : throw new System.ArgumentException("A weekly recurrence has nth 0.", nameof(r))
            : Community.Recurrence.MonthlyNthWeekday(r.Nth, day, r.At, r.Zone, r.StartsOn, r.Interval);
    }
}

internal sealed class CommunityBlueprintJsonConverter : DtoJsonConverter<CommunityBlueprint, BlueprintDto>
{
    protected override JsonTypeInfo<BlueprintDto> DtoInfo => CommunityJsonContext.Default.BlueprintDto;

    protected override CommunityBlueprint FromDto(BlueprintDto dto) => CommunityBlueprint.Create(
        dto.Purpose,
        dto.CoreValues,
        dto.Roles.Select(r => ManagementRole.Create(r.Role, r.Permissions)),
        dto.Tiers.Select(t => MembershipTier.Create(t.Name, t.Fee, t.Benefits)),
        dto.Admission,
        dto.JoiningRitual,
        MonetisationPlan.Create(dto.Monetisation.Channels, dto.Monetisation.BackEnd, dto.Monetisation.GivesBeforeCharging));

    protected override BlueprintDto ToDto(CommunityBlueprint value) => new(
        value.Purpose,
        value.CoreValues,
        value.Roles.Select(r => new ManagementRoleDto(r.Role, r.Permissions)).ToArray(),
        value.Tiers.Select(t => new TierDto(t.Name, t.Fee, t.Benefits)).ToArray(),
        value.Admission,
        value.JoiningRitual,
        new MonetisationDto(value.Monetisation.Channels, value.Monetisation.BackEnd, value.Monetisation.GivesBeforeCharging));
}
