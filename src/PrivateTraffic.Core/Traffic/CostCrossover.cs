using System;
using System.Diagnostics.CodeAnalysis;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Traffic;

/// <summary>
/// The cost crossover (成本交叉点): the first reach after which the private pool's cumulative cost per conversion
/// is below what one conversion costs bought from the public channel, or "never" with the reason. An expected
/// outcome, so a value, not an exception.
/// </summary>
/// <remarks>
/// <para>This is a comparison of two prices, not a profit breakeven (盈亏平衡): it says from which reach a conversion
/// grown in the pool is cheaper than one bought (公域 vs 私域), whatever a conversion earns. Whether the pool
/// earns back what it cost is the payback (回本, <see cref="TrafficComparison.Payback"/>), which needs the margin
/// of a conversion.</para>
/// <para><c>default(CostCrossover)</c> is "never" with <see cref="NoCrossoverReason.None"/>: not yet evaluated.</para>
/// </remarks>
public readonly struct CostCrossover : IEquatable<CostCrossover>
{
    private readonly int _reach;

    private CostCrossover(int reach, NoCrossoverReason reason)
    {
        _reach = reach;
        Reason = reason;
    }

    /// <summary>Whether the private pool became cheaper per conversion within the horizon.</summary>
    public bool IsReached => _reach > 0;

    /// <summary>The 1-based reach of the crossover, or null when it was never reached.</summary>
    public int? Reach => IsReached ? _reach : null;

    /// <summary>Why there is no crossover; <see cref="NoCrossoverReason.None"/> when there is one.</summary>
    public NoCrossoverReason Reason { get; }

    /// <summary>The crossover at a reach.</summary>
    /// <param name="reach">The 1-based reach; at least 1.</param>
    /// <returns>The crossover.</returns>
    public static CostCrossover At(int reach) => new(Guard.Against.ZeroOrBelow(reach), NoCrossoverReason.None);

    /// <summary>No crossover within the horizon.</summary>
    /// <param name="reason">Why; not <see cref="NoCrossoverReason.None"/>.</param>
    /// <returns>The outcome.</returns>
    public static CostCrossover Never(NoCrossoverReason reason)
    {
        Guard.Against.Unmet(reason != NoCrossoverReason.None && Enum.IsDefined(reason), "A crossover that is never reached needs a reason.", nameof(reason));
        return new CostCrossover(0, reason);
    }

    // The validating factory used when a comparison is read back from JSON: a reach and no reason, or a reason and no reach.
    internal static CostCrossover FromParts(int? reach, NoCrossoverReason reason)
    {
        if (reach is { } value)
        {
            Guard.Against.Unmet(reason == NoCrossoverReason.None, "A crossover that was reached has no reason.", nameof(reason));
            return At(value);
        }

        return Never(reason);
    }

    // The compact form of the sweep's surface: the reach when positive, minus the reason otherwise.
    internal int Encoded => IsReached ? _reach : -(int)Reason;

    internal static CostCrossover Decode(int encoded) => encoded > 0 ? new CostCrossover(encoded, NoCrossoverReason.None) : new CostCrossover(0, (NoCrossoverReason)(-encoded));

    /// <inheritdoc/>
    public bool Equals(CostCrossover other) => _reach == other._reach && Reason == other.Reason;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is CostCrossover other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_reach, Reason);

    /// <summary>"reach 12" or "never (PrivateNeverCheaper)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsReached ? $"reach {_reach}" : $"never ({Reason})";

    /// <summary>Whether two outcomes are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(CostCrossover left, CostCrossover right) => left.Equals(right);

    /// <summary>Whether two outcomes differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(CostCrossover left, CostCrossover right) => !left.Equals(right);
}
