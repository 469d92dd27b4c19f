using System.Collections.Generic;

namespace PrivateTraffic.Core.Fission;

/// <summary>
/// Assesses a campaign against article 002's three success factors (种子用户, 诱饵, 趣味性和满足感) and its
/// "fission = platform + creativity + benefit + technology" (裂变 = 平台 + 创意 + 利益 + 技术), as findings.
/// </summary>
public static class FissionChecklist
{
    /// <summary>One finding per <see cref="FissionFactor"/>, in the enum's order: seed users, bait and benefit from the
    /// campaign itself, the rest from the organiser's plan.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <param name="plan">What the organiser says about platform, creativity, fun and technology.</param>
    public static IReadOnlyList<FissionFinding> Assess(FissionCampaign campaign, FissionPlan plan)
    {
        Guard.Against.Null(campaign);
        Guard.Against.Null(plan);
        var seeds = campaign.Definition.SeedUsers.Count;
        var rule = campaign.Definition.Rule;
        var pays = !rule.PerReferral.IsZero || !rule.NewcomerReward.IsZero || rule.Stages.Count > 0;
        return
        [
            seeds > 0
                ? new(FissionFactor.SeedUsers, true, $"{seeds} seed user(s) start the campaign.")
                : new(FissionFactor.SeedUsers, false, "No seed users: name the first members who will share."),
            pays
                ? new(FissionFactor.Bait, true, $"Bait: {campaign.Bait}.")
                : new(FissionFactor.Bait, false, $"The bait '{campaign.Bait}' pays no reward: check it is worth a share on its own."),
            Planned(FissionFactor.FunAndSatisfaction, plan.FunAndSatisfaction, "Nothing planned makes taking part fun or satisfying at once."),
            Planned(FissionFactor.Platform, plan.Platform, "No platform named."),
            Planned(FissionFactor.Creativity, plan.Creativity, "No creative idea named."),
            pays
                ? new(FissionFactor.Benefit, true, $"Rewards: {Describe(rule)}.")
                : new(FissionFactor.Benefit, false, "No benefit to referrers or new members."),
            Planned(FissionFactor.Technology, plan.Technology, "No way to track shares and pay rewards named."),
        ];
    }

    private static FissionFinding Planned(FissionFactor factor, string? said, string missing) =>
        string.IsNullOrWhiteSpace(said) ? new(factor, false, missing) : new(factor, true, said.Trim());

    private static string Describe(RewardRule rule)
    {
        var parts = new List<string>();
        if (!rule.PerReferral.IsZero)
        {
            parts.Add($"{rule.PerReferral} to the referrer per new member");
        }

        if (!rule.NewcomerReward.IsZero)
        {
            parts.Add($"{rule.NewcomerReward} to each new member");
        }

        foreach (var stage in rule.Stages)
        {
            parts.Add($"{stage.Reward} at {stage.Referrals} referrals");
        }

        return string.Join("; ", parts);
    }
}
