using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

/// <summary>A stage reward (阶梯奖励): paid to a referrer once, when their counted referrals first reach <paramref name="Referrals"/>.</summary>
/// <param name="Referrals">The counted referrals that reach the stage, at least 1.</param>
/// <param name="Reward">What the stage costs the campaign (the unlocked lesson's cost, a prize, ...).</param>
public sealed record RewardStage(int Referrals, Money Reward);
