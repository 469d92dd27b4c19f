using System;
using System.Linq;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

/// <summary>
/// Pareto/NBD at the places the BG/NBD mutation run of issue 10 found untested in its twin: the guards of its entry
/// points, the start of a distributed fit, the limit at s = 1, and the likelihood outside the parameter space.
/// </summary>
public sealed class ParetoNbdModelBoundaryTests
{
    private static readonly ParetoNbdParameters Published = ParetoNbdModelTests.Published;

    [Fact]
    public void Entry_points_name_the_wrong_argument()
    {
        Assert.Equal("data", Assert.Throws<ArgumentNullException>(() => ParetoNbdModel.Fit(null!)).ParamName);
        Assert.Equal("customerCount", Assert.ThrowsAny<ArgumentException>(() => ParetoNbdModel.BeginFit(-1, 38.0, TimeUnit.Weeks)).ParamName);
        Assert.Equal("meanAge", Assert.ThrowsAny<ArgumentException>(() => ParetoNbdModel.BeginFit(10, double.PositiveInfinity, TimeUnit.Weeks)).ParamName);
        Assert.Equal("meanAge", Assert.ThrowsAny<ArgumentException>(() => ParetoNbdModel.BeginFit(10, -1.0, TimeUnit.Weeks)).ParamName);
        var x = new double[2];
        var tx = new double[2];
        Assert.Equal("random", Assert.Throws<ArgumentNullException>(() => ParetoNbdModel.Simulate(Published, [1.0, 2.0], null!, x, tx)).ParamName);
        Assert.ThrowsAny<ArgumentException>(() => ParetoNbdModel.Simulate(Published, [1.0], new Random(1), x, tx));
        Assert.Equal("age", Assert.ThrowsAny<ArgumentException>(() => ParetoNbdModel.Simulate(Published, [1.0, -2.0], new Random(1), x, tx)).ParamName);
    }

    [Fact]
    public void A_distributed_fit_starts_where_the_local_fit_does()
    {
        // r = s = 1 and α = β = the mean age, with a floor of 0.001 (values come back through exp(ln v)).
        foreach (var (meanAge, expected) in new[] { (38.5, 38.5), (0.0, 1e-3) })
        {
            var start = ParetoNbdModel.BeginFit(10, meanAge, TimeUnit.Weeks).NextParameters;
            Assert.Equal(1.0, start.R, 1e-12);
            Assert.Equal(expected, start.Alpha, expected * 1e-12);
            Assert.Equal(1.0, start.S, 1e-12);
            Assert.Equal(expected, start.Beta, expected * 1e-12);
        }
    }

    [Fact]
    public void At_s_equal_to_one_the_expectation_is_the_limit_of_its_neighbours()
    {
        // (1 − ratio^(s−1)) / (s−1) is 0/0 at s = 1; the model uses its limit, −ln ratio.
        static double At(double s) =>
            ParetoNbdParameters.Create(0.553, 10.578, s, 11.669, TimeUnit.Weeks).ExpectedPurchases(2, 30.43, 38.86, 39);

        var value = At(1.0);
        Assert.True(double.IsFinite(value));
        Assert.Equal(0.5 * (At(1.0 - 1e-5) + At(1.0 + 1e-5)), value, 1e-8);
        Assert.True(At(1.0 - 1e-5) > value && value > At(1.0 + 1e-5));
    }

    [Theory]
    [InlineData(0.0, 10.6, 0.6, 11.7)]
    [InlineData(0.5, 0.0, 0.6, 11.7)]
    [InlineData(0.5, 10.6, 0.0, 11.7)]
    [InlineData(0.5, 10.6, 0.6, 0.0)]
    [InlineData(0.5, double.PositiveInfinity, 0.6, 11.7)]
    [InlineData(0.5, 10.6, 0.6, double.PositiveInfinity)]
    [InlineData(double.NaN, 10.6, 0.6, 11.7)]
    public void Outside_the_parameter_space_the_likelihood_is_undefined_and_its_gradient_zero(double r, double alpha, double s, double beta)
    {
        var data = RepeatPurchaseData.Create([0, 2], [0, 30.43], [38.86, 38.86], TimeUnit.Weeks);
        var gradient = new double[] { 7, 7, 7, 7 };
        Assert.True(double.IsNaN(ParetoNbdModel.LogLikelihoodWithGradient([r, alpha, s, beta], gradient, data)));
        Assert.All(gradient, g => Assert.Equal(0.0, g));
        Assert.True(double.IsNaN(ParetoNbdModel.LogLikelihood(r, alpha, s, beta, data)));
    }

    [Fact]
    public void A_base_with_many_distinct_frequencies_has_the_sum_of_its_customers_likelihoods()
    {
        // More than 512 distinct x: the per-x terms no longer fit on the stack and go to the heap.
        var x = Enumerable.Range(0, 600).Select(i => (double)i).ToArray();
        var tx = x.Select(v => v == 0 ? 0.0 : 30.0).ToArray();
        var t = x.Select(_ => 38.86).ToArray();
        var data = RepeatPurchaseData.Create(x, tx, t, TimeUnit.Weeks);
        var oneByOne = Enumerable.Range(0, x.Length).Sum(i => Published.LogLikelihood(x[i], tx[i], t[i]));
        Assert.Equal(oneByOne, Published.LogLikelihood(data), Math.Abs(oneByOne) * 1e-11);
        var gradient = new double[4];
        Assert.Equal(oneByOne, ParetoNbdModel.LogLikelihoodWithGradient([Published.R, Published.Alpha, Published.S, Published.Beta], gradient, data), Math.Abs(oneByOne) * 1e-11);
    }
}
