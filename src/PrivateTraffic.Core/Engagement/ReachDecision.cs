using System;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// The reach planner's answer to one proposed touch (触达): allow at the requested instant, defer to the earliest
/// instant that satisfies every rule, or deny, always with the reason. A small value (no allocation), so a batch of a
/// million answers is one array.
/// </summary>
/// <remarks>
/// <c>default(ReachDecision)</c> is an allow at <see cref="Instant"/> 1970-01-01T00:00:00Z with no reason; the planner never
/// returns it for a touch requested at another instant.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ReachDecisionJsonConverter))]
public readonly struct ReachDecision : IEquatable<ReachDecision>
{
    private ReachDecision(ReachDecisionKind kind, Instant requested, Instant at, ReachReason reason, ReachReason blocker)
    {
        Kind = kind;
        Requested = requested;
        At = at;
        Reason = reason;
        Blocker = blocker;
    }

    /// <summary>Allow, defer or deny.</summary>
    public ReachDecisionKind Kind { get; }

    /// <summary>The instant the proposer asked for (the touch's <see cref="ProposedTouch.NotBefore"/>).</summary>
    public Instant Requested { get; }

    /// <summary>When to make the touch: the requested instant for an allow, the earliest allowed instant for a defer, the requested instant for a deny.</summary>
    public Instant At { get; }

    /// <summary>Why: <see cref="ReachReason.None"/> for an allow; for a defer, the first rule in check order that did not hold at the requested instant; for a deny, the rule that forbids it (or <see cref="ReachReason.BeyondHorizon"/>).</summary>
    public ReachReason Reason { get; }

    /// <summary>The first rule in check order that did not hold at the requested instant (<see cref="ReachReason.None"/> for an allow); for a deny beyond the horizon it says which rule pushed the touch out.</summary>
    public ReachReason Blocker { get; }

    /// <summary>The reason's fixed sentence.</summary>
    public string Text => Reason.Describe();

    /// <summary>Whether the touch is to be made (now or later).</summary>
    public bool IsPlaced => Kind != ReachDecisionKind.Deny;

    /// <summary>An allow at the requested instant.</summary>
    /// <param name="requested">The requested instant.</param>
    /// <returns>The decision.</returns>
    public static ReachDecision Allow(Instant requested) => new(ReachDecisionKind.Allow, requested, requested, ReachReason.None, ReachReason.None);

    /// <summary>A defer to a later instant.</summary>
    /// <param name="requested">The requested instant.</param>
    /// <param name="at">The earliest instant every rule allows; after <paramref name="requested"/>.</param>
    /// <param name="reason">The first rule that did not hold at the requested instant; not <see cref="ReachReason.None"/>.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentException"><paramref name="at"/> is not after <paramref name="requested"/>, or the reason is none.</exception>
    public static ReachDecision Defer(Instant requested, Instant at, ReachReason reason)
    {
        Guard.Against.Unmet(at > requested, $"A defer is to a later instant than {requested}.", nameof(at));
        Guard.Against.Unmet(reason != ReachReason.None && Enum.IsDefined(reason), $"A defer needs a defined reason other than none.", nameof(reason));
        return new(ReachDecisionKind.Defer, requested, at, reason, reason);
    }

    /// <summary>A deny.</summary>
    /// <param name="requested">The requested instant.</param>
    /// <param name="reason">Why; not <see cref="ReachReason.None"/>.</param>
    /// <param name="blocker">The first rule that did not hold at the requested instant; defaults to <paramref name="reason"/>.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentException">A reason is none or undefined.</exception>
    public static ReachDecision Deny(Instant requested, ReachReason reason, ReachReason? blocker = null)
    {
        Guard.Against.Unmet(reason != ReachReason.None && Enum.IsDefined(reason), $"A deny needs a defined reason other than none.", nameof(reason));
        var b = blocker ?? reason;
        Guard.Against.Unmet(b != ReachReason.None && Enum.IsDefined(b), $"A deny's blocker is a defined reason other than none.", nameof(blocker));
        return new(ReachDecisionKind.Deny, requested, requested, reason, b);
    }

    // The planner's own constructors: its decisions meet the rules above by construction, so it skips the checks.
    internal static ReachDecision Deferred(Instant requested, Instant at, ReachReason reason) => new(ReachDecisionKind.Defer, requested, at, reason, reason);

    internal static ReachDecision Denied(Instant requested, ReachReason reason, ReachReason blocker) => new(ReachDecisionKind.Deny, requested, requested, reason, blocker);

    /// <inheritdoc/>
    public bool Equals(ReachDecision other) =>
        Kind == other.Kind && Requested == other.Requested && At == other.At && Reason == other.Reason && Blocker == other.Blocker;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReachDecision other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Requested, At, Reason, Blocker);

    /// <summary>The decision in one line, such as <c>defer to 2026-03-01T00:00:00Z (quietHours)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        ReachDecisionKind.Allow => $"allow at {At}",
        ReachDecisionKind.Defer => $"defer to {At} ({Reason})",
        _ => $"deny ({Reason})",
    };

    /// <summary>Whether two decisions are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ReachDecision left, ReachDecision right) => left.Equals(right);

    /// <summary>Whether two decisions differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(ReachDecision left, ReachDecision right) => !left.Equals(right);
}
