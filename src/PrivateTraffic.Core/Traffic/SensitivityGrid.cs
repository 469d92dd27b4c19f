using System;
using System.Collections.Generic;
using System.Linq;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Traffic;

/// <summary>
/// The assumptions a sensitivity sweep tries: every combination of a conversion per reach, an attrition per reach
/// and a capture cost per member. At most <see cref="MaxScenarios"/> combinations.
/// </summary>
public sealed class SensitivityGrid
{
    /// <summary>The most scenarios (conversions × attritions × capture costs) a grid may hold: 1,000,000.</summary>
    public const int MaxScenarios = 1_000_000;

    private SensitivityGrid(Probability[] conversions, Probability[] attritions, Money[] captureCosts)
    {
        Conversions = Array.AsReadOnly(conversions);
        Attritions = Array.AsReadOnly(attritions);
        CaptureCosts = Array.AsReadOnly(captureCosts);
    }

    /// <summary>The conversions per reach to try.</summary>
    public IReadOnlyList<Probability> Conversions { get; }

    /// <summary>The attritions per reach to try.</summary>
    public IReadOnlyList<Probability> Attritions { get; }

    /// <summary>The capture costs per member to try.</summary>
    public IReadOnlyList<Money> CaptureCosts { get; }

    /// <summary>The number of scenarios: the product of the three axes' lengths.</summary>
    public int Count => Conversions.Count * Attritions.Count * CaptureCosts.Count;

    /// <summary>Creates a grid; it is checked against <see cref="MaxScenarios"/> before any work is done.</summary>
    /// <param name="conversions">The conversions per reach; at least one.</param>
    /// <param name="attritions">The attritions per reach; at least one.</param>
    /// <param name="captureCosts">The capture costs; at least one, none negative, all in one currency.</param>
    /// <returns>The grid.</returns>
    /// <exception cref="ArgumentException">An empty axis, a negative or mixed-currency cost, or more than <see cref="MaxScenarios"/> scenarios.</exception>
    public static SensitivityGrid Create(IEnumerable<Probability> conversions, IEnumerable<Probability> attritions, IEnumerable<Money> captureCosts)
    {
        var c = Guard.Against.Null(conversions).ToArray();
        var a = Guard.Against.Null(attritions).ToArray();
        var m = Guard.Against.Null(captureCosts).ToArray();
        Guard.Against.Unmet(c.Length > 0, "The grid needs at least one conversion.", nameof(conversions));
        Guard.Against.Unmet(a.Length > 0, "The grid needs at least one attrition.", nameof(attritions));
        Guard.Against.Unmet(m.Length > 0, "The grid needs at least one capture cost.", nameof(captureCosts));
        foreach (var cost in m)
        {
            CostGuard.Cost(cost, m[0].Currency, nameof(captureCosts));
        }

        var count = (long)c.Length * a.Length * m.Length;
        Guard.Against.Unmet(count <= MaxScenarios, $"The grid holds {count:N0} scenarios; the limit is {MaxScenarios:N0}.", nameof(captureCosts));
        return new SensitivityGrid(c, a, m);
    }

    /// <summary>Evenly spaced probabilities from <paramref name="from"/> to <paramref name="to"/> inclusive, for building an axis.</summary>
    /// <param name="from">The first value.</param>
    /// <param name="to">The last value.</param>
    /// <param name="count">How many values; at least 2.</param>
    /// <returns>The values.</returns>
    public static Probability[] Steps(Probability from, Probability to, int count)
    {
        Guard.Against.NotBetween(count, 2, MaxScenarios);
        var steps = new Probability[count];
        for (var i = 0; i < count; i++)
        {
            steps[i] = Probability.From(Math.Clamp(from.Value + ((to.Value - from.Value) * i / (count - 1)), 0.0, 1.0));
        }

        return steps;
    }
}
