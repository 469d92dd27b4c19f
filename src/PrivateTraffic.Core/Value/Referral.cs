using System;
using System.Diagnostics.CodeAnalysis;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>One edge of the referral graph (推荐关系): the referrer (推荐人) brought the referee (被推荐人) in.</summary>
/// <remarks><c>default(Referral)</c> has unset members and is refused by <see cref="ReferralGraph"/>.</remarks>
public readonly struct Referral : IEquatable<Referral>
{
    private Referral(MemberId referrer, MemberId referee)
    {
        Referrer = referrer;
        Referee = referee;
    }

    /// <summary>Who brought the referee in.</summary>
    public MemberId Referrer { get; }

    /// <summary>Who was brought in.</summary>
    public MemberId Referee { get; }

    /// <summary>Creates a referral edge.</summary>
    /// <param name="referrer">The referrer; set.</param>
    /// <param name="referee">The referee; set.</param>
    /// <returns>The edge.</returns>
    /// <exception cref="ArgumentException">An id is unset.</exception>
    public static Referral Of(MemberId referrer, MemberId referee)
    {
        Guard.Against.Unmet(!referrer.IsUnset, "The referrer must be set.", nameof(referrer));
        Guard.Against.Unmet(!referee.IsUnset, "The referee must be set.", nameof(referee));
        return new Referral(referrer, referee);
    }

    /// <inheritdoc/>
    public bool Equals(Referral other) => Referrer == other.Referrer && Referee == other.Referee;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Referral other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Referrer, Referee);

    /// <summary>The edge as <c>referrer → referee</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Referrer} → {Referee}";

    /// <summary>Whether two edges are equal.</summary>
    /// <param name="left">The first edge.</param>
    /// <param name="right">The second edge.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Referral left, Referral right) => left.Equals(right);

    /// <summary>Whether two edges differ.</summary>
    /// <param name="left">The first edge.</param>
    /// <param name="right">The second edge.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Referral left, Referral right) => !left.Equals(right);
}
