using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

/// <summary>
/// The reward-cost rule of each fission mechanic of article 002 (裂变方式). The article names the mechanics and one
/// figure ("share with 2 friends"); every amount here is the caller's.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Partner or maker recruitment (创客/合伙人), activity sharing, IP fission, cross-brand cooperation, social
/// product design (the mutual-help bottle cap): <see cref="PerReferral"/>, a fixed cost per new member to the one who brought them.</item>
/// <item>New-user red packets (新人红包): <see cref="NewUserRedPacket"/>, paid to the new member, with the campaign's per-member and per-day limits.</item>
/// <item>Stored-value primary and secondary cards (储值主副卡): <see cref="SecondaryCard"/>, the value loaded on the secondary card.</item>
/// <item>Individual benefit (个体福利) "share with 2 friends, hear one lesson free": <see cref="BenefitUnlock"/>.</item>
/// <item>Coupons and gift cards sent to friends (卡券/礼品卡): <see cref="GiftToFriend"/>.</item>
/// <item>Distribution (分销): <see cref="Distribution"/> pays a commission per referred buyer at a rate of an assumed
/// order value; commissions on actual purchases over several levels are <see cref="DistributionRule"/>.</item>
/// </list>
/// </remarks>
public static class RewardRules
{
    /// <summary>A fixed reward to the referrer for each new member.</summary>
    /// <param name="reward">Paid per counted referral.</param>
    public static RewardRule PerReferral(Money reward) => new(Positive(reward), Money.Zero(reward.Currency), []);

    /// <summary>A new-user red packet (新人红包): the new member receives <paramref name="amount"/>.</summary>
    /// <param name="amount">The red packet.</param>
    public static RewardRule NewUserRedPacket(Money amount) => new(Money.Zero(amount.Currency), Positive(amount), []);

    /// <summary>A stored-value secondary card (副卡): the new member's card is loaded with <paramref name="loadedValue"/>.</summary>
    /// <param name="loadedValue">What the campaign loads on each secondary card.</param>
    public static RewardRule SecondaryCard(Money loadedValue) => new(Money.Zero(loadedValue.Currency), Positive(loadedValue), []);

    /// <summary>A coupon or gift card sent to a friend: its cost to the campaign is paid for each friend who joins.</summary>
    /// <param name="cost">The cost of one card.</param>
    public static RewardRule GiftToFriend(Money cost) => new(Money.Zero(cost.Currency), Positive(cost), []);

    /// <summary>Individual-benefit fission: a referrer who brings <paramref name="friends"/> new members unlocks a
    /// benefit that costs <paramref name="benefitCost"/> (article 002: 2 friends, one lesson free).</summary>
    /// <param name="friends">The counted referrals that unlock it, at least 1.</param>
    /// <param name="benefitCost">What the unlocked benefit costs the campaign.</param>
    public static RewardRule BenefitUnlock(int friends, Money benefitCost) =>
        new(Money.Zero(benefitCost.Currency), Money.Zero(benefitCost.Currency), [new RewardStage(Guard.Against.ZeroOrBelow(friends), Positive(benefitCost))]);

    /// <summary>Distribution (分销): a commission of <paramref name="rate"/> on <paramref name="orderValue"/>, rounded to
    /// the minor unit (half to even), per referred member.</summary>
    /// <param name="rate">The commission rate, in [0, 1].</param>
    /// <param name="orderValue">The order value the commission is on (the caller's assumption).</param>
    public static RewardRule Distribution(decimal rate, Money orderValue)
    {
        Guard.Against.Unmet(rate >= 0m && rate <= 1m, $"A commission rate lies in [0, 1], not {rate}.", nameof(rate));
        return PerReferral(orderValue.Multiply(rate, System.MidpointRounding.ToEven));
    }

    private static Money Positive(Money amount, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(amount))] string? name = null)
    {
        Guard.Against.Unmet(!amount.IsNegative, $"A reward cannot be negative: {amount}.", name);
        return amount;
    }
}
