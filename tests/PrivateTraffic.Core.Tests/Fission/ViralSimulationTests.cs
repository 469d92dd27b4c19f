using System;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Fission;

public sealed class ViralSimulationTests
{
    private static readonly Duration Week = Duration.FromDays(7);

    [Fact]
    public void The_same_seed_gives_the_same_bands()
    {
        var model = ViralGrowthModel.Create(50, 2.0, Probability.From(0.45), Week, 12, cap: 100_000);
        var a = ViralSimulation.Run(model, 2_000, seed: 7);
        var b = ViralSimulation.Run(model, 2_000, seed: 7);
        var c = ViralSimulation.Run(model, 2_000, seed: 8);
        Assert.Equal(a.Bands(), b.Bands());
        Assert.NotEqual(a.Band(12), c.Band(12));
    }

    [Fact]
    public void A_caller_random_is_reproducible()
    {
        var model = ViralGrowthModel.Create(50, 2.0, Probability.From(0.45), Week, 8);
        Assert.Equal(
            ViralSimulation.Run(model, 200, new Random(3)).Bands(),
            ViralSimulation.Run(model, 200, new Random(3)).Bands());
    }

    [Fact]
    public void Bands_are_ordered_and_start_at_the_seeds()
    {
        var model = ViralGrowthModel.Create(20, 2.0, Probability.From(0.6), Week, 15, cap: 1_000_000);
        var result = ViralSimulation.Run(model, 1_000, seed: 42);
        Assert.Equal(new ViralBand(0, 20, 0, 20, 20, 20), result.Band(0));
        foreach (var band in result.Bands())
        {
            Assert.True(band.P5 <= band.P50 && band.P50 <= band.P95, band.ToString());
        }
    }

    [Fact]
    public void A_million_member_market_fills_but_never_overflows()
    {
        var model = ViralGrowthModel.Create(100, 2.0, Probability.From(0.7), Week, 60, cap: 1_000_000);
        var result = ViralSimulation.Run(model, 1_000, seed: 1);
        for (var r = 0; r < result.Runs; r++)
        {
            Assert.True(result.TotalOf(r, 60) <= 1_000_000);
        }

        // K = 1.4 saturates at about half the market (z ≈ 1 − e^(−1.4·z)); the runs' median sits by the expected curve.
        var expected = model.ExpectedTotal();
        Assert.InRange(result.Band(60).P50, expected * 0.95, expected * 1.05);
    }

    [DeepProperty(runs: 30)]
    public Property No_run_passes_the_cap() =>
        Prop.ForAll(Generators.CappedViralModelGen.ToArbitrary(), Gen.Choose(0, int.MaxValue - 1).ToArbitrary(), (model, seed) =>
        {
            var result = ViralSimulation.Run(model, 50, seed);
            for (var r = 0; r < result.Runs; r++)
            {
                for (var g = 0; g <= model.Generations; g++)
                {
                    if (result.TotalOf(r, g) > model.Cap!.Value || (g > 0 && result.TotalOf(r, g) < result.TotalOf(r, g - 1)))
                    {
                        return false;
                    }
                }
            }

            return true;
        });

    // Without a cap the simulated mean is unbiased for the closed form; four standard errors (plus a hair for
    // rounding) make a false alarm rarer than 1 in 10,000 per case.
    [DeepProperty(runs: 30)]
    public Property The_mean_converges_to_the_closed_form() =>
        Prop.ForAll(
            (from seeds in Gen.Choose(1, 200)
             from kPercent in Gen.Choose(0, 150)
             from generations in Gen.Choose(0, 10)
             from seed in Gen.Choose(0, int.MaxValue - 1)
             select (seeds, kPercent, generations, seed)).ToArbitrary(),
            c =>
            {
                var model = ViralGrowthModel.Create(c.seeds, c.kPercent / 100.0, Probability.One, Week, c.generations);
                var band = ViralSimulation.Run(model, 400, c.seed).Band(c.generations);
                var expected = ViralGrowth.GeometricTotal(c.seeds, model.K, c.generations);
                return (Math.Abs(band.Mean - expected) <= (4 * band.StandardError) + 1e-9)
                    .Label($"mean {band.Mean}, expected {expected}, se {band.StandardError}");
            });
}
