using PrivateTraffic.Core.Value;
using PrivateTraffic.Core.Primitives;

namespace PoolService.Hosting;

/// <summary>The value models the value card endpoint scores with. The figures are CDNOW's published fits, used as
/// placeholders (printed on start as an assumption); a deployment fits its own base with <c>BgNbdModel.Fit</c> and
/// <c>GammaGammaModel.Fit</c>.</summary>
public static class PoolValueModels
{
    /// <summary>The purchase model (BG/NBD, weeks).</summary>
    public static readonly BgNbdParameters Purchases = BgNbdParameters.Create(0.243, 4.414, 0.793, 2.426, TimeUnit.Weeks);

    /// <summary>The spend model (Gamma-Gamma).</summary>
    public static readonly GammaGammaParameters Spend = GammaGammaParameters.Create(6.25, 3.74, 15.44);

    /// <summary>The lifetime horizon: 12 months, 1% a month.</summary>
    public static readonly LifetimeValueHorizon Horizon = LifetimeValueHorizon.Create(12, TimeUnit.Months, 0.01);

    /// <summary>The tier policy: one action per value band.</summary>
    public static readonly TierPolicy Policy = TierPolicy.Create("bands", [
        TierPolicyRule.For(ValueTier.Top, null, TierAction.Of("vip-care", "one-to-one care")),
        TierPolicyRule.For(ValueTier.Middle, null, TierAction.Of("nurture", "moments and group activities")),
        TierPolicyRule.For(ValueTier.Bottom, null, TierAction.Of("low-touch", "mass messages only")),
    ]);

    /// <summary>The line printed on start.</summary>
    public const string Description = "BG/NBD (0.243, 4.414, 0.793, 2.426 weeks) and Gamma-Gamma (6.25, 3.74, 15.44), CDNOW's fits as placeholders; 12 months at 1%";
}
