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
