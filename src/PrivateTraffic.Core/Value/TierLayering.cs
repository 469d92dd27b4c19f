using System;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// Puts customers in value tiers (价值分层) by rank: the customers are ordered by value, highest first, and cut into
/// the sizes <see cref="TierShares.SizesFor"/> gives.
/// </summary>
/// <remarks>
/// Ties: customers of equal value are ordered by customer id (ordinal), so the result does not depend on the
/// order the customers are given in. This keeps every tier's size within one customer of its share, at the price
/// that two customers of equal value on a boundary can land in neighbouring tiers.
/// </remarks>
public static class TierLayering
{
    /// <summary>Assigns each customer a tier.</summary>
    /// <param name="customers">The customers, each once.</param>
    /// <param name="values">Each customer's value, in one currency, aligned with <paramref name="customers"/>.</param>
    /// <param name="shares">The tier shares; <see cref="TierShares.TwoSevenOne"/> by default.</param>
    /// <returns>Each customer's tier, aligned with <paramref name="customers"/>.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, an id is unset, or the values mix currencies.</exception>
    public static ValueTier[] Assign(ReadOnlySpan<MemberId> customers, ReadOnlySpan<Money> values, TierShares shares = default)
    {
        Guard.Against.Unmet(customers.Length == values.Length, "There must be one value per customer.", nameof(values));
        var n = customers.Length;
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            Guard.Against.Unmet(!customers[i].IsUnset, "A customer id is unset.", nameof(customers));
            Guard.Against.Unmet(values[i].Currency == values[0].Currency, "All values must be in one currency.", nameof(values));
            order[i] = i;
        }

        var ids = customers.ToArray();
        var amounts = new decimal[n];
        for (var i = 0; i < n; i++)
        {
            amounts[i] = values[i].Amount;
        }

        Array.Sort(order, (a, b) =>
        {
            var byValue = amounts[b].CompareTo(amounts[a]);
            return byValue != 0 ? byValue : string.CompareOrdinal(ids[a].Value, ids[b].Value);
        });

        var (core, convertible, _) = shares.SizesFor(n);
        var tiers = new ValueTier[n];
        for (var rank = 0; rank < n; rank++)
        {
            tiers[order[rank]] = rank < core ? ValueTier.PayingCore : rank < core + convertible ? ValueTier.Convertible : ValueTier.LowValue;
        }

        return tiers;
    }
}
