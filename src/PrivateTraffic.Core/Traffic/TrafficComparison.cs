using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Traffic;

/// <summary>
/// Public vs private traffic over a horizon (公域 vs 私域): what the private pool produced and cost, what the same
/// conversions cost bought from the public channel, from which reach the private pool's conversions become cheaper
/// (the cost crossover, 成本交叉点) and when the pool earns back its cost (payback, 回本).
/// Made by <see cref="TrafficEconomics.Compare"/>.
/// </summary>
[JsonConverter(typeof(TrafficComparisonJsonConverter))]
public sealed class TrafficComparison
{
    internal TrafficComparison(TrafficScenario scenario, IReadOnlyList<ReachOutcome> curve, CostCrossover crossover, Period? payback)
    {
        Scenario = scenario;
        Curve = curve;
        Crossover = crossover;
        Payback = payback;
    }

    // The validating factory used when a comparison is read back from JSON.
    internal static TrafficComparison FromParts(TrafficScenario scenario, ReachOutcome[] curve, CostCrossover crossover, Period? payback)
    {
        Guard.Against.Null(scenario);
        Guard.Against.Unmet(curve.Length == scenario.Reaches, $"The curve needs one point per reach ({scenario.Reaches}), not {curve.Length}.", nameof(curve));
        for (var i = 0; i < curve.Length; i++)
        {
            Guard.Against.Unmet(curve[i].Reach == i + 1, $"Point {i} of the curve must be reach {i + 1}.", nameof(curve));
            Guard.Against.Unmet(curve[i].PrivateCost.Currency == scenario.Currency, "The curve's amounts must be in the scenario's currency.", nameof(curve));
        }

        Guard.Against.Unmet(crossover.Reach is null || crossover.Reach <= scenario.Reaches, "The crossover reach lies beyond the horizon.", nameof(crossover));
        return new TrafficComparison(scenario, System.Array.AsReadOnly(curve), crossover, payback);
    }

    /// <summary>The scenario that was evaluated.</summary>
    public TrafficScenario Scenario { get; }

    /// <summary>The cumulative position after every reach, reach 1 first.</summary>
    public IReadOnlyList<ReachOutcome> Curve { get; }

    /// <summary>The cost crossover (成本交叉点): the first reach after which the pool's cumulative cost per conversion is
    /// below the public one, or never with the reason. A comparison of prices, not a profit breakeven (盈亏平衡).</summary>
    public CostCrossover Crossover { get; }

    /// <summary>The payback period (回本周期): the time until the pool's cumulative margin (conversions × value per
    /// conversion) covers its cumulative cost, counted in reaches from the start; null when no value per conversion
    /// was given or it never pays back in the horizon. This is where the pool itself breaks even.</summary>
    public Period? Payback { get; }

    /// <summary>The last point of <see cref="Curve"/>: the totals over the horizon.</summary>
    public ReachOutcome Final => Curve[^1];

    /// <summary>The cumulative conversions of the private pool over the horizon (expected, fractional).</summary>
    public double Conversions => Final.Conversions;

    /// <summary>The private pool's total cost over the horizon.</summary>
    public Money PrivateCost => Final.PrivateCost;

    /// <summary>What the same conversions cost bought from the public channel.</summary>
    public Money PublicCost => Final.PublicCost;

    /// <summary>The private pool's cost per conversion over the horizon; null when it converted nobody.</summary>
    public Money? PrivateCostPerConversion => PerUnit(PrivateCost, Final.Conversions);

    /// <summary>The private pool's customer acquisition cost (获客成本): total cost / distinct customers; null when there were none.</summary>
    public Money? PrivateCac => PerUnit(PrivateCost, Final.Customers);

    /// <summary>How many conversions the private pool's total cost would buy from the public channel (∞ is reported as null: the public channel is free).</summary>
    public double? PublicConversionsForSameBudget =>
        Scenario.PublicCostPerConversion.IsZero ? null : PrivateCost.ToDouble() / Scenario.PublicCostPerConversion.ToDouble();

    /// <summary>
    /// Lifetime value over the horizon per customer divided by CAC: <c>value × conversions / cost</c>; null when no
    /// value per conversion was given or the pool cost nothing.
    /// </summary>
    public double? LtvToCac =>
        Scenario.ValuePerConversion is { } value && !PrivateCost.IsZero && Final.Customers > 0.0
            ? value.ToDouble() * Final.Conversions / PrivateCost.ToDouble()
            : null;

    /// <summary>
    /// For a target of conversions: the first reach by which the pool's cumulative conversions reach
    /// <paramref name="target"/>, or null when the horizon ends first. Buying the target publicly costs
    /// <c>target × PublicCostPerConversion</c>; compare it with that reach's <see cref="ReachOutcome.PrivateCost"/>.
    /// </summary>
    /// <param name="target">The conversions wanted; finite and not negative.</param>
    /// <returns>The 1-based reach, or null.</returns>
    public int? ReachForConversions(double target)
    {
        Guard.Against.NegativeOrNotFinite(target);
        foreach (var point in Curve)
        {
            if (point.Conversions >= target)
            {
                return point.Reach;
            }
        }

        return null;
    }

    private static Money? PerUnit(Money total, double count) =>
        count > 0.0 ? Money.FromDouble(total.ToDouble() / count, total.Currency, System.MidpointRounding.AwayFromZero) : null;
}
