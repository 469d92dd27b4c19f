using System;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>A touch (触达) already made to a member: what caps, the minimum gap and fatigue count.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.TouchRecordJsonConverter))]
public readonly record struct TouchRecord
{
    /// <summary>Records a touch.</summary>
    /// <param name="member">Who was reached.</param>
    /// <param name="channel">On which pool channel.</param>
    /// <param name="channelKind">The channel's kind (a private kind).</param>
    /// <param name="messageClass">Marketing or service; only marketing counts.</param>
    /// <param name="mode">Direct message or moments post.</param>
    /// <param name="at">When it was made.</param>
    /// <exception cref="ArgumentException">An id is unset or the kind is public.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public TouchRecord(MemberId member, ChannelId channel, ChannelKind channelKind, MessageClass messageClass, DeliveryMode mode, Instant at)
    {
        Guard.Against.Unmet(!member.IsUnset, $"A touch record needs a member.", nameof(member));
        Guard.Against.Unmet(!channel.IsUnset, $"A touch record needs a channel.", nameof(channel));
        ChannelKinds.RequirePrivate(channelKind, nameof(channelKind));
        Guard.Against.EnumOutOfRange(messageClass);
        Guard.Against.EnumOutOfRange(mode);
        Member = member;
        Channel = channel;
        ChannelKind = channelKind;
        Class = messageClass;
        Mode = mode;
        At = at;
    }

    /// <summary>Who was reached.</summary>
    public MemberId Member { get; }

    /// <summary>The pool channel.</summary>
    public ChannelId Channel { get; }

    /// <summary>The channel's kind.</summary>
    public ChannelKind ChannelKind { get; }

    /// <summary>Marketing or service.</summary>
    public MessageClass Class { get; }

    /// <summary>Direct message or moments post.</summary>
    public DeliveryMode Mode { get; }

    /// <summary>When it was made.</summary>
    public Instant At { get; }

    /// <summary>The record of a proposed touch made at an instant (an allowed or deferred decision's instant).</summary>
    /// <param name="touch">The proposal.</param>
    /// <param name="at">When it is made.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="touch"/> is null.</exception>
    public static TouchRecord Of(ProposedTouch touch, Instant at)
    {
        Guard.Against.Null(touch);
        return new TouchRecord(touch.Member, touch.Channel, touch.ChannelKind, touch.Class, touch.Mode, at);
    }
}
