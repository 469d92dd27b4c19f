using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Traffic;

namespace PrivateTraffic.Core.Tests.Support;

public static partial class Generators
{
    #region Traffic

    /// <summary>Renminbi from ¥0.00 to <paramref name="maxYuan"/>, in whole fen.</summary>
    public static Gen<Money> YuanUpTo(int maxYuan) => Gen.Choose(0, maxYuan * 100).Select(fen => Money.FromMinorUnits(fen, Currency.CNY));

    /// <summary>A probability in [0, <paramref name="max"/>], with the bounds themselves now and then.</summary>
    public static Gen<Probability> ProbabilityUpTo(double max) => Gen.Frequency(
        (1, Gen.Elements(Probability.Zero, Probability.From(max))),
        (6, Gen.Choose(0, 10_000).Select(i => Probability.From(max * i / 10_000.0))));

    public static Gen<TrafficChannel> ChannelGen { get; } =
        IdTextGen.SelectMany(_ => Gen.Choose(0, 15), (id, traits) => TrafficChannel.Define(
            ChannelId.From(id),
            "Channel " + id,
            "渠道" + id,
            (ChannelOwner)(traits & 1),
            (ReachControl)((traits >> 1) & 1),
            (ChannelPricing)((traits >> 2) % 3),
            (ChannelReuse)((traits >> 3) & 1)));

    public static Arbitrary<TrafficChannel> Channels { get; } = ChannelGen.ToArbitrary();

    /// <summary>Every defined channel kind, public and private, and the catalogue's channel of each.</summary>
    public static Arbitrary<ChannelKind> ChannelKinds { get; } = Gen.Elements(Core.Primitives.ChannelKinds.All.ToArray()).ToArbitrary();

    public static Gen<Funnel> FunnelGen { get; } =
        Gen.Choose(1, 6).SelectMany(n => Probabilities.Generator.ArrayOf(n - 1), (n, conversions) =>
            Funnel.Create(StageNames(n), conversions));

    public static Arbitrary<Funnel> Funnels { get; } = FunnelGen.ToArbitrary();

    /// <summary>A visitor volume: often small, sometimes tens of millions.</summary>
    public static Gen<long> VolumeGen { get; } = Gen.Frequency(
        (3, Gen.Choose(0, 1000).Select(i => (long)i)),
        (2, Gen.Choose(0, 50_000_000).Select(i => (long)i)));

    public static Gen<PublicCostModel> PublicCostModelGen { get; } =
        YuanUpTo(100).SelectMany(_ => YuanUpTo(10), (cpm, cpc) => (cpm, cpc))
            .SelectMany(_ => YuanUpTo(300), (t, cpa) => (t.cpm, t.cpc, cpa))
            .SelectMany(_ => Gen.Choose(0, 20), (t, rate) => (t.cpm, t.cpc, t.cpa, rate))
            .SelectMany(_ => YuanUpTo(5000), (t, fee) => PublicCostModel.None(Currency.CNY)
                .WithCpm(t.cpm)
                .WithCpc(t.cpc, clickStage: 0)
                .WithCpa(t.cpa)
                .WithCommission(t.rate / 100m, Money.Yuan(199m))
                .WithFixedFees(fee));

    public static Arbitrary<PublicCostModel> PublicCostModels { get; } = PublicCostModelGen.ToArbitrary();

    public static Gen<PrivatePoolCostModel> PoolCostModelGen { get; } =
        YuanUpTo(50).SelectMany(_ => YuanUpTo(20_000), (capture, setup) => (capture, setup))
            .SelectMany(_ => YuanUpTo(5), (t, running) => (t.capture, t.setup, running))
            .SelectMany(_ => Gen.Elements(Money.Zero(Currency.CNY), Money.Yuan(0.05m)), (t, perReach) => (t.capture, t.setup, t.running, perReach))
            .SelectMany(_ => ProbabilityUpTo(0.2), (t, conversion) => (t.capture, t.setup, t.running, t.perReach, conversion))
            .SelectMany(_ => ProbabilityUpTo(0.3), (t, attrition) => (t.capture, t.setup, t.running, t.perReach, t.conversion, attrition))
            .SelectMany(_ => ProbabilityUpTo(0.3), (t, repurchase) => PrivatePoolCostModel.Create(
                t.capture, t.setup, t.running, t.perReach, t.conversion, t.attrition, repurchase));

    public static Gen<TrafficScenario> ScenarioGen { get; } =
        PoolCostModelGen.SelectMany(_ => Gen.Choose(0, 100_000), (pool, members) => (pool, members))
            .SelectMany(_ => YuanUpTo(300), (t, publicCpc) => (t.pool, t.members, publicCpc))
            .SelectMany(_ => Gen.Choose(1, 60), (t, reaches) => (t.pool, t.members, t.publicCpc, reaches))
            .SelectMany(_ => Gen.Elements(TimeUnit.Days, TimeUnit.Weeks, TimeUnit.Months), (t, unit) => (t.pool, t.members, t.publicCpc, t.reaches, unit))
            .SelectMany(_ => Gen.Frequency((1, Gen.Constant<Money?>(null)), (2, YuanUpTo(200).Select(m => (Money?)m))), (t, value) =>
                TrafficScenario.Create(t.members, t.pool, t.publicCpc, t.reaches, t.unit, value));

    public static Arbitrary<TrafficScenario> Scenarios { get; } = ScenarioGen.ToArbitrary();

    private static string[] StageNames(int count)
    {
        var names = new string[count];
        for (var i = 0; i < count; i++)
        {
            names[i] = "stage " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return names;
    }

    #endregion
}
