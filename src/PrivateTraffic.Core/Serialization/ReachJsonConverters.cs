using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

internal sealed class ReachPolicyJsonConverter : DtoJsonConverter<ReachPolicy, ReachPolicyDto>
{
    protected override JsonTypeInfo<ReachPolicyDto> DtoInfo => ReachJsonContext.Default.ReachPolicyDto;

    protected override ReachPolicyDto ToDto(ReachPolicy value) => new(
        Caps(value.DefaultCaps),
        value.Channels.Select(c => new ReachChannelRuleDto(c.Kind, Caps(c.Caps), c.AllowsMarketing, c.AllowsService)).ToArray(),
        value.MinimumGap,
        new QuietHoursDto(value.QuietHours.Start, value.QuietHours.End),
        new CooldownsDto(value.ComplaintCooldown, value.BlockCooldown, value.UnfollowCooldown),
        value.Fatigue is { } f ? new FatigueDto(f.HalfLife, f.Ceiling) : null,
        value.PlatformLimits.Select(PlatformLimitJsonConverter.Dto).ToArray(),
        value.Horizon);

    protected override ReachPolicy FromDto(ReachPolicyDto dto) => new(
        Caps(dto.DefaultCaps),
        dto.Channels.Select(c => new ReachChannelRule(c.Kind, Caps(c.Caps), c.AllowsMarketing, c.AllowsService)),
        dto.MinimumGap,
        new QuietHours(dto.QuietHours.Start, dto.QuietHours.End),
        dto.Cooldowns.Complaint,
        dto.Cooldowns.Block,
        dto.Cooldowns.Unfollow,
        dto.Fatigue is { } f ? new FatigueModel(f.HalfLife, f.Ceiling) : null,
        dto.PlatformLimits.Select(PlatformLimitJsonConverter.Limit),
        dto.Horizon);

    internal static TouchCapsDto Caps(TouchCaps caps) => new(caps.PerDay, caps.PerWeek, caps.PerMonth, caps.MonthFollowsDays);

    internal static TouchCaps Caps(TouchCapsDto dto)
    {
        if (!dto.MonthFollowsDays)
        {
            return TouchCaps.Of(dto.PerDay, dto.PerWeek, dto.PerMonth);
        }

        return dto.PerMonth is null
            ? TouchCaps.DaysOfMonth(dto.PerDay, dto.PerWeek)
            : throw new ArgumentException("Caps whose month follows its days have perMonth null.", nameof(dto));
    }
}

internal sealed class PlatformLimitJsonConverter : DtoJsonConverter<PlatformLimit, PlatformLimitDto>
{
    protected override JsonTypeInfo<PlatformLimitDto> DtoInfo => ReachJsonContext.Default.PlatformLimitDto;

    internal static PlatformLimitDto Dto(PlatformLimit value) => new(
        value.Name, value.ChannelKinds, value.EffectiveFrom, value.SourceTitle, value.SourceUrl, value.ReadOn,
        ReachPolicyJsonConverter.Caps(value.MemberCaps), value.MaxRecipientsPerCall, value.MaxTextBytes, value.MaxAttachments, value.Overridden);

    internal static PlatformLimit Limit(PlatformLimitDto dto) => new(
        dto.Name, dto.ChannelKinds, dto.EffectiveFrom, dto.SourceTitle, dto.SourceUrl, dto.ReadOn,
        ReachPolicyJsonConverter.Caps(dto.MemberCaps), dto.MaxRecipientsPerCall, dto.MaxTextBytes, dto.MaxAttachments, dto.Overridden);

    protected override PlatformLimitDto ToDto(PlatformLimit value) => Dto(value);

    protected override PlatformLimit FromDto(PlatformLimitDto dto) => Limit(dto);
}

/// <summary>A policy's channel rules: a short list (a policy has one per private kind at most).</summary>
internal sealed class ReachChannelRuleListJsonConverter : ShortListJsonConverter<ReachChannelRuleDto>
{
    protected override ReachChannelRuleDto ReadItem(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, ReachJsonContext.Default.ReachChannelRuleDto)!;

    protected override void WriteItem(Utf8JsonWriter writer, ReachChannelRuleDto item, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, item, ReachJsonContext.Default.ReachChannelRuleDto);
}

/// <summary>A policy's platform limits: a short list.</summary>
internal sealed class PlatformLimitListJsonConverter : ShortListJsonConverter<PlatformLimitDto>
{
    protected override PlatformLimitDto ReadItem(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, ReachJsonContext.Default.PlatformLimitDto)!;

    protected override void WriteItem(Utf8JsonWriter writer, PlatformLimitDto item, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, item, ReachJsonContext.Default.PlatformLimitDto);
}

/// <summary>A platform limit's channel kinds: a short list.</summary>
internal sealed class ChannelKindListJsonConverter : ShortListJsonConverter<ChannelKind>
{
    protected override ChannelKind ReadItem(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, ReachJsonContext.Default.ChannelKind);

    protected override void WriteItem(Utf8JsonWriter writer, ChannelKind item, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, item, ReachJsonContext.Default.ChannelKind);
}
