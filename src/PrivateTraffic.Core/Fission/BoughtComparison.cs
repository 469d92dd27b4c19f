using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

/// <summary>
/// A campaign's members against buying the same number on a public channel at its customer acquisition cost (CAC):
/// Taobao's about ¥30 in 2013 and ¥250 in 2017 (article 003) are the figures the traffic capability uses.
/// </summary>
/// <param name="Cost">What the campaign paid.</param>
/// <param name="PublicCac">The public channel's cost per acquired customer.</param>
public sealed record BoughtComparison(FissionCost Cost, Money PublicCac)
{
    /// <summary>Buying <see cref="FissionCost.Acquired"/> members at <see cref="PublicCac"/>.</summary>
    public Money BoughtCost => PublicCac * Cost.Acquired;

    /// <summary>What the campaign saved against buying: <see cref="BoughtCost"/> − <see cref="FissionCost.Paid"/> (negative when fission cost more).</summary>
    public Money Saving => BoughtCost - Cost.Paid;
}
