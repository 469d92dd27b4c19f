using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;
using Xunit.Abstractions;

namespace PrivateTraffic.Core.Tests.Value.Models;

public sealed class PeriodTransactionsTests(ITestOutputHelper output)
{
    private static readonly BgNbdParameters Published = BgNbdModelTests.Published;

    /// <summary>Eq. 8 of Fader, Hardie &amp; Lee (2005) written out directly with log-gamma functions.</summary>
    private static double Direct(BgNbdParameters m, int x, double t)
    {
        double LogBeta(double u, double v) => LogGamma(u) + LogGamma(v) - LogGamma(u + v);
        double Nb(int j) => Math.Exp(LogGamma(m.R + j) - LogGamma(m.R) - LogGamma(j + 1) + (m.R * Math.Log(m.Alpha / (m.Alpha + t))) + (j * Math.Log(t / (m.Alpha + t))));
        var p = Math.Exp(LogBeta(m.A, m.B + x) - LogBeta(m.A, m.B)) * Nb(x);
        if (x > 0)
        {
            p += Math.Exp(LogBeta(m.A + 1, m.B + x - 1) - LogBeta(m.A, m.B)) * (1 - Enumerable.Range(0, x).Sum(Nb));
        }

        return p;
    }

    private static double LogGamma(double v) => Core.Value.SpecialFunctions.LogGamma(v);

    [Fact]
    public void Probabilities_match_equation_8_written_out()
    {
        foreach (var t in new[] { 0.5, 10, 38.86, 78 })
        {
            for (var x = 0; x < 12; x++)
            {
                Assert.Equal(Direct(Published, x, t), PeriodTransactions.Probability(Published, x, t), 13);
            }
        }

        Assert.Equal(1.0, PeriodTransactions.Probability(Published, 0, 0));
        Assert.Equal(0.0, PeriodTransactions.Probability(Published, 3, 0));
        Assert.ThrowsAny<ArgumentException>(() => PeriodTransactions.Probability(Published, -1, 1));
        Assert.ThrowsAny<ArgumentException>(() => PeriodTransactions.Probability(Published, 1, double.NaN));
    }

    [DeepProperty(runs: 200)]
    public Property Probabilities_over_all_counts_are_non_negative_and_sum_to_one() =>
        Prop.ForAll(
            Generators.Triple(Generators.BgNbdParametersGen.ToArbitrary(), Gen.Choose(0, 520).ToArbitrary(), Gen.Constant(0).ToArbitrary()),
            input =>
            {
                var (m, days, _) = input;
                var t = days / 2.0;
                // The count while alive is negative binomial with success share t/(α+t); 200,000 terms leave a tail far
                // below 1e-12 for α ≥ 0.5 and t ≤ 260.
                var row = new double[200_000];
                PeriodTransactions.Probabilities(m, t, row);
                Assert.All(row, p => Assert.InRange(p, 0.0, 1.0));
                var sum = 0.0;
                foreach (var p in row)
                {
                    sum += p;
                }

                Assert.True(Math.Abs(sum - 1.0) <= 1e-9, $"{m}, t = {t}: Σ P = {sum:R}");
            });

    [Fact]
    public void Expected_and_observed_classes_add_up_to_the_customers()
    {
        double[] ages = [0, 5, 5, 20, 38.86];
        var expected = new double[8];
        PeriodTransactions.Expected(Published, ages, expected);
        Assert.Equal(5.0, expected.Sum(), 12);
        Assert.Equal(1 + (2 * Direct(Published, 0, 5)) + Direct(Published, 0, 20) + Direct(Published, 0, 38.86), expected[0], 12);
        var observed = new double[8];
        PeriodTransactions.Observed([0, 1, 7, 12, 3], observed);
        Assert.Equal([1, 1, 0, 1, 0, 0, 0, 2], observed);
        Assert.Throws<ArgumentException>(() => PeriodTransactions.Expected(Published, ages, new double[1]));
        Assert.Throws<ArgumentException>(() => PeriodTransactions.Observed([1.5], observed));
    }

    [SkippableFact]
    public void On_CDNOW_the_expected_classes_follow_the_observed_ones()
    {
        var cdnow = CdnowSummaries.Load();
        var expected = new double[8];
        var observed = new double[8];
        PeriodTransactions.Expected(Published, cdnow.Age, expected);
        PeriodTransactions.Observed(cdnow.Frequency, observed);
        output.WriteLine(string.Join(Environment.NewLine, expected.Select((e, x) => $"{x}: expected {e:F1} observed {observed[x]}")));

        Assert.Equal(2357.0, expected.Sum(), 8);
        Assert.Equal(2357.0, observed.Sum());
        Assert.Equal(1411.0, observed[0]);
        // The published fit tracks the histogram closely (Fader, Hardie & Lee 2005, figure 2): within 5% of the base per class.
        for (var x = 0; x < 8; x++)
        {
            Assert.InRange(Math.Abs(expected[x] - observed[x]), 0.0, 0.05 * 2357);
        }
    }
}
