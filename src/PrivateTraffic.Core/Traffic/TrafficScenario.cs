using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Traffic;

/// <summary>
/// The question public-vs-private economics answers: capture <see cref="PoolMembers"/> people into a private pool
/// (私域流量池) and reach them <see cref="Reaches"/> times, one reach per <see cref="ReachEvery"/>; or buy the same
/// conversions from a public channel (公域流量) at <see cref="PublicCostPerConversion"/> each.
/// </summary>
/// <remarks>
/// Public traffic is paid per use and used once, so buying conversions costs the same per conversion however
/// many are bought: the public curve is flat. Get the public price from a priced funnel
/// (<see cref="FunnelCosting.CostPerConversion"/>) or from a platform's published CAC.
/// <see cref="TrafficEconomics.Compare"/> evaluates the scenario.
/// </remarks>
[JsonConverter(typeof(TrafficScenarioJsonConverter))]
public sealed class TrafficScenario : IEquatable<TrafficScenario>
{
    /// <summary>The most reaches a horizon may hold (about 27 years of daily posts).</summary>
    public const int MaxReaches = 10_000;

    private TrafficScenario(long poolMembers, PrivatePoolCostModel pool, Money publicCostPerConversion, int reaches, TimeUnit reachEvery, Money? valuePerConversion)
    {
        PoolMembers = poolMembers;
        Pool = pool;
        PublicCostPerConversion = publicCostPerConversion;
        Reaches = reaches;
        ReachEvery = reachEvery;
        ValuePerConversion = valuePerConversion;
    }

    /// <summary>The people captured into the pool at the start.</summary>
    public long PoolMembers { get; }

    /// <summary>The pool's costs and per-reach effects.</summary>
    public PrivatePoolCostModel Pool { get; }

    /// <summary>What one conversion costs when bought from the public channel (its CAC).</summary>
    public Money PublicCostPerConversion { get; }

    /// <summary>The horizon: how many times the pool is reached, at least 1 and at most <see cref="MaxReaches"/>.</summary>
    public int Reaches { get; }

    /// <summary>The time between reaches: one reach per day, week or month.</summary>
    public TimeUnit ReachEvery { get; }

    /// <summary>The gross margin one conversion brings, when known; it enables payback and LTV/CAC.</summary>
    public Money? ValuePerConversion { get; }

    /// <summary>The currency of every amount.</summary>
    public Currency Currency => Pool.Currency;

    /// <summary>Creates a scenario.</summary>
    /// <param name="poolMembers">The people captured into the pool; not negative.</param>
    /// <param name="pool">The pool's cost model.</param>
    /// <param name="publicCostPerConversion">The public channel's cost per conversion; not negative, in the pool's currency.</param>
    /// <param name="reaches">The horizon in reaches, 1 to <see cref="MaxReaches"/>.</param>
    /// <param name="reachEvery">The time between reaches.</param>
    /// <param name="valuePerConversion">The gross margin of one conversion, if known; not negative, in the pool's currency.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ArgumentException">A value out of range, a negative amount or mixed currencies.</exception>
    public static TrafficScenario Create(long poolMembers, PrivatePoolCostModel pool, Money publicCostPerConversion, int reaches, TimeUnit reachEvery, Money? valuePerConversion = null)
    {
        Guard.Against.BelowZero(poolMembers);
        Guard.Against.Null(pool);
        CostGuard.Cost(publicCostPerConversion, pool.Currency);
        Guard.Against.NotBetween(reaches, 1, MaxReaches);
        if (valuePerConversion is { } value)
        {
            CostGuard.Cost(value, pool.Currency, nameof(valuePerConversion));
        }

        return new TrafficScenario(poolMembers, pool, publicCostPerConversion, reaches, reachEvery, valuePerConversion);
    }

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] TrafficScenario? other) =>
        other is not null
        && PoolMembers == other.PoolMembers
        && Pool.Equals(other.Pool)
        && PublicCostPerConversion == other.PublicCostPerConversion
        && Reaches == other.Reaches
        && ReachEvery == other.ReachEvery
        && ValuePerConversion == other.ValuePerConversion;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as TrafficScenario);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(PoolMembers, Pool, PublicCostPerConversion, Reaches, ReachEvery);
}
