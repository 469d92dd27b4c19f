using System;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// An explicit, recorded decision to lift operator blocks (<see cref="DoNotContactSource.Operator"/>) for a channel and
/// purpose during a window, such as a recall notice to members under a sales block. It never lifts the member's own
/// opt-out (免打扰 they asked for) nor a withdrawn consent.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.DoNotContactOverrideJsonConverter))]
public sealed record DoNotContactOverride
{
    /// <summary>Creates an override.</summary>
    /// <param name="from">When it starts.</param>
    /// <param name="until">When it ends (exclusive); after <paramref name="from"/>.</param>
    /// <param name="approvedBy">Who approved it, for the audit trail; 1 to 128 characters.</param>
    /// <param name="channel">The channel; null for every channel.</param>
    /// <param name="purpose">The purpose; null for every purpose.</param>
    /// <exception cref="ArgumentException">The end is not after the start, the channel id is unset, or the approver breaks the identifier rules.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The purpose is not defined.</exception>
    public DoNotContactOverride(Instant from, Instant until, string approvedBy, ChannelId? channel = null, ConsentPurpose? purpose = null)
    {
        Guard.Against.Unmet(until > from, $"An override ends after it starts ({from}).", nameof(until));
        IdentifierText.Validate(approvedBy, "approver", nameof(approvedBy));
        Guard.Against.Unmet(channel is not { IsUnset: true }, $"An override's channel is set, or null for every channel.", nameof(channel));
        if (purpose is { } p)
        {
            Guard.Against.EnumOutOfRange(p, nameof(purpose));
        }

        From = from;
        Until = until;
        ApprovedBy = approvedBy;
        Channel = channel;
        Purpose = purpose;
    }

    /// <summary>When it starts.</summary>
    public Instant From { get; }

    /// <summary>When it ends (exclusive).</summary>
    public Instant Until { get; }

    /// <summary>Who approved it.</summary>
    public string ApprovedBy { get; }

    /// <summary>The channel; null for every channel.</summary>
    public ChannelId? Channel { get; }

    /// <summary>The purpose; null for every purpose.</summary>
    public ConsentPurpose? Purpose { get; }

    /// <summary>Whether it lifts an operator block for a channel and purpose at an instant.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="purpose">The purpose.</param>
    /// <param name="instant">The instant.</param>
    /// <returns>True inside the window for a covered channel and purpose.</returns>
    public bool Lifts(ChannelId channel, ConsentPurpose purpose, Instant instant) =>
        instant >= From && instant < Until && (Channel is null || Channel.Value == channel) && (Purpose is null || Purpose.Value == purpose);
}
