using System;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;
using Xunit.Abstractions;

namespace PrivateTraffic.Core.Tests.Value.Models;

public sealed class GammaGammaModelTests(ITestOutputHelper output)
{
    internal static readonly GammaGammaParameters Published = GammaGammaParameters.Create(6.25, 3.74, 15.44);

    [SkippableFact]
    public void Fit_on_the_CDNOW_repeat_buyers_reproduces_the_published_estimates()
    {
        var cdnow = CdnowSummaries.LoadWithSpend();
        var fit = GammaGammaModel.Fit(cdnow.Frequency, cdnow.MeanSpend);
        output.WriteLine($"{fit.Parameters} LL={fit.LogLikelihood:R} iterations={fit.Iterations} se={string.Join(", ", fit.StandardErrors!)}");

        Assert.Equal(ModelFitStatus.Converged, fit.Status);
        Assert.Equal(946, fit.CustomerCount);
        var p = fit.Parameters!.Value;
        // Published to 2 decimals from a spreadsheet solver. The likelihood is flat along a ridge (the standard error of γ
        // is 4.2), so a value counts as reproduced when it is within half a unit of the last published digit (0.005)
        // or 1e-3 relative, whichever is wider: we find p = 6.2488, q = 3.7446, γ = 15.4477 (γ is 5e-4 relative off).
        Assert.Equal(6.25, p.P, Math.Max(0.005, 6.25e-3));
        Assert.Equal(3.74, p.Q, Math.Max(0.005, 3.74e-3));
        Assert.Equal(15.44, p.Gamma, Math.Max(0.005, 15.44e-3));
        // The published −4055.9 is the full log-density of z̄ (every constant term kept, as here).
        Assert.Equal(-4055.9, fit.LogLikelihood!.Value, 0.05);
        var atPublished = GammaGammaModel.LogLikelihood(Published, cdnow.Frequency, cdnow.MeanSpend);
        Assert.InRange(fit.LogLikelihood.Value - atPublished, 0.0, 0.01);
    }

    [Fact]
    public void Expected_spend_is_the_credibility_weighted_mean_of_population_and_customer()
    {
        var population = 6.25 * 15.44 / 2.74;
        Assert.Equal(population, GammaGammaModel.PopulationMeanSpend(Published), 12);
        Assert.Equal(population, GammaGammaModel.ExpectedSpend(Published, 0, 0), 12);
        var x = 2.0;
        var z = 22.35;
        var weight = 6.25 * x / ((6.25 * x) + 3.74 - 1);
        Assert.Equal(((1 - weight) * population) + (weight * z), GammaGammaModel.ExpectedSpend(Published, x, z), 10);
    }

    [Fact]
    public void A_repeat_buyer_with_zero_mean_spend_is_scored_at_p_gamma_over_px_plus_q_minus_one()
    {
        // All repeat purchases free: E[Z | x = 3, z̄ = 0] = pγ/(3p + q − 1) = 6.25·15.44/(18.75 + 2.74).
        var expected = 6.25 * 15.44 / ((6.25 * 3) + 3.74 - 1);
        Assert.Equal(expected, GammaGammaModel.ExpectedSpend(Published, 3, 0), 12);
        var destination = new double[2];
        GammaGammaModel.ExpectedSpend(Published, [3, 1], [0, 0], destination);
        Assert.Equal(expected, destination[0], 12);
        Assert.Equal(6.25 * 15.44 / (6.25 + 2.74), destination[1], 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => GammaGammaModel.ExpectedSpend(Published, 3, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => GammaGammaModel.ExpectedSpend(Published, 3, double.NaN));
    }

    [Fact]
    public void Expected_spend_is_refused_when_q_is_at_most_one()
    {
        var heavyTailed = GammaGammaParameters.Create(6.25, 1.0, 15.44);
        var ex = Assert.Throws<DomainRuleException>(() => GammaGammaModel.ExpectedSpend(heavyTailed, 2, 20));
        Assert.Equal(DomainRuleCodes.SpendMeanUndefined, ex.Code);
        Assert.Contains("q = 1", ex.Message, StringComparison.Ordinal);
        Assert.Throws<DomainRuleException>(() => GammaGammaModel.PopulationMeanSpend(GammaGammaParameters.Create(1, 0.5, 1)));
    }

    [Fact]
    public void Analytic_gradient_matches_central_differences()
    {
        double[] xs = [1, 2, 5, 40];
        double[] zs = [10, 22.5, 7.1, 55];
        double[] ws = [3, 1, 2, 1];
        double[] theta = [4.0, 3.0, 12.0];
        var gradient = new double[3];
        var scratch = new double[3];
        GammaGammaModel.LogLikelihood(theta, gradient, xs, zs, ws);
        for (var k = 0; k < 3; k++)
        {
            var h = 1e-6 * theta[k];
            var up = (double[])theta.Clone();
            var down = (double[])theta.Clone();
            up[k] += h;
            down[k] -= h;
            var numeric = (GammaGammaModel.LogLikelihood(up, scratch, xs, zs, ws) - GammaGammaModel.LogLikelihood(down, scratch, xs, zs, ws)) / (2 * h);
            Assert.Equal(numeric, gradient[k], Math.Max(1e-5, 1e-6 * Math.Abs(numeric)));
        }
    }

    [Fact]
    public void Without_repeat_buyers_the_fit_reports_that_it_cannot_identify_the_parameters()
    {
        var fit = GammaGammaModel.Fit([0, 0, 0], [0, 0, 0]);
        Assert.Equal(ModelFitStatus.NotIdentified, fit.Status);
        Assert.Equal(0, fit.CustomerCount);
        Assert.Null(fit.Parameters);
    }

    [Fact]
    public void A_repeat_buyer_without_positive_spend_is_refused_by_the_fit()
    {
        // The density of z̄ has no mass at 0, so the fit (unlike scoring) still needs z̄ > 0.
        Assert.Throws<ArgumentOutOfRangeException>(() => GammaGammaModel.Fit([1, 2], [10, 0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => GammaGammaModel.LogLikelihood(Published, 0, 10));
    }
}
