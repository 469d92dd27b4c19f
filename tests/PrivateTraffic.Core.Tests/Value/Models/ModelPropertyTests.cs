using FsCheck;
using FsCheck.Fluent;
using System;
using System.Linq;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

/// <summary>The invariants of issue 5 for the customer-base models, over generated parameters and customers (heavy buyers included).</summary>
public sealed class ModelPropertyTests
{
    [DeepProperty]
    public Property Gamma_Gamma_expected_spend_is_finite_and_not_negative_for_any_mean_spend_from_zero() =>
        Prop.ForAll(
            Generators.Triple(
                Generators.GammaGammaParametersGen.ToArbitrary(),
                Gen.Choose(0, 3000).ToArbitrary(),
                Gen.Frequency((1, Gen.Constant(0.0)), (3, Gen.Choose(0, 1_000_000).Select(c => c / 100.0))).ToArbitrary()),
            input =>
            {
                var (parameters, x, z) = input;
                var e = GammaGammaModel.ExpectedSpend(parameters, x, z);
                Assert.True(double.IsFinite(e) && e >= 0, $"E[Z | x = {x}, z̄ = {z}] = {e}");
            });

    [DeepProperty]
    public Property BG_NBD_probability_alive_is_a_probability_and_expectations_are_non_negative_and_non_decreasing_in_the_horizon() =>
        Prop.ForAll(Generators.BgNbdCustomers, input =>
        {
            var (p, c) = input;
            Assert.InRange(p.ProbabilityAlive(c.X, c.Tx, c.T), 0.0, 1.0);
            Assert.True(double.IsFinite(p.LogLikelihood(c.X, c.Tx, c.T)));
            var previous = 0.0;
            foreach (var t in new[] { 0.0, 0.5, 4, 13, 52, 260 })
            {
                var e = p.ExpectedPurchases(c.X, c.Tx, c.T, t);
                Assert.True(double.IsFinite(e) && e >= previous * (1 - 1e-12), $"E[Y({t})] = {e} < {previous}");
                previous = e;
            }
        });

    [DeepProperty]
    public Property Pareto_NBD_probability_alive_is_a_probability_and_expectations_are_non_negative_and_non_decreasing_in_the_horizon() =>
        Prop.ForAll(Generators.ParetoNbdCustomers, input =>
        {
            var (p, c) = input;
            Assert.InRange(p.ProbabilityAlive(c.X, c.Tx, c.T), 0.0, 1.0);
            Assert.True(double.IsFinite(p.LogLikelihood(c.X, c.Tx, c.T)));
            var previous = 0.0;
            foreach (var t in new[] { 0.0, 0.5, 4, 13, 52, 260 })
            {
                var e = p.ExpectedPurchases(c.X, c.Tx, c.T, t);
                Assert.True(double.IsFinite(e) && e >= previous * (1 - 1e-12), $"E[Y({t})] = {e} < {previous}");
                previous = e;
            }
        });

    [DeepProperty(runs: 50)]
    public Property Likelihoods_and_scores_do_not_depend_on_the_order_of_customers() =>
        Prop.ForAll(Generators.CustomerBases, rows =>
        {
            var reversed = rows.Reverse().ToArray();
            var rotated = rows.Skip(rows.Length / 2).Concat(rows.Take(rows.Length / 2)).ToArray();
            var bg = BgNbdModelTests.Published;
            var pareto = ParetoNbdModelTests.Published;
            var spend = GammaGammaModelTests.Published;
            var reference = Columns(rows);
            foreach (var order in new[] { reversed, rotated })
            {
                var other = Columns(order);
                var data = RepeatPurchaseData.Create(reference.X, reference.Tx, reference.T, TimeUnit.Weeks);
                var otherData = RepeatPurchaseData.Create(other.X, other.Tx, other.T, TimeUnit.Weeks);
                Assert.Equal(data.CustomerCount, otherData.CustomerCount);
                Assert.Equal(data.RowCount, otherData.RowCount);
                AssertClose(bg.LogLikelihood(data), bg.LogLikelihood(otherData));
                AssertClose(pareto.LogLikelihood(data), pareto.LogLikelihood(otherData));
                AssertClose(GammaGammaModel.LogLikelihood(spend, reference.X, reference.Z), GammaGammaModel.LogLikelihood(spend, other.X, other.Z));
            }

            // Scores are per customer: a permutation of the input permutes the output and nothing else.
            var n = rows.Length;
            var horizon = LifetimeValueHorizon.Create(12, TimeUnit.Months, 0.01);
            var rev = Columns(reversed);
            var one = CustomerLifetimeValue.Score(bg, spend, horizon, reference.X, reference.Tx, reference.T, reference.Z);
            var two = CustomerLifetimeValue.Score(bg, spend, horizon, rev.X, rev.Tx, rev.T, rev.Z);
            Assert.Equal(n, two.Count);
            Assert.Equal(one.LifetimeValue.ToArray().Reverse(), two.LifetimeValue.ToArray());
            Assert.Equal(one.ProbabilityAlive.ToArray().Reverse(), two.ProbabilityAlive.ToArray());
        });

    [DeepProperty]
    public Property Compression_weights_add_up_to_the_customers_and_every_customer_maps_to_its_own_row() =>
        Prop.ForAll(Generators.CustomerBases, rows =>
        {
            var c = Columns(rows);
            var data = RepeatPurchaseData.Create(c.X, c.Tx, c.T, TimeUnit.Weeks);
            Assert.Equal(rows.Length, data.CustomerCount);
            var weights = 0.0;
            foreach (var w in data.Weight)
            {
                weights += w;
            }

            Assert.Equal(rows.Length, weights);
            for (var i = 0; i < rows.Length; i++)
            {
                var row = data.RowOfCustomer[i];
                Assert.Equal((c.X[i], c.Tx[i], c.T[i]), (data.Frequency[row], data.TimeOfLastPurchase[row], data.Age[row]));
            }
        });

    [Fact]
    public void Compression_refuses_summaries_that_break_the_conventions()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RepeatPurchaseData.Create([1.5], [1], [2], TimeUnit.Weeks));
        Assert.Throws<ArgumentOutOfRangeException>(() => RepeatPurchaseData.Create([-1], [0], [2], TimeUnit.Weeks));
        Assert.Throws<ArgumentOutOfRangeException>(() => RepeatPurchaseData.Create([1], [3], [2], TimeUnit.Weeks));
        Assert.Throws<ArgumentOutOfRangeException>(() => RepeatPurchaseData.Create([0], [1], [2], TimeUnit.Weeks));
        Assert.Throws<ArgumentOutOfRangeException>(() => RepeatPurchaseData.Create([1], [1], [double.NaN], TimeUnit.Weeks));
        Assert.Throws<ArgumentException>(() => RepeatPurchaseData.Create([1, 2], [1], [2], TimeUnit.Weeks));
        var data = RepeatPurchaseData.Create([2, 0, 2, 0], [30.43, 0, 30.43, 0], [38.86, 38.86, 38.86, 38.86], TimeUnit.Weeks);
        Assert.Equal(2, data.RowCount);
        Assert.Equal([2.0, 2.0], data.Weight.ToArray());
        Assert.Equal([0, 1, 0, 1], data.RowOfCustomer.ToArray());
    }

    private static (double[] X, double[] Tx, double[] T, double[] Z) Columns((double X, double Tx, double T, double Zbar)[] rows) =>
        (rows.Select(r => r.X).ToArray(), rows.Select(r => r.Tx).ToArray(), rows.Select(r => r.T).ToArray(), rows.Select(r => r.Zbar).ToArray());

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1.0, Math.Abs(expected)), $"{expected} vs {actual}");
}
