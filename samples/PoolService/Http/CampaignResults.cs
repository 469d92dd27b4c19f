using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PoolService.Http;

/// <summary>The answer of <c>GET /pools/{pool}/campaigns/{campaign}</c>: a fission campaign's (裂变) results, every figure
/// read from the library's <see cref="FissionCampaign"/> (restored from its snapshot) and
/// <see cref="FissionEconomics.CostOf"/>.</summary>
/// <param name="Campaign">The campaign.</param>
/// <param name="Name">Its name.</param>
/// <param name="Mechanic">Its mechanic.</param>
/// <param name="Budget">Its budget.</param>
/// <param name="Spent">What it paid (rewards and commissions).</param>
/// <param name="Remaining">What is left.</param>
/// <param name="Referred">Referrals credited.</param>
/// <param name="Counted">Of which counted.</param>
/// <param name="EndReason">Why it ended, or null while it runs.</param>
/// <param name="Version">The campaign's version (events in its stream).</param>
/// <param name="Cost">Members acquired and what was paid to referrers and newcomers.</param>
/// <param name="Referrers">Each referrer's part, in the order of their first credit.</param>
public sealed record CampaignResults(CampaignId Campaign, string Name, ReferralMechanic Mechanic, Money Budget, Money Spent, Money Remaining,
    int Referred, int Counted, CampaignEndReason? EndReason, int Version, FissionCost Cost, IReadOnlyList<ReferrerResult> Referrers)
{
    /// <summary>The results of a campaign.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <returns>The results.</returns>
    public static CampaignResults From(FissionCampaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var referrers = campaign.Credits().GroupBy(c => c.Referrer)
            .Select(g => new ReferrerResult(g.Key, g.Count(), campaign.CountedReferralsOf(g.Key), Money.Sum(g.Select(c => c.ReferrerReward), campaign.Budget.Currency)))
            .ToArray();
        return new CampaignResults(campaign.Id, campaign.Definition.Name, campaign.Mechanic, campaign.Budget, campaign.Spent, campaign.Remaining,
            campaign.Referred, campaign.Counted, campaign.EndReason, campaign.Version, FissionEconomics.CostOf(campaign), referrers);
    }
}
