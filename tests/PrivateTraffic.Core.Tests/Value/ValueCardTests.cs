using FsCheck;
using FsCheck.Fluent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value;

public sealed class ValueCardTests
{
    [DeepProperty]
    public Property Cards_of_a_base_total_the_three_values_and_follow_the_policy() =>
        Prop.ForAll(Generators.PurchaseLogs, purchases =>
        {
            var end = Generators.ValueEpoch.PlusDays(400);
            var summaries = CustomerSummaries.Summarize(purchases, end, TimeUnit.Weeks);
            var realized = RealizedValue.Of(ValueBasis.Margin, end).ByCustomer(purchases, Currency.CNY);
            var potential = summaries.Customers.ToArray().ToDictionary(c => c, c => Money.Yuan(c.Value.Length));
            var policy = PrivateTrafficJson.Deserialize<TierPolicy>(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "PrivateTraffic.Core.Tests", "Golden", "v1", "value", "tier-policy.json")));

            var cards = ValueCard.BuildAll(summaries, realized, potential, new Dictionary<MemberId, Money>(), policy);

            Assert.Equal(summaries.Count, cards.Count);
            foreach (var card in cards)
            {
                Assert.Equal(realized[card.Customer] + potential[card.Customer], card.OwnValue);
                Assert.Equal(card.OwnValue, card.ValueWithReferrals);
                Assert.Equal(policy.Recommend(card.Tier, card.Segment), card.Action);
            }

            var top = cards.Where(c => c.Tier == ValueTier.Top).Select(c => c.ValueWithReferrals).DefaultIfEmpty(Money.Yuan(decimal.MaxValue)).Min();
            Assert.All(cards.Where(c => c.Tier != ValueTier.Top), c => Assert.True(c.ValueWithReferrals <= top));
        });

    [DeepProperty]
    public Property The_base_total_counts_each_customer_once_whatever_the_referral_graph() =>
        Prop.ForAll(Generators.Pair(Generators.ReferralForests, Generators.Attributions), t =>
        {
            var ((edges, members), attribution) = t;
            var potential = members.ToDictionary(m => m.Member, m => Money.FromMinorUnits(m.Own.Amount > 5000m ? 777 : 0, Currency.CNY));
            var own = members.ToDictionary(m => m.Member, m => m.Own + potential[m.Member]);
            var rewards = members.Where(m => !m.Reward.IsZero).ToDictionary(m => m.Member, m => m.Reward);
            var model = ModelValue.Attribute(ReferralGraph.From(edges), own, rewards, Currency.CNY, attribution);
            var cards = members.Select(m => ValueCard.Create(
                m.Member, m.Own, potential[m.Member], model.GetValueOrDefault(m.Member, Money.Zero(Currency.CNY)), ValueTier.Middle, RfmScore.Of(3, 3, 3), TierAction.Of("keep", "keep in touch"))).ToArray();

            var total = BaseValue.Of(cards, Currency.CNY);

            Assert.Equal(Money.Sum(members.Select(m => m.Own + potential[m.Member]), Currency.CNY), total.OwnValue);
            Assert.Equal(members.Length, total.Customers);
            // Adding the cards' values with referrals overstates the base by exactly the attributed model value.
            Assert.Equal(total.OwnValue + total.ModelAttributed, Money.Sum(cards.Select(c => c.ValueWithReferrals), Currency.CNY));
        });

    [Fact]
    public void A_base_refuses_a_customer_counted_twice()
    {
        var card = ValueCard.Create(MemberId.From("a"), Money.Yuan(1m), Money.Yuan(2m), Money.Yuan(3m), ValueTier.Top, RfmScore.Of(5, 5, 5), TierAction.Of("keep", "keep"));
        Assert.Throws<System.ArgumentException>("cards", () => BaseValue.Of([card, card], Currency.CNY));
        Assert.Equal(Money.Yuan(3m), BaseValue.Of([card], Currency.CNY).OwnValue);
    }
}
