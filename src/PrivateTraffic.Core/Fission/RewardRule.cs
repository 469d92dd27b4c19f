using System.Collections.Generic;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

/// <summary>
/// A campaign's reward-cost rule (奖励规则): what each counted referral pays the referrer and the new member, and
/// the stage rewards a referrer unlocks as their counted referrals grow. All in one currency, the budget's.
/// </summary>
/// <remarks><see cref="RewardRules"/> gives the rule for each mechanic of article 002.</remarks>
/// <param name="PerReferral">Paid to the referrer for each counted referral (a commission, a red packet, ...).</param>
/// <param name="NewcomerReward">Paid to each counted new member (a new-user red packet, a gift card, ...).</param>
/// <param name="Stages">Stage rewards, thresholds strictly increasing.</param>
public sealed record RewardRule(Money PerReferral, Money NewcomerReward, IReadOnlyList<RewardStage> Stages)
{
    /// <summary>The currency every amount of the rule is in (its per-referral reward's).</summary>
    [JsonIgnore]
    public Currency Currency => PerReferral.Currency;
}
