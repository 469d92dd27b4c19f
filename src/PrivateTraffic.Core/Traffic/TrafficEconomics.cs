using System;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Traffic;

/// <summary>
/// Public-vs-private traffic economics (公域 vs 私域): customer acquisition cost (获客成本), the comparison of buying
/// conversions with growing and reaching a private pool over a horizon, and the sensitivity sweep over a grid.
/// </summary>
public static class TrafficEconomics
{
    /// <summary>The most scenario-reaches (grid scenarios × horizon reaches) one sweep may evaluate: 500,000,000 (under two minutes at the measured rate).</summary>
    public const long MaxScenarioReaches = 500_000_000;

    /// <summary>Customer acquisition cost, CAC (获客成本): total cost / customers acquired, rounded to the minor unit away from zero.</summary>
    /// <param name="totalCost">The total spent on acquisition; not negative.</param>
    /// <param name="customers">The customers acquired; at least 1.</param>
    /// <returns>The CAC.</returns>
    public static Money CustomerAcquisitionCost(Money totalCost, long customers)
    {
        CostGuard.Cost(totalCost, totalCost.Currency);
        Guard.Against.Unmet(customers > 0, "CAC needs at least one customer acquired.", nameof(customers));
        return totalCost.Divide(customers, MidpointRounding.AwayFromZero);
    }

    /// <summary>How many whole customers a budget buys at a CAC: ⌊budget / CAC⌋.</summary>
    /// <param name="budget">The budget; not negative.</param>
    /// <param name="customerAcquisitionCost">The CAC; positive, in the budget's currency.</param>
    /// <returns>The customers.</returns>
    public static long CustomersFor(Money budget, Money customerAcquisitionCost)
    {
        CostGuard.Cost(budget, budget.Currency);
        CostGuard.Cost(customerAcquisitionCost, budget.Currency);
        Guard.Against.Unmet(!customerAcquisitionCost.IsZero, "A CAC of zero buys unlimited customers.", nameof(customerAcquisitionCost));
        return decimal.ToInt64(decimal.Floor(budget.Amount / customerAcquisitionCost.Amount));
    }

    /// <summary>
    /// Compares growing and reaching a private pool with buying the same conversions from a public channel, reach by
    /// reach over the scenario's horizon (formulas in docs/concepts/traffic.md).
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The curves, totals, crossover and payback.</returns>
    public static TrafficComparison Compare(TrafficScenario scenario)
    {
        Guard.Against.Null(scenario);
        var inputs = PoolEconomicsKernel.From(scenario);
        var points = new PoolEconomicsKernel.Point[scenario.Reaches];
        var outcome = PoolEconomicsKernel.Run(inputs, points);
        var currency = scenario.Currency;
        var curve = new ReachOutcome[points.Length];
        for (var i = 0; i < points.Length; i++)
        {
            var p = points[i];
            curve[i] = new ReachOutcome(
                i + 1,
                p.Members,
                p.Conversions,
                p.Customers,
                Money.FromDouble(p.Cost, currency, MidpointRounding.AwayFromZero),
                Money.FromDouble(p.Conversions * inputs.PublicCostPerConversion, currency, MidpointRounding.AwayFromZero),
                p.Conversions > 0.0 ? p.Cost / p.Conversions : null);
        }

        Period? payback = outcome.PaybackReach > 0 ? PeriodOf(outcome.PaybackReach, scenario.ReachEvery) : null;
        return new TrafficComparison(scenario, Array.AsReadOnly(curve), CostCrossover.Decode(outcome.CrossoverEncoded), payback);
    }

    /// <summary>
    /// Evaluates every scenario of <paramref name="grid"/> (the base scenario with the grid's conversion, attrition
    /// and capture cost) and returns the crossover surface. The work is checked against <see cref="MaxScenarioReaches"/>
    /// before it starts; each scenario runs on doubles and allocates nothing.
    /// </summary>
    /// <param name="baseScenario">The scenario whose other assumptions every grid point shares.</param>
    /// <param name="grid">The assumptions to vary.</param>
    /// <returns>The surface.</returns>
    /// <exception cref="ArgumentException">The grid's currency differs from the scenario's, or the sweep exceeds <see cref="MaxScenarioReaches"/>.</exception>
    public static CrossoverSurface Sweep(TrafficScenario baseScenario, SensitivityGrid grid)
    {
        Guard.Against.Null(baseScenario);
        Guard.Against.Null(grid);
        Guard.Against.Unmet(grid.CaptureCosts[0].Currency == baseScenario.Currency, "The grid's capture costs must be in the scenario's currency.", nameof(grid));
        var work = (long)grid.Count * baseScenario.Reaches;
        Guard.Against.Unmet(work <= MaxScenarioReaches, $"The sweep needs {work:N0} scenario-reaches; the limit is {MaxScenarioReaches:N0}.", nameof(grid));

        var conversions = new double[grid.Conversions.Count];
        var attritions = new double[grid.Attritions.Count];
        var captures = new double[grid.CaptureCosts.Count];
        for (var i = 0; i < conversions.Length; i++)
        {
            conversions[i] = grid.Conversions[i].Value;
        }

        for (var i = 0; i < attritions.Length; i++)
        {
            attritions[i] = grid.Attritions[i].Value;
        }

        for (var i = 0; i < captures.Length; i++)
        {
            captures[i] = grid.CaptureCosts[i].ToDouble();
        }

        var crossover = new int[grid.Count];
        var costPerConversion = new double[grid.Count];
        SweepInto(PoolEconomicsKernel.From(baseScenario), conversions, attritions, captures, crossover, costPerConversion);
        return new CrossoverSurface(grid, crossover, costPerConversion);
    }

    // The hot loop: doubles in, doubles out, nothing allocated per scenario.
    internal static void SweepInto(PoolEconomicsKernel.Inputs inputs, ReadOnlySpan<double> conversions, ReadOnlySpan<double> attritions, ReadOnlySpan<double> captures, Span<int> crossover, Span<double> costPerConversion)
    {
        var index = 0;
        foreach (var conversion in conversions)
        {
            inputs.Conversion = conversion;
            foreach (var attrition in attritions)
            {
                inputs.Attrition = attrition;
                foreach (var capture in captures)
                {
                    inputs.CapturePerMember = capture;
                    var outcome = PoolEconomicsKernel.Run(inputs, []);
                    crossover[index] = outcome.CrossoverEncoded;
                    costPerConversion[index] = outcome.Conversions > 0.0 ? outcome.Cost / outcome.Conversions : double.PositiveInfinity;
                    index++;
                }
            }
        }
    }

    private static Period PeriodOf(int reaches, TimeUnit unit) =>
        unit == TimeUnit.Days ? Period.FromDays(reaches)
        : unit == TimeUnit.Weeks ? Period.FromWeeks(reaches)
        : Period.FromMonths(reaches);
}
