using FsCheck;
using FsCheck.Fluent;
using System;
using System.Linq;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value;

/// <summary>
/// The value bands and RFM scores are computed from order statistics of the bare figures (no sort of customers with an
/// id tie-break); these properties hold them to the earlier implementation, kept here as the oracle: a full sort of the
/// customers by figure, then by id, and competition ranking over the sorted groups.
/// </summary>
public sealed class RankingOracleTests
{
    /// <summary>Figures from few levels, with negatives, zeros of both signs and infinities, so ties and edges are common.</summary>
    private static readonly Arbitrary<double[]> Figures =
        Gen.Choose(0, 60).SelectMany(n => Gen.Elements(0.0, -0.0, 1.0, 1.0, 2.5, 7.0, 7.0, 7.0, -3.0, 1e300, double.PositiveInfinity, double.NegativeInfinity, 42.0).ArrayOf(n)).ToArbitrary();

    /// <summary>Amounts in yuan from few levels, with negatives and the same value at different scales (1.0 and 1.00).</summary>
    private static readonly Arbitrary<decimal[]> Amounts =
        Gen.Choose(1, 60).SelectMany(n => Gen.Elements(0m, 0.00m, 1.0m, 1.00m, 1m, 2.5m, 99.99m, 99.99m, -1m, 1000m).ArrayOf(n)).ToArbitrary();

    [DeepProperty]
    public Property Bands_are_those_of_the_full_sort_with_an_id_tie_break() =>
        Prop.ForAll(Generators.Pair(Amounts, Generators.Shares), t =>
        {
            var (amounts, shares) = t;
            var ids = amounts.Select((_, i) => MemberId.From($"m{(i * 7919) % 101:D3}-{i}")).ToArray();
            var values = amounts.Select(a => Money.Of(a, Currency.CNY)).ToArray();
            Assert.Equal(ReferenceBands(ids, amounts, shares), ValueQuantileLayering.Assign(ids, values, shares));
        });

    [DeepProperty]
    public Property Rfm_scores_are_those_of_the_full_sort_with_an_id_tie_break() =>
        Prop.ForAll(Figures, figures =>
        {
            var ids = figures.Select((_, i) => MemberId.From($"m{(i * 7919) % 101:D3}-{i}")).ToArray();
            // Recency and frequency cannot be negative (ScoreAll refuses them); monetary can (refunds), so it keeps the signs.
            var days = figures.Select(Math.Abs).ToArray();
            var reversed = days.Reverse().ToArray();
            var scores = RfmScore.ScoreAll(ids, days, reversed, figures);
            var (r, f, m) = (ReferenceQuintiles(ids, days, higherIsBetter: false), ReferenceQuintiles(ids, reversed, higherIsBetter: true), ReferenceQuintiles(ids, figures, higherIsBetter: true));
            Assert.Equal(r, scores.Select(s => s.Recency));
            Assert.Equal(f, scores.Select(s => s.Frequency));
            Assert.Equal(m, scores.Select(s => s.Monetary));
        });

    [DeepProperty(runs: 30)]
    public Property Order_statistics_are_those_of_a_sort() =>
        Prop.ForAll(Generators.Seeds, seed =>
        {
            // Up to 5,000 values from few or many levels (ties, sorted runs), past the small-range cut-off of the selection.
            var random = new Random(seed);
            var n = random.Next(1, 5_000);
            var levels = random.Next(1, 3) == 1 ? 7 : 1_000_000;
            var values = Enumerable.Range(0, n).Select(i => random.Next(4) == 0 ? (double)i : random.Next(levels)).ToArray();
            var ranks = Enumerable.Range(0, 4).Select(_ => random.Next(n)).Order().ToArray();
            var selected = new double[ranks.Length];
            OrderStatistics.Select((double[])values.Clone(), ranks, selected);
            var sorted = values.Order().ToArray();
            Assert.Equal(ranks.Select(k => sorted[k]), selected);
        });

    private static ValueTier[] ReferenceBands(MemberId[] ids, decimal[] amounts, ValueQuantileShares shares)
    {
        var n = ids.Length;
        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(order, (a, b) => amounts[b].CompareTo(amounts[a]) is var c and not 0 ? c : string.CompareOrdinal(ids[a].Value, ids[b].Value));
        var (top, middle, _) = shares.SizesFor(n);
        var tiers = new ValueTier[n];
        var group = ValueTier.Top;
        for (var rank = 0; rank < n; rank++)
        {
            var amount = amounts[order[rank]];
            if (rank == 0 || amount != amounts[order[rank - 1]])
            {
                group = amount <= 0m ? ValueTier.Bottom : rank < top ? ValueTier.Top : rank < top + middle ? ValueTier.Middle : ValueTier.Bottom;
            }

            tiers[order[rank]] = group;
        }

        return tiers;
    }

    private static int[] ReferenceQuintiles(MemberId[] ids, double[] values, bool higherIsBetter)
    {
        var n = ids.Length;
        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(order, (a, b) => (higherIsBetter ? values[a].CompareTo(values[b]) : values[b].CompareTo(values[a])) is var c and not 0 ? c : string.CompareOrdinal(ids[a].Value, ids[b].Value));
        var scores = new int[n];
        var group = 1;
        for (var rank = 0; rank < n; rank++)
        {
            if (rank == 0 || values[order[rank]] != values[order[rank - 1]])
            {
                group = 1 + (int)(5L * rank / n);
            }

            scores[order[rank]] = group;
        }

        return scores;
    }
}
