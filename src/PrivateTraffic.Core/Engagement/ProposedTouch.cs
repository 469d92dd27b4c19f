using System;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// A touch (触达) someone wants to make: a rule's reach action or an SOP step proposes it, and the reach planner
/// answers it with allow, defer or deny. It is a proposal, not a send: nothing has reached the member yet.
/// </summary>
public sealed record ProposedTouch
{
    /// <summary>Creates a proposal.</summary>
    /// <param name="member">Whom to reach.</param>
    /// <param name="channel">The pool channel to reach them on (consent is recorded per channel).</param>
    /// <param name="channelKind">The channel's kind; it decides which platform limits apply. Must be a private kind.</param>
    /// <param name="messageClass">Marketing or service.</param>
    /// <param name="mode">Direct message or moments post.</param>
    /// <param name="notBefore">The earliest instant the proposer wants the touch made.</param>
    /// <param name="templateId">The content template, if the proposer names one; 1 to 128 characters.</param>
    /// <param name="origin">What proposed it (a rule id, an SOP step), for the decision's trace; 1 to 128 characters.</param>
    /// <exception cref="ArgumentException">An id is unset, the kind is public, or a text breaks the identifier rules.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public ProposedTouch(
        MemberId member,
        ChannelId channel,
        ChannelKind channelKind,
        MessageClass messageClass,
        DeliveryMode mode,
        Instant notBefore,
        string? templateId = null,
        string? origin = null)
    {
        Guard.Against.Unmet(!member.IsUnset, $"A touch needs a member.", nameof(member));
        Guard.Against.Unmet(!channel.IsUnset, $"A touch needs a channel.", nameof(channel));
        ChannelKinds.RequirePrivate(channelKind, nameof(channelKind));
        Guard.Against.EnumOutOfRange(messageClass);
        Guard.Against.EnumOutOfRange(mode);
        if (templateId is not null)
        {
            IdentifierText.Validate(templateId, "template id", nameof(templateId));
        }

        if (origin is not null)
        {
            IdentifierText.Validate(origin, "origin", nameof(origin));
        }

        Member = member;
        Channel = channel;
        ChannelKind = channelKind;
        Class = messageClass;
        Mode = mode;
        NotBefore = notBefore;
        TemplateId = templateId;
        Origin = origin;
    }

    /// <summary>Whom to reach.</summary>
    public MemberId Member { get; }

    /// <summary>The pool channel to reach them on.</summary>
    public ChannelId Channel { get; }

    /// <summary>The channel's kind (a private kind).</summary>
    public ChannelKind ChannelKind { get; }

    /// <summary>Marketing or service.</summary>
    public MessageClass Class { get; }

    /// <summary>Direct message or moments post.</summary>
    public DeliveryMode Mode { get; }

    /// <summary>The earliest instant the proposer wants the touch made.</summary>
    public Instant NotBefore { get; }

    /// <summary>The content template, if named.</summary>
    public string? TemplateId { get; }

    /// <summary>What proposed the touch (a rule id, an SOP step), if named.</summary>
    public string? Origin { get; }

    /// <summary>The consent purpose this touch needs: marketing for marketing, service for service.</summary>
    public ConsentPurpose RequiredPurpose => Class == MessageClass.Marketing ? ConsentPurpose.Marketing : ConsentPurpose.Service;
}
