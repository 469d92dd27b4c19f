using System;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// A do-not-contact entry (免打扰 / 勿扰名单): no touch to the member on a channel (or every channel) for a purpose (or
/// every purpose) from <see cref="From"/> until <see cref="Until"/> (or for good), with who asked and why.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.DoNotContactEntryJsonConverter))]
public sealed record DoNotContactEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="source">The member's own request, or an operator's block.</param>
    /// <param name="from">When it starts.</param>
    /// <param name="until">When it ends (exclusive); null for good.</param>
    /// <param name="channel">The channel it covers; null for every channel.</param>
    /// <param name="purpose">The purpose it covers; null for every purpose.</param>
    /// <param name="reason">Why, for the trace; 1 to 128 characters, or null.</param>
    /// <exception cref="ArgumentException">The end is not after the start, the channel id is unset, or the reason breaks the identifier rules.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public DoNotContactEntry(DoNotContactSource source, Instant from, Instant? until = null, ChannelId? channel = null, ConsentPurpose? purpose = null, string? reason = null)
    {
        Guard.Against.EnumOutOfRange(source);
        Guard.Against.Unmet(until is not { } u || u > from, $"A do-not-contact entry ends after it starts ({from}).", nameof(until));
        Guard.Against.Unmet(channel is not { IsUnset: true }, $"A do-not-contact entry's channel is set, or null for every channel.", nameof(channel));
        if (purpose is { } p)
        {
            Guard.Against.EnumOutOfRange(p, nameof(purpose));
        }

        if (reason is not null)
        {
            IdentifierText.Validate(reason, "do-not-contact reason", nameof(reason));
        }

        Source = source;
        From = from;
        Until = until;
        Channel = channel;
        Purpose = purpose;
        Reason = reason;
    }

    /// <summary>The member's own request, or an operator's block.</summary>
    public DoNotContactSource Source { get; }

    /// <summary>When it starts.</summary>
    public Instant From { get; }

    /// <summary>When it ends (exclusive); null for good.</summary>
    public Instant? Until { get; }

    /// <summary>The channel it covers; null for every channel.</summary>
    public ChannelId? Channel { get; }

    /// <summary>The purpose it covers; null for every purpose.</summary>
    public ConsentPurpose? Purpose { get; }

    /// <summary>Why, if given.</summary>
    public string? Reason { get; }

    /// <summary>Whether the entry covers a channel and purpose (whatever the time).</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="purpose">The purpose.</param>
    /// <returns>True when it applies to them.</returns>
    public bool Covers(ChannelId channel, ConsentPurpose purpose) =>
        (Channel is null || Channel.Value == channel) && (Purpose is null || Purpose.Value == purpose);

    /// <summary>Whether the entry is in force at an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>True from <see cref="From"/> until <see cref="Until"/>.</returns>
    public bool InForceAt(Instant instant) => instant >= From && (Until is not { } u || instant < u);
}
