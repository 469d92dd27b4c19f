using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

/// <summary>
/// The contract of <see cref="IPurchaseModel"/>, checked the same way for BG/NBD and Pareto/NBD: P(alive) is a
/// probability, expected purchases are non-negative and do not fall as the horizon grows, the column forms give the
/// single-customer values, and the per-customer log-likelihoods add up to the base's log-likelihood and to its
/// contribution (also when the base is split into two partitions).
/// </summary>
public sealed class PurchaseModelContractTests
{
    [DeepProperty]
    public Property Probability_alive_is_in_the_unit_interval() =>
        Prop.ForAll(Generators.PurchaseModelBases, input =>
        {
            foreach (var (x, tx, t, _) in input.Customers)
            {
                var p = input.Model.ProbabilityAlive(x, tx, t);
                Assert.True(p is >= 0.0 and <= 1.0, $"{input.Model}: P(alive | {x}, {tx}, {t}) = {p}");
            }
        });

    [DeepProperty]
    public Property Expected_purchases_are_non_negative_and_non_decreasing_in_the_horizon() =>
        Prop.ForAll(Generators.PurchaseModelBases, input =>
        {
            var (model, customers, shorter, longer) = input;
            Assert.Equal(0.0, model.UnconditionalExpectedPurchases(0.0));
            Assert.True(model.UnconditionalExpectedPurchases(longer) >= model.UnconditionalExpectedPurchases(shorter) * (1 - 1e-12));
            foreach (var (x, tx, t, _) in customers)
            {
                var near = model.ExpectedPurchases(x, tx, t, shorter);
                var far = model.ExpectedPurchases(x, tx, t, longer);
                Assert.True(near >= 0.0 && double.IsFinite(far), $"{model}: E[Y({shorter}) | {x}, {tx}, {t}] = {near}, E[Y({longer})] = {far}");
                Assert.True(far >= near * (1 - 1e-12), $"{model}: E[Y] falls from {near} at {shorter} to {far} at {longer} for ({x}, {tx}, {t})");
            }
        });

    [DeepProperty]
    public Property Column_forms_give_the_single_customer_values() =>
        Prop.ForAll(Generators.PurchaseModelBases, input =>
        {
            var (model, customers, _, longer) = input;
            var (x, tx, t) = (customers.Select(c => c.X).ToArray(), customers.Select(c => c.Tx).ToArray(), customers.Select(c => c.T).ToArray());
            var alive = new double[x.Length];
            var expected = new double[x.Length];
            model.ProbabilityAlive(x, tx, t, alive);
            model.ExpectedPurchases(x, tx, t, longer, expected);
            for (var i = 0; i < x.Length; i++)
            {
                Assert.Equal(model.ProbabilityAlive(x[i], tx[i], t[i]), alive[i]);
                Assert.Equal(model.ExpectedPurchases(x[i], tx[i], t[i], longer), expected[i]);
            }
        });

    [DeepProperty(runs: 30)]
    public Property Likelihood_contributions_add_up_to_the_log_likelihood() =>
        Prop.ForAll(Generators.PurchaseModelBases, input =>
        {
            var (model, customers, _, _) = input;
            var (x, tx, t) = (customers.Select(c => c.X).ToArray(), customers.Select(c => c.Tx).ToArray(), customers.Select(c => c.T).ToArray());
            var data = RepeatPurchaseData.Create(x, tx, t, model.Unit);
            var perCustomer = 0.0;
            for (var i = 0; i < x.Length; i++)
            {
                perCustomer += model.LogLikelihood(x[i], tx[i], t[i]);
            }

            var total = model.LogLikelihood(data);
            var whole = model.Contribution(data);
            var half = x.Length / 2;
            var first = model.Contribution(RepeatPurchaseData.Create(x.AsSpan(0, half), tx.AsSpan(0, half), t.AsSpan(0, half), model.Unit));
            var second = model.Contribution(RepeatPurchaseData.Create(x.AsSpan(half), tx.AsSpan(half), t.AsSpan(half), model.Unit));
            var merged = first.Merge(second);
            var scale = 1e-9 * Math.Max(1.0, Math.Abs(total));
            Assert.True(Math.Abs(perCustomer - total) <= scale, $"{model}: Σ ln L = {perCustomer}, ln L(base) = {total}");
            Assert.True(Math.Abs(whole.LogLikelihood - total) <= scale, $"{model}: contribution {whole.LogLikelihood}, ln L(base) = {total}");
            Assert.True(Math.Abs(merged.LogLikelihood - total) <= scale, $"{model}: merged partitions {merged.LogLikelihood}, ln L(base) = {total}");
            Assert.Equal(x.Length, merged.CustomerCount);
            Assert.Equal(model.ParameterNames.Count, merged.Gradient.Count);
        });
}
