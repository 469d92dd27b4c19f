using System;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Traffic;

namespace PrivateTraffic.Core.Tests.Traffic;

public sealed class PublicCostModelTests
{
    // An assumed day's fees for the counter (the articles give no figure): rent, booth and management fees, utilities.
    private static readonly PublicCostModel CounterFees = PublicCostModel.None(Currency.CNY).WithFixedFees(Money.Yuan(1500m)).WithFixedFees(Money.Yuan(500m));

    [Fact]
    public void The_department_store_counter_costs_100_yuan_per_buyer_at_2000_yuan_a_day()
    {
        var costing = CounterFees.CostOf(FunnelTests.DepartmentStore, 5000);
        Assert.Equal(Money.Yuan(2000m), costing.Total);
        Assert.Equal(Money.Yuan(0.40m), costing.CostPerPersonAt(0));
        Assert.Equal(Money.Yuan(4m), costing.CostPerPersonAt(1));
        Assert.Equal(Money.Yuan(20m), costing.CostPerPersonAt(2));
        Assert.Equal(Money.Yuan(100m), costing.CostPerConversion);

        // 4,500 walked past, 400 passed without asking, 80 asked without buying, 20 bought.
        Assert.Equal([Money.Yuan(1800m), Money.Yuan(160m), Money.Yuan(32m), Money.Yuan(8m)], costing.CostByLastStage);
    }

    [Fact]
    public void Cpm_cpc_cpa_and_commission_are_charged_at_their_stages()
    {
        var funnel = Funnel.StartWith("impressions").Then("clicks", Probability.FromPercent(2)).Then("orders", Probability.FromPercent(5));
        var model = PublicCostModel.None(Currency.CNY)
            .WithCpm(Money.Yuan(40m))
            .WithCpc(Money.Yuan(1.5m), clickStage: 1)
            .WithCpa(Money.Yuan(10m))
            .WithCommission(0.05m, Money.Yuan(200m));
        var costing = model.CostOf(funnel, 1_000_000);
        Assert.Equal([1_000_000L, 20_000L, 1_000L], costing.Run.People);
        Assert.Equal(Money.Yuan(40_000m), costing.Impressions);
        Assert.Equal(Money.Yuan(30_000m), costing.Clicks);
        Assert.Equal(Money.Yuan(10_000m), costing.Acquisitions);
        Assert.Equal(Money.Yuan(10_000m), costing.Commission);
        Assert.Equal(Money.Yuan(90_000m), costing.Total);
        Assert.Equal(Money.Yuan(90m), costing.CostPerConversion);
    }

    [DeepProperty]
    public Property Costs_are_never_negative_and_never_decrease_when_volume_grows() =>
        Prop.ForAll(
            Generators.Triple(Generators.PublicCostModels, Generators.Funnels, Generators.VolumeGen.SelectMany(_ => Gen.Choose(0, 100_000), (v, extra) => (v, v + extra)).ToArbitrary()),
            t =>
            {
                var (model, funnel, (small, large)) = t;
                var a = model.CostOf(funnel, small);
                var b = model.CostOf(funnel, large);
                Assert.False(a.Total.IsNegative);
                Assert.True(a.Total <= b.Total, $"{a.Total} at {small} > {b.Total} at {large}");
                Assert.True(a.Impressions <= b.Impressions && a.Clicks <= b.Clicks && a.Acquisitions <= b.Acquisitions && a.Commission <= b.Commission);
            });

    [DeepProperty]
    public Property Money_allocated_to_stages_adds_up_to_the_total() =>
        Prop.ForAll(Generators.Triple(Generators.PublicCostModels, Generators.Funnels, Generators.VolumeGen.ToArbitrary()), t =>
        {
            var (model, funnel, volume) = t;
            var costing = model.CostOf(funnel, volume);
            Assert.Equal(costing.Total, Money.Sum([.. costing.CostByLastStage], Currency.CNY));
            Assert.All(costing.CostByLastStage, share => Assert.False(share.IsNegative));
        });

    [Fact]
    public void A_negative_fee_or_another_currency_is_refused_naming_the_parameter()
    {
        var model = PublicCostModel.None(Currency.CNY);
        Assert.Equal("feesPerPeriod", Assert.Throws<ArgumentException>(() => model.WithFixedFees(Money.Yuan(-1m))).ParamName);
        Assert.Equal("pricePerThousand", Assert.Throws<ArgumentException>(() => model.WithCpm(Money.Of(5m, Currency.USD))).ParamName);
        Assert.Equal("rate", Assert.Throws<ArgumentException>(() => model.WithCommission(1.5m, Money.Yuan(100m))).ParamName);
        Assert.Equal("clickStage", Assert.Throws<ArgumentOutOfRangeException>(() => model.WithCpc(Money.Yuan(1m), -1)).ParamName);
    }

    [Fact]
    public void A_cpc_at_a_stage_the_funnel_does_not_have_is_refused()
    {
        var model = PublicCostModel.None(Currency.CNY).WithCpc(Money.Yuan(1m), clickStage: 5);
        Assert.Equal("run", Assert.Throws<ArgumentException>(() => model.CostOf(FunnelTests.DepartmentStore, 10)).ParamName);
    }
}
