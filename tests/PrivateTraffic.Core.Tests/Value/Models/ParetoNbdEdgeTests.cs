using System;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

public sealed class ParetoNbdEdgeTests
{
    [Fact]
    public void A_fit_pulled_towards_a_homogeneous_dropout_rate_ends_promptly_with_an_honest_result()
    {
        // Found by the CustomerValue CLI tests: 600 customers simulated from a BG/NBD model push the Pareto/NBD fit
        // towards s, β → ∞ (every customer drops out at the same rate). The series of the likelihood then converged
        // so slowly that one fit took minutes and stopped at s ≈ 12,566, β ≈ 578,500. The drop-out term now comes from
        // quadrature there, at a cost that does not depend on how close the series argument is to 1: the fit ends in
        // a fraction of a second, on the nearly flat ridge (at s ≈ 29,000, β ≈ 1.4 million), or says it did not converge.
        var random = new Random(17);
        var age = new double[600];
        for (var i = 0; i < age.Length; i++)
        {
            age[i] = 27.0 + (12.0 * random.NextDouble());
        }

        var frequency = new double[age.Length];
        var recency = new double[age.Length];
        BgNbdModel.Simulate(BgNbdParameters.Create(0.25, 4.4, 0.8, 2.4, TimeUnit.Weeks), age, random, frequency, recency);

        var fit = ParetoNbdModel.Fit(RepeatPurchaseData.Create(frequency, recency, age, TimeUnit.Weeks));

        if (fit.IsConverged)
        {
            var p = fit.Parameters!.Value;
            Assert.All(new[] { p.R, p.Alpha, p.S, p.Beta }, v => Assert.True(double.IsFinite(v) && v > 0));
            Assert.True(double.IsFinite(fit.LogLikelihood!.Value));
        }
        else
        {
            Assert.Null(fit.Parameters);
            Assert.False(string.IsNullOrWhiteSpace(fit.Message));
        }
    }
}
