using FsCheck;
using FsCheck.Fluent;
using System;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value;

public sealed class ProspectValueTests
{
    private static Arbitrary<(int Days, int Horizon, int Fen)> Terms { get; } =
        Gen.Choose(0, 600).SelectMany(_ => Gen.Choose(1, 200), (d, h) => (d, h)).SelectMany(_ => Gen.Choose(0, 1_000_000), (t, f) => (t.d, t.h, f)).ToArbitrary();

    [DeepProperty(runs: 50)]
    public Property The_probability_is_a_probability_and_the_value_never_exceeds_a_new_customer() =>
        Prop.ForAll(Generators.Pair(Generators.StatusPools, Terms), t =>
        {
            var ((pool, purchases), (days, horizon, fen)) = t;
            var asOf = Generators.StatusPoolEpoch + Duration.FromDays(days);
            var newCustomer = Money.FromMinorUnits(fen, Currency.CNY);
            var value = ProspectValue.Estimate(pool.Members, purchases, asOf, Duration.FromDays(horizon), newCustomer);

            Assert.InRange(value.FirstPurchaseProbability, 0.0, 1.0);
            Assert.True(value.Value <= newCustomer && !value.Value.IsNegative, $"{value}");
            Assert.InRange(value.Converted, 0, value.Cohort);
            Assert.Equal(pool.Members.Count(m => m.CapturedAt + Duration.FromDays(horizon) <= asOf), value.Cohort);
        });

    [Fact]
    public void Four_of_twenty_converting_make_a_prospect_worth_a_fifth_of_a_new_customer()
    {
        var value = ProspectValue.FromCounts(20, 4, Duration.FromDays(30), Money.Yuan(300m));
        Assert.Equal(0.2, value.FirstPurchaseProbability);
        Assert.Equal(Money.Yuan(60m), value.Value);
    }

    [Fact]
    public void Without_history_a_prospect_is_worth_nothing()
    {
        var value = ProspectValue.FromCounts(0, 0, Duration.FromDays(30), Money.Yuan(300m));
        Assert.False(value.HasHistory);
        Assert.True(value.Value.IsZero);
    }

    [Fact]
    public void Bad_terms_are_refused()
    {
        Assert.Throws<ArgumentException>("converted", () => ProspectValue.FromCounts(2, 3, Duration.FromDays(1), Money.Yuan(1m)));
        Assert.Throws<ArgumentException>("horizon", () => ProspectValue.FromCounts(2, 1, Duration.Zero, Money.Yuan(1m)));
        Assert.Throws<ArgumentException>("newCustomerValue", () => ProspectValue.FromCounts(2, 1, Duration.FromDays(1), Money.Yuan(-1m)));
    }
}
