using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

/// <summary>
/// Multi-level distribution (多级分销): a commission rate per level on what a referred member actually buys. Level 1
/// is the buyer's direct referrer, level 2 that referrer's referrer, and so on up the pool's referral graph.
/// </summary>
/// <remarks>
/// <para>The articles name distribution (分销) with "commission rate and levels" and give no rates: every rate is the caller's.</para>
/// <para>Formula, for a purchase P and an upline of k members (k at most <see cref="Levels"/>; a shorter chain pays
/// only the levels it has, and the rest stays with the merchant): the commission pool is
/// C = round(P × (r₁ + … + r_k)) to the minor unit, half to even, and C is shared over the k levels in proportion to
/// r₁ … r_k by <see cref="Money.Allocate(ReadOnlySpan{decimal})"/> (largest remainder). So the level shares add up to
/// C exactly, and each is within one minor unit of P × rᵢ.</para>
/// </remarks>
/// <param name="LevelRates">The rate of each level, level 1 first: each in [0, 1], at most <see cref="MaxLevels"/>
/// levels, summing to at most 1.</param>
public sealed record DistributionRule(IReadOnlyList<decimal> LevelRates)
{
    /// <summary>The most levels a rule may have.</summary>
    public const int MaxLevels = 10;

    /// <summary>How many levels are paid at most.</summary>
    [JsonIgnore]
    public int Levels => LevelRates.Count;

    /// <summary>Creates a rule, checking its rates.</summary>
    /// <param name="levelRates">The rate of each level, level 1 first.</param>
    /// <exception cref="ArgumentException">No level, more than <see cref="MaxLevels"/>, a rate outside [0, 1], or rates summing above 1.</exception>
    public static DistributionRule Of(params decimal[] levelRates)
    {
        var rule = new DistributionRule([.. Guard.Against.Null(levelRates)]);
        rule.Check();
        return rule;
    }

    /// <summary>Checks the rates (a rule read from JSON is checked when a campaign is launched with it).</summary>
    /// <exception cref="ArgumentException">As for <see cref="Of"/>.</exception>
    public void Check()
    {
        Guard.Against.Null(LevelRates, nameof(LevelRates));
        Guard.Against.Unmet(LevelRates.Count is > 0 and <= MaxLevels, $"A distribution rule has 1 to {MaxLevels} levels, not {LevelRates.Count}.", nameof(LevelRates));
        var sum = 0m;
        foreach (var rate in LevelRates)
        {
            Guard.Against.Unmet(rate is >= 0m and <= 1m, $"A commission rate lies in [0, 1], not {rate}.", nameof(LevelRates));
            sum += rate;
        }

        Guard.Against.Unmet(sum <= 1m, $"The level rates sum to {sum}: a purchase cannot pay more than itself.", nameof(LevelRates));
    }

    /// <summary>The upline of a buyer: <paramref name="directReferrer"/> at level 1, then each one's referrer in
    /// <paramref name="referrals"/>, up to <see cref="Levels"/> members; the walk stops at a member no one referred
    /// (and, defensively, at a member already in the chain or the buyer).</summary>
    /// <param name="buyer">Who bought.</param>
    /// <param name="directReferrer">Who brought the buyer in.</param>
    /// <param name="referrals">The pool's referral graph (<see cref="PrivatePool.Referrals"/>).</param>
    public IReadOnlyList<MemberId> Upline(MemberId buyer, MemberId directReferrer, ReferralGraph referrals)
    {
        Guard.Against.Null(referrals);
        var chain = new List<MemberId>(Levels) { directReferrer };
        var current = directReferrer;
        while (chain.Count < Levels && referrals.TryGetReferrer(current, out var next) && next != buyer && !chain.Contains(next))
        {
            chain.Add(next);
            current = next;
        }

        return chain;
    }

    /// <summary>The commissions on <paramref name="purchase"/> for the given upline (see the remarks for the formula).</summary>
    /// <param name="purchase">What the referred member paid, above zero.</param>
    /// <param name="upline">Level 1 first, at most <see cref="Levels"/> members.</param>
    /// <returns>One commission per member of the upline, level 1 first.</returns>
    public IReadOnlyList<LevelCommission> Commissions(Money purchase, IReadOnlyList<MemberId> upline)
    {
        Guard.Against.Null(upline);
        Guard.Against.Unmet(purchase.Amount > 0m, $"A purchase is above zero, not {purchase}.", nameof(purchase));
        Guard.Against.Unmet(upline.Count <= Levels, $"An upline of {upline.Count} for a rule of {Levels} levels.", nameof(upline));
        var rates = new decimal[upline.Count];
        var sum = 0m;
        for (var i = 0; i < rates.Length; i++)
        {
            rates[i] = LevelRates[i];
            sum += rates[i];
        }

        var result = new LevelCommission[upline.Count];
        if (sum == 0m)
        {
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = new LevelCommission(i + 1, upline[i], Money.Zero(purchase.Currency));
            }

            return result;
        }

        var shares = purchase.Multiply(sum, MidpointRounding.ToEven).Allocate(rates);
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new LevelCommission(i + 1, upline[i], shares[i]);
        }

        return result;
    }
}
