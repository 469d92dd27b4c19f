using System;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

/// <summary>The fitting procedure shared by the models (MaximumLikelihood, LikelihoodSearch, BfgsSearch), driven by
/// log-likelihoods whose optimum, information and standard errors are known in closed form, so that each step of the
/// procedure is pinned without the CDNOW data (found unpinned by the mutation run, issue 10).</summary>
public sealed class MaximumLikelihoodTests
{
    // ℓ(λ, μ) = A ln λ − Bλ + C ln μ − Dμ: a Poisson rate and an exponential rate, fitted together. The optimum is
    // λ = A/B, μ = C/D; the observed information there is diag(B²/A, D²/C), so the standard errors are √A/B and √C/D.
    private const double A = 30, B = 12, C = 7, D = 2;

    private static double Separable(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var (lambda, mu) = (theta[0], theta[1]);
        gradient[0] = (A / lambda) - B;
        gradient[1] = (C / mu) - D;
        return (A * Math.Log(lambda)) - (B * lambda) + (C * Math.Log(mu)) - (D * mu);
    }

    private static ModelFit<ShiftedBetaGeometricParameters> Fit(
        MaximumLikelihood.LogLikelihood logLikelihood, double totalWeight = 10, ModelFitOptions? options = null, double[]? start = null) =>
        MaximumLikelihood.Fit(logLikelihood, start ?? [1.0, 1.0], totalWeight, 10, options, e => ShiftedBetaGeometricParameters.Create(e[0], e[1]));

    [Fact]
    public void The_fit_finds_the_closed_form_optimum_its_likelihood_and_standard_errors()
    {
        var fit = Fit(Separable);
        Assert.Equal(ModelFitStatus.Converged, fit.Status);
        Assert.Null(fit.Message);
        var p = fit.Parameters!.Value;

        // The Newton polish takes the estimate from the optimizer's tolerance to near machine precision.
        Assert.Equal(A / B, p.Alpha, 1e-12);
        Assert.Equal(C / D, p.Beta, 1e-12);
        var best = (A * Math.Log(A / B)) - A + (C * Math.Log(C / D)) - C;
        Assert.Equal(best, fit.LogLikelihood!.Value, 1e-12);
        Assert.Equal(Math.Sqrt(A) / B, fit.StandardErrors![0], 1e-7);
        Assert.Equal(Math.Sqrt(C) / D, fit.StandardErrors![1], 1e-7);
        Assert.InRange(fit.Iterations, 1, 60);
        Assert.Equal(10, fit.CustomerCount);
    }

    [Fact]
    public void The_optimum_does_not_depend_on_the_start_or_the_weight_scale()
    {
        foreach (var (start, weight) in new[] { (new[] { 0.01, 50.0 }, 10.0), (new[] { 40.0, 0.2 }, 1.0), (new[] { 2.5, 3.5 }, 1e4) })
        {
            var p = Fit(Separable, weight, start: start).Parameters!.Value;
            Assert.Equal(A / B, p.Alpha, 1e-10);
            Assert.Equal(C / D, p.Beta, 1e-10);
        }
    }

    [Fact]
    public void No_weight_means_no_customers_to_fit()
    {
        var fit = Fit(Separable, totalWeight: 0);
        Assert.Equal((ModelFitStatus.NotIdentified, "there are no customers to fit", 0), (fit.Status, fit.Message, fit.Iterations));
        Assert.Null(fit.Parameters);
    }

    [Fact]
    public void A_likelihood_rising_without_end_is_not_identified_and_says_which_way_the_parameter_heads()
    {
        var up = Fit((theta, g) => { g[0] = A / theta[0]; g[1] = (C / theta[1]) - D; return (A * Math.Log(theta[0])) + (C * Math.Log(theta[1])) - (D * theta[1]); });
        Assert.Equal(ModelFitStatus.NotIdentified, up.Status);
        Assert.Contains("parameter 1 heads to infinity", up.Message, StringComparison.Ordinal);
        var down = Fit((theta, g) => { g[0] = (A / theta[0]) - B; g[1] = -D; return (A * Math.Log(theta[0])) - (B * theta[0]) - (D * theta[1]); });
        Assert.Equal(ModelFitStatus.NotIdentified, down.Status);
        Assert.Contains("parameter 2 heads to zero", down.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_point_outside_the_search_box_is_never_evaluated()
    {
        // The search backs off from log-parameters beyond twice the interior bound without asking the likelihood there,
        // so a model never sees a parameter near e^±36 or beyond, where its special functions may overflow.
        var widest = 0.0;
        var fit = Fit((theta, g) =>
        {
            widest = Math.Max(widest, Math.Max(Math.Abs(Math.Log(theta[0])), Math.Abs(Math.Log(theta[1]))));
            g[0] = A / theta[0];
            g[1] = (C / theta[1]) - D;
            return (A * Math.Log(theta[0])) + (C * Math.Log(theta[1])) - (D * theta[1]);
        });
        Assert.Equal(ModelFitStatus.NotIdentified, fit.Status);
        Assert.InRange(widest, MaximumLikelihood.LogBound, 2 * MaximumLikelihood.LogBound);
    }

    [Fact]
    public void A_failed_fit_cannot_claim_to_have_converged() =>
        Assert.Equal("status", Assert.Throws<ArgumentException>(() => ModelFit.Failed<ShiftedBetaGeometricParameters>(ModelFitStatus.Converged, "no", 3, 10)).ParamName);

    [Fact]
    public void Too_few_iterations_do_not_converge_and_say_so()
    {
        var fit = Fit(Separable, options: ModelFitOptions.Create(1, 1e-9));
        Assert.Equal(ModelFitStatus.NotConverged, fit.Status);
        Assert.Equal("the optimizer did not converge: no convergence in 1 iterations", fit.Message);
        Assert.Equal(1, fit.Iterations);
    }

    [Fact]
    public void A_likelihood_not_finite_at_the_start_does_not_converge()
    {
        var fit = Fit((theta, g) => { g[0] = 0; g[1] = 0; return double.NaN; });
        Assert.Equal(ModelFitStatus.NotConverged, fit.Status);
        Assert.Equal("the optimizer did not converge: the likelihood is not finite at the starting point", fit.Message);
        Assert.Equal(0, fit.Iterations);
    }

    [Fact]
    public void A_parameter_the_likelihood_ignores_has_a_singular_information()
    {
        // ℓ does not depend on μ: the data say nothing about it (as when nobody made a repeat purchase).
        var fit = Fit((theta, g) => { g[0] = (A / theta[0]) - B; g[1] = 0; return (A * Math.Log(theta[0])) - (B * theta[0]); });
        Assert.Equal(ModelFitStatus.NotIdentified, fit.Status);
        Assert.Contains("information matrix at the optimum is singular", fit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_likelihood_undefined_just_below_the_optimum_has_no_information_there()
    {
        // Finite from above, undefined a little below μ = C/D: the central difference of the last parameter needs a
        // point on each side, so the curvature there is unknown, and the fit does not report standard errors.
        var fit = Fit(
            (theta, g) =>
            {
                // The gradient is written on both sides, so only the value tells the search that the point is undefined.
                var value = Separable(theta, g);
                return theta[1] < (C / D) * (1 - 1e-6) ? double.NaN : value;
            },
            start: [1.0, 5.0]);
        Assert.Equal(ModelFitStatus.NotIdentified, fit.Status);
        Assert.Contains("information matrix at the optimum is singular", fit.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(0.3, 4.0)]
    [InlineData(20.0, 0.05)]
    public void A_likelihood_that_fixes_only_a_product_is_not_identified(double lambda, double mu)
    {
        // ℓ depends on λμ alone: every point of the curve λμ = A/B is an optimum. The information there is singular in
        // exact arithmetic; by central differences it can come out barely positive definite, which would report huge
        // standard errors as a converged fit.
        var fit = Fit(
            (theta, g) =>
            {
                var rate = theta[0] * theta[1];
                g[0] = ((A / rate) - B) * theta[1];
                g[1] = ((A / rate) - B) * theta[0];
                return (A * Math.Log(rate)) - (B * rate);
            },
            start: [lambda, mu]);
        Assert.Equal(ModelFitStatus.NotIdentified, fit.Status);
        Assert.Contains("information matrix at the optimum is singular", fit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_inverse_of_a_positive_definite_matrix_times_it_is_the_identity()
    {
        double[,] m = { { 4, 2, 0.4 }, { 2, 3, 0.5 }, { 0.4, 0.5, 2 } };
        var inverse = MaximumLikelihood.InvertPositiveDefinite(m)!;
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                var sum = 0.0;
                for (var k = 0; k < 3; k++)
                {
                    sum += m[i, k] * inverse[k, j];
                }

                Assert.Equal(i == j ? 1.0 : 0.0, sum, 1e-13);
            }
        }

        Assert.Equal(0.25, MaximumLikelihood.InvertPositiveDefinite(new double[,] { { 4 } })![0, 0]);
    }

    [Fact]
    public void A_matrix_that_is_not_positive_definite_has_no_inverse_here()
    {
        Assert.Null(MaximumLikelihood.InvertPositiveDefinite(new double[,] { { 1, 2 }, { 2, 1 } }));
        Assert.Null(MaximumLikelihood.InvertPositiveDefinite(new double[,] { { 1, 0 }, { 0, 0 } }));
        Assert.Null(MaximumLikelihood.InvertPositiveDefinite(new double[,] { { -1 } }));
        Assert.Null(MaximumLikelihood.InvertPositiveDefinite(new double[,] { { double.NaN } }));
    }

    [Fact]
    public void A_nearly_singular_matrix_has_no_inverse_here_a_strongly_correlated_one_has()
    {
        // Correlation ρ leaves a share 1 − ρ² of the second parameter's information unexplained by the first.
        Assert.Null(MaximumLikelihood.InvertPositiveDefinite(new double[,] { { 1, 1 - 1e-10 }, { 1 - 1e-10, 1 } }));
        Assert.Null(MaximumLikelihood.InvertPositiveDefinite(new double[,] { { 4e6, 2e3 * (1 - 1e-10) }, { 2e3 * (1 - 1e-10), 1 } }));
        var inverse = MaximumLikelihood.InvertPositiveDefinite(new double[,] { { 1, 0.999 }, { 0.999, 1 } })!;
        Assert.Equal(1 / (1 - (0.999 * 0.999)), inverse[0, 0], 1e-9);
        Assert.Equal(-0.999 / (1 - (0.999 * 0.999)), inverse[0, 1], 1e-9);
    }

    [Fact]
    public void The_interior_box_includes_its_bound()
    {
        Assert.True(MaximumLikelihood.Interior(MaximumLikelihood.LogBound));
        Assert.True(MaximumLikelihood.Interior(-MaximumLikelihood.LogBound));
        Assert.False(MaximumLikelihood.Interior(Math.BitIncrement(MaximumLikelihood.LogBound)));
        Assert.False(MaximumLikelihood.Interior(Math.BitDecrement(-MaximumLikelihood.LogBound)));
        Assert.False(MaximumLikelihood.Interior(double.NaN));
    }

    [Theory]
    [InlineData(1.0, 1.0, 10)]
    [InlineData(0.01, 50.0, 16)]
    [InlineData(40.0, 0.2, 11)]
    public void The_optimizers_path_from_a_start_is_fixed(double lambda, double mu, int iterations)
    {
        // BFGS with a backtracking line search is deterministic: a changed step, update or stopping rule shows as another
        // count here even where the polish would still reach the same optimum.
        var fit = Fit(Separable, start: [lambda, mu]);
        Assert.Equal(iterations, fit.Iterations);
        Assert.Equal(Math.Sqrt(A) / B, fit.StandardErrors![0], 1e-8);
        Assert.Equal(Math.Sqrt(C) / D, fit.StandardErrors![1], 1e-8);
    }
}
