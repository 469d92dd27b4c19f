using System;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;
using Xunit.Abstractions;

namespace PrivateTraffic.Core.Tests.Value.Models;

public sealed class ParetoNbdModelTests(ITestOutputHelper output)
{
    internal static readonly ParetoNbdParameters Published = ParetoNbdParameters.Create(0.553, 10.578, 0.606, 11.669, TimeUnit.Weeks);

    [SkippableFact]
    public void Fit_on_CDNOW_reproduces_the_published_estimates_and_log_likelihood()
    {
        var data = CdnowSummaries.Load().Data;
        var fit = ParetoNbdModel.Fit(data);
        output.WriteLine($"{fit.Parameters} LL={fit.LogLikelihood:R} iterations={fit.Iterations} se={string.Join(", ", fit.StandardErrors ?? [])}");

        Assert.Equal(ModelFitStatus.Converged, fit.Status);
        var p = fit.Parameters!.Value;
        // Published to 3 decimals: reproduced within half a unit of the last digit or 1e-3 relative, whichever is wider.
        Assert.Equal(0.553, p.R, Math.Max(0.0005, 0.553e-3));
        Assert.Equal(10.578, p.Alpha, Math.Max(0.0005, 10.578e-3));
        Assert.Equal(0.606, p.S, Math.Max(0.0005, 0.606e-3));
        Assert.Equal(11.669, p.Beta, Math.Max(0.0005, 11.669e-3));
        Assert.Equal(-9595.0, fit.LogLikelihood!.Value, 0.05);
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
    public void Heavy_and_edge_customers_give_finite_predictions_in_both_hypergeometric_cases(double x, double tx, double t)
    {
        var alphaBelowBeta = Published;
        var alphaAboveBeta = ParetoNbdParameters.Create(0.553, 11.669, 0.606, 10.578, TimeUnit.Weeks);
        foreach (var p in new[] { alphaBelowBeta, alphaAboveBeta })
        {
            var pAlive = p.ProbabilityAlive(x, tx, t);
            Assert.InRange(pAlive, 0.0, 1.0);
            Assert.True(double.IsFinite(p.LogLikelihood(x, tx, t)));
            foreach (var horizon in new[] { 0.0, 1.0, 39.0, 520.0 })
            {
                var e = p.ExpectedPurchases(x, tx, t, horizon);
                Assert.True(double.IsFinite(e) && e >= 0.0, $"E[Y({horizon})] = {e}");
            }
        }
    }

    [Fact]
    public void The_two_hypergeometric_cases_agree_where_alpha_equals_beta()
    {
        // At α = β both forms reduce to (α+t)^−(r+s+x); approaching from either side must give the same likelihood.
        var below = ParetoNbdParameters.Create(0.5, 10.0 - 1e-9, 0.6, 10.0, TimeUnit.Weeks);
        var above = ParetoNbdParameters.Create(0.5, 10.0 + 1e-9, 0.6, 10.0, TimeUnit.Weeks);
        foreach (var (x, tx, t) in new[] { (0.0, 0.0, 30.0), (3.0, 12.0, 30.0), (40.0, 29.0, 30.0) })
        {
            Assert.Equal(below.LogLikelihood(x, tx, t), above.LogLikelihood(x, tx, t), 6);
        }
    }

    [Fact]
    public void Likelihood_matches_direct_numerical_integration_over_the_drop_out_time()
    {
        // L = ∫∫ [e^(−μT) λ^x e^(−λT) + ∫_{t_x}^{T} μ e^(−μτ) λ^x e^(−λτ) dτ] g(λ) g(μ): integrate out λ in closed form and
        // τ, μ numerically: L = E_μ[ e^(−μT) Γ(r+x)α^r/(Γ(r)(α+T)^(r+x)) + ∫ μ e^(−μτ) Γ(r+x)α^r/(Γ(r)(α+τ)^(r+x)) dτ ].
        // Integrating μ out gives β^s/(β+τ)^s terms: L = C[(β/(β+T))^s (α+T)^−(r+x) + ∫_{t_x}^{T} s β^s (β+τ)^−(s+1) (α+τ)^−(r+x) dτ].
        var p = Published;
        var (x, tx, t) = (4.0, 10.0, 35.0);
        var c = Math.Exp(Lg(p.R + x) - Lg(p.R) + (p.R * Math.Log(p.Alpha)));
        var integral = 0.0;
        const int steps = 200_000;
        var h = (t - tx) / steps;
        for (var k = 0; k < steps; k++)
        {
            var tau = tx + ((k + 0.5) * h);
            integral += p.S * Math.Pow(p.Beta, p.S) * Math.Pow(p.Beta + tau, -(p.S + 1)) * Math.Pow(p.Alpha + tau, -(p.R + x)) * h;
        }

        var direct = c * ((Math.Pow(p.Beta / (p.Beta + t), p.S) * Math.Pow(p.Alpha + t, -(p.R + x))) + integral);
        Assert.Equal(Math.Log(direct), p.LogLikelihood(x, tx, t), 8);

        static double Lg(double v) => Math.Log(GammaFunction(v));
    }

    [Theory]
    [InlineData(0.55, 10.5, 0.6, 11.7)]
    [InlineData(0.55, 11.7, 0.6, 10.5)]
    [InlineData(2.0, 3.0, 1.5, 30.0)]
    [InlineData(0.3, 40.0, 0.8, 2.0)]
    public void Analytic_gradient_matches_central_differences_in_both_hypergeometric_cases(double r, double alpha, double s, double beta) =>
        AssertAnalyticGradientMatchesCentralDifferences(
            RepeatPurchaseData.Create([0, 1, 2, 7, 300, 3], [0, 3.5, 20, 30, 38, 32], [38.86, 30, 38.86, 32, 38.86, 32], TimeUnit.Weeks),
            [r, alpha, s, beta],
            1e-6);

    /// <summary>The analytic gradient at θ against central differences with steps of <paramref name="relativeStep"/> · θ.</summary>
    internal static void AssertAnalyticGradientMatchesCentralDifferences(RepeatPurchaseData rows, double[] theta, double relativeStep)
    {
        var gradient = new double[4];
        var value = ParetoNbdModel.LogLikelihoodWithGradient(theta, gradient, rows);
        Assert.Equal(ParetoNbdModel.LogLikelihood(theta[0], theta[1], theta[2], theta[3], rows), value, 10);
        for (var k = 0; k < 4; k++)
        {
            var h = relativeStep * theta[k];
            var up = (double[])theta.Clone();
            var down = (double[])theta.Clone();
            up[k] += h;
            down[k] -= h;
            var numeric = (ParetoNbdModel.LogLikelihood(up[0], up[1], up[2], up[3], rows) - ParetoNbdModel.LogLikelihood(down[0], down[1], down[2], down[3], rows)) / (2 * h);
            Assert.Equal(numeric, gradient[k], Math.Max(1e-5, 1e-6 * Math.Abs(numeric)));
        }
    }

    [Fact]
    public void Column_scoring_gives_the_single_customer_values()
    {
        double[] x = [0, 2, 300];
        double[] tx = [0, 30.43, 38];
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

        Assert.Throws<ArgumentException>(() => Published.ProbabilityAlive(x, tx, t, new double[2]));
    }

    [Fact]
    public void Expected_purchases_has_the_limit_form_at_s_equal_one()
    {
        var atOne = ParetoNbdParameters.Create(0.5, 10, 1.0, 12, TimeUnit.Weeks);
        var near = ParetoNbdParameters.Create(0.5, 10, 1.0 + 1e-7, 12, TimeUnit.Weeks);
        Assert.Equal(near.ExpectedPurchases(3, 20, 30, 52), atOne.ExpectedPurchases(3, 20, 30, 52), 5);
    }

    /// <summary>Γ(v) for small positive v by the Lanczos approximation (test-only, independent of the library's ln Γ).</summary>
    private static double GammaFunction(double v)
    {
        double[] g = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
        if (v < 0.5)
        {
            return Math.PI / (Math.Sin(Math.PI * v) * GammaFunction(1 - v));
        }

        v -= 1;
        var a = g[0];
        var t = v + 7.5;
        for (var i = 1; i < 9; i++)
        {
            a += g[i] / (v + i);
        }

        return Math.Sqrt(2 * Math.PI) * Math.Pow(t, v + 0.5) * Math.Exp(-t) * a;
    }
}
