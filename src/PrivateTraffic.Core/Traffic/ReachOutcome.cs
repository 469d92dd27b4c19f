using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Traffic;

/// <summary>One point of a <see cref="TrafficComparison"/>'s curves: the cumulative position after a reach.</summary>
/// <remarks>Counts are expected values (fractional); amounts are rounded to the minor unit away from zero.</remarks>
public sealed class ReachOutcome
{
    internal ReachOutcome(int reach, double members, double conversions, double customers, Money privateCost, Money publicCost, double? privateCostPerConversion)
    {
        Reach = reach;
        Members = members;
        Conversions = conversions;
        Customers = customers;
        PrivateCost = privateCost;
        PublicCost = publicCost;
        PrivateCostPerConversion = privateCostPerConversion;
    }

    // The validating factory used when a comparison is read back from JSON.
    internal static ReachOutcome FromParts(int reach, double members, double conversions, double customers, Money privateCost, Money publicCost, double? privateCostPerConversion)
    {
        Guard.Against.ZeroOrBelow(reach);
        Guard.Against.NegativeOrNotFinite(members);
        Guard.Against.NegativeOrNotFinite(conversions);
        Guard.Against.NegativeOrNotFinite(customers);
        Guard.Against.Unmet(customers <= conversions, "Customers cannot exceed conversions: each customer's first purchase is a conversion.", nameof(customers));
        CostGuard.Cost(publicCost, privateCost.Currency);
        CostGuard.Cost(privateCost, privateCost.Currency);
        if (privateCostPerConversion is { } perConversion)
        {
            Guard.Against.NegativeOrNotFinite(perConversion, nameof(privateCostPerConversion));
        }

        return new ReachOutcome(reach, members, conversions, customers, privateCost, publicCost, privateCostPerConversion);
    }

    /// <summary>The 1-based reach.</summary>
    public int Reach { get; }

    /// <summary>The members left in the pool after this reach's attrition (never negative).</summary>
    public double Members { get; }

    /// <summary>The cumulative conversions (first purchases and repurchases) up to this reach.</summary>
    public double Conversions { get; }

    /// <summary>The cumulative distinct customers (first purchases) up to this reach.</summary>
    public double Customers { get; }

    /// <summary>The private pool's cumulative cost: setup, capture, running and per-reach costs.</summary>
    public Money PrivateCost { get; }

    /// <summary>What the same cumulative conversions would cost bought from the public channel.</summary>
    public Money PublicCost { get; }

    /// <summary>The private pool's cumulative cost per conversion in major units (the model's unrounded value); null before the first conversion.</summary>
    public double? PrivateCostPerConversion { get; }
}
