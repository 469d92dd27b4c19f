using System;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

internal sealed class DoNotContactEntryJsonConverter : DtoJsonConverter<DoNotContactEntry, DoNotContactEntryDto>
{
    protected override JsonTypeInfo<DoNotContactEntryDto> DtoInfo => ReachJsonContext.Default.DoNotContactEntryDto;

    internal static DoNotContactEntryDto Dto(DoNotContactEntry e) => new(e.Source, e.From, e.Until, e.Channel, e.Purpose, e.Reason);

    internal static DoNotContactEntry Entry(DoNotContactEntryDto d) => new(d.Source, d.From, d.Until, d.Channel, d.Purpose, d.Reason);

    protected override DoNotContactEntryDto ToDto(DoNotContactEntry value) => Dto(value);

    protected override DoNotContactEntry FromDto(DoNotContactEntryDto dto) => Entry(dto);
}

internal sealed class DoNotContactOverrideJsonConverter : DtoJsonConverter<DoNotContactOverride, DoNotContactOverrideDto>
{
    protected override JsonTypeInfo<DoNotContactOverrideDto> DtoInfo => ReachJsonContext.Default.DoNotContactOverrideDto;

    internal static DoNotContactOverrideDto Dto(DoNotContactOverride o) => new(o.From, o.Until, o.ApprovedBy, o.Channel, o.Purpose);

    internal static DoNotContactOverride Override(DoNotContactOverrideDto d) => new(d.From, d.Until, d.ApprovedBy, d.Channel, d.Purpose);

    protected override DoNotContactOverrideDto ToDto(DoNotContactOverride value) => Dto(value);

    protected override DoNotContactOverride FromDto(DoNotContactOverrideDto dto) => Override(dto);
}

internal sealed class PauseWindowJsonConverter : DtoJsonConverter<PauseWindow, PauseWindowDto>
{
    protected override JsonTypeInfo<PauseWindowDto> DtoInfo => ReachJsonContext.Default.PauseWindowDto;

    internal static PauseWindowDto Dto(PauseWindow p) => new(p.From, p.Until, p.Reason);

    internal static PauseWindow Pause(PauseWindowDto d) => new(d.From, d.Until, d.Reason);

    protected override PauseWindowDto ToDto(PauseWindow value) => Dto(value);

    protected override PauseWindow FromDto(PauseWindowDto dto) => Pause(dto);
}

internal sealed class TouchFeedbackJsonConverter : DtoJsonConverter<TouchFeedback, TouchFeedbackDto>
{
    protected override JsonTypeInfo<TouchFeedbackDto> DtoInfo => ReachJsonContext.Default.TouchFeedbackDto;

    protected override TouchFeedbackDto ToDto(TouchFeedback value) => new(value.Kind, value.At);

    protected override TouchFeedback FromDto(TouchFeedbackDto dto) => new(dto.Kind, dto.At);
}

internal sealed class ContactProfileJsonConverter : DtoJsonConverter<ContactProfile, ContactProfileDto>
{
    protected override JsonTypeInfo<ContactProfileDto> DtoInfo => ReachJsonContext.Default.ContactProfileDto;

    internal static ContactProfileDto Dto(ContactProfile p) => new(
        p.Member,
        p.Zone,
        p.Consents,
        p.DoNotContact.Select(DoNotContactEntryJsonConverter.Dto).ToArray(),
        p.Overrides.Select(DoNotContactOverrideJsonConverter.Dto).ToArray(),
        p.Pauses.Select(PauseWindowJsonConverter.Dto).ToArray(),
        p.Feedback.Select(f => new TouchFeedbackDto(f.Kind, f.At)).ToArray());

    internal static ContactProfile Profile(ContactProfileDto d) => new(
        d.Member,
        d.Zone,
        d.Consents,
        d.DoNotContact.Select(DoNotContactEntryJsonConverter.Entry),
        d.Overrides.Select(DoNotContactOverrideJsonConverter.Override),
        d.Pauses.Select(PauseWindowJsonConverter.Pause),
        d.Feedback.Select(f => new TouchFeedback(f.Kind, f.At)));

    protected override ContactProfileDto ToDto(ContactProfile value) => Dto(value);

    protected override ContactProfile FromDto(ContactProfileDto dto) => Profile(dto);
}

internal sealed class TouchRecordJsonConverter : DtoJsonConverter<TouchRecord, TouchRecordDto>
{
    protected override JsonTypeInfo<TouchRecordDto> DtoInfo => ReachJsonContext.Default.TouchRecordDto;

    internal static TouchRecordDto Dto(TouchRecord t) => new(t.Member, t.Channel, t.ChannelKind, t.Class, t.Mode, t.At);

    internal static TouchRecord Record(TouchRecordDto d) => new(d.Member, d.Channel, d.ChannelKind, d.Class, d.Mode, d.At);

    protected override TouchRecordDto ToDto(TouchRecord value) => Dto(value);

    protected override TouchRecord FromDto(TouchRecordDto dto) => Record(dto);
}

internal sealed class ReachHistoryJsonConverter : DtoJsonConverter<ReachHistory, ReachHistoryDto>
{
    public const int MaxProfiles = 100_000;

    public const int MaxTouches = 1_000_000;

    protected override JsonTypeInfo<ReachHistoryDto> DtoInfo => ReachJsonContext.Default.ReachHistoryDto;

    protected override ReachHistoryDto ToDto(ReachHistory value) => new(
        value.Profiles.Select(ContactProfileJsonConverter.Dto).ToArray(),
        value.Touches.Select(TouchRecordJsonConverter.Dto).ToArray());

    protected override ReachHistory FromDto(ReachHistoryDto dto) => new(
        dto.Profiles.Select(ContactProfileJsonConverter.Profile),
        dto.Touches.Select(TouchRecordJsonConverter.Record));
}

internal sealed class ReachDecisionJsonConverter : DtoJsonConverter<ReachDecision, ReachDecisionDto>
{
    protected override JsonTypeInfo<ReachDecisionDto> DtoInfo => ReachJsonContext.Default.ReachDecisionDto;

    protected override ReachDecisionDto ToDto(ReachDecision value) => new(value.Kind, value.Requested, value.At, value.Reason, value.Blocker);

    // Through the public factories, so a decision read from JSON keeps their rules; what they leave open is checked here.
    protected override ReachDecision FromDto(ReachDecisionDto dto)
    {
        switch (dto.Kind)
        {
            case ReachDecisionKind.Allow:
                Guard.Against.Unmet(dto.At == dto.Requested && dto.Reason == ReachReason.None && dto.Blocker == ReachReason.None, $"An allow is at the requested instant, with no reason and no blocker.", nameof(dto));
                return ReachDecision.Allow(dto.Requested);
            case ReachDecisionKind.Defer:
                Guard.Against.Unmet(dto.Blocker == dto.Reason, $"A defer's blocker is its reason.", nameof(dto));
                return ReachDecision.Defer(dto.Requested, dto.At, dto.Reason);
            case ReachDecisionKind.Deny:
                Guard.Against.Unmet(dto.At == dto.Requested, $"A deny is at the requested instant.", nameof(dto));
                return ReachDecision.Deny(dto.Requested, dto.Reason, dto.Blocker);
            default:
                throw new ArgumentException($"Not a decision kind: {dto.Kind}.", nameof(dto));
        }
    }
}
