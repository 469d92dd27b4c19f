using System;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// A pause (暂停营销): no marketing touch to the member from <see cref="From"/> until <see cref="Until"/> (or until lifted,
/// when null). Service touches (order updates) still go.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.PauseWindowJsonConverter))]
public sealed record PauseWindow
{
    /// <summary>Creates a pause.</summary>
    /// <param name="from">When it starts.</param>
    /// <param name="until">When it ends (exclusive); null for open-ended.</param>
    /// <param name="reason">Why, for the trace; 1 to 128 characters, or null.</param>
    /// <exception cref="ArgumentException">The end is not after the start, or the reason breaks the identifier rules.</exception>
    public PauseWindow(Instant from, Instant? until = null, string? reason = null)
    {
        Guard.Against.Unmet(until is not { } u || u > from, $"A pause ends after it starts ({from}).", nameof(until));
        if (reason is not null)
        {
            IdentifierText.Validate(reason, "pause reason", nameof(reason));
        }

        From = from;
        Until = until;
        Reason = reason;
    }

    /// <summary>When it starts.</summary>
    public Instant From { get; }

    /// <summary>When it ends (exclusive); null for open-ended.</summary>
    public Instant? Until { get; }

    /// <summary>Why, if given.</summary>
    public string? Reason { get; }

    /// <summary>Whether the pause is in force at an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>True inside the window.</returns>
    public bool InForceAt(Instant instant) => instant >= From && (Until is not { } u || instant < u);
}
