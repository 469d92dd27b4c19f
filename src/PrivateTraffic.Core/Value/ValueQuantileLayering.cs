using System;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// Value-quantile layering (价值分层): ranks customers by value, highest first, and cuts the ranking into the
/// top, middle and bottom bands whose target sizes <see cref="ValueQuantileShares.SizesFor"/> gives. A layering
/// of value, not the 271 composition of a pool by status (<see cref="PoolComposition"/>): in a base where every
/// customer has paid, the bands still hold 20/70/10 of them by default, and none of them is "convertible".
/// </summary>
/// <remarks>
/// <para>Rules, each independent of the order the customers are given in and of their ids:</para>
/// <list type="number">
/// <item>A customer of value zero or less is in the bottom band: a customer who brings nothing is never ranked
/// above anyone, whatever the shares.</item>
/// <item>Equal values share a band: a group of equal values takes the band of the group's highest rank (the same
/// competition ranking as RFM scoring). A tie across a cut therefore goes up, and the bands can hold more or
/// fewer customers than their targets; with distinct positive values every band has exactly its target size
/// (each within one customer of its share).</item>
/// <item>A higher value is never in a lower band than a smaller value.</item>
/// </list>
/// </remarks>
public static class ValueQuantileLayering
{
    /// <summary>Assigns each customer a value band.</summary>
    /// <param name="customers">The customers, each once.</param>
    /// <param name="values">Each customer's value, in one currency, aligned with <paramref name="customers"/>.</param>
    /// <param name="shares">The band shares; <see cref="ValueQuantileShares.TwentySeventyTen"/> by default.</param>
    /// <returns>Each customer's band, aligned with <paramref name="customers"/>.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, an id is unset or appears twice, or the values mix currencies.</exception>
    public static ValueTier[] Assign(ReadOnlySpan<MemberId> customers, ReadOnlySpan<Money> values, ValueQuantileShares shares = default)
    {
        Guard.Against.Unmet(customers.Length == values.Length, "There must be one value per customer.", nameof(values));
        CustomerIds.RequireSetAndDistinct(customers, nameof(customers));
        var n = customers.Length;
        var amounts = new decimal[n];
        for (var i = 0; i < n; i++)
        {
            Guard.Against.Unmet(values[i].Currency == values[0].Currency, "All values must be in one currency.", nameof(values));
            amounts[i] = values[i].Amount;
        }

        // A customer takes the band of the first rank of its group of equal values, that is of the number of customers
        // worth strictly more; that number is below k exactly when the value is at least the k-th largest. So two order
        // statistics decide every band, found without sorting (no comparison delegate, and no id can decide).
        var (top, middle, _) = shares.SizesFor(n);
        var topCut = decimal.MaxValue;
        var middleCut = decimal.MaxValue;
        if (top + middle > 0)
        {
            Span<decimal> cuts = stackalloc decimal[2];
            ReadOnlySpan<int> ranks = top > 0 ? [n - top - middle, n - top] : [n - middle, n - middle];
            OrderStatistics.Select((decimal[])amounts.Clone(), ranks, cuts);
            (middleCut, topCut) = (cuts[0], cuts[1]);
        }

        var tiers = new ValueTier[n];
        for (var i = 0; i < n; i++)
        {
            var amount = amounts[i];
            tiers[i] = amount <= 0m ? ValueTier.Bottom
                : amount >= topCut && top > 0 ? ValueTier.Top
                : amount >= middleCut && top + middle > 0 ? ValueTier.Middle
                : ValueTier.Bottom;
        }

        return tiers;
    }
}
