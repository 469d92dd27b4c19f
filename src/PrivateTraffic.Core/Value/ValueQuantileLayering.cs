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
    /// <exception cref="ArgumentException">The spans differ in length, an id is unset, or the values mix currencies.</exception>
    public static ValueTier[] Assign(ReadOnlySpan<MemberId> customers, ReadOnlySpan<Money> values, ValueQuantileShares shares = default)
    {
        Guard.Against.Unmet(customers.Length == values.Length, "There must be one value per customer.", nameof(values));
        var n = customers.Length;
        var order = new int[n];
        var amounts = new decimal[n];
        for (var i = 0; i < n; i++)
        {
            Guard.Against.Unmet(!customers[i].IsUnset, "A customer id is unset.", nameof(customers));
            Guard.Against.Unmet(values[i].Currency == values[0].Currency, "All values must be in one currency.", nameof(values));
            order[i] = i;
            amounts[i] = values[i].Amount;
        }

        // The id only makes the sort deterministic; equal values get one band below, so it never decides a band.
        var ids = customers.ToArray();
        Array.Sort(order, (a, b) =>
        {
            var byValue = amounts[b].CompareTo(amounts[a]);
            return byValue != 0 ? byValue : string.CompareOrdinal(ids[a].Value, ids[b].Value);
        });

        var (top, middle, _) = shares.SizesFor(n);
        var tiers = new ValueTier[n];
        var groupTier = ValueTier.Top;
        for (var rank = 0; rank < n; rank++)
        {
            var amount = amounts[order[rank]];
            if (rank == 0 || amount != amounts[order[rank - 1]])
            {
                groupTier = amount <= 0m ? ValueTier.Bottom : rank < top ? ValueTier.Top : rank < top + middle ? ValueTier.Middle : ValueTier.Bottom;
            }

            tiers[order[rank]] = groupTier;
        }

        return tiers;
    }
}
