using System;
using System.Linq;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;
using Xunit.Abstractions;

namespace PrivateTraffic.Core.Tests.Value.Models;

public sealed class BgNbdModelTests(ITestOutputHelper output)
{
    /// <summary>The published CDNOW estimates (Fader, Hardie &amp; Lee 2005), given to 3–4 significant digits.</summary>
    internal static readonly BgNbdParameters Published = BgNbdParameters.Create(0.243, 4.414, 0.793, 2.426, TimeUnit.Weeks);

    [SkippableFact]
    public void Fit_on_CDNOW_reproduces_the_published_estimates_and_log_likelihood()
    {
        var data = CdnowSummaries.Load().Data;
        var fit = BgNbdModel.Fit(data);
        output.WriteLine($"{fit.Parameters} LL={fit.LogLikelihood:R} iterations={fit.Iterations} rows={data.RowCount} se={string.Join(", ", fit.StandardErrors!)}");

        Assert.Equal(ModelFitStatus.Converged, fit.Status);
        var p = fit.Parameters!.Value;
        // The published values are rounded to 3 decimals, so a value is "reproduced" when it rounds to them: the
        // difference is at most half a unit in the last published digit (≤ 0.0005 absolute, ≤ 2.1e-3 relative for
        // r = 0.243) plus the fit's own optimum tolerance (~1e-6 relative).
        Assert.Equal(0.243, p.R, 0.0005 + 1e-6);
        Assert.Equal(4.414, p.Alpha, 0.0005 + 1e-5);
        Assert.Equal(0.793, p.A, 0.0005 + 1e-6);
        Assert.Equal(2.426, p.B, 0.0005 + 1e-5);
        Assert.Equal(-9582.43, fit.LogLikelihood!.Value, 0.01);
        Assert.Equal(data.CustomerCount, fit.CustomerCount);
        Assert.Equal(2357, fit.CustomerCount);
    }

    [SkippableFact]
    public void Fitting_the_same_customers_in_days_scales_alpha_by_seven_and_keeps_the_shapes()
    {
        var cdnow = CdnowSummaries.Load();
        var weeks = BgNbdModel.Fit(cdnow.Data).Parameters!.Value;
        var days = BgNbdModel.Fit(RepeatPurchaseData.Create(cdnow.Frequency, cdnow.Recency.Select(v => v * 7).ToArray(), cdnow.Age.Select(v => v * 7).ToArray(), TimeUnit.Days)).Parameters!.Value;
        Assert.Equal(TimeUnit.Days, days.Unit);
        Assert.Equal(weeks.R, days.R, weeks.R * 1e-5);
        Assert.Equal(7 * weeks.Alpha, days.Alpha, 7 * weeks.Alpha * 1e-5);
        Assert.Equal(weeks.A, days.A, weeks.A * 1e-5);
        Assert.Equal(weeks.B, days.B, weeks.B * 1e-5);
    }

    [SkippableFact]
    public void Log_likelihood_at_the_published_estimates_is_the_published_value()
    {
        var data = CdnowSummaries.Load().Data;
        Assert.Equal(-9582.43, Published.LogLikelihood(data), 0.05);
    }

    [Fact]
    public void Worked_customer_has_the_published_probability_alive_and_expected_purchases()
    {
        Assert.Equal(0.7266, Published.ProbabilityAlive(2, 30.43, 38.86), 4);
        Assert.Equal(1.226, Published.ExpectedPurchases(2, 30.43, 38.86, 39), 3);
    }

    [Theory]
    [InlineData(0, 0, 38.86)]
    [InlineData(0, 0, 0)]
    [InlineData(1, 0, 38.86)]
    [InlineData(1, 38.86, 38.86)]
    [InlineData(300, 20, 38.86)]
    [InlineData(300, 38.86, 38.86)]
    [InlineData(1000, 0.5, 38.86)]
    [InlineData(1000, 38.86, 38.86)]
    [InlineData(5000, 100, 100)]
    public void Heavy_and_edge_customers_give_finite_predictions(double x, double tx, double t)
    {
        var pAlive = Published.ProbabilityAlive(x, tx, t);
        var ll = Published.LogLikelihood(x, tx, t);
        Assert.InRange(pAlive, 0.0, 1.0);
        Assert.True(double.IsFinite(ll), $"LL {ll}");
        foreach (var horizon in new[] { 0.0, 1e-9, 1.0, 39.0, 520.0 })
        {
            var e = Published.ExpectedPurchases(x, tx, t, horizon);
            Assert.True(double.IsFinite(e) && e >= 0.0, $"E[Y({horizon})] = {e}");
        }
    }

    [Theory]
    [InlineData(2, 30.43, 38.86, 39)]
    [InlineData(300, 38.86, 38.86, 38.86)]
    [InlineData(1000, 38.86, 38.86, 38.86)]
    [InlineData(1000, 38.86, 38.86, 5)]
    public void Heavy_buyers_match_an_independent_summation_over_future_purchases(double x, double tx, double t, double horizon)
    {
        // Independent of the hypergeometric form: a customer alive at T has λ ~ Gamma(r+x, α+T) and p ~ Beta(a, b+x); the
        // n-th future purchase happens if the Poisson count M over the horizon reaches n (M is negative binomial once λ is
        // integrated out) and the customer survived the n−1 purchases before it (E[(1−p)^(n−1)] = B(a, b+x+n−1)/B(a, b+x)).
        // So E[Y | alive] = Σ_(n≥1) P(M ≥ n) · B(a, b+x+n−1)/B(a, b+x), and E[Y] = P(alive) · E[Y | alive].
        // (A Python Monte Carlo of min(Poisson(λt), Geometric(p)) agreed: 206.27 and 685.49 alive-conditional.)
        var (r, alpha, a, b) = (Published.R, Published.Alpha, Published.A, Published.B);
        var shape = r + x;
        var q = (alpha + t) / (alpha + t + horizon);
        var logB0 = SpecialFunctions.LogGamma(b + x) - SpecialFunctions.LogGamma(a + b + x);
        double cdf = 0, sum = 0;
        for (var n = 1; n < 100_000; n++)
        {
            var m = n - 1;
            cdf += Math.Exp(SpecialFunctions.LogGamma(shape + m) - SpecialFunctions.LogGamma(shape) - SpecialFunctions.LogGamma(m + 1.0) + (shape * Math.Log(q)) + (m * Math.Log(1 - q)));
            var tail = 1 - cdf;
            if (tail < 1e-15)
            {
                break;
            }

            sum += tail * Math.Exp(SpecialFunctions.LogGamma(b + x + n - 1) - SpecialFunctions.LogGamma(a + b + x + n - 1) - logB0);
        }

        var expected = Published.ProbabilityAlive(x, tx, t) * sum;
        Assert.Equal(expected, Published.ExpectedPurchases(x, tx, t, horizon), 1e-8 * Math.Max(1.0, expected));
    }

    [Fact]
    public void Heavy_buyers_who_bought_recently_are_almost_surely_alive()
    {
        Assert.Equal(1.0 / (1.0 + (0.793 / (2.426 + 999))), Published.ProbabilityAlive(1000, 38.86, 38.86), 12);
        Assert.True(Published.ProbabilityAlive(1000, 1.0, 38.86) < 1e-100);
    }

    [Fact]
    public void Counterexample_with_a_plus_b_below_one_gives_finite_increasing_expectations()
    {
        // Found by the CLV property: with a + b < 1 and x = 0 the transformed hypergeometric series is negative.
        var p = BgNbdParameters.Create(3.32195, 13.964, 0.5312, 0.2882, TimeUnit.Weeks);
        var previous = 0.0;
        foreach (var t in new[] { 1.0, 13.0, 52.0, 520.0 })
        {
            var e = p.ExpectedPurchases(0, 0, 73, t);
            Assert.True(double.IsFinite(e) && e > previous, $"E[Y({t})] = {e}");
            previous = e;
        }
    }

    [Fact]
    public void Column_scoring_gives_the_single_customer_values()
    {
        double[] x = [0, 2, 1000];
        double[] tx = [0, 30.43, 38.86];
        double[] t = [38.86, 38.86, 38.86];
        var alive = new double[3];
        var expected = new double[3];
        Published.ProbabilityAlive(x, tx, t, alive);
        Published.ExpectedPurchases(x, tx, t, 39, expected);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(Published.ProbabilityAlive(x[i], tx[i], t[i]), alive[i]);
            Assert.Equal(Published.ExpectedPurchases(x[i], tx[i], t[i], 39), expected[i]);
        }

        Assert.Throws<ArgumentException>(() => Published.ExpectedPurchases(x, tx, t, 39, new double[4]));
    }

    [Fact]
    public void Special_functions_match_known_values()
    {
        Assert.Equal(0.5723649429247001, SpecialFunctions.LogGamma(0.5), 14);
        Assert.Equal(12.801827480081469, SpecialFunctions.LogGamma(10), 13);
        Assert.Equal(359.13420536957540, SpecialFunctions.LogGamma(100), 11);
        Assert.Equal(-0.5772156649015329, SpecialFunctions.Digamma(1), 14);
        Assert.Equal(-1.9635100260214235, SpecialFunctions.Digamma(0.5), 14);
        Assert.Equal(2.251752589066721, SpecialFunctions.Digamma(10), 14);
        Assert.Equal(1e-20, SpecialFunctions.Log1p(1e-20));
        Assert.Equal(1e-20, SpecialFunctions.Expm1(1e-20));
    }

    [Fact]
    public void Unconditional_expectation_is_the_conditional_one_of_a_customer_observed_for_no_time()
    {
        Assert.Equal(Published.ExpectedPurchases(0, 0, 0, 52), Published.UnconditionalExpectedPurchases(52), 12);
        Assert.Equal(0.0, Published.UnconditionalExpectedPurchases(0));
    }

    [Fact]
    public void Analytic_gradient_matches_central_differences()
    {
        var rows = RepeatPurchaseData.Create([0, 1, 2, 7, 300], [0, 3.5, 20, 30, 38], [38.86, 30, 38.86, 32, 38.86], TimeUnit.Weeks);
        double[] theta = [0.4, 3.0, 0.8, 2.5];
        var gradient = new double[4];
        BgNbdModel.LogLikelihood(theta, gradient, rows);
        var scratch = new double[4];
        for (var k = 0; k < 4; k++)
        {
            var h = 1e-6 * theta[k];
            var up = (double[])theta.Clone();
            var down = (double[])theta.Clone();
            up[k] += h;
            down[k] -= h;
            var numeric = (BgNbdModel.LogLikelihood(up, scratch, rows) - BgNbdModel.LogLikelihood(down, scratch, rows)) / (2 * h);
            Assert.Equal(numeric, gradient[k], Math.Max(1e-5, 1e-6 * Math.Abs(numeric)));
        }
    }

    [Fact]
    public void Data_that_cannot_identify_the_parameters_give_a_failure_without_parameters()
    {
        var nobodyReturned = RepeatPurchaseData.Create([0, 0, 0], [0, 0, 0], [10, 20, 30], TimeUnit.Weeks);
        var fit = BgNbdModel.Fit(nobodyReturned);
        Assert.NotEqual(ModelFitStatus.Converged, fit.Status);
        Assert.Null(fit.Parameters);
        Assert.Null(fit.LogLikelihood);
        Assert.False(string.IsNullOrWhiteSpace(fit.Message));

        var empty = BgNbdModel.Fit(RepeatPurchaseData.Create([], [], [], TimeUnit.Weeks));
        Assert.Equal(ModelFitStatus.NotIdentified, empty.Status);
    }

    [Fact]
    public void Data_and_model_in_different_units_are_refused()
    {
        var days = RepeatPurchaseData.Create([1], [3], [10], TimeUnit.Days);
        Assert.Throws<ArgumentException>(() => Published.LogLikelihood(days));
    }
}
