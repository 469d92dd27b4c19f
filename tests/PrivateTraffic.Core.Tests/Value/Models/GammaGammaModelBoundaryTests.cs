using System;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

/// <summary>
/// The spend model at the places its mutation run (issue 10) left untested: the column form's checks of each repeat
/// buyer, and the likelihood outside the parameter space.
/// </summary>
public sealed class GammaGammaModelBoundaryTests
{
    private static readonly GammaGammaParameters Published = GammaGammaModelTests.Published;

    [Fact]
    public void Spend_columns_check_the_model_and_their_lengths()
    {
        var withoutMean = GammaGammaParameters.Create(6.25, 0.9, 15.44);
        var rule = Assert.Throws<DomainRuleException>(() => GammaGammaModel.ExpectedSpend(withoutMean, [2.0], [20.0], new double[1]));
        Assert.Equal(DomainRuleCodes.SpendMeanUndefined, rule.Code);
        Assert.ThrowsAny<ArgumentException>(() => GammaGammaModel.ExpectedSpend(Published, [2.0, 3.0], [20.0], new double[2]));
    }

    [Theory]
    [InlineData(1.5, 20.0, "frequency")]
    [InlineData(0.5, 20.0, "frequency")]
    [InlineData(1e9, 20.0, "frequency")]
    [InlineData(2.0, double.NaN, "meanSpend")]
    [InlineData(2.0, -1.0, "meanSpend")]
    public void Spend_columns_refuse_a_repeat_buyer_out_of_range(double frequency, double meanSpend, string parameter)
    {
        var destination = new double[] { 7, 7 };
        var error = Assert.ThrowsAny<ArgumentException>(() => GammaGammaModel.ExpectedSpend(Published, [0.0, frequency], [0.0, meanSpend], destination));
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void Spend_columns_score_a_customer_without_repeat_purchases_at_the_population_mean()
    {
        // x = 0: the mean spend is ignored (it may be anything), and the answer is pγ/(q−1).
        var destination = new double[2];
        GammaGammaModel.ExpectedSpend(Published, [0.0, 2.0], [double.NaN, 0.0], destination);
        Assert.Equal(GammaGammaModel.PopulationMeanSpend(Published), destination[0], 12);
        Assert.Equal(GammaGammaModel.ExpectedSpend(Published, 2.0, 0.0), destination[1], 12);
    }

    [Theory]
    [InlineData(0.0, 3.7, 15.4)]
    [InlineData(6.2, 0.0, 15.4)]
    [InlineData(6.2, 3.7, 0.0)]
    [InlineData(6.2, double.PositiveInfinity, 15.4)]
    [InlineData(double.NaN, 3.7, 15.4)]
    public void Outside_the_parameter_space_the_likelihood_is_undefined_and_its_gradient_zero(double p, double q, double gamma)
    {
        var gradient = new double[] { 7, 7, 7 };
        Assert.True(double.IsNaN(GammaGammaModel.LogLikelihood([p, q, gamma], gradient, [2.0], [20.0], [1.0])));
        Assert.All(gradient, g => Assert.Equal(0.0, g));
    }
}
