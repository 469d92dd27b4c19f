using FsCheck;
using FsCheck.Fluent;
using System;
using System.Linq;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value;

public sealed class ValueQuantileLayeringTests
{
    private static MemberId[] Ids(int n) => Enumerable.Range(0, n).Select(i => MemberId.From("c" + i)).ToArray();

    [Fact]
    public void Ten_customers_of_distinct_value_split_twenty_seventy_ten()
    {
        var tiers = ValueQuantileLayering.Assign(Ids(10), Enumerable.Range(1, 10).Select(i => Money.Yuan(i * 10m)).ToArray());
        Assert.Equal([ValueTier.Bottom], tiers[..1]);
        Assert.All(tiers[1..8], t => Assert.Equal(ValueTier.Middle, t));
        Assert.All(tiers[8..], t => Assert.Equal(ValueTier.Top, t));
    }

    [Fact]
    public void Equal_values_share_a_band_whatever_their_ids()
    {
        MemberId[] customers = [MemberId.From("b"), MemberId.From("a"), MemberId.From("c"), MemberId.From("d"), MemberId.From("e")];
        var tiers = ValueQuantileLayering.Assign(customers, Enumerable.Repeat(Money.Yuan(1m), 5).ToArray());
        Assert.All(tiers, t => Assert.Equal(ValueTier.Top, t));
    }

    [Fact]
    public void A_customer_worth_nothing_is_never_in_the_top_band()
    {
        // The old layering put one of five ¥0 customers in the paying core by id order.
        Assert.All(ValueQuantileLayering.Assign(Ids(5), Enumerable.Repeat(Money.Yuan(0m), 5).ToArray()), t => Assert.Equal(ValueTier.Bottom, t));
        var tiers = ValueQuantileLayering.Assign(Ids(3), [Money.Yuan(0m), Money.Yuan(5m), Money.Yuan(-2m)]);
        Assert.Equal([ValueTier.Bottom, ValueTier.Top, ValueTier.Bottom], tiers);
    }

    [Fact]
    public void Shares_must_add_up_to_one() =>
        Assert.Throws<ArgumentException>("bottom", () => ValueQuantileShares.Of(0.2m, 0.7m, 0.2m));

    [Fact]
    public void Default_shares_are_twenty_seventy_ten() =>
        Assert.Equal("20/70/10", default(ValueQuantileShares).ToString());

    [DeepProperty]
    public Property Bands_follow_value_share_ties_and_put_nothing_worth_zero_above_the_bottom() =>
        Prop.ForAll(Generators.Pair(Generators.ValuedCustomers, Generators.Shares), t =>
        {
            var (valued, shares) = t;
            var tiers = ValueQuantileLayering.Assign(valued.Select(v => v.Customer).ToArray(), valued.Select(v => v.Value).ToArray(), shares);
            Assert.Equal(valued.Length, tiers.Length);
            for (var i = 0; i < valued.Length; i++)
            {
                Assert.True(valued[i].Value.Amount > 0m || tiers[i] == ValueTier.Bottom, $"{valued[i].Value} is in {tiers[i]}");
                for (var j = 0; j < valued.Length; j++)
                {
                    // A higher value is never in a lower band; equal values share one.
                    Assert.False(valued[i].Value > valued[j].Value && tiers[i] > tiers[j]);
                    Assert.True(valued[i].Value != valued[j].Value || tiers[i] == tiers[j]);
                }
            }
        });

    [DeepProperty]
    public Property With_distinct_positive_values_every_band_has_its_target_size() =>
        Prop.ForAll(Generators.Pair(Generators.ValuedCustomers, Generators.Shares), t =>
        {
            var (valued, shares) = t;
            var values = valued.Select((_, i) => Money.Yuan(i + 1m)).ToArray();
            var tiers = ValueQuantileLayering.Assign(valued.Select(v => v.Customer).ToArray(), values, shares);
            var (top, middle, bottom) = shares.SizesFor(valued.Length);
            Assert.Equal((top, middle, bottom), (tiers.Count(x => x == ValueTier.Top), tiers.Count(x => x == ValueTier.Middle), tiers.Count(x => x == ValueTier.Bottom)));
            Assert.All(Enum.GetValues<ValueTier>(), tier => Assert.True(Math.Abs(tiers.Count(x => x == tier) - (valued.Length * shares.ShareOf(tier))) < 1m));
        });

    [DeepProperty]
    public Property Bands_do_not_depend_on_the_order_of_customers() =>
        Prop.ForAll(Generators.Pair(Generators.ValuedCustomers, Generators.Seeds), t =>
        {
            var (valued, seed) = t;
            var shuffled = valued.ToArray();
            new Random(seed).Shuffle(shuffled);
            var a = ValueQuantileLayering.Assign(valued.Select(v => v.Customer).ToArray(), valued.Select(v => v.Value).ToArray());
            var b = ValueQuantileLayering.Assign(shuffled.Select(v => v.Customer).ToArray(), shuffled.Select(v => v.Value).ToArray());
            var byId = valued.Select((v, i) => (v.Customer, a[i])).ToDictionary(x => x.Customer, x => x.Item2);
            Assert.All(shuffled.Select((v, i) => (v.Customer, b[i])), x => Assert.Equal(byId[x.Customer], x.Item2));
        });
}
