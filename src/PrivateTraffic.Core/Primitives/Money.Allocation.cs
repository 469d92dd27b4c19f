using System;
using System.Buffers;
using System.Collections.Generic;

namespace PrivateTraffic.Core.Primitives;

// Sharing an amount out (Allocate, Split) so that the shares add up to exactly the amount.
public readonly partial struct Money
{
    /// <summary>
    /// Shares this amount out in proportion to <paramref name="ratios"/>, conserving the total to the minor unit:
    /// the shares add up to exactly this amount, and each share is within one minor unit of its ideal
    /// <c>amount × ratio / Σratios</c> (largest-remainder method: every share gets its ideal rounded towards
    /// zero, then the leftover minor units go one each to the largest remainders, the earlier share first on a tie).
    /// </summary>
    /// <param name="ratios">Non-negative weights, at least one, with a positive sum. They need not sum to 1.</param>
    /// <returns>One share per ratio, in the same order.</returns>
    /// <exception cref="ArgumentException">No ratios, a negative ratio, a zero sum, or an amount with a fraction of a minor unit.</exception>
    /// <exception cref="OverflowException">The amount in minor units, or the sum of the ratios, leaves decimal's range, or the
    /// amount is so near that range (about 10^28 minor units) that the shares cannot be computed exactly.</exception>
    public Money[] Allocate(params ReadOnlySpan<decimal> ratios)
    {
        var shares = new Money[ratios.Length];
        AllocateInto(ratios, shares);
        return shares;
    }

    /// <summary>
    /// The allocation-free form of <see cref="Allocate(ReadOnlySpan{decimal})"/>: writes one share per ratio into
    /// <paramref name="destination"/>, which must be exactly as long as <paramref name="ratios"/>.
    /// </summary>
    /// <param name="ratios">Non-negative weights with a positive sum.</param>
    /// <param name="destination">Where the shares are written.</param>
    /// <exception cref="ArgumentException">As for <see cref="Allocate(ReadOnlySpan{decimal})"/>, or a destination of another length.</exception>
    /// <exception cref="OverflowException">The amount in minor units, or the sum of the ratios, leaves decimal's range, or the
    /// amount is so near that range (about 10^28 minor units) that the shares cannot be computed exactly.</exception>
    public void AllocateInto(ReadOnlySpan<decimal> ratios, Span<Money> destination)
    {
        Guard.Against.Unmet(ratios.Length > 0, "At least one ratio is needed.", nameof(ratios));
        Guard.Against.Unmet(destination.Length == ratios.Length, "The destination must have one slot per ratio.", nameof(destination));
        decimal sum = 0m;
        foreach (var ratio in ratios)
        {
            Guard.Against.Unmet(ratio >= 0m, "Ratios must not be negative.", nameof(ratios));
            sum += ratio;
        }

        Guard.Against.Unmet(sum > 0m, "The ratios must have a positive sum.", nameof(ratios));
        RequireWholeMinorUnits();

        // Work in whole minor units of the absolute amount; the sign is put back on every share at the end.
        var sign = Amount < 0m ? -1m : 1m;
        var units = Math.Abs(Amount) / Currency.MinorUnit;
        var remainders = ArrayPool<decimal>.Shared.Rent(ratios.Length);
        var order = ArrayPool<int>.Shared.Rent(ratios.Length);
        try
        {
            decimal given = 0m;
            for (var i = 0; i < ratios.Length; i++)
            {
                var ideal = units * (ratios[i] / sum);
                var floor = decimal.Floor(ideal);
                destination[i] = new Money(floor, Currency);
                remainders[i] = ideal - floor;
                order[i] = i;
                given += floor;
            }

            // The remainders are each below one unit, so fewer than ratios.Length units are left over; they go
            // one each to the largest remainders. decimal keeps 28 digits, so an ideal such as 2.99…9 can be
            // stored as 3 and the floors then overshoot: the smallest remainders give a unit back instead.
            var leftover = units - given;

            // Past about 10^28 minor units the 28 digits cannot hold the ideals closely enough, and the floors can
            // miss the amount by more units than there are shares (¥7 × 10^26 in thirds is 7 fen short with three
            // shares): refuse, as for any amount near decimal's limit, rather than hand out shares that do not add up.
            if (Math.Abs(leftover) > ratios.Length)
            {
                throw new OverflowException($"{this} is too large to allocate exactly in {ratios.Length} shares.");
            }

            var orderSpan = order.AsSpan(0, ratios.Length);
            SortByRemainder(orderSpan, remainders);
            for (var k = 0; leftover > 0m; k++, leftover--)
            {
                var i = orderSpan[k];
                destination[i] = new Money(destination[i].Amount + 1m, Currency);
            }

            for (var k = orderSpan.Length - 1; leftover < 0m; k--, leftover++)
            {
                var i = orderSpan[k];
                destination[i] = new Money(destination[i].Amount - 1m, Currency);
            }

            for (var i = 0; i < ratios.Length; i++)
            {
                destination[i] = new Money(sign * destination[i].Amount * Currency.MinorUnit, Currency);
            }
        }
        finally
        {
            ArrayPool<decimal>.Shared.Return(remainders);
            ArrayPool<int>.Shared.Return(order);
        }
    }

    /// <summary>
    /// Splits this amount into <paramref name="parts"/> shares that add up to exactly this amount: every share
    /// is the total divided by <paramref name="parts"/> rounded towards zero, and the leftover minor units go one
    /// each to the first shares (¥100.00 in 3 gives ¥33.34, ¥33.33, ¥33.33).
    /// </summary>
    /// <param name="parts">The number of shares, at least 1.</param>
    /// <returns>The shares, largest first.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is not between 1 and <see cref="MaxSplitParts"/>.</exception>
    /// <exception cref="ArgumentException">The amount holds a fraction of a minor unit.</exception>
    public Money[] Split(int parts)
    {
        Guard.Against.NotBetween(parts, 1, MaxSplitParts);
        RequireWholeMinorUnits();
        var sign = Amount < 0m ? -1m : 1m;
        var units = Math.Abs(Amount) / Currency.MinorUnit;
        // The remainder is exact; a floored quotient is not (decimal rounds units / parts to 28 digits, which can
        // round up to the next whole number and make the shares add up to more than the amount).
        var leftover = decimal.Remainder(units, parts);
        var each = (units - leftover) / parts;
        var shares = new Money[parts];
        for (var i = 0; i < parts; i++)
        {
            var share = i < leftover ? each + 1m : each;
            shares[i] = new Money(sign * share * Currency.MinorUnit, Currency);
        }

        return shares;
    }

    // Orders share indexes by largest remainder first, the earlier share first on a tie. Few shares (the usual
    // case) are insertion-sorted in place, which allocates nothing; many shares use the framework's sort.
    private static void SortByRemainder(Span<int> order, decimal[] remainders)
    {
        var comparer = new RemainderOrder(remainders);
        if (order.Length > 32)
        {
            order.Sort(comparer);
            return;
        }

        for (var i = 1; i < order.Length; i++)
        {
            var current = order[i];
            var j = i - 1;
            while (j >= 0 && comparer.Compare(order[j], current) > 0)
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = current;
        }
    }

    // Largest remainder first; on a tie the earlier share wins, so allocation is deterministic.
    private readonly struct RemainderOrder(decimal[] remainders) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var byRemainder = remainders[y].CompareTo(remainders[x]);
            return byRemainder != 0 ? byRemainder : x.CompareTo(y);
        }
    }
}
