using FsCheck;
using FsCheck.Fluent;
using System;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value;

public sealed class RealizedValueTests
{
    private static readonly MemberId Li = MemberId.From("李");
    private static readonly LocalDate AsOf = new(2024, 12, 31);

    [Fact]
    public void Realized_margin_sums_the_margins_up_to_the_date_and_counts_unknown_margins_as_zero()
    {
        Purchase[] purchases =
        [
            Purchase.On(Li, new LocalDate(2024, 3, 1), Money.Yuan(100m), Money.Yuan(40m), "tea"),
            Purchase.On(Li, new LocalDate(2024, 6, 1), Money.Yuan(50m)),
            Purchase.On(Li, new LocalDate(2025, 1, 1), Money.Yuan(80m), Money.Yuan(30m)),
        ];
        Assert.Equal(Money.Yuan(40m), RealizedValue.Of(ValueBasis.Margin, AsOf).Total(purchases, Currency.CNY));
        Assert.Equal(Money.Yuan(150m), RealizedValue.Of(ValueBasis.Revenue, AsOf).Total(purchases, Currency.CNY));
    }

    [Fact]
    public void Carrying_forward_a_year_at_ten_percent_adds_ten_percent()
    {
        var purchase = Purchase.On(Li, new LocalDate(2023, 12, 31), Money.Yuan(100m), Money.Yuan(50m));
        var measure = RealizedValue.CarriedForward(ValueBasis.Revenue, AsOf, 0.10, TimeUnit.Days);
        Assert.Equal(Money.Yuan(100m), RealizedValue.Of(ValueBasis.Revenue, AsOf).ValueOf(purchase));
        var daily = Math.Pow(1.10, 1.0 / 366) - 1;
        Assert.Equal(Money.Yuan(110.00m), RealizedValue.CarriedForward(ValueBasis.Revenue, AsOf, daily, TimeUnit.Days).ValueOf(purchase));
        Assert.True(measure.ValueOf(purchase) > Money.Yuan(100m));
    }

    [Fact]
    public void A_negative_rate_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("ratePerUnit", () => RealizedValue.CarriedForward(ValueBasis.Margin, AsOf, -0.1, TimeUnit.Months));

    [DeepProperty]
    public Property Realized_value_is_conserved_to_the_cent_when_split_by_category_period_or_customer() =>
        Prop.ForAll(Generators.Pair(Generators.PurchaseLogs, Generators.Seeds), t =>
        {
            var (purchases, seed) = t;
            var asOf = Generators.ValueEpoch.PlusDays(300);
            var measures = new[]
            {
                RealizedValue.Of(ValueBasis.Margin, asOf),
                RealizedValue.Of(ValueBasis.Revenue, asOf),
                RealizedValue.CarriedForward((ValueBasis)(seed % 2), asOf, (seed % 1000) / 1000.0, TimeUnit.Months),
            };
            foreach (var measure in measures)
            {
                var total = measure.Total(purchases, Currency.CNY);
                Assert.Equal(total, Money.Sum(measure.ByCategory(purchases, Currency.CNY).Values, Currency.CNY));
                Assert.Equal(total, Money.Sum(measure.ByPeriod(purchases, Currency.CNY, d => d.With(DateAdjusters.StartOfMonth)).Values, Currency.CNY));
                Assert.Equal(total, Money.Sum(measure.ByCustomer(purchases, Currency.CNY).Values, Currency.CNY));
                Assert.True(total.IsWholeMinorUnits);
            }
        });
}
