using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Traffic;

namespace PrivateTraffic.Core.Tests.Traffic;

public sealed class SensitivitySweepTests
{
    private static readonly SensitivityGrid Grid = SensitivityGrid.Create(
        SensitivityGrid.Steps(Probability.FromPercent(0.5), Probability.FromPercent(10), 20),
        SensitivityGrid.Steps(Probability.Zero, Probability.FromPercent(20), 10),
        Enumerable.Range(0, 10).Select(i => Money.Yuan(i * 2m)));

    [Fact]
    public void The_surface_agrees_with_comparing_each_scenario_on_its_own()
    {
        var baseScenario = TrafficEconomicsTests.CapturedPoolForAYear;
        var surface = TrafficEconomics.Sweep(baseScenario, Grid);
        Assert.Equal(2000, Grid.Count);
        foreach (var (c, a, m) in new[] { (0, 0, 0), (19, 9, 9), (7, 3, 5), (12, 0, 9), (0, 9, 0) })
        {
            var pool = PrivatePoolCostModel.Create(
                Grid.CaptureCosts[m], baseScenario.Pool.Setup, baseScenario.Pool.RunningPerMemberPerMonth, baseScenario.Pool.CostPerReach,
                Grid.Conversions[c], Grid.Attritions[a], baseScenario.Pool.RepurchasePerReach);
            var single = TrafficEconomics.Compare(TrafficScenario.Create(baseScenario.PoolMembers, pool, baseScenario.PublicCostPerConversion, baseScenario.Reaches, baseScenario.ReachEvery));
            Assert.Equal(single.Crossover, surface.CrossoverAt(c, a, m));
            Assert.Equal(single.Curve[^1].PrivateCostPerConversion!.Value, surface.CostPerConversionAt(c, a, m), 9);
        }
    }

    [DeepProperty(runs: 30)]
    public Property Every_point_of_a_random_surface_agrees_with_compare() =>
        Prop.ForAll(
            Generators.Pair(Generators.Scenarios, Generators.ProbabilityUpTo(0.2).ArrayOf(3).SelectMany(_ => Generators.YuanUpTo(30).ArrayOf(3), (p, m) => (p, m)).ToArbitrary()),
            t =>
            {
                var (scenario, (probabilities, captures)) = t;
                var grid = SensitivityGrid.Create(probabilities, probabilities, captures);
                var surface = TrafficEconomics.Sweep(scenario, grid);
                for (var c = 0; c < 3; c++)
                {
                    for (var a = 0; a < 3; a++)
                    {
                        for (var m = 0; m < 3; m++)
                        {
                            var pool = PrivatePoolCostModel.Create(
                                captures[m], scenario.Pool.Setup, scenario.Pool.RunningPerMemberPerMonth, scenario.Pool.CostPerReach,
                                probabilities[c], probabilities[a], scenario.Pool.RepurchasePerReach);
                            var single = TrafficEconomics.Compare(TrafficScenario.Create(scenario.PoolMembers, pool, scenario.PublicCostPerConversion, scenario.Reaches, scenario.ReachEvery));
                            Assert.Equal(single.Crossover, surface.CrossoverAt(c, a, m));
                        }
                    }
                }
            });

    [Fact]
    public void Crossover_comes_no_later_when_capture_gets_cheaper()
    {
        var surface = TrafficEconomics.Sweep(TrafficEconomicsTests.CapturedPoolForAYear, Grid);
        Assert.InRange(surface.CrossoverCount, 1, Grid.Count - 1);
        for (var c = 0; c < Grid.Conversions.Count; c++)
        {
            for (var a = 0; a < Grid.Attritions.Count; a++)
            {
                for (var m = 1; m < Grid.CaptureCosts.Count; m++)
                {
                    var cheaper = surface.CrossoverAt(c, a, m - 1).Reach ?? int.MaxValue;
                    var dearer = surface.CrossoverAt(c, a, m).Reach ?? int.MaxValue;
                    Assert.True(cheaper <= dearer);
                }
            }
        }
    }

    [Fact]
    public void The_per_scenario_work_allocates_nothing()
    {
        var inputs = PoolEconomicsKernel.From(TrafficEconomicsTests.CapturedPoolForAYear);
        var conversions = Grid.Conversions.Select(p => p.Value).ToArray();
        var attritions = Grid.Attritions.Select(p => p.Value).ToArray();
        var captures = Grid.CaptureCosts.Select(m => m.ToDouble()).ToArray();
        var crossover = new int[Grid.Count];
        var costPerConversion = new double[Grid.Count];
        TrafficEconomics.SweepInto(inputs, conversions, attritions, captures, crossover, costPerConversion);
        var before = GC.GetAllocatedBytesForCurrentThread();
        TrafficEconomics.SweepInto(inputs, conversions, attritions, captures, crossover, costPerConversion);
        Assert.Equal(0L, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_grid_past_the_size_limit_is_refused_before_any_work()
    {
        var thousand = Enumerable.Repeat(Probability.FromPercent(1), 1000).ToArray();
        var ex = Assert.Throws<ArgumentException>(() => SensitivityGrid.Create(thousand, thousand, [Money.Yuan(1m), Money.Yuan(2m)]));
        Assert.Equal("captureCosts", ex.ParamName);
    }

    [Fact]
    public void A_sweep_past_the_work_limit_is_refused_before_any_work()
    {
        var grid = SensitivityGrid.Create(
            Enumerable.Repeat(Probability.FromPercent(1), 1000),
            Enumerable.Repeat(Probability.FromPercent(1), 1000),
            [Money.Yuan(1m)]);
        var long_ = TrafficScenario.Create(100, TrafficEconomicsTests.CapturedPoolForAYear.Pool, Money.Yuan(25m), 1000, TimeUnit.Days);
        Assert.Equal("grid", Assert.Throws<ArgumentException>(() => TrafficEconomics.Sweep(long_, grid)).ParamName);
    }

    [Fact]
    public void An_empty_axis_or_a_grid_in_another_currency_is_refused()
    {
        Assert.Equal("conversions", Assert.Throws<ArgumentException>(() => SensitivityGrid.Create([], [Probability.Zero], [Money.Yuan(1m)])).ParamName);
        Assert.Equal("captureCosts", Assert.Throws<ArgumentException>(() => SensitivityGrid.Create([Probability.Zero], [Probability.Zero], [Money.Yuan(1m), Money.Of(1m, Currency.USD)])).ParamName);
        var usd = SensitivityGrid.Create([Probability.Zero], [Probability.Zero], [Money.Of(1m, Currency.USD)]);
        Assert.Equal("grid", Assert.Throws<ArgumentException>(() => TrafficEconomics.Sweep(TrafficEconomicsTests.CapturedPoolForAYear, usd)).ParamName);
    }
}
