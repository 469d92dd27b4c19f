using System;

namespace PrivateTraffic.Core.Value;

/// <summary>One rule of a <see cref="TierPolicy"/>: for a tier, and optionally only for one RFM segment within it, the action to take.</summary>
public readonly struct TierPolicyRule : IEquatable<TierPolicyRule>
{
    private TierPolicyRule(ValueTier tier, RfmSegment? segment, TierAction action)
    {
        Tier = tier;
        Segment = segment;
        Action = action;
    }

    /// <summary>The tier the rule applies to.</summary>
    public ValueTier Tier { get; }

    /// <summary>The segment the rule is limited to, or null for the tier's default.</summary>
    public RfmSegment? Segment { get; }

    /// <summary>The recommended action.</summary>
    public TierAction Action { get; }

    /// <summary>Creates a rule.</summary>
    /// <param name="tier">The tier.</param>
    /// <param name="segment">The segment, or null for the tier's default.</param>
    /// <param name="action">The action; not default.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The action is default.</exception>
    public static TierPolicyRule For(ValueTier tier, RfmSegment? segment, TierAction action)
    {
        if (action.Code is null)
        {
            throw new ArgumentException("The action is default.", nameof(action));
        }

        return new TierPolicyRule(tier, segment, action);
    }

    /// <inheritdoc/>
    public bool Equals(TierPolicyRule other) => Tier == other.Tier && Segment == other.Segment && Action == other.Action;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TierPolicyRule other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Tier, Segment, Action);

    /// <summary>Whether two rules are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(TierPolicyRule left, TierPolicyRule right) => left.Equals(right);

    /// <summary>Whether two rules differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(TierPolicyRule left, TierPolicyRule right) => !left.Equals(right);
}
