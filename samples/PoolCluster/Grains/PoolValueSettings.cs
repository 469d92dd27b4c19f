using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PoolCluster.Grains;

/// <summary>
/// The value models and the 271 rule the pool grains read with. The model figures are CDNOW's published fits, used as
/// placeholders (printed as an assumption); a deployment fits its own base, for example with the distributed fit.
/// </summary>
public static class PoolValueSettings
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

    /// <summary>The 271 status rule: active within 30 days, consent for marketing, no spam tags.</summary>
    public static readonly MemberStatusRule StatusRule = MemberStatusRule.Create(Duration.FromDays(30));

    /// <summary>A snapshot is taken every this many events.</summary>
    public const int SnapshotInterval = 64;

    /// <summary>The lines printed as assumptions.</summary>
    public static IEnumerable<string> Assumptions() =>
    [
        "value models: BG/NBD (0.243, 4.414, 0.793, 2.426 weeks) and Gamma-Gamma (6.25, 3.74, 15.44), CDNOW's fits as placeholders; 12 months at 1% a month",
        "271 status: active within 30 days, consent purpose marketing, no spam tags",
        $"a pool snapshot every {SnapshotInterval} events",
    ];
}
