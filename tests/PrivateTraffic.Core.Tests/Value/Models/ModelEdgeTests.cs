using FsCheck;
using FsCheck.Fluent;
using System;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

/// <summary>
/// Issue 10's finding "value models at the edges": every answer is finite or refused with value.model_not_finite, never
/// NaN or ∞; and over the documented domain (parameters in [10⁻², 10²], x, T, t up to 10⁶) it is always finite.
/// </summary>
public sealed class ModelEdgeTests
{
    private static readonly double[] Scales = [1e-300, 1e-8, 1e-2, 1, 1e2, 1e8, 1e300];

    // Log-uniform over [10⁻², 10²]: the parameters' scale matters, not their digits.
    private static Gen<double> Parameter { get; } = Gen.Choose(-2000, 2000).Select(e => Math.Pow(10, e / 1000.0));

    private static Gen<(double X, double Tx, double T, double Horizon)> Customer { get; } =
        from x in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, 10_000)))
        from tExp in Gen.Choose(-2000, 6000)
        from share in Gen.Choose(0, 1000)
        from hExp in Gen.Choose(-2000, 6000)
        let T = Math.Pow(10, tExp / 1000.0)
        select ((double)x, x == 0 ? 0.0 : T * share / 1000.0, T, Math.Pow(10, hExp / 1000.0));

    [DeepProperty]
    public Property Within_the_documented_domain_every_answer_is_finite() =>
        Prop.ForAll(
            Generators.Pair(
                Gen.Four(Parameter).ToArbitrary(),
                Customer.ToArbitrary()),
            input =>
            {
                var ((p1, p2, p3, p4), c) = input;
                AssertFinite(BgNbdParameters.Create(p1, p2, p3, p4, TimeUnit.Weeks), c);
                AssertFinite(ParetoNbdParameters.Create(p1, p2, p3, p4, TimeUnit.Weeks), c);
            });

    [Fact]
    public void Far_outside_it_an_answer_is_finite_or_refused_with_a_stable_code_and_never_NaN()
    {
        (double X, double Tx, double T, double Horizon)[] customers = [(0, 0, 10, 10), (3, 5, 10, 10), (100, 1, 1e300, 1e300), (0, 0, 1e308, 1e308)];
        foreach (var r in Scales)
        {
            foreach (var other in Scales)
            {
                foreach (var c in customers)
                {
                    FiniteOrRefused(BgNbdParameters.Create(r, other, other, r, TimeUnit.Weeks), c);
                    FiniteOrRefused(ParetoNbdParameters.Create(r, other, other, r, TimeUnit.Weeks), c);
                }
            }
        }
    }

    [Fact]
    public void The_findings_parameters_near_1e300_are_refused_with_the_code_instead_of_NaN_or_infinity()
    {
        var bg = BgNbdParameters.Create(1e300, 1e300, 1e300, 1e300, TimeUnit.Weeks);
        FiniteOrRefused(bg, (3, 5, 10, 10));
        var uncond = Record.Exception(() => BgNbdParameters.Create(0.243, 4.414, 0.793, 2.426, TimeUnit.Weeks).UnconditionalExpectedPurchases(1e308));
        Assert.True(uncond is null || uncond is DomainRuleException { Code: DomainRuleCodes.ModelNotFinite }, uncond?.ToString());
    }

    [Fact]
    public void A_large_a_over_a_long_horizon_has_its_exact_limit_instead_of_NaN()
    {
        // a = 100, b = 1 over 10⁶ weeks: the bracket 1 − (1−z)^(a−1)·F is 1, so E[Y | alive] = (a + b + x − 1) / (a − 1).
        var p = BgNbdParameters.Create(1, 1, 100, 1, TimeUnit.Weeks);
        Assert.Equal(100.0 / 99.0, p.UnconditionalExpectedPurchases(1e6), 12);
    }

    [Fact]
    public void A_refusal_on_the_parallel_scoring_path_arrives_as_itself_not_wrapped_in_an_AggregateException()
    {
        // 100,000 customers take the parallel path; r = 10⁶ with a = 10⁴ has no finite expectation for them.
        const int n = 100_000;
        var frequency = new double[n];
        var tx = new double[n];
        var age = new double[n];
        var spend = new double[n];
        Array.Fill(frequency, 3);
        Array.Fill(tx, 5);
        Array.Fill(age, 10);
        Array.Fill(spend, 20);
        var model = BgNbdParameters.Create(1e6, 1e-6, 1e4, 1e-6, TimeUnit.Weeks);
        var ex = Record.Exception(() => CustomerLifetimeValue.Score(model, GammaGammaParameters.Create(6.25, 3.74, 15.44),
            LifetimeValueHorizon.Create(12, TimeUnit.Weeks, 0.0), frequency, tx, age, spend));
        Assert.True(ex is DomainRuleException { Code: DomainRuleCodes.ModelNotFinite }, ex?.ToString() ?? "no exception");
    }

    private static void AssertFinite<TModel>(TModel model, (double X, double Tx, double T, double Horizon) c)
        where TModel : IPurchaseModel
    {
        var alive = model.ProbabilityAlive(c.X, c.Tx, c.T);
        Assert.InRange(alive, 0.0, 1.0);
        var expected = model.ExpectedPurchases(c.X, c.Tx, c.T, c.Horizon);
        Assert.True(double.IsFinite(expected) && expected >= 0, $"{model}: E[Y({c.Horizon})] = {expected} for {c}");
        var unconditional = model.UnconditionalExpectedPurchases(c.Horizon);
        Assert.True(double.IsFinite(unconditional) && unconditional >= 0, $"{model}: E[X({c.Horizon})] = {unconditional}");
    }

    private static void FiniteOrRefused<TModel>(TModel model, (double X, double Tx, double T, double Horizon) c)
        where TModel : IPurchaseModel
    {
        foreach (var answer in new Func<double>[]
        {
            () => model.ProbabilityAlive(c.X, c.Tx, c.T),
            () => model.ExpectedPurchases(c.X, c.Tx, c.T, c.Horizon),
            () => model.UnconditionalExpectedPurchases(c.Horizon),
        })
        {
            double value;
            try
            {
                value = answer();
            }
            catch (DomainRuleException e)
            {
                Assert.Equal(DomainRuleCodes.ModelNotFinite, e.Code);
                continue;
            }

            Assert.True(double.IsFinite(value) && value >= 0, $"{model}: {value} for {c}");
        }
    }
}
