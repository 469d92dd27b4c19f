using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

/// <summary>
/// A coordinator may hand a session anything its partitions sent: NaN, infinities, huge or tiny numbers, a gradient that
/// contradicts the log-likelihood. Whatever it is told, a session ends (converged or failed, never an exception other
/// than the documented refusals) within a bounded number of evaluations, and a converged fit has finite parameters.
/// </summary>
public sealed class ModelFitSessionHostileTests
{
    private static readonly double[] Hostile =
        [double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.0, -0.0, 1e308, -1e308, 1e-308, -1.0, 1.0, 42.0, -1e6];

    private static Arbitrary<double[]> Told =>
        Gen.OneOf(Gen.Elements(Hostile), Gen.Choose(-1000, 1000).Select(i => i / 7.0)).ArrayOf().Where(a => a.Length > 0).ToArbitrary();

    [DeepProperty(runs: 50)]
    public Property A_session_told_anything_ends_with_a_fit_or_a_failure() =>
        Prop.ForAll(Told, told =>
        {
            var options = ModelFitOptions.Create(40, 1e-9);
            var session = BgNbdModel.BeginFit(1_000, 30.0, TimeUnit.Weeks, options);
            var k = 0;
            // The optimizer's own bound (40 iterations) times the evaluations one iteration may ask for, with room to spare.
            while (!session.IsFinished && k < 10_000)
            {
                var v = told[k % told.Length];
                var gradient = Enumerable.Range(0, 4).Select(i => told[(k + i + 1) % told.Length] * v).ToArray();
                session.Tell(LikelihoodContribution.Of(-Math.Abs(v) * 1_000, gradient, 1_000));
                k++;
            }

            Assert.True(session.IsFinished, $"still running after {k} evaluations");
            var fit = session.Result;
            if (fit.IsConverged)
            {
                var p = fit.Parameters!.Value;
                Assert.All(new[] { p.R, p.Alpha, p.A, p.B }, v => Assert.True(double.IsFinite(v) && v > 0, $"parameter {v}"));
            }
        });

    [Fact]
    public void A_contribution_of_another_model_or_size_is_refused_and_changes_nothing()
    {
        var session = ParetoNbdModel.BeginFit(10, 5.0, TimeUnit.Weeks);
        var at = session.NextParameters;
        Assert.Throws<ArgumentException>(() => session.Tell(LikelihoodContribution.Of(-1.0, [0.1, 0.2], 10)));
        Assert.Throws<ArgumentException>(() => session.Tell(LikelihoodContribution.Of(-1.0, [0.1, 0.2, 0.3, 0.4], 11)));
        Assert.Throws<ArgumentNullException>(() => LikelihoodContribution.Of(-1.0, null!, 10));
        Assert.Throws<ArgumentException>(() => LikelihoodContribution.Of(-1.0, [], 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => LikelihoodContribution.Of(-1.0, [0.1], -1));
        Assert.Equal(0, session.Evaluations);
        Assert.Equal(at, session.NextParameters);
    }
}
