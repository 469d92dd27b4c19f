using System;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The k-th smallest of a set of values without sorting it (quickselect, as C++'s nth_element): expected linear time,
/// so a ranking rule that needs a few cut points (quintiles, value bands) costs a few passes over the values instead
/// of a sort. Falls back to a sort of what is left when partitioning goes badly, so the worst case stays n log n.
/// </summary>
internal static class OrderStatistics
{
    /// <summary>The values at the given 0-based ranks in ascending order; <paramref name="scratch"/> is reordered.</summary>
    /// <param name="scratch">A copy of the values (no NaN), reordered in place.</param>
    /// <param name="ranks">Ranks in [0, n), ascending.</param>
    /// <param name="result">Receives the value at each rank.</param>
    public static void Select<T>(Span<T> scratch, ReadOnlySpan<int> ranks, Span<T> result)
        where T : IComparable<T>
    {
        var from = 0;
        for (var i = 0; i < ranks.Length; i++)
        {
            // Everything after an earlier rank's value is ≥ it, so the next rank is looked for only there.
            result[i] = SelectOne(scratch[from..], ranks[i] - from);
            from = ranks[i];
        }
    }

    private static T SelectOne<T>(Span<T> values, int k)
        where T : IComparable<T>
    {
        var (lo, hi) = (0, values.Length - 1);
        var rounds = 2 * (64 - ulong.LeadingZeroCount((ulong)values.Length));
        while (hi - lo > 16)
        {
            if (rounds-- == 0)
            {
                values[lo..(hi + 1)].Sort();
                return values[k];
            }

            var pivot = MedianOfThree(values, lo, lo + ((hi - lo) / 2), hi);
            var (i, j) = (lo, hi);
            while (i <= j)
            {
                while (values[i].CompareTo(pivot) < 0)
                {
                    i++;
                }

                while (values[j].CompareTo(pivot) > 0)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            // [lo, j] ≤ pivot ≤ [i, hi], and whatever lies between j and i equals the pivot.
            if (k <= j)
            {
                hi = j;
            }
            else if (k >= i)
            {
                lo = i;
            }
            else
            {
                return values[k];
            }
        }

        values[lo..(hi + 1)].Sort();
        return values[k];
    }

    private static T MedianOfThree<T>(Span<T> values, int a, int b, int c)
        where T : IComparable<T>
    {
        var (x, y, z) = (values[a], values[b], values[c]);
        if (x.CompareTo(y) > 0)
        {
            (x, y) = (y, x);
        }

        if (y.CompareTo(z) > 0)
        {
            y = z;
        }

        return x.CompareTo(y) > 0 ? x : y;
    }
}
