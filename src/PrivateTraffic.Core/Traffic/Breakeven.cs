using System;
using System.Diagnostics.CodeAnalysis;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Traffic;

/// <summary>
/// The breakeven reach (盈亏平衡点): the first reach after which the private pool's cumulative cost per conversion
/// is below the public channel's, or "never" with the reason. An expected outcome, so a value, not an exception.
/// </summary>
/// <remarks><c>default(Breakeven)</c> is "never" with <see cref="NoBreakevenReason.None"/>: not yet evaluated.</remarks>
public readonly struct Breakeven : IEquatable<Breakeven>
{
    private readonly int _reach;

    private Breakeven(int reach, NoBreakevenReason reason)
    {
        _reach = reach;
        Reason = reason;
    }

    /// <summary>Whether the private pool became cheaper per conversion within the horizon.</summary>
    public bool IsReached => _reach > 0;

    /// <summary>The 1-based breakeven reach, or null when it was never reached.</summary>
    public int? Reach => IsReached ? _reach : null;

    /// <summary>Why there is no breakeven; <see cref="NoBreakevenReason.None"/> when there is one.</summary>
    public NoBreakevenReason Reason { get; }

    /// <summary>Breakeven at a reach.</summary>
    /// <param name="reach">The 1-based reach; at least 1.</param>
    /// <returns>The breakeven.</returns>
    public static Breakeven At(int reach) => new(Guard.Against.ZeroOrBelow(reach), NoBreakevenReason.None);

    /// <summary>No breakeven within the horizon.</summary>
    /// <param name="reason">Why; not <see cref="NoBreakevenReason.None"/>.</param>
    /// <returns>The outcome.</returns>
    public static Breakeven Never(NoBreakevenReason reason)
    {
        Guard.Against.Unmet(reason != NoBreakevenReason.None && Enum.IsDefined(reason), "A breakeven that is never reached needs a reason.", nameof(reason));
        return new Breakeven(0, reason);
    }

    // The validating factory used when a comparison is read back from JSON: a reach and no reason, or a reason and no reach.
    internal static Breakeven FromParts(int? reach, NoBreakevenReason reason)
    {
        if (reach is { } value)
        {
            Guard.Against.Unmet(reason == NoBreakevenReason.None, "A breakeven that was reached has no reason.", nameof(reason));
            return At(value);
        }

        return Never(reason);
    }

    // The compact form of the sweep's surface: the reach when positive, minus the reason otherwise.
    internal int Encoded => IsReached ? _reach : -(int)Reason;

    internal static Breakeven Decode(int encoded) => encoded > 0 ? new Breakeven(encoded, NoBreakevenReason.None) : new Breakeven(0, (NoBreakevenReason)(-encoded));

    /// <inheritdoc/>
    public bool Equals(Breakeven other) => _reach == other._reach && Reason == other.Reason;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Breakeven other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_reach, Reason);

    /// <summary>"reach 12" or "never (PrivateNeverCheaper)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsReached ? $"reach {_reach}" : $"never ({Reason})";

    /// <summary>Whether two outcomes are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Breakeven left, Breakeven right) => left.Equals(right);

    /// <summary>Whether two outcomes differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Breakeven left, Breakeven right) => !left.Equals(right);
}
