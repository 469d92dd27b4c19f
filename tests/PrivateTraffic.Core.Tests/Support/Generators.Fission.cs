using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Tests.Support;

public static partial class Generators
{
    #region Fission

    /// <summary>Viral growth models: 1–1,000 seeds, 0–6 invites, any conversion, 0–40 generations, half of them capped.</summary>
    public static Gen<ViralGrowthModel> ViralModelGen { get; } =
        from seeds in Gen.Choose(1, 1000)
        from invites in Gen.Choose(0, 600).Select(i => i / 100.0)
        from conversion in Probabilities.Generator
        from generations in Gen.Choose(0, 40)
        from cycleHours in Gen.Choose(1, 24 * 14)
        from capped in Gen.Elements(true, false)
        from capFactor in Gen.Choose(1, 10_000)
        select ViralGrowthModel.Create(
            seeds, invites, conversion, Duration.FromHours(cycleHours), generations, capped ? (long)seeds * capFactor : null);

    /// <summary>The models of <see cref="ViralModelGen"/>, each with a cap.</summary>
    public static Gen<ViralGrowthModel> CappedViralModelGen { get; } =
        ViralModelGen.Select(m => m.Cap is null ? m.WithCap(m.Seeds * 50) : m);

    /// <summary>A script of campaign commands: (kind 0–9, referrer 0–11, referee 0–11, hours later 0–30). Kinds 0–6
    /// credit a referral, 7–8 record a helper leaving, 9 stops the campaign.</summary>
    public static Gen<(int Kind, int Referrer, int Referee, int Hours)[]> CampaignScriptGen { get; } =
        (from kind in Gen.Choose(0, 9)
         from referrer in Gen.Choose(0, 11)
         from referee in Gen.Choose(0, 11)
         from hours in Gen.Choose(0, 30)
         select (kind, referrer, referee, hours)).ArrayOf().Select(a => a.Length > 60 ? a[..60] : a);

    /// <summary>Distribution cases: 1–4 level rates summing to at most 1, a purchase of 1–10,000,000 fen, a chain of 0–5 members (at least 1 used).</summary>
    public static Gen<(decimal[] Rates, long Cents, int Chain)> DistributionCaseGen { get; } =
        from levels in Gen.Choose(1, 4)
        from basisPoints in Gen.Choose(0, 2500).ArrayOf(levels)
        from cents in Gen.Choose(1, 10_000_000)
        from chain in Gen.Choose(1, 5)
        select (basisPoints.Select(b => b / 10_000m).ToArray(), (long)cents, chain);

    #endregion
}
