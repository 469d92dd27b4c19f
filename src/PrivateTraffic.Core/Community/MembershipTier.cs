using System.Collections.Generic;
using System.Linq;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>A tier of the membership structure (会员架构): free or paid, its fee and its benefits. Immutable; equal
/// when name, fee and benefits are equal.</summary>
public sealed class MembershipTier : System.IEquatable<MembershipTier>
{
    private readonly string[] _benefits;

    private MembershipTier(string name, Money fee, string[] benefits)
    {
        Name = name;
        Fee = fee;
        _benefits = benefits;
    }

    /// <summary>The tier's name.</summary>
    public string Name { get; }

    /// <summary>The fee; zero for a free tier, never negative.</summary>
    public Money Fee { get; }

    /// <summary>Whether the tier is paid (its fee is above zero).</summary>
    public bool IsPaid => !Fee.IsZero;

    /// <summary>The benefits (possibly none).</summary>
    public IReadOnlyList<string> Benefits => _benefits;

    /// <summary>A tier.</summary>
    /// <exception cref="System.ArgumentException">A blank name or benefit, more than 64 benefits, or a negative fee.</exception>
    public static MembershipTier Create(string name, Money fee, IEnumerable<string> benefits)
    {
        Guard.Against.Null(benefits);
        Guard.Against.Unmet(!fee.IsNegative, $"A fee cannot be negative ({fee}).", nameof(fee));
        var list = benefits.Select(b => CommunityText.Require(b, nameof(benefits))).ToArray();
        Guard.Against.Unmet(list.Length <= 64, $"At most 64 benefits.", nameof(benefits));
        return new MembershipTier(CommunityText.Require(name, nameof(name)), fee, list);
    }

    /// <inheritdoc/>
    public bool Equals(MembershipTier? other) => other is not null && Name == other.Name && Fee == other.Fee && _benefits.SequenceEqual(other._benefits);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MembershipTier);

    /// <inheritdoc/>
    public override int GetHashCode() => System.HashCode.Combine(Name, Fee);
}
