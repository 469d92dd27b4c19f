using System;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// Marketing fatigue (营销疲劳): each marketing touch adds 1 to a member's fatigue level, and the level halves every
/// <see cref="HalfLife"/>. At instant t the level is F(t) = Σ 2^(−(t − tᵢ)/h) over the member's marketing touches tᵢ ≤ t.
/// A touch made when the level before it is F has its effect scaled by 1/(1 + F), so daily posts do not convert seven times
/// as much as weekly ones. The planner may also hold a touch until the level has decayed to <see cref="Ceiling"/>.
/// </summary>
/// <remarks>
/// The half-life and the ceiling are the caller's: the articles give no number. <see cref="Assumed"/> (a 3-day half-life,
/// no ceiling) is a labelled assumption for samples. Because the decay is exponential, the instant the level falls to the
/// ceiling has a closed form: t + h·log₂(F(t)/ceiling). Levels are compared with a relative tolerance of 1e-9.
/// </remarks>
public sealed record FatigueModel
{
    /// <summary>Creates a model.</summary>
    /// <param name="halfLife">How long the level takes to halve; positive.</param>
    /// <param name="ceiling">The highest level at which the planner still makes a marketing touch; null for no ceiling; otherwise positive and finite.</param>
    /// <exception cref="ArgumentException">The half-life is not positive, or the ceiling is not positive and finite.</exception>
    public FatigueModel(Duration halfLife, double? ceiling = null)
    {
        Guard.Against.Unmet(halfLife > Duration.Zero, $"A fatigue half-life is positive; {halfLife} is not.", nameof(halfLife));
        if (ceiling is { } c)
        {
            Guard.Against.Unmet(double.IsFinite(c) && c > 0, $"A fatigue ceiling is positive and finite; {c} is not.", nameof(ceiling));
        }

        HalfLife = halfLife;
        Ceiling = ceiling;
    }

    /// <summary>An assumption for samples, not from the articles: a 3-day half-life and no ceiling.</summary>
    public static FatigueModel Assumed { get; } = new(Duration.FromDays(3));

    /// <summary>How long the fatigue level takes to halve.</summary>
    public Duration HalfLife { get; }

    /// <summary>The highest level at which the planner still makes a marketing touch; null for none.</summary>
    public double? Ceiling { get; }

    /// <summary>The factor by which a level decays over an elapsed time: 2^(−elapsed/half-life).</summary>
    /// <param name="elapsed">The time elapsed; not negative.</param>
    /// <returns>A factor in (0, 1].</returns>
    public double Decay(Duration elapsed) => Math.Pow(2, -elapsed.TotalNanoseconds / HalfLife.TotalNanoseconds);

    /// <summary>The scale of a touch's effect when the level before it is <paramref name="level"/>: 1/(1 + level).</summary>
    /// <param name="level">The fatigue level; not negative.</param>
    /// <returns>A scale in (0, 1].</returns>
    /// <exception cref="ArgumentException">The level is negative or not finite.</exception>
    public static double EffectScale(double level) => 1.0 / (1.0 + Guard.Against.NegativeOrNotFinite(level));

    /// <summary>Whether a level is within the ceiling (always true without one).</summary>
    /// <param name="level">The level.</param>
    /// <returns>True when a marketing touch may be made at this level.</returns>
    public bool Admits(double level) => Ceiling is not { } c || level <= c * (1 + 1e-9);

    /// <summary>How long a level takes to decay to the ceiling: h·log₂(level/ceiling), rounded up to the nanosecond; zero when already within it.</summary>
    /// <param name="level">The level now.</param>
    /// <returns>The wait.</returns>
    public Duration WaitFor(double level) => Ceiling is not { } c || Admits(level)
        ? Duration.Zero
        : Duration.FromNanoseconds(Math.Ceiling(HalfLife.TotalNanoseconds * Math.Log2(level / c)));
}
