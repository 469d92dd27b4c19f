using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

/// <summary>What a campaign's referral generations show (裂变实测): generation sizes, the observed K and cycle time.</summary>
/// <param name="Campaign">The campaign.</param>
/// <param name="GenerationSizes">Members per generation; generation 0 is the campaign's roots (its seed referrers).</param>
/// <param name="K">The observed K and its interval; <c>null</c> when there is no generation with a successor.</param>
/// <param name="CycleTime">The observed cycle time and its interval; <c>null</c> when no referral is timed.</param>
public sealed record ObservedVirality(CampaignId Campaign, IReadOnlyList<int> GenerationSizes, ViralityEstimate? K, CycleTimeEstimate? CycleTime)
{
    /// <summary>A growth model with the observed K (as invites, conversion 1) and cycle time, for projecting the campaign.</summary>
    /// <param name="seeds">Seed users of the projection.</param>
    /// <param name="generations">Generations to project.</param>
    /// <param name="cap">The addressable market or pool capacity, or <c>null</c>.</param>
    /// <exception cref="DomainRuleException"><see cref="DomainRuleCodes.FissionNotEnoughData"/> without an observed K and a positive cycle time.</exception>
    public ViralGrowthModel ToModel(long seeds, int generations, long? cap = null)
    {
        if (K is null || CycleTime is null || CycleTime.Mean <= Duration.Zero)
        {
            throw new DomainRuleException(
                DomainRuleCodes.FissionNotEnoughData,
                $"Campaign {Campaign} has no observed K or no positive cycle time to project from.");
        }

        return ViralGrowthModel.Create(seeds, K.Value, Probability.One, CycleTime.Mean, generations, cap);
    }
}
