using FsCheck;
using FsCheck.Fluent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
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
                Assert.Equal(realized[card.Customer] + potential[card.Customer], card.Total);
                Assert.Equal(policy.Recommend(card.Tier, card.Segment), card.Action);
            }

            var core = cards.Where(c => c.Tier == ValueTier.PayingCore).Select(c => c.Total).DefaultIfEmpty(Money.Yuan(decimal.MaxValue)).Min();
            Assert.All(cards.Where(c => c.Tier != ValueTier.PayingCore), c => Assert.True(c.Total <= core));
        });
}
