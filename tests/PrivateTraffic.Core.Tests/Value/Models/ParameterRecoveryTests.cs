using System;
using System.Collections.Generic;
using System.Linq;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;
using Xunit.Abstractions;

namespace PrivateTraffic.Core.Tests.Value.Models;

/// <summary>
/// Self-contained checks that need no outside data: simulate each model's generative process from known parameters with
/// a fixed seed, fit, and recover every parameter within four of its own reported standard errors (a miss would happen
/// by chance about once in 16,000 parameters if the standard errors are right; the seed is fixed, so the test is
/// deterministic). BG/NBD and Gamma-Gamma use 100,000 customers in every run. Pareto/NBD, whose likelihood costs two
/// hypergeometric series per customer, uses 20,000 customers in the default run (about 1 s; 100,000 take about 3 s)
/// and 100,000 when PT_PROPERTY_RUNS is set.
/// </summary>
public sealed class ParameterRecoveryTests(ITestOutputHelper output)
{
    private const double StandardErrors = 4.0;

    [Fact]
    public void BG_NBD_parameters_are_recovered_from_100000_simulated_customers()
    {
        var truth = BgNbdParameters.Create(0.25, 4.0, 0.8, 2.5, TimeUnit.Weeks);
        var random = new Random(20050101);
        var ages = Ages(100_000, random);
        var (x, tx) = (new double[ages.Length], new double[ages.Length]);
        BgNbdModel.Simulate(truth, ages, random, x, tx);

        var fit = BgNbdModel.Fit(RepeatPurchaseData.Create(x, tx, ages, TimeUnit.Weeks));

        Assert.True(fit.IsConverged, fit.Message);
        var p = fit.Parameters!.Value;
        AssertRecovered([truth.R, truth.Alpha, truth.A, truth.B], [p.R, p.Alpha, p.A, p.B], fit.StandardErrors!);
    }

    [Fact]
    public void Pareto_NBD_parameters_are_recovered_from_simulated_customers()
    {
        var n = PropertyTest.DeepRuns is null ? 20_000 : 100_000;
        var truth = ParetoNbdParameters.Create(0.55, 10.5, 0.6, 11.7, TimeUnit.Weeks);
        var random = new Random(19870101);
        var ages = Ages(n, random);
        var (x, tx) = (new double[n], new double[n]);
        ParetoNbdModel.Simulate(truth, ages, random, x, tx);

        var fit = ParetoNbdModel.Fit(RepeatPurchaseData.Create(x, tx, ages, TimeUnit.Weeks));

        Assert.True(fit.IsConverged, fit.Message);
        var p = fit.Parameters!.Value;
        AssertRecovered([truth.R, truth.Alpha, truth.S, truth.Beta], [p.R, p.Alpha, p.S, p.Beta], fit.StandardErrors!);
    }

    [Fact]
    public void Gamma_Gamma_parameters_are_recovered_from_100000_simulated_customers()
    {
        var truth = GammaGammaParameters.Create(6.0, 3.7, 15.0);
        var random = new Random(20130101);
        var x = Enumerable.Range(0, 100_000).Select(_ => (double)random.Next(0, 8)).ToArray();
        var z = new double[x.Length];
        GammaGammaModel.Simulate(truth, x, random, z);

        var fit = GammaGammaModel.Fit(x, z);

        Assert.True(fit.IsConverged, fit.Message);
        Assert.Equal(x.Count(v => v > 0), fit.CustomerCount);
        var p = fit.Parameters!.Value;
        AssertRecovered([truth.P, truth.Q, truth.Gamma], [p.P, p.Q, p.Gamma], fit.StandardErrors!);
    }

    [Fact]
    public void Fits_do_not_depend_on_the_order_of_customers()
    {
        var truth = BgNbdParameters.Create(0.25, 4.0, 0.8, 2.5, TimeUnit.Weeks);
        var random = new Random(11);
        var ages = Ages(5_000, random);
        var (x, tx) = (new double[ages.Length], new double[ages.Length]);
        BgNbdModel.Simulate(truth, ages, random, x, tx);
        var order = Enumerable.Range(0, ages.Length).OrderBy(_ => random.Next()).ToArray();

        var fit = BgNbdModel.Fit(RepeatPurchaseData.Create(x, tx, ages, TimeUnit.Weeks)).Parameters!.Value;
        var shuffled = BgNbdModel.Fit(RepeatPurchaseData.Create(order.Select(i => x[i]).ToArray(), order.Select(i => tx[i]).ToArray(), order.Select(i => ages[i]).ToArray(), TimeUnit.Weeks)).Parameters!.Value;

        // The sums run in another order, so the optimizer's path differs by rounding only: equal to its own tolerance.
        Assert.Equal(fit.R, shuffled.R, fit.R * 1e-5);
        Assert.Equal(fit.Alpha, shuffled.Alpha, fit.Alpha * 1e-5);
        Assert.Equal(fit.A, shuffled.A, fit.A * 1e-5);
        Assert.Equal(fit.B, shuffled.B, fit.B * 1e-5);
    }

    [Fact]
    public void Simulators_are_reproducible_from_the_seed()
    {
        var truth = BgNbdModelTests.Published;
        double[] ages = [10, 20, 30, 38.86];
        var (x1, t1, x2, t2) = (new double[4], new double[4], new double[4], new double[4]);
        BgNbdModel.Simulate(truth, ages, new Random(5), x1, t1);
        BgNbdModel.Simulate(truth, ages, new Random(5), x2, t2);
        Assert.Equal(x1, x2);
        Assert.Equal(t1, t2);
        for (var i = 0; i < 4; i++)
        {
            Assert.InRange(t1[i], 0, ages[i]);
            Assert.True(x1[i] > 0 || t1[i] == 0);
        }
    }

    /// <summary>First purchases spread over a year on a daily grid, observed to week 78 (T between 26 and 78 weeks).</summary>
    private static double[] Ages(int n, Random random) => Enumerable.Range(0, n).Select(_ => (546 - random.Next(0, 365)) / 7.0).ToArray();

    private void AssertRecovered(double[] truth, double[] estimate, IReadOnlyList<double> standardErrors)
    {
        for (var i = 0; i < truth.Length; i++)
        {
            var z = (estimate[i] - truth[i]) / standardErrors[i];
            output.WriteLine($"parameter {i}: truth {truth[i]}, estimate {estimate[i]:G6}, se {standardErrors[i]:G3}, z = {z:F2}");
            Assert.True(Math.Abs(z) <= StandardErrors, $"parameter {i}: {estimate[i]} is {z:F1} standard errors from {truth[i]}");
        }
    }
}
