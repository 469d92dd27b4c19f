using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Traffic;

namespace PrivateTraffic.Core.Tests.Traffic;

/// <summary>
/// The worked example of the tour and samples/TrafficCosting: a supermarket's footfall (公域) against a pool of
/// fans reached by a daily post (私域). The articles' figures are pinned as such; every other figure is an
/// assumption, the same one the samples print.
/// </summary>
public sealed class SupermarketVersusPoolTests
{
    // Article 004: a mid-size supermarket in a third-tier city, about 10,000 people a day; article 003's counter
    // rates (10% pass, 20% ask, 20% buy). Assumed: ¥2,000 of fees a day for the counter.
    internal static FunnelCosting SupermarketCounterDay { get; } =
        PublicCostModel.None(Currency.CNY).WithFixedFees(Money.Yuan(2000m)).CostOf(FunnelTests.DepartmentStore, 10_000);

    // Article 004: 10,000 fans, each post reaching them at no charge. Assumed: a ¥5 capture gift, ¥3,000 of setup,
    // one operator at ¥6,000 a month (¥0.60 per fan per month), a post converts 0.4% of those who have not bought
    // (the counter's 20 of 5,000, no better), 1% of buyers buy again per post, 0.2% leave per post, ¥40 of margin a
    // sale, one post a day for 90 days.
    internal static TrafficScenario TenThousandFansPostedDaily { get; } = TrafficScenario.Create(
        poolMembers: 10_000,
        pool: PrivatePoolCostModel.Create(
            capturePerMember: Money.Yuan(5m),
            setup: Money.Yuan(3000m),
            runningPerMemberPerMonth: Money.Yuan(0.60m),
            costPerReach: Money.Yuan(0m),
            conversionPerReach: Probability.FromPercent(0.4),
            attritionPerReach: Probability.FromPercent(0.2),
            repurchasePerReach: Probability.FromPercent(1)),
        publicCostPerConversion: SupermarketCounterDay.CostPerConversion!.Value,
        reaches: 90,
        reachEvery: TimeUnit.Days,
        valuePerConversion: Money.Yuan(40m));

    [Fact]
    public void The_supermarket_s_10000_visitors_through_the_counter_s_rates_leave_40_buyers_at_50_yuan_each()
    {
        Assert.Equal([10_000L, 1000L, 200L, 40L], SupermarketCounterDay.Run.People);
        Assert.Equal(Money.Yuan(50m), SupermarketCounterDay.CostPerConversion);
    }

    [Fact]
    public void The_fans_cost_50000_yuan_to_capture_before_the_first_free_post()
    {
        var first = TrafficEconomics.Compare(TenThousandFansPostedDaily).Curve[0];
        Assert.Equal(40.0, first.Conversions, 9); // the first post converts what a day at the counter does
        Assert.True(first.PrivateCost > Money.Yuan(53_000m), "capture ¥50,000 + setup ¥3,000 + a day of the operator");
        Assert.True(first.PrivateCost < Money.Yuan(53_200m));
    }

    [Fact]
    public void The_pool_crosses_the_supermarket_s_price_on_day_28_and_pays_back_on_day_36()
    {
        var comparison = TrafficEconomics.Compare(TenThousandFansPostedDaily);
        Assert.Equal(CostCrossover.At(28), comparison.Crossover);
        Assert.Equal(NodaTime.Period.FromDays(36), comparison.Payback);
        Assert.True(comparison.PrivateCostPerConversion < Money.Yuan(20m), "over 90 days a conversion costs the pool under ¥20");

        // Bought at the counter, a buyer costs ¥50 and brings ¥40: the bought sale never pays for itself.
        Assert.True(TenThousandFansPostedDaily.PublicCostPerConversion > TenThousandFansPostedDaily.ValuePerConversion);
    }

    [Theory]
    [InlineData(30, 48)] // Taobao's CAC in 2013 (article 003)
    [InlineData(50, 28)] // the supermarket counter
    [InlineData(250, 6)] // Taobao's CAC in 2017 (article 003)
    public void The_dearer_the_bought_customer_the_sooner_the_crossover_while_payback_stays_put(int publicPrice, int crossoverDay)
    {
        var comparison = TrafficEconomics.Compare(WithPublicPrice(TenThousandFansPostedDaily, Money.Yuan(publicPrice)));
        Assert.Equal(CostCrossover.At(crossoverDay), comparison.Crossover);
        Assert.Equal(NodaTime.Period.FromDays(36), comparison.Payback);
    }

    [DeepProperty]
    public Property A_dearer_public_price_never_makes_the_crossover_later() =>
        Prop.ForAll(Generators.Pair(Generators.Scenarios, Gen.Choose(0, 30_000).ToArbitrary()), t =>
        {
            var (scenario, extraFen) = t;
            var dearer = WithPublicPrice(scenario, scenario.PublicCostPerConversion + Money.FromMinorUnits(extraFen, Currency.CNY));
            var before = TrafficEconomics.Compare(scenario).Crossover.Reach ?? int.MaxValue;
            var after = TrafficEconomics.Compare(dearer).Crossover.Reach ?? int.MaxValue;
            Assert.True(after <= before, $"crossover at {after} with the dearer price, {before} before");
        });

    [DeepProperty]
    public Property Payback_does_not_depend_on_the_public_price() =>
        Prop.ForAll(Generators.Pair(Generators.Scenarios, Generators.YuanUpTo(500).ToArbitrary()), t =>
        {
            var (scenario, price) = t;
            Assert.Equal(TrafficEconomics.Compare(scenario).Payback, TrafficEconomics.Compare(WithPublicPrice(scenario, price)).Payback);
        });

    private static TrafficScenario WithPublicPrice(TrafficScenario s, Money price) =>
        TrafficScenario.Create(s.PoolMembers, s.Pool, price, s.Reaches, s.ReachEvery, s.ValuePerConversion);
}
