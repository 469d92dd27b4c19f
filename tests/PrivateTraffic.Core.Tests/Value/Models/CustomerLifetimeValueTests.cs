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

    /// <summary>CDNOW's customer 1 as dated facts: t_x = 213/7 ≈ 30.43 weeks, T = 272/7 ≈ 38.86 weeks, z̄ = 22.35.</summary>
    private static CustomerSummary Customer1(Currency currency) => CustomerSummary.Create(
        MemberId.From("1"), new NodaTime.LocalDate(1997, 1, 1), new NodaTime.LocalDate(1997, 8, 2), 2,
        Money.Of(22.35m, currency), Money.Of(74.02m, currency), new NodaTime.LocalDate(1997, 9, 30), TimeUnit.Weeks);

    [Fact]
    public void Lifetime_value_is_the_discounted_sum_of_each_periods_expected_purchases_times_expected_spend()
    {
        // 12 months at 1% a month for the worked customer; the model is in weeks, so a period is 30.436875/7 weeks.
        var horizon = LifetimeValueHorizon.Create(12, TimeUnit.Months, 0.01);
        var length = 30.436875 / 7.0;
        var expected = 0.0;
        for (var k = 1; k <= 12; k++)
        {
            var inPeriod = Purchases.ExpectedPurchases(2, 30.43, 38.86, k * length) - Purchases.ExpectedPurchases(2, 30.43, 38.86, (k - 1) * length);
            expected += inPeriod / Math.Pow(1.01, k);
        }

        var spend = GammaGammaModel.ExpectedSpend(Spend, 2, 22.35);
        Assert.Equal(expected, CustomerLifetimeValue.DiscountedPurchases(Purchases, 2, 30.43, 38.86, horizon), 12);
        var customer = Customer1(Currency.CNY);
        var money = CustomerLifetimeValue.Discounted(Purchases, Spend, customer, horizon, MidpointRounding.ToEven);
        var worth = CustomerLifetimeValue.DiscountedPurchases(Purchases, 2, 213 / 7.0, 272 / 7.0, horizon);
        Assert.Equal(Money.FromDouble(worth * spend, Currency.CNY, MidpointRounding.ToEven), money);
    }

    [Fact]
    public void Pareto_NBD_lifetime_value_follows_the_same_formula_and_batch_matches_single_customers()
    {
        var pareto = ParetoNbdModelTests.Published;
        var horizon = LifetimeValueHorizon.Create(4, TimeUnit.Weeks, 0.002);
        var expected = 0.0;
        for (var k = 1; k <= 4; k++)
        {
            expected += (pareto.ExpectedPurchases(2, 30.43, 38.86, k) - pareto.ExpectedPurchases(2, 30.43, 38.86, k - 1)) / Math.Pow(1.002, k);
        }

        Assert.Equal(expected, CustomerLifetimeValue.DiscountedPurchases(pareto, 2, 30.43, 38.86, horizon), 12);
        var money = CustomerLifetimeValue.Discounted(pareto, Spend, Customer1(Currency.USD), horizon, MidpointRounding.AwayFromZero);
        var worth = CustomerLifetimeValue.DiscountedPurchases(pareto, 2, 213 / 7.0, 272 / 7.0, horizon);
        Assert.Equal(Money.FromDouble(worth * GammaGammaModel.ExpectedSpend(Spend, 2, 22.35), Currency.USD, MidpointRounding.AwayFromZero), money);

        double[] x = [0, 2, 300];
        double[] tx = [0, 30.43, 38];
        double[] t = [38.86, 38.86, 38.86];
        double[] z = [0, 22.35, 40];
        var scores = CustomerLifetimeValue.Score(pareto, Spend, horizon, x, tx, t, z);
        var (alive, purchases, clv) = (scores.ProbabilityAlive.ToArray(), scores.ExpectedPurchases.ToArray(), scores.LifetimeValue.ToArray());
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(pareto.ProbabilityAlive(x[i], tx[i], t[i]), alive[i], 14);
            Assert.Equal(pareto.ExpectedPurchases(x[i], tx[i], t[i], 4), purchases[i], 10);
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
    [InlineData(70_001)]
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
        var scores = CustomerLifetimeValue.Score(Purchases, Spend, horizon, x, tx, ages, z);
        var (alive, expected, spend, clv) = (scores.ProbabilityAlive.ToArray(), scores.ExpectedPurchases.ToArray(), scores.ExpectedSpend.ToArray(), scores.LifetimeValue.ToArray());

        var sixMonths = 6 * 30.436875 / 7.0;
        // About 500 rows spread over the base, and the last one: an odd count leaves the last parallel chunk one row short.
        var step = Math.Max(1, n / 500);
        foreach (var i in Enumerable.Range(0, n).Where(i => i % step == 0 || i == n - 1))
        {
            Assert.Equal(Purchases.ProbabilityAlive(x[i], tx[i], ages[i]), alive[i], 14);
            Assert.Equal(Purchases.ExpectedPurchases(x[i], tx[i], ages[i], sixMonths), expected[i], 10);
            Assert.Equal(GammaGammaModel.ExpectedSpend(Spend, x[i], z[i]), spend[i], 10);
            Assert.Equal(GammaGammaModel.ExpectedSpend(Spend, x[i], z[i]) * CustomerLifetimeValue.DiscountedPurchases(Purchases, x[i], tx[i], ages[i], horizon), clv[i], 9);
        }
    }

    [Fact]
    public void Batch_scoring_accepts_a_repeat_buyer_with_zero_mean_spend()
    {
        var horizon = LifetimeValueHorizon.Create(12, TimeUnit.Months, 0.01);
        double[] x = [2, 2];
        double[] tx = [30.43, 30.43];
        double[] t = [38.86, 38.86];
        var scores = CustomerLifetimeValue.Score(Purchases, Spend, horizon, x, tx, t, new double[] { 0.0, 22.35 });
        var spend = scores.ExpectedSpend.ToArray();
        var clv = scores.LifetimeValue.ToArray();
        var p = Spend.P;
        Assert.Equal(p * Spend.Gamma / ((p * 2) + Spend.Q - 1), spend[0], 12);
        Assert.Equal(spend[0] * CustomerLifetimeValue.DiscountedPurchases(Purchases, 2, 30.43, 38.86, horizon), clv[0], 9);
        Assert.True(clv[0] > 0 && clv[0] < clv[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => CustomerLifetimeValue.Score(Purchases, Spend, horizon, x, tx, t, new double[] { -0.01, 1 }));
    }

    [Fact]
    public void Batch_scoring_refuses_columns_of_different_lengths_and_a_spend_model_without_a_mean()
    {
        var one = new double[1];
        var two = new double[2];
        var horizon = LifetimeValueHorizon.Create(1, TimeUnit.Weeks, 0);
        Assert.Throws<ArgumentException>(() => CustomerLifetimeValue.Score(Purchases, Spend, horizon, one, one, one, two));
        Assert.Throws<DomainRuleException>(() => CustomerLifetimeValue.Score(Purchases, GammaGammaParameters.Create(1, 0.9, 1), horizon, one, one, one, one));
        var customers = CustomerSummaries.From(new NodaTime.LocalDate(1997, 9, 30), TimeUnit.Weeks, Currency.USD, [Customer1(Currency.USD)]);
        Assert.Throws<ArgumentException>(() => CustomerLifetimeValue.Score(BgNbdParameters.Create(0.243, 4.414, 0.793, 2.426, TimeUnit.Days), Spend, horizon, customers));
        Assert.Throws<ArgumentException>(() => CustomerLifetimeValue.Discounted(Purchases, Spend, default(CustomerSummary), horizon, MidpointRounding.ToEven));
    }

    [Fact]
    public void Scoring_summaries_keeps_their_customers_and_matches_one_customer_at_a_time()
    {
        var customer = Customer1(Currency.USD);
        var customers = CustomerSummaries.From(customer.CalibrationEnd, TimeUnit.Weeks, Currency.USD, [customer]);
        var horizon = LifetimeValueHorizon.Create(12, TimeUnit.Months, 0.01);

        var scores = CustomerLifetimeValue.Score(Purchases, Spend, horizon, customers);

        Assert.Equal([customer.Customer], scores.Customers.ToArray());
        Assert.Same(horizon, scores.Horizon);
        Assert.Equal(Purchases.ProbabilityAlive(2, customer.TimeOfLastPurchase, customer.Age), scores.ProbabilityAlive[0], 14);
        Assert.Equal(
            CustomerLifetimeValue.Discounted(Purchases, Spend, customer, horizon, MidpointRounding.ToEven),
            Money.FromDouble(scores.LifetimeValue[0], Currency.USD, MidpointRounding.ToEven));
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
