using System;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

/// <summary>Small members of the value models pinned without the CDNOW data (the mutation run, issue 10, has no data beside
/// its copy of the repository): one buyer's Gamma-Gamma log-likelihood and expected spend against the closed forms
/// worked by hand, the refusals naming their parameter, and the parameters' derived values and text.</summary>
public sealed class ModelSmallSurfaceTests
{
    private static readonly GammaGammaParameters Published = GammaGammaParameters.Create(6.25, 3.74, 15.44);

    [Fact]
    public void One_buyers_gamma_gamma_log_likelihood_is_the_closed_form()
    {
        // ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + px ln x + (px−1) ln z̄ − (px+q) ln(γ + x z̄), for x = 2, z̄ = 35,
        // evaluated with Python's math.lgamma.
        Assert.Equal(-4.095817314648997, GammaGammaModel.LogLikelihood(Published, 2, 35.0), 1e-12);
        Assert.Equal(GammaGammaModel.LogLikelihood(Published, 2, 35.0), GammaGammaModel.LogLikelihood(Published, [2.0], [35.0]), 1e-12);
    }

    [Fact]
    public void One_buyers_expected_spend_is_the_closed_form()
    {
        // p(γ + x z̄)/(px + q − 1) and, for the population, pγ/(q − 1).
        Assert.Equal(35.039370078740156, GammaGammaModel.ExpectedSpend(Published, 2, 35.0), 1e-10);
        Assert.Equal(35.21897810218978, GammaGammaModel.PopulationMeanSpend(Published), 1e-10);
        Assert.Equal(Published.P * Published.Gamma / (Published.P + Published.Q - 1), GammaGammaModel.ExpectedSpend(Published, 1, 0.0), 1e-10);
    }

    [Theory]
    [InlineData(0.0, 35.0, "frequency")]
    [InlineData(1.5, 35.0, "frequency")]
    [InlineData(2.0, 0.0, "meanSpend")]
    [InlineData(2.0, double.NaN, "meanSpend")]
    public void A_buyer_the_density_cannot_take_is_refused_naming_the_value(double frequency, double meanSpend, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => GammaGammaModel.LogLikelihood(Published, frequency, meanSpend)).ParamName);

    [Fact]
    public void The_parameters_mean_churn_and_text()
    {
        var sbg = ShiftedBetaGeometricParameters.Create(0.704, 1.182);
        Assert.Equal(0.704 / (0.704 + 1.182), sbg.MeanChurn, 1e-15);
        Assert.Equal("sBG alpha=0.704 beta=1.182", sbg.ToString());
        Assert.Equal("Gamma-Gamma p=6.25 q=3.74 gamma=15.44", Published.ToString());
    }

    [Fact]
    public void A_cohort_has_one_period_fewer_than_its_counts()
    {
        Assert.Equal(2, RetentionCohort.Create("2024-03", [1000, 631, 468]).Periods);
        Assert.Equal(1, RetentionCohort.Create("2024-04", [10, 5]).Periods);
    }
}
