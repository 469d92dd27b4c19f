using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Hardening;

/// <summary>Issue 10's money findings: near decimal's range an operation is exact or throws OverflowException, never wrong.</summary>
public sealed class MoneyOverflowFindingsTests
{
    private static readonly Gen<decimal> Huge =
        Gen.Choose(-1000, 1000).Select(n => decimal.MaxValue / 1000m * n);

    [DeepProperty]
    public Property Sums_near_the_limit_are_exact_or_overflow() =>
        Prop.ForAll(Gen.Zip(Huge, Huge).ToArbitrary(), t =>
        {
            var (a, b) = t;
            decimal exact;
            try
            {
                exact = a + b;
            }
            catch (OverflowException)
            {
                Assert.Throws<OverflowException>(() => Money.Yuan(a) + Money.Yuan(b));
                Assert.Throws<OverflowException>(() => Money.Sum([Money.Yuan(a), Money.Yuan(b)], Currency.CNY));
                return;
            }

            Assert.Equal(exact, (Money.Yuan(a) + Money.Yuan(b)).Amount);
            Assert.Equal(exact, Money.Sum([Money.Yuan(a), Money.Yuan(b)], Currency.CNY).Amount);
        });

    [Fact]
    public void Allocating_or_counting_minor_units_of_an_amount_near_the_limit_overflows_and_never_lies()
    {
        var near = Money.Yuan(decimal.Round(decimal.MaxValue / 10m, 0));
        Assert.Throws<OverflowException>(() => near.Allocate(1m, 1m));
        Assert.Throws<OverflowException>(() => near.ToMinorUnits());
        Assert.Throws<OverflowException>(() => near.Multiply(100m, MidpointRounding.ToEven));
    }

    [Fact]
    public void A_split_into_int_max_value_parts_is_refused_instead_of_exhausting_memory()
    {
        Assert.Throws<ArgumentOutOfRangeException>("parts", () => Money.Yuan(100m).Split(int.MaxValue));
        Assert.Equal(Money.MaxSplitParts, Money.Yuan(100m).Split(Money.MaxSplitParts).Length);
    }

    [Fact]
    public void Two_purchases_of_800_trillion_sum_to_a_positive_total()
    {
        var day = new LocalDate(2024, 1, 1);
        var c = MemberId.From("whale");
        var big = Money.Yuan(800_000_000_000_000m);
        var summaries = CustomerSummaries.Summarize([Purchase.On(c, day, big), Purchase.On(c, day.PlusDays(7), big), Purchase.On(c, day.PlusDays(14), big)], day.PlusDays(30), TimeUnit.Weeks);
        var whale = summaries.Single();
        Assert.Equal(Money.Yuan(2_400_000_000_000_000m), whale.TotalSpend);
        Assert.Equal(Money.Yuan(800_000_000_000_000m), whale.MeanRepeatSpend);
    }

    [Fact]
    public void A_value_card_whose_totals_overflow_is_refused_when_it_is_made()
    {
        var max = Money.Yuan(decimal.MaxValue);
        Assert.Throws<OverflowException>(() => ValueCard.Create(MemberId.From("m"), max, max, Money.Zero(Currency.CNY), ValueTier.Top, RfmScore.Of(5, 5, 5), TierAction.Of("a", "b")));
    }
}
