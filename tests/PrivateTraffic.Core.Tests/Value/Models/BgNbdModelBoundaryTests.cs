using System;
using System.Linq;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

/// <summary>
/// BG/NBD at the places the mutation run of issue 10 found untested: the guards of its entry points, the start of a
/// distributed fit, the limit at a = 1, the likelihood outside the parameter space, and a base large enough to be summed
/// in parallel.
/// </summary>
public sealed class BgNbdModelBoundaryTests
{
    private static readonly BgNbdParameters Published = BgNbdModelTests.Published;

    [Fact]
    public void Entry_points_name_the_wrong_argument()
    {
        Assert.Equal("data", Assert.Throws<ArgumentNullException>(() => BgNbdModel.Fit(null!)).ParamName);
        Assert.Equal("customerCount", Assert.ThrowsAny<ArgumentException>(() => BgNbdModel.BeginFit(-1, 38.0, TimeUnit.Weeks)).ParamName);
        Assert.Equal("meanAge", Assert.ThrowsAny<ArgumentException>(() => BgNbdModel.BeginFit(10, double.NaN, TimeUnit.Weeks)).ParamName);
        Assert.Equal("meanAge", Assert.ThrowsAny<ArgumentException>(() => BgNbdModel.BeginFit(10, -1.0, TimeUnit.Weeks)).ParamName);
        var x = new double[2];
        var tx = new double[2];
        Assert.Equal("random", Assert.Throws<ArgumentNullException>(() => BgNbdModel.Simulate(Published, [1.0, 2.0], null!, x, tx)).ParamName);
        Assert.ThrowsAny<ArgumentException>(() => BgNbdModel.Simulate(Published, [1.0, 2.0, 3.0], new Random(1), x, tx));
    }

    [Fact]
    public void A_distributed_fit_starts_where_the_local_fit_does()
    {
        // r = a = b = 1 and α = the mean age, with a floor of 0.001 so that a base of newcomers (T = 0) has a valid α. The
        // search runs on logarithms, so the values come back through exp(ln v): equal to about 1e-15.
        AssertStart(38.5, BgNbdModel.BeginFit(10, 38.5, TimeUnit.Weeks).NextParameters);
        AssertStart(1e-3, BgNbdModel.BeginFit(10, 0.0, TimeUnit.Weeks).NextParameters);
    }

    private static void AssertStart(double alpha, BgNbdParameters start)
    {
        Assert.Equal(1.0, start.R, 1e-12);
        Assert.Equal(alpha, start.Alpha, alpha * 1e-12);
        Assert.Equal(1.0, start.A, 1e-12);
        Assert.Equal(1.0, start.B, 1e-12);
    }

    [Fact]
    public void At_a_equal_to_one_the_expectation_is_the_limit_of_its_neighbours()
    {
        // The closed form divides 0 by 0 at a = 1; the model answers with the limit.
        var atOne = BgNbdParameters.Create(0.243, 4.414, 1.0, 2.426, TimeUnit.Weeks);
        var below = BgNbdParameters.Create(0.243, 4.414, 1.0 - 1e-4, 2.426, TimeUnit.Weeks);
        var above = BgNbdParameters.Create(0.243, 4.414, 1.0 + 1e-4, 2.426, TimeUnit.Weeks);
        var value = atOne.ExpectedPurchases(2, 30.43, 38.86, 39);
        Assert.True(double.IsFinite(value));
        Assert.Equal(0.5 * (below.ExpectedPurchases(2, 30.43, 38.86, 39) + above.ExpectedPurchases(2, 30.43, 38.86, 39)), value, 1e-6);
    }

    [Theory]
    [InlineData(0.0, 4.4, 0.8, 2.4)]
    [InlineData(0.2, 0.0, 0.8, 2.4)]
    [InlineData(0.2, 4.4, 0.0, 2.4)]
    [InlineData(0.2, 4.4, 0.8, 0.0)]
    [InlineData(0.2, double.PositiveInfinity, 0.8, 2.4)]
    [InlineData(0.2, 4.4, 0.8, double.PositiveInfinity)]
    [InlineData(double.NaN, 4.4, 0.8, 2.4)]
    public void Outside_the_parameter_space_the_likelihood_is_undefined_and_its_gradient_zero(double r, double alpha, double a, double b)
    {
        // The optimizer reads NaN as "step back"; the gradient left behind must not carry a previous point's values.
        var data = RepeatPurchaseData.Create([0, 2], [0, 30.43], [38.86, 38.86], TimeUnit.Weeks);
        var gradient = new double[] { 7, 7, 7, 7 };
        Assert.True(double.IsNaN(BgNbdModel.LogLikelihood([r, alpha, a, b], gradient, data)));
        Assert.All(gradient, g => Assert.Equal(0.0, g));
    }

    [Fact]
    public void A_base_summed_in_parallel_has_the_sum_of_its_customers_likelihoods()
    {
        // 33,001 customers of distinct ages give more rows than the parallel threshold (32,768), and an odd count.
        var random = new Random(11);
        var ages = Enumerable.Range(0, 33_001).Select(_ => 1.0 + (77.0 * random.NextDouble())).ToArray();
        var x = new double[ages.Length];
        var tx = new double[ages.Length];
        BgNbdModel.Simulate(Published, ages, random, x, tx);
        var data = RepeatPurchaseData.Create(x, tx, ages, TimeUnit.Weeks);
        Assert.True(data.RowCount > 32_768, $"{data.RowCount} rows.");

        var oneByOne = 0.0;
        for (var i = 0; i < ages.Length; i++)
        {
            oneByOne += Published.LogLikelihood(x[i], tx[i], ages[i]);
        }

        Assert.Equal(oneByOne, Published.LogLikelihood(data), Math.Abs(oneByOne) * 1e-11);
    }
}
