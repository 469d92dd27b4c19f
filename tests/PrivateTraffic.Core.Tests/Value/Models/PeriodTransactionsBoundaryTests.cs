using System;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

/// <summary>
/// The period-transaction tables at the places the mutation run of issue 10 found untested: a period of length zero,
/// a frequency beyond the stack-sized row, the guards of the expected and observed counts, and destinations that held
/// something before.
/// </summary>
public sealed class PeriodTransactionsBoundaryTests
{
    private static readonly BgNbdParameters Bg = BgNbdModelTests.Published;
    private static readonly ParetoNbdParameters Pareto = ParetoNbdModelTests.Published;

    [Fact]
    public void In_a_period_of_length_zero_nobody_buys()
    {
        var bg = new double[] { 9, 9, 9, 9 };
        var pareto = new double[] { 9, 9, 9, 9 };
        PeriodTransactions.Probabilities(Bg, 0.0, bg);
        PeriodTransactions.Probabilities(Pareto, 0.0, pareto);
        Assert.Equal([1.0, 0.0, 0.0, 0.0], bg);
        Assert.Equal([1.0, 0.0, 0.0, 0.0], pareto);
    }

    [Fact]
    public void One_probability_beyond_a_stack_row_is_the_rows_entry()
    {
        // Rows of 256 or more entries are taken from the heap; the entry asked for is the last one.
        var row = new double[301];
        PeriodTransactions.Probabilities(Bg, 2000.0, row);
        Assert.Equal(row[300], PeriodTransactions.Probability(Bg, 300, 2000.0));
        Assert.True(row[300] > 0);
    }

    [Fact]
    public void Expected_counts_refuse_a_short_destination_or_a_bad_age_and_ignore_what_the_destination_held()
    {
        Assert.Equal("destination", Assert.ThrowsAny<ArgumentException>(() => PeriodTransactions.Expected(Bg, [10.0], new double[1])).ParamName);
        Assert.Equal("age", Assert.ThrowsAny<ArgumentException>(() => PeriodTransactions.Expected(Bg, [10.0, double.NaN], new double[3])).ParamName);
        Assert.Equal("age", Assert.ThrowsAny<ArgumentException>(() => PeriodTransactions.Expected(Pareto, [-1.0], new double[3])).ParamName);

        var expected = new double[] { 5, 5, 5 };
        PeriodTransactions.Expected(Bg, [10.0, 20.0, 38.86], expected);
        Assert.Equal(3.0, expected[0] + expected[1] + expected[2], 12);
        Assert.Equal(PeriodTransactions.Probability(Bg, 1, 10.0) + PeriodTransactions.Probability(Bg, 1, 20.0) + PeriodTransactions.Probability(Bg, 1, 38.86), expected[1], 12);

        var two = new double[2];
        PeriodTransactions.Expected(Bg, [10.0, 20.0, 38.86], two);
        Assert.Equal(expected[0], two[0], 12);
        Assert.Equal(3.0, two[0] + two[1], 12);
    }

    [Fact]
    public void Observed_counts_refuse_a_short_destination_and_ignore_what_the_destination_held()
    {
        Assert.Equal("destination", Assert.ThrowsAny<ArgumentException>(() => PeriodTransactions.Observed([1.0], new double[1])).ParamName);
        Assert.Equal("frequency", Assert.ThrowsAny<ArgumentException>(() => PeriodTransactions.Observed([1.5], new double[3])).ParamName);
        var observed = new double[] { 5, 5, 5 };
        PeriodTransactions.Observed([0, 1, 4, 7], observed);
        Assert.Equal([1.0, 1.0, 2.0], observed);

        // Two classes, the least allowed: none, and one or more.
        var two = new double[2];
        PeriodTransactions.Observed([0, 1, 4, 7], two);
        Assert.Equal([1.0, 3.0], two);
    }

    [Fact]
    public void A_Pareto_NBD_contribution_carries_the_likelihoods_gradient()
    {
        // A partition's contribution is what a distributed fit climbs on: its gradient must be the analytic one.
        var data = RepeatPurchaseData.Create([0, 2, 5], [0, 30.43, 20], [38.86, 38.86, 30], Core.Primitives.TimeUnit.Weeks);
        var gradient = new double[4];
        var value = ParetoNbdModel.LogLikelihoodWithGradient([Pareto.R, Pareto.Alpha, Pareto.S, Pareto.Beta], gradient, data);
        var contribution = Pareto.Contribution(data);
        Assert.Equal(value, contribution.LogLikelihood, 1e-12);
        Assert.Equal(gradient, contribution.Gradient);
        Assert.Contains(gradient, g => g != 0.0);
    }
}
