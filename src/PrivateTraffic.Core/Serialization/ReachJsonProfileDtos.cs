using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

// The wire shapes of a member's contact profile, touch records, the history and the planner's decisions
// (docs/json-reach.md). As with the policy, each is read strictly and handed to the public type's validating constructor;
// every member is required, and an absent bound, channel, purpose or reason is written as null.

internal sealed record DoNotContactEntryDto(DoNotContactSource Source, Instant From, Instant? Until, ChannelId? Channel, ConsentPurpose? Purpose, string? Reason);

internal sealed record DoNotContactOverrideDto(Instant From, Instant Until, string ApprovedBy, ChannelId? Channel, ConsentPurpose? Purpose);

internal sealed record PauseWindowDto(Instant From, Instant? Until, string? Reason);

internal sealed record TouchFeedbackDto(TouchFeedbackKind Kind, Instant At);

internal sealed record ContactProfileDto(
    MemberId Member,
    DateTimeZone Zone,
    IReadOnlyList<ConsentRecord> Consents,
    IReadOnlyList<DoNotContactEntryDto> DoNotContact,
    IReadOnlyList<DoNotContactOverrideDto> Overrides,
    IReadOnlyList<PauseWindowDto> Pauses,
    IReadOnlyList<TouchFeedbackDto> Feedback);

internal sealed record TouchRecordDto(MemberId Member, ChannelId Channel, ChannelKind ChannelKind, MessageClass Class, DeliveryMode Mode, Instant At);

internal sealed record ReachHistoryDto(IReadOnlyList<ContactProfileDto> Profiles, IReadOnlyList<TouchRecordDto> Touches);

internal sealed record ReachDecisionDto(ReachDecisionKind Kind, Instant Requested, Instant At, ReachReason Reason, ReachReason Blocker);
