using System;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

/// <summary>
/// The drop-out integral I = ∫_{t_x}^{T} (α+τ)^−(r+x) (β+τ)^−(s+1) dτ of the Pareto/NBD likelihood is computed by the
/// hypergeometric series for z ≤ 1/2 and by quadrature above; these tests hold the quadrature to the series.
/// </summary>
public sealed class ParetoNbdQuadratureTests
{
    /// <summary>
    /// (r, α, s, β, x, t_x, T) with the series argument z = |α−β| / (max(α, β) + t_x) spread over [0, 0.9]: the larger
    /// scale is solved from the smaller one and z, and either α or β is the larger.
    /// </summary>
    private static readonly Arbitrary<(double R, double Alpha, double S, double Beta, double X, double Tx, double T)> Customers =
        (from r in Between(0.05, 5)
         from s in Between(0.05, 5)
         from near in Between(0.1, 50)
         from z in Between(0.0, 0.9)
         from alphaIsNear in Gen.Elements(true, false)
         from x in Gen.Frequency((4, Gen.Choose(0, 10)), (1, Gen.Choose(11, 500)))
         from t in Between(0.5, 100)
         from share in Between(0.0, 0.99)
         let tx = share * t
         let far = (near + (z * tx)) / (1.0 - z)
         select alphaIsNear ? (r, near, s, far, (double)x, tx, t) : (r, far, s, near, (double)x, tx, t)).ToArbitrary();

    [DeepProperty]
    public Property Quadrature_agrees_with_the_series_where_the_series_converges_quickly() =>
        Prop.ForAll(Customers, c =>
        {
            var (bySeries, seriesGradient) = BySeries(c.R, c.Alpha, c.S, c.Beta, c.X, c.Tx, c.T);
            var (byQuadrature, quadratureGradient) = ByQuadrature(c.R, c.Alpha, c.S, c.Beta, c.X, c.Tx, c.T);
            AssertSameIntegral(bySeries, byQuadrature, 1e-10);
            for (var k = 0; k < 4; k++)
            {
                AssertRelativelyClose(seriesGradient[k], quadratureGradient[k], 1e-9, $"∂ ln I / ∂θ{k}");
            }
        });

    [Theory]
    [InlineData(0.55, 0.01, 0.6, 11.7, 0, 0, 38.86)]
    [InlineData(0.55, 0.05, 0.6, 500, 2, 10, 38.86)]
    [InlineData(0.3, 1, 0.8, 2_000, 1, 0, 38.86)]
    [InlineData(2.0, 2_000, 1.0, 1, 3, 20, 38.86)]
    [InlineData(0.8, 30_000, 3.0, 5, 0, 0, 52)]
    [InlineData(0.25, 12, 12_566, 578_500, 1, 5, 39)]
    [InlineData(0.25, 12, 12_566, 578_500, 40, 30, 39)]
    public void Quadrature_agrees_with_the_series_run_to_convergence_near_z_equal_one(double r, double alpha, double s, double beta, double x, double tx, double t)
    {
        // The series needs about 1/(1 − z) terms (up to a few hundred thousand here): too slow for a fit, fine as a reference.
        var (bySeries, seriesGradient) = BySeries(r, alpha, s, beta, x, tx, t);
        var (byQuadrature, quadratureGradient) = ByQuadrature(r, alpha, s, beta, x, tx, t);
        AssertSameIntegral(bySeries, byQuadrature, 1e-10);
        for (var k = 0; k < 4; k++)
        {
            AssertRelativelyClose(seriesGradient[k], quadratureGradient[k], 1e-8, $"∂ ln I / ∂θ{k}");
        }
    }

    [Theory]
    [InlineData(0.55, 0.01, 0.6, 11.7)]
    [InlineData(0.55, 10.5, 0.6, 10_500)]
    [InlineData(0.55, 10.5, 0.6, 1.05e7)]
    [InlineData(0.55, 11_700, 0.6, 11.7)]
    [InlineData(2.0, 1e6, 1.5, 1.0)]
    [InlineData(0.25, 12, 12_566, 578_500)]
    public void Analytic_gradient_matches_central_differences_near_z_equal_one(double r, double alpha, double s, double beta) =>
        // Steps of 1e-4 rather than 1e-6: at s = 12,566 the likelihood sums terms like s ln β ≈ 1.7e5 that cancel, and
        // a smaller step would amplify their rounding beyond the tolerance.
        ParetoNbdModelTests.AssertAnalyticGradientMatchesCentralDifferences(
            RepeatPurchaseData.Create([0, 1, 2, 7, 300, 3, 5], [0, 3.5, 20, 30, 38, 32, 38.8], [38.86, 30, 38.86, 32, 38.86, 32, 38.86], TimeUnit.Weeks),
            [r, alpha, s, beta],
            1e-4);

    [Fact]
    public void Likelihood_is_continuous_where_the_method_switches_from_series_to_quadrature()
    {
        // z = (β − α)/(β + t_x) crosses 1/2 at β = 2α + t_x.
        var (alpha, tx) = (10.0, 5.0);
        var switchAt = (2 * alpha) + tx;
        var below = ParetoNbdParameters.Create(0.5, alpha, 0.6, switchAt * (1 - 1e-12), TimeUnit.Weeks);
        var above = ParetoNbdParameters.Create(0.5, alpha, 0.6, switchAt * (1 + 1e-12), TimeUnit.Weeks);
        Assert.Equal(below.LogLikelihood(3, tx, 30), above.LogLikelihood(3, tx, 30), 10);
    }

    private static (double LogIntegral, double[] Gradient) BySeries(double r, double alpha, double s, double beta, double x, double tx, double t)
    {
        var gradient = new double[4];
        return (ParetoNbdModel.LogDropoutIntegralBySeries(r, alpha, s, beta, x, tx, t, gradient), gradient);
    }

    private static (double LogIntegral, double[] Gradient) ByQuadrature(double r, double alpha, double s, double beta, double x, double tx, double t)
    {
        var gradient = new double[4];
        return (ParetoNbdModel.LogDropoutIntegralByQuadrature(r, alpha, s, beta, x, tx, t, gradient), gradient);
    }

    /// <summary>The two values of I agree to <paramref name="tolerance"/> relative, that is their logs to as much absolute.</summary>
    private static void AssertSameIntegral(double logBySeries, double logByQuadrature, double tolerance) =>
        Assert.True(
            Math.Abs(logBySeries - logByQuadrature) <= tolerance,
            $"ln I: series {logBySeries:R}, quadrature {logByQuadrature:R}, relative difference of I {Math.Abs(logBySeries - logByQuadrature):E2}");

    /// <summary>|expected − actual| ≤ tolerance · max(1, |expected|): relative for large values, absolute near 0.</summary>
    private static void AssertRelativelyClose(double expected, double actual, double tolerance, string what) =>
        Assert.True(
            Math.Abs(expected - actual) <= tolerance * Math.Max(1.0, Math.Abs(expected)),
            $"{what}: series {expected:R}, quadrature {actual:R}, relative difference {Math.Abs(expected - actual) / Math.Max(1.0, Math.Abs(expected)):E2}");

    /// <summary>A value in [lo, hi] on a grid of 1/1000 of the range.</summary>
    private static Gen<double> Between(double lo, double hi) => Gen.Choose(0, 1000).Select(i => lo + ((hi - lo) * i / 1000.0));
}
