using FsCheck;
using FsCheck.Fluent;
using System;
using System.Linq;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value;

public sealed class TierLayeringTests
{
    [Fact]
    public void Ten_customers_split_two_seven_one()
    {
        var customers = Enumerable.Range(0, 10).Select(i => MemberId.From("c" + i)).ToArray();
        var values = Enumerable.Range(0, 10).Select(i => Money.Yuan(i * 10m)).ToArray();
        var tiers = TierLayering.Assign(customers, values);
        Assert.Equal([ValueTier.LowValue], tiers[..1]);
        Assert.All(tiers[1..8], t => Assert.Equal(ValueTier.Convertible, t));
        Assert.All(tiers[8..], t => Assert.Equal(ValueTier.PayingCore, t));
    }

    [Fact]
    public void Ties_are_broken_by_customer_id()
    {
        MemberId[] customers = [MemberId.From("b"), MemberId.From("a"), MemberId.From("c"), MemberId.From("d"), MemberId.From("e")];
        var tiers = TierLayering.Assign(customers, Enumerable.Repeat(Money.Yuan(1m), 5).ToArray());
        Assert.Equal(ValueTier.PayingCore, tiers[1]);
        Assert.Equal(1, tiers.Count(t => t == ValueTier.PayingCore));
    }

    [Fact]
    public void Shares_must_add_up_to_one() =>
        Assert.Throws<ArgumentException>("lowValue", () => TierShares.Of(0.2m, 0.7m, 0.2m));

    [DeepProperty]
    public Property Tiers_partition_the_customers_and_their_sizes_match_the_shares_within_one_customer() =>
        Prop.ForAll(Generators.Pair(Generators.ValuedCustomers, Generators.Shares), t =>
        {
            var (valued, shares) = t;
            var tiers = TierLayering.Assign(valued.Select(v => v.Customer).ToArray(), valued.Select(v => v.Value).ToArray(), shares);
            Assert.Equal(valued.Length, tiers.Length);
            foreach (var tier in Enum.GetValues<ValueTier>())
            {
                var size = tiers.Count(x => x == tier);
                Assert.True(Math.Abs(size - (valued.Length * shares.ShareOf(tier))) < 1m, $"{tier}: {size} of {valued.Length} at {shares}");
            }

            // Higher tiers never hold a customer of lower value than a lower tier does.
            for (var i = 0; i < valued.Length; i++)
            {
                for (var j = 0; j < valued.Length; j++)
                {
                    Assert.False(tiers[i] < tiers[j] && valued[i].Value < valued[j].Value);
                }
            }
        });

    [DeepProperty]
    public Property Tiers_do_not_depend_on_the_order_of_customers() =>
        Prop.ForAll(Generators.Pair(Generators.ValuedCustomers, Generators.Seeds), t =>
        {
            var (valued, seed) = t;
            var shuffled = valued.ToArray();
            new Random(seed).Shuffle(shuffled);
            var a = TierLayering.Assign(valued.Select(v => v.Customer).ToArray(), valued.Select(v => v.Value).ToArray());
            var b = TierLayering.Assign(shuffled.Select(v => v.Customer).ToArray(), shuffled.Select(v => v.Value).ToArray());
            var byId = valued.Select((v, i) => (v.Customer, a[i])).ToDictionary(x => x.Customer, x => x.Item2);
            Assert.All(shuffled.Select((v, i) => (v.Customer, b[i])), x => Assert.Equal(byId[x.Customer], x.Item2));
        });
}
