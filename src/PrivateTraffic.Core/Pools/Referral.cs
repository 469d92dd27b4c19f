using System;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>One edge of the referral graph (推荐关系): the referrer (推荐人) brought the referee (被推荐人) in.</summary>
/// <remarks><c>default(Referral)</c> has unset members and is refused by <see cref="ReferralGraph"/>.</remarks>
public readonly struct Referral : IEquatable<Referral>
{
    private readonly ReferralTerms? _terms;

    private Referral(MemberId referrer, MemberId referee, ReferralTerms? terms)
    {
        Referrer = referrer;
        Referee = referee;
        _terms = terms;
    }

    /// <summary>Who brought the referee in.</summary>
    public MemberId Referrer { get; }

    /// <summary>Who was brought in.</summary>
    public MemberId Referee { get; }

    /// <summary>When the referral was recorded, when it came from a pool.</summary>
    public Instant? At => _terms?.At;

    /// <summary>The fission campaign (裂变活动) it came through, if any.</summary>
    public CampaignId? Campaign => _terms?.Campaign;

    /// <summary>The campaign's mechanic, if known.</summary>
    public ReferralMechanic? Mechanic => _terms?.Mechanic;

    /// <summary>The reward promised to the referrer for it, if any.</summary>
    public Money? Reward => _terms?.Reward;

    /// <summary>Creates a referral edge with no campaign details.</summary>
    /// <param name="referrer">The referrer; set.</param>
    /// <param name="referee">The referee; set.</param>
    /// <returns>The edge.</returns>
    /// <exception cref="ArgumentException">An id is unset.</exception>
    public static Referral Of(MemberId referrer, MemberId referee) => Of(referrer, referee, null);

    internal static Referral Of(MemberId referrer, MemberId referee, ReferralTerms? terms)
    {
        Guard.Against.Unmet(!referrer.IsUnset, "The referrer must be set.", nameof(referrer));
        Guard.Against.Unmet(!referee.IsUnset, "The referee must be set.", nameof(referee));
        return new Referral(referrer, referee, terms);
    }

    /// <inheritdoc/>
    public bool Equals(Referral other) => Referrer == other.Referrer && Referee == other.Referee && Equals(_terms, other._terms);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Referral other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Referrer, Referee, _terms);

    /// <inheritdoc/>
    public override string ToString() => Campaign is { } campaign ? $"{Referrer} → {Referee} ({campaign})" : $"{Referrer} → {Referee}";

    /// <summary>Whether two edges are equal (same members and details).</summary>
    /// <param name="left">One edge.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Referral left, Referral right) => left.Equals(right);

    /// <summary>Whether two edges differ.</summary>
    /// <param name="left">One edge.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Referral left, Referral right) => !left.Equals(right);
}

/// <summary>What a pool records about how a member was referred: when, and through which campaign, mechanic and reward.</summary>
internal sealed record ReferralTerms(Instant At, CampaignId? Campaign, ReferralMechanic? Mechanic, Money? Reward);
