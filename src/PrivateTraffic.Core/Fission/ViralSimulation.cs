using System;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

/// <summary>
/// A seeded Monte Carlo run of a <see cref="ViralGrowthModel"/> (裂变模拟): the same parameters run many times give
/// percentile bands around the expected curve. There is no hidden randomness: the caller passes a seed or a
/// <see cref="Random"/>, and the same seed gives the same bands, in parallel or not.
/// </summary>
/// <remarks>
/// Each generation is one draw, not a loop over members: the newcomers of generation g+1 are
/// Poisson(new(g)·K·(1 − T(g)/C)), cut at the room left under the cap C (no cap: the factor is 1). That is a
/// Galton–Watson branching process with Poisson offspring thinned by saturation; without a cap its mean is the
/// closed form exactly. With a cap the mean of the runs sits near, not on, the saturating curve, because saturation
/// is not linear.
/// </remarks>
public static class ViralSimulation
{
    /// <summary>Runs the model <paramref name="runs"/> times from a seed; each run draws from its own generator,
    /// seeded from <paramref name="seed"/> and the run's index, so runs may go in parallel and stay reproducible.</summary>
    /// <param name="model">The model to run.</param>
    /// <param name="runs">How many runs, 1 to 1,000,000.</param>
    /// <param name="seed">The seed of the whole simulation.</param>
    public static ViralSimulationResult Run(ViralGrowthModel model, int runs, int seed)
    {
        Guard.Against.Null(model);
        Guard.Against.NotBetween(runs, 1, 1_000_000);
        var width = model.Generations + 1;
        var totals = new double[runs * width];
        var state = unchecked((ulong)seed);
        var seeds = new int[runs];
        for (var r = 0; r < runs; r++)
        {
            seeds[r] = unchecked((int)SplitMix64(ref state));
        }

        if (runs * (long)width < 4096)
        {
            for (var r = 0; r < runs; r++)
            {
                RunOnce(model, new Random(seeds[r]), totals.AsSpan(r * width, width));
            }
        }
        else
        {
            ParallelWork.For(runs, r => RunOnce(model, new Random(seeds[r]), totals.AsSpan(r * width, width)));
        }

        return new ViralSimulationResult(model, runs, totals);
    }

    /// <summary>Runs the model from the caller's generator: a seed for the runs is drawn from it first.</summary>
    /// <param name="model">The model to run.</param>
    /// <param name="runs">How many runs, 1 to 1,000,000.</param>
    /// <param name="random">The caller's generator.</param>
    public static ViralSimulationResult Run(ViralGrowthModel model, int runs, Random random)
    {
        Guard.Against.Null(random);
        return Run(model, runs, random.Next());
    }

    private static void RunOnce(ViralGrowthModel model, Random random, Span<double> curve)
    {
        var k = model.K;
        double total = model.Seeds, newest = model.Seeds;
        curve[0] = total;
        for (var g = 1; g < curve.Length; g++)
        {
            double joined;
            if (model.Cap is { } cap)
            {
                var room = cap - total;
                joined = Math.Min(room, PoissonSampler.Draw(random, newest * k * (room / cap)));
            }
            else
            {
                joined = PoissonSampler.Draw(random, newest * k);
            }

            total += joined;
            newest = joined;
            curve[g] = total;
        }
    }

    private static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
