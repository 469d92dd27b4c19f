using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

/// <summary>
/// P(X(t) = x) under Pareto/NBD, checked three ways that do not share its code: the probabilities add up to 1, their mean
/// is the closed-form E[X(t)] = rβ/(α(s−1)) (1 − (β/(β+t))^(s−1)), and they match the frequencies of customers simulated
/// from the model's own story (the library's simulator) within sampling error.
/// </summary>
public sealed class ParetoNbdPeriodTransactionsTests
{
    private static readonly ParetoNbdParameters Published = ParetoNbdModelTests.Published;

    [DeepProperty(runs: 40)]
    public Property Probabilities_sum_to_one_and_their_mean_is_the_expected_number_of_purchases() =>
        Prop.ForAll(
            Generators.Pair(Generators.ParetoNbdParametersGen.ToArbitrary(), Gen.Choose(1, 260).ToArbitrary()),
            input =>
            {
                var (m, days) = input;
                var t = days / 2.0;
                // 30,000 counts leave a tail below 1e-10 for α ≥ 0.5 and t ≤ 130 (the count while alive is negative binomial).
                var row = new double[30_000];
                PeriodTransactions.Probabilities(m, t, row);
                Assert.All(row, p => Assert.InRange(p, 0.0, 1.0));
                var (sum, mean) = (0.0, 0.0);
                for (var x = 0; x < row.Length; x++)
                {
                    sum += row[x];
                    mean += x * row[x];
                }

                var expected = m.UnconditionalExpectedPurchases(t);
                Assert.True(Math.Abs(sum - 1.0) <= 1e-9, $"{m}, t = {t}: Σ P = {sum:R}");
                Assert.True(Math.Abs(mean - expected) <= 1e-7 * Math.Max(1.0, expected), $"{m}, t = {t}: Σ x P = {mean:R}, E[X(t)] = {expected:R}");
            });

    [Fact]
    public void Probabilities_match_customers_simulated_from_the_model()
    {
        // 400,000 customers of the published CDNOW fit, each observed for 39 weeks (the calibration period).
        const int n = 400_000;
        const double t = 39.0;
        var (x, tx) = (new double[n], new double[n]);
        ParetoNbdModel.Simulate(Published, Enumerable.Repeat(t, n).ToArray(), new Random(20), x, tx);
        var row = new double[8];
        PeriodTransactions.Probabilities(Published, t, row);
        for (var k = 0; k < row.Length; k++)
        {
            var share = x.Count(v => v == k) / (double)n;
            var error = Math.Sqrt(row[k] * (1 - row[k]) / n);
            Assert.True(Math.Abs(share - row[k]) <= 4.5 * error, $"x = {k}: simulated {share:F5}, P = {row[k]:F5} (σ {error:F5})");
        }

        // About 60% of CDNOW's customers made no repeat purchase in the 39 weeks; the model says so too.
        Assert.InRange(row[0], 0.55, 0.65);
    }

    [Fact]
    public void Expected_classes_add_up_to_the_customers_and_zero_length_periods_have_no_purchases()
    {
        double[] ages = [0, 5, 5, 20, 38.86];
        var expected = new double[8];
        PeriodTransactions.Expected(Published, ages, expected);
        Assert.Equal(5.0, expected.Sum(), 12);
        Assert.Equal(1 + (2 * PeriodTransactions.Probability(Published, 0, 5)) + PeriodTransactions.Probability(Published, 0, 20) + PeriodTransactions.Probability(Published, 0, 38.86), expected[0], 12);
        Assert.Equal(1.0, PeriodTransactions.Probability(Published, 0, 0));
        Assert.Equal(0.0, PeriodTransactions.Probability(Published, 2, 0));
        Assert.ThrowsAny<ArgumentException>(() => PeriodTransactions.Probability(Published, -1, 1));
        Assert.ThrowsAny<ArgumentException>(() => PeriodTransactions.Probability(Published, 1, double.PositiveInfinity));
    }
}
