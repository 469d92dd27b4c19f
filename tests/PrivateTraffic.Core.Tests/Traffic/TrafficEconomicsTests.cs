using System;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Traffic;

namespace PrivateTraffic.Core.Tests.Traffic;

public sealed class TrafficEconomicsTests
{
    // The supermarket's day (004): about 10,000 visitors. The fees and the 2% who buy are assumptions for the example.
    internal static FunnelCosting SupermarketDay { get; } = PublicCostModel.None(Currency.CNY)
        .WithFixedFees(Money.Yuan(5000m))
        .CostOf(Funnel.StartWith("visitors").Then("buyers", Probability.FromPercent(2)), 10_000);

    // A community account with 10,000 fans (004), reached by one WeChat post at no charge.
    internal static TrafficScenario OnePostToTenThousandFans { get; } = TrafficScenario.Create(
        poolMembers: 10_000,
        pool: PrivatePoolCostModel.Create(
            capturePerMember: Money.Yuan(0m),
            setup: Money.Yuan(0m),
            runningPerMemberPerMonth: Money.Yuan(0m),
            costPerReach: Money.Yuan(0m),
            conversionPerReach: Probability.FromPercent(3),
            attritionPerReach: Probability.FromPercent(1)),
        publicCostPerConversion: SupermarketDay.CostPerConversion!.Value,
        reaches: 1,
        reachEvery: TimeUnit.Days);

    // The same pool when every member first had to be captured with a ¥5 free sample, reached weekly for a year.
    internal static TrafficScenario CapturedPoolForAYear { get; } = TrafficScenario.Create(
        poolMembers: 10_000,
        pool: PrivatePoolCostModel.Create(
            capturePerMember: Money.Yuan(5m),
            setup: Money.Yuan(3000m),
            runningPerMemberPerMonth: Money.Yuan(0.2m),
            costPerReach: Money.Yuan(0m),
            conversionPerReach: Probability.FromPercent(2),
            attritionPerReach: Probability.FromPercent(2),
            repurchasePerReach: Probability.FromPercent(10)),
        publicCostPerConversion: SupermarketDay.CostPerConversion!.Value,
        reaches: 52,
        reachEvery: TimeUnit.Weeks,
        valuePerConversion: Money.Yuan(40m));

    [Fact]
    public void The_same_budget_buys_a_tenth_as_many_taobao_customers_in_2017_as_in_2013()
    {
        var budget = Money.Yuan(30_000m);
        var cac2013 = TrafficEconomics.CustomerAcquisitionCost(budget, 1000);
        Assert.Equal(Money.Yuan(30m), cac2013);
        Assert.Equal(1000L, TrafficEconomics.CustomersFor(budget, Money.Yuan(30m)));
        Assert.Equal(120L, TrafficEconomics.CustomersFor(budget, Money.Yuan(250m)));

        // The same through a priced funnel: a CPA of the year's CAC.
        var funnel = Funnel.StartWith("shoppers").Then("customers", Probability.One);
        Assert.Equal(Money.Yuan(250m), PublicCostModel.None(Currency.CNY).WithCpa(Money.Yuan(250m)).CostOf(funnel, 120).CostPerConversion);
    }

    [Fact]
    public void One_free_post_to_ten_thousand_fans_beats_a_day_of_mall_footfall()
    {
        Assert.Equal(Money.Yuan(25m), SupermarketDay.CostPerConversion);
        var comparison = TrafficEconomics.Compare(OnePostToTenThousandFans);
        Assert.Equal(300.0, comparison.Conversions, 9);
        Assert.Equal(Money.Yuan(0m), comparison.PrivateCost);
        Assert.Equal(Money.Yuan(7500m), comparison.PublicCost);
        Assert.Equal(CostCrossover.At(1), comparison.Crossover);
        Assert.Equal(9_900.0, comparison.Final.Members, 9);
    }

    [Fact]
    public void A_captured_pool_crosses_over_after_some_weeks_and_pays_back()
    {
        var comparison = TrafficEconomics.Compare(CapturedPoolForAYear);
        Assert.True(comparison.Crossover.IsReached);
        var b = comparison.Crossover.Reach!.Value;
        Assert.InRange(b, 2, 52);
        Assert.True(comparison.Curve[b - 1].PrivateCostPerConversion < 25.0);
        Assert.False(comparison.Curve[b - 2].PrivateCostPerConversion < 25.0);
        Assert.NotNull(comparison.Payback);
        Assert.InRange(comparison.Payback!.Weeks, 1, 52);
        Assert.True(comparison.LtvToCac > 1.0);
        Assert.True(comparison.PrivateCac > comparison.PrivateCostPerConversion);
    }

    [Fact]
    public void An_empty_pool_never_crosses_over_and_says_why()
    {
        var empty = TrafficScenario.Create(0, CapturedPoolForAYear.Pool, Money.Yuan(25m), 10, TimeUnit.Weeks);
        var comparison = TrafficEconomics.Compare(empty);
        Assert.Equal(CostCrossover.Never(NoCrossoverReason.NoConversions), comparison.Crossover);
        Assert.Null(comparison.PrivateCostPerConversion);
        Assert.Null(comparison.PrivateCac);
    }

    [Fact]
    public void A_free_public_channel_is_never_beaten()
    {
        var scenario = TrafficScenario.Create(1000, CapturedPoolForAYear.Pool, Money.Yuan(0m), 10, TimeUnit.Weeks);
        Assert.Equal(CostCrossover.Never(NoCrossoverReason.PrivateNeverCheaper), TrafficEconomics.Compare(scenario).Crossover);
    }

    [DeepProperty]
    public Property Crossover_is_where_the_cost_per_conversion_curves_cross() =>
        Prop.ForAll(Generators.Scenarios, scenario =>
        {
            var comparison = TrafficEconomics.Compare(scenario);
            var publicPrice = scenario.PublicCostPerConversion.ToDouble();
            bool Below(int reach) => comparison.Curve[reach - 1].PrivateCostPerConversion is { } c && c < publicPrice;
            if (comparison.Crossover.Reach is { } b)
            {
                Assert.True(Below(b), $"private below public at the crossover reach {b}");
                for (var k = 1; k < b; k++)
                {
                    Assert.False(Below(k), $"not below before the crossover (reach {k})");
                }
            }
            else
            {
                for (var k = 1; k <= scenario.Reaches; k++)
                {
                    Assert.False(Below(k));
                }

                var expected = comparison.Conversions > 0 ? NoCrossoverReason.PrivateNeverCheaper : NoCrossoverReason.NoConversions;
                Assert.Equal(expected, comparison.Crossover.Reason);
            }
        });

    [DeepProperty]
    public Property The_pool_never_goes_negative_and_conversions_never_exceed_the_members_reached() =>
        Prop.ForAll(Generators.Scenarios, scenario =>
        {
            var comparison = TrafficEconomics.Compare(scenario);
            var membersBefore = (double)scenario.PoolMembers;
            var conversionsBefore = 0.0;
            foreach (var point in comparison.Curve)
            {
                Assert.True(point.Members >= 0.0);
                Assert.True(point.Members <= membersBefore + 1e-9);
                Assert.True(point.Conversions - conversionsBefore <= membersBefore + 1e-6, "one reach converts at most the members it reaches");
                Assert.True(point.Customers <= scenario.PoolMembers + 1e-6, "customers come from the captured members");
                membersBefore = point.Members;
                conversionsBefore = point.Conversions;
            }
        });

    [DeepProperty]
    public Property Cumulative_costs_are_never_negative_and_never_decrease() =>
        Prop.ForAll(Generators.Scenarios, scenario =>
        {
            var previous = Money.Yuan(0m);
            var previousPublic = Money.Yuan(0m);
            foreach (var point in TrafficEconomics.Compare(scenario).Curve)
            {
                Assert.True(point.PrivateCost >= previous);
                Assert.True(point.PublicCost >= previousPublic);
                previous = point.PrivateCost;
                previousPublic = point.PublicCost;
            }
        });

    [DeepProperty]
    public Property The_pool_cost_never_decreases_when_the_pool_grows() =>
        Prop.ForAll(Generators.Pair(Generators.Scenarios, Gen.Choose(0, 50_000).ToArbitrary()), t =>
        {
            var (scenario, extra) = t;
            var larger = TrafficScenario.Create(scenario.PoolMembers + extra, scenario.Pool, scenario.PublicCostPerConversion, scenario.Reaches, scenario.ReachEvery, scenario.ValuePerConversion);
            var small = TrafficEconomics.Compare(scenario);
            var large = TrafficEconomics.Compare(larger);
            Assert.False(small.PrivateCost.IsNegative);
            Assert.True(small.PrivateCost <= large.PrivateCost);
            Assert.True(small.Conversions <= large.Conversions + 1e-9);
        });

    [Fact]
    public void A_target_of_conversions_is_met_at_the_first_reach_that_reaches_it()
    {
        var comparison = TrafficEconomics.Compare(CapturedPoolForAYear);
        var target = comparison.Curve[9].Conversions;
        Assert.Equal(10, comparison.ReachForConversions(target));
        Assert.Equal(1, comparison.ReachForConversions(0));
        Assert.Null(comparison.ReachForConversions(comparison.Conversions + 1));
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => comparison.ReachForConversions(double.NaN)).ParamName);
    }

    [DeepProperty]
    public Property Payback_is_the_first_reach_whose_margin_covers_the_cost() =>
        Prop.ForAll(Generators.Scenarios, scenario =>
        {
            var comparison = TrafficEconomics.Compare(scenario);
            if (scenario.ValuePerConversion is null)
            {
                Assert.Null(comparison.Payback);
                Assert.Null(comparison.LtvToCac);
            }
            else if (comparison.Payback is { } payback)
            {
                var reaches = scenario.ReachEvery == TimeUnit.Days ? payback.Days : scenario.ReachEvery == TimeUnit.Weeks ? payback.Weeks : payback.Months;
                Assert.InRange(reaches, 1, scenario.Reaches);
            }
        });

    [Fact]
    public void A_horizon_of_zero_reaches_a_negative_cost_or_mixed_currencies_are_refused()
    {
        var pool = CapturedPoolForAYear.Pool;
        Assert.Equal("reaches", Assert.Throws<ArgumentOutOfRangeException>(() => TrafficScenario.Create(10, pool, Money.Yuan(1m), 0, TimeUnit.Days)).ParamName);
        Assert.Equal("publicCostPerConversion", Assert.Throws<ArgumentException>(() => TrafficScenario.Create(10, pool, Money.Of(1m, Currency.USD), 5, TimeUnit.Days)).ParamName);
        Assert.Equal("valuePerConversion", Assert.Throws<ArgumentException>(() => TrafficScenario.Create(10, pool, Money.Yuan(1m), 5, TimeUnit.Days, Money.Yuan(-1m))).ParamName);
        Assert.Equal("poolMembers", Assert.Throws<ArgumentOutOfRangeException>(() => TrafficScenario.Create(-1, pool, Money.Yuan(1m), 5, TimeUnit.Days)).ParamName);
        Assert.Equal("setup", Assert.Throws<ArgumentException>(() => PrivatePoolCostModel.Create(Money.Yuan(1m), Money.Of(1m, Currency.USD), Money.Yuan(0m), Money.Yuan(0m), Probability.Zero, Probability.Zero)).ParamName);
        Assert.Equal("costPerReach", Assert.Throws<ArgumentException>(() => PrivatePoolCostModel.Create(Money.Yuan(1m), Money.Yuan(0m), Money.Yuan(0m), Money.Yuan(-0.05m), Probability.Zero, Probability.Zero)).ParamName);
        Assert.Equal("customers", Assert.Throws<ArgumentException>(() => TrafficEconomics.CustomerAcquisitionCost(Money.Yuan(100m), 0)).ParamName);
    }
}
