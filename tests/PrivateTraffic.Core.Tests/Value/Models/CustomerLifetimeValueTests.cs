using FsCheck;
using FsCheck.Fluent;
using System;
using System.Linq;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

public sealed class CustomerLifetimeValueTests
{
    private static readonly BgNbdParameters Purchases = BgNbdModelTests.Published;
    private static readonly GammaGammaParameters Spend = GammaGammaModelTests.Published;

    [Fact]
    public void Lifetime_value_is_the_discounted_sum_of_each_periods_expected_purchases_times_expected_spend()
    {
        // 12 months at 1% a month for the worked customer; the model is in weeks, so a period is 30.436875/7 weeks.
        var horizon = LifetimeValueHorizon.Create(12, TimeUnit.Months, 0.01);
        var length = 30.436875 / 7.0;
        var expected = 0.0;
        for (var k = 1; k <= 12; k++)
        {
            var inPeriod = BgNbdModel.ExpectedPurchases(Purchases, 2, 30.43, 38.86, k * length) - BgNbdModel.ExpectedPurchases(Purchases, 2, 30.43, 38.86, (k - 1) * length);
            expected += inPeriod / Math.Pow(1.01, k);
        }

        var spend = GammaGammaModel.ExpectedSpend(Spend, 2, 22.35);
        Assert.Equal(expected, CustomerLifetimeValue.DiscountedPurchases(Purchases, 2, 30.43, 38.86, horizon), 12);
        var money = CustomerLifetimeValue.Discounted(Purchases, Spend, 2, 30.43, 38.86, 22.35, horizon, Currency.CNY, MidpointRounding.ToEven);
        Assert.Equal(Money.FromDouble(expected * spend, Currency.CNY, MidpointRounding.ToEven), money);
    }

    [Fact]
    public void Pareto_NBD_lifetime_value_follows_the_same_formula_and_batch_matches_single_customers()
    {
        var pareto = ParetoNbdModelTests.Published;
        var horizon = LifetimeValueHorizon.Create(4, TimeUnit.Weeks, 0.002);
        var expected = 0.0;
        for (var k = 1; k <= 4; k++)
        {
            expected += (ParetoNbdModel.ExpectedPurchases(pareto, 2, 30.43, 38.86, k) - ParetoNbdModel.ExpectedPurchases(pareto, 2, 30.43, 38.86, k - 1)) / Math.Pow(1.002, k);
        }

        Assert.Equal(expected, CustomerLifetimeValue.DiscountedPurchases(pareto, 2, 30.43, 38.86, horizon), 12);
        var money = CustomerLifetimeValue.Discounted(pareto, Spend, 2, 30.43, 38.86, 22.35, horizon, Currency.USD, MidpointRounding.AwayFromZero);
        Assert.Equal(Money.FromDouble(expected * GammaGammaModel.ExpectedSpend(Spend, 2, 22.35), Currency.USD, MidpointRounding.AwayFromZero), money);

        double[] x = [0, 2, 300];
        double[] tx = [0, 30.43, 38];
        double[] t = [38.86, 38.86, 38.86];
        double[] z = [0, 22.35, 40];
        var (alive, purchases, spend, clv) = (new double[3], new double[3], new double[3], new double[3]);
        CustomerLifetimeValue.Score(pareto, Spend, horizon, x, tx, t, z, alive, purchases, spend, clv);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(ParetoNbdModel.ProbabilityAlive(pareto, x[i], tx[i], t[i]), alive[i], 14);
            Assert.Equal(ParetoNbdModel.ExpectedPurchases(pareto, x[i], tx[i], t[i], 4), purchases[i], 10);
            Assert.Equal(GammaGammaModel.ExpectedSpend(Spend, x[i], z[i]) * CustomerLifetimeValue.DiscountedPurchases(pareto, x[i], tx[i], t[i], horizon), clv[i], 9);
        }
    }

    [Fact]
    public void Without_discounting_the_lifetime_value_is_expected_purchases_over_the_horizon_times_spend()
    {
        var horizon = LifetimeValueHorizon.Create(39, TimeUnit.Weeks, 0.0);
        Assert.Equal(1.226, CustomerLifetimeValue.DiscountedPurchases(Purchases, 2, 30.43, 38.86, horizon), 3);
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(70_000)]
    public void Batch_scoring_gives_the_single_customer_values_in_order(int n)
    {
        var random = new Random(7);
        var ages = Enumerable.Range(0, n).Select(_ => random.Next(1, 365) / 7.0).ToArray();
        var x = new double[n];
        var tx = new double[n];
        BgNbdModel.Simulate(Purchases, ages, random, x, tx);
        var z = new double[n];
        GammaGammaModel.Simulate(Spend, x, random, z);
        var horizon = LifetimeValueHorizon.Create(6, TimeUnit.Months, 0.01);
        var (alive, expected, spend, clv) = (new double[n], new double[n], new double[n], new double[n]);

        CustomerLifetimeValue.Score(Purchases, Spend, horizon, x, tx, ages, z, alive, expected, spend, clv);

        var sixMonths = 6 * 30.436875 / 7.0;
        for (var i = 0; i < n; i += Math.Max(1, n / 500))
        {
            Assert.Equal(BgNbdModel.ProbabilityAlive(Purchases, x[i], tx[i], ages[i]), alive[i], 14);
            Assert.Equal(BgNbdModel.ExpectedPurchases(Purchases, x[i], tx[i], ages[i], sixMonths), expected[i], 10);
            Assert.Equal(GammaGammaModel.ExpectedSpend(Spend, x[i], z[i]), spend[i], 10);
            Assert.Equal(GammaGammaModel.ExpectedSpend(Spend, x[i], z[i]) * CustomerLifetimeValue.DiscountedPurchases(Purchases, x[i], tx[i], ages[i], horizon), clv[i], 9);
        }
    }

    [Fact]
    public void Batch_scoring_refuses_columns_of_different_lengths_and_a_spend_model_without_a_mean()
    {
        var one = new double[1];
        var two = new double[2];
        var horizon = LifetimeValueHorizon.Create(1, TimeUnit.Weeks, 0);
        Assert.Throws<ArgumentException>(() => CustomerLifetimeValue.Score(Purchases, Spend, horizon, one, one, one, one, one, one, one, two));
        Assert.Throws<DomainRuleException>(() => CustomerLifetimeValue.Score(Purchases, GammaGammaParameters.Create(1, 0.9, 1), horizon, one, one, one, one, one, one, one, one));
    }

    [DeepProperty]
    public Property Lifetime_value_is_non_decreasing_in_the_horizon_and_non_increasing_in_the_discount_rate() =>
        Prop.ForAll(Generators.BgNbdCustomers, input =>
        {
            var (p, c) = input;
            var shortHorizon = CustomerLifetimeValue.DiscountedPurchases(p, c.X, c.Tx, c.T, LifetimeValueHorizon.Create(3, TimeUnit.Months, 0.01));
            var longHorizon = CustomerLifetimeValue.DiscountedPurchases(p, c.X, c.Tx, c.T, LifetimeValueHorizon.Create(12, TimeUnit.Months, 0.01));
            var steeper = CustomerLifetimeValue.DiscountedPurchases(p, c.X, c.Tx, c.T, LifetimeValueHorizon.Create(12, TimeUnit.Months, 0.05));
            Assert.True(shortHorizon >= 0 && double.IsFinite(longHorizon));
            Assert.True(longHorizon >= shortHorizon, $"{longHorizon} < {shortHorizon}");
            Assert.True(steeper <= longHorizon, $"{steeper} > {longHorizon}");
        });

    [Fact]
    public void Horizon_refuses_nonsense()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LifetimeValueHorizon.Create(0, TimeUnit.Months, 0.01));
        Assert.Throws<ArgumentOutOfRangeException>(() => LifetimeValueHorizon.Create(12, TimeUnit.Months, -0.01));
        Assert.Throws<ArgumentOutOfRangeException>(() => LifetimeValueHorizon.Create(12, TimeUnit.Months, double.NaN));
        Assert.Equal("12 months at 1% per month", LifetimeValueHorizon.Create(12, TimeUnit.Months, 0.01).ToString());
    }
}
