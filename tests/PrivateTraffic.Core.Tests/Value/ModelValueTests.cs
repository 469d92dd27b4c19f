using FsCheck;
using FsCheck.Fluent;
using System.Collections.Generic;
using System.Linq;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value;

public sealed class ModelValueTests
{
    private static readonly MemberId Zhang = MemberId.From("张");
    private static readonly MemberId Wang = MemberId.From("王");
    private static readonly MemberId Li = MemberId.From("李");
    private static readonly MemberId Zhao = MemberId.From("赵");

    [Fact]
    public void By_default_the_direct_referrer_gets_the_referees_margin_net_of_rewards()
    {
        var graph = ReferralGraph.From([Referral.Of(Zhang, Wang), Referral.Of(Zhang, Li), Referral.Of(Li, Zhao)]);
        var own = new Dictionary<MemberId, Money> { [Wang] = Money.Yuan(300m), [Li] = Money.Yuan(200m), [Zhao] = Money.Yuan(100m) };
        var rewards = new Dictionary<MemberId, Money> { [Zhang] = Money.Yuan(50m) };

        var value = ModelValue.Attribute(graph, own, rewards, Currency.CNY);

        Assert.Equal(Money.Yuan(450m), value[Zhang]);
        Assert.Equal(Money.Yuan(100m), value[Li]);
        Assert.False(value.ContainsKey(Zhao));
    }

    [Fact]
    public void With_decay_the_referrers_referrer_gets_a_decayed_share()
    {
        var graph = ReferralGraph.From([Referral.Of(Zhang, Li), Referral.Of(Li, Zhao)]);
        var own = new Dictionary<MemberId, Money> { [Li] = Money.Yuan(200m), [Zhao] = Money.Yuan(100m) };

        var value = ModelValue.Attribute(graph, own, new Dictionary<MemberId, Money>(), Currency.CNY, ReferralAttribution.Decaying(0.5m, 2));

        Assert.Equal(Money.Yuan(250m), value[Zhang]);
        Assert.Equal(Money.Yuan(100m), value[Li]);
    }

    [Fact]
    public void A_cycle_is_refused_with_its_code()
    {
        var ex = Assert.Throws<DomainRuleException>(() => ReferralGraph.From([Referral.Of(Zhang, Wang), Referral.Of(Wang, Li), Referral.Of(Li, Zhang)]));
        Assert.Equal(DomainRuleCodes.ValueReferralCycle, ex.Code);
        Assert.Equal(DomainRuleCodes.ValueReferralCycle, Assert.Throws<DomainRuleException>(() => ReferralGraph.From([Referral.Of(Zhang, Zhang)])).Code);
    }

    [Fact]
    public void A_second_referrer_for_one_referee_is_refused_but_a_repeated_edge_counts_once()
    {
        var ex = Assert.Throws<DomainRuleException>(() => ReferralGraph.From([Referral.Of(Zhang, Li), Referral.Of(Wang, Li)]));
        Assert.Equal(DomainRuleCodes.ValueRefereeAlreadyReferred, ex.Code);
        Assert.Single(ReferralGraph.From([Referral.Of(Zhang, Li), Referral.Of(Zhang, Li)]).Referrals);
    }

    [DeepProperty]
    public Property Attributed_value_sums_to_what_referees_generate_times_their_attribution_weights() =>
        Prop.ForAll(Generators.Pair(Generators.ReferralForests, Generators.Attributions), t =>
        {
            var ((edges, members), attribution) = t;
            var graph = ReferralGraph.From(edges);
            var own = members.ToDictionary(m => m.Member, m => m.Own);
            var rewards = members.Where(m => !m.Reward.IsZero).ToDictionary(m => m.Member, m => m.Reward);

            var value = ModelValue.Attribute(graph, own, rewards, Currency.CNY, attribution);

            var expected = Money.Zero(Currency.CNY);
            foreach (var (member, ownValue, _) in members)
            {
                var weight = 0m;
                var at = member;
                for (var g = 1; graph.TryGetReferrer(at, out at); g++)
                {
                    weight += attribution.WeightOf(g);
                }

                expected += ownValue * weight;
            }

            var rewardTotal = Money.Sum(rewards.Values, Currency.CNY);
            Assert.Equal(expected - rewardTotal, Money.Sum(value.Values, Currency.CNY));
        });
}
