using System;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

/// <summary>The closed forms of viral growth (裂变增长) with seeds S, virality K and n generations after the seeds.</summary>
public static class ViralGrowth
{
    /// <summary>
    /// The expected total after <paramref name="generations"/> generations without a cap: S·(K^(n+1) − 1)/(K − 1) for
    /// K ≠ 1 and S·(n + 1) for K = 1.
    /// </summary>
    /// <param name="seeds">S, the seed users; finite and not negative.</param>
    /// <param name="k">K, the virality; finite and not negative.</param>
    /// <param name="generations">n, generations after the seeds; not negative.</param>
    public static double GeometricTotal(double seeds, double k, int generations)
    {
        Guard.Against.NegativeOrNotFinite(seeds);
        Guard.Against.NegativeOrNotFinite(k);
        Guard.Against.BelowZero(generations);
        if (Math.Abs(k - 1.0) < 1e-12)
        {
            return seeds * (generations + 1);
        }

        return seeds * (Math.Pow(k, generations + 1) - 1.0) / (k - 1.0);
    }

    /// <summary>The total as generations go on without a cap: S/(1 − K) for K &lt; 1; positive infinity for K ≥ 1 and S &gt; 0.</summary>
    /// <param name="seeds">S, the seed users; finite and not negative.</param>
    /// <param name="k">K, the virality; finite and not negative.</param>
    public static double Limit(double seeds, double k)
    {
        Guard.Against.NegativeOrNotFinite(seeds);
        Guard.Against.NegativeOrNotFinite(k);
        return k < 1.0 ? seeds / (1.0 - k) : seeds == 0.0 ? 0.0 : double.PositiveInfinity;
    }

    /// <summary>
    /// One saturating step: the expected newcomers of the next generation when <paramref name="newest"/> joined last
    /// and <paramref name="total"/> of <paramref name="cap"/> have joined, min(newest·K·(1 − total/cap), cap − total).
    /// </summary>
    /// <param name="newest">The newest generation's size.</param>
    /// <param name="k">K, the virality.</param>
    /// <param name="total">Everyone who has joined so far, at most <paramref name="cap"/>.</param>
    /// <param name="cap">The addressable market or pool capacity, above zero.</param>
    public static double SaturatingStep(double newest, double k, double total, double cap)
    {
        Guard.Against.NegativeOrNotFinite(newest);
        Guard.Against.NegativeOrNotFinite(k);
        Guard.Against.NotFinitePositive(cap);
        Guard.Against.Unmet(total >= 0.0 && total <= cap, $"The total ({total}) must lie in [0, cap].", nameof(total));
        var room = cap - total;
        return Math.Min(newest * k * (room / cap), room);
    }
}
