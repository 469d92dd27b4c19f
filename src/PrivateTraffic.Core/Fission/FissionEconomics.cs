using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

/// <summary>The economics of fission (裂变经济): what a campaign's members cost, and the same members bought on a public channel.</summary>
/// <remarks>
/// Model value (模型价值) credited to referrers is not computed here: a credited referral handed to the pool with
/// <see cref="FissionCampaign.AttributionOf"/> carries the referrer's reward in the pool's referral graph, which the
/// value capability's pool valuation already credits to referrers net of rewards, each member once.
/// </remarks>
public static class FissionEconomics
{
    /// <summary>What the campaign's members cost, from the rewards its events paid.</summary>
    /// <param name="campaign">The campaign.</param>
    public static FissionCost CostOf(FissionCampaign campaign)
    {
        Guard.Against.Null(campaign);
        var zero = Money.Zero(campaign.Budget.Currency);
        Money referrers = zero, newcomers = zero;
        foreach (var credited in campaign.Credits())
        {
            referrers += credited.ReferrerReward;
            newcomers += credited.NewcomerReward;
        }

        foreach (var paid in campaign.Commissions())
        {
            referrers += paid.Total;
        }

        return new FissionCost(campaign.Id, campaign.Referred, referrers, newcomers);
    }

    /// <summary>The campaign's members against buying as many at a public channel's CAC.</summary>
    /// <param name="cost">What the campaign paid.</param>
    /// <param name="publicCac">The public channel's cost per customer, not negative, in the campaign's currency.</param>
    /// <exception cref="DomainRuleException"><see cref="DomainRuleCodes.FissionCurrencyMismatch"/> for a CAC in another currency.</exception>
    public static BoughtComparison ComparedWith(this FissionCost cost, Money publicCac)
    {
        Guard.Against.Null(cost);
        Guard.Against.Unmet(!publicCac.IsNegative, $"A CAC cannot be negative: {publicCac}.", nameof(publicCac));
        if (publicCac.Currency != cost.Paid.Currency)
        {
            throw new DomainRuleException(DomainRuleCodes.FissionCurrencyMismatch, $"The CAC is in {publicCac.Currency}; the campaign paid in {cost.Paid.Currency}.");
        }

        return new BoughtComparison(cost, publicCac);
    }
}
