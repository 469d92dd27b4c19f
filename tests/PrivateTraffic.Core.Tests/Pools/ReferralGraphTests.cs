using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>The pool's referral graph: one edge per referred member still known, never a cycle or a self-referral, with
/// the campaign, mechanic and reward kept through JSON and snapshots.</summary>
public sealed class ReferralGraphTests
{
    [DeepProperty]
    public Property The_graph_has_one_edge_per_referred_member_not_erased_and_no_cycle() =>
        Prop.ForAll(Generators.PoolCases, c =>
        {
            var pool = Generators.RunPoolScript(c.Setup, c.Script);
            var graph = pool.Referrals();
            var referred = pool.Members.Where(m => m.Referrer is not null).ToList();
            Assert.Equal(referred.Select(m => (m.Referrer!.Value, m.Id)), graph.Referrals.Select(r => (r.Referrer, r.Referee)));
            foreach (var edge in graph.Referrals)
            {
                Assert.NotEqual(edge.Referrer, edge.Referee);
                Assert.True(pool.Contains(edge.Referrer) && pool.Contains(edge.Referee));
                Assert.Contains(edge.Referee, pool.ReferralsOf(edge.Referrer));
            }

            // From refuses a cycle; the pool's graph read back through it is the same graph.
            Assert.Equal(graph.Referrals, ReferralGraph.From(graph.Referrals).Referrals);

            // The details survive JSON (the snapshot) and the rebuild.
            var restored = PrivateTrafficJson.Deserialize<PrivatePool>(PrivateTrafficJson.Serialize(pool));
            Assert.Equal(graph.Referrals, restored.Referrals().Referrals);
            Assert.Equal(graph.Referrals, PrivatePool.Rebuild(pool.PendingEvents).Referrals().Referrals);
        });

    [Fact]
    public void Campaign_mechanic_and_reward_survive_json_and_snapshots()
    {
        var pool = Generators.NewScriptPool(capacity: null);
        var zhang = Generators.ScriptMember(1);
        var wang = Generators.ScriptMember(2);
        pool.Capture(zhang, Generators.ClerkWeChat, Generators.PoolEpoch, DomainEventId.From("c1"));
        pool.Capture(wang, Generators.ClerkWeChat, Generators.PoolEpoch + Duration.FromHours(1), DomainEventId.From("c2"),
            referredBy: new ReferredBy(zhang, CampaignId.From("spring-fission"), ReferralMechanic.NewUserRedPacket, Money.Yuan(8.88m)));
        var edge = Assert.Single(pool.Referrals().Referrals);
        Assert.Equal((CampaignId.From("spring-fission"), ReferralMechanic.NewUserRedPacket, Money.Yuan(8.88m), Generators.PoolEpoch + Duration.FromHours(1)),
            (edge.Campaign!.Value, edge.Mechanic!.Value, edge.Reward!.Value, edge.At!.Value));
        foreach (var copy in new[]
        {
            PrivateTrafficJson.Deserialize<PrivatePool>(PrivateTrafficJson.Serialize(pool)),
            PrivatePool.Restore(pool.ToSnapshot()),
            PrivatePool.Rebuild(PrivateTrafficJson.Deserialize<System.Collections.Generic.IReadOnlyList<PoolEvent>>(
                PrivateTrafficJson.Serialize<System.Collections.Generic.IReadOnlyList<PoolEvent>>(pool.PendingEvents))),
        })
        {
            Assert.Equal(edge, Assert.Single(copy.Referrals().Referrals));
        }
    }

    [Fact]
    public void A_negative_reward_is_refused_and_changes_nothing()
    {
        var pool = Generators.NewScriptPool(capacity: null);
        var zhang = Generators.ScriptMember(1);
        pool.Capture(zhang, Generators.ClerkWeChat, Generators.PoolEpoch, DomainEventId.From("c1"));
        var before = PrivateTrafficJson.Serialize(pool);
        Assert.Throws<ArgumentException>(() => pool.Capture(Generators.ScriptMember(2), Generators.ClerkWeChat, Generators.PoolEpoch, DomainEventId.From("c2"),
            referredBy: new ReferredBy(zhang, Reward: Money.Yuan(-0.01m))));
        Assert.Equal(before, PrivateTrafficJson.Serialize(pool));
        Assert.Empty(pool.Referrals().Referrals);
    }

    [Fact]
    public void A_self_referral_and_a_referral_by_a_later_member_are_refused()
    {
        var pool = Generators.NewScriptPool(capacity: null);
        var zhang = Generators.ScriptMember(1);
        var wang = Generators.ScriptMember(2);
        pool.Capture(zhang, Generators.ClerkWeChat, Generators.PoolEpoch, DomainEventId.From("c1"));
        pool.Capture(wang, Generators.ClerkWeChat, Generators.PoolEpoch, DomainEventId.From("c2"));
        var before = PrivateTrafficJson.Serialize(pool);
        var self = Assert.Throws<DomainRuleException>(() => pool.Apply(new MemberReferred(DomainEventId.From("r1"), pool.Id, Generators.PoolEpoch, zhang, zhang)));
        var later = Assert.Throws<DomainRuleException>(() => pool.Apply(new MemberReferred(DomainEventId.From("r2"), pool.Id, Generators.PoolEpoch, zhang, wang)));
        Assert.Equal((DomainRuleCodes.PoolInvalidReferral, DomainRuleCodes.PoolInvalidReferral), (self.Code, later.Code));
        Assert.Equal(before, PrivateTrafficJson.Serialize(pool));
    }

    [Fact]
    public void A_member_who_refers_before_buying_and_buys_later_keeps_advocate()
    {
        var pool = Generators.NewScriptPool(capacity: null);
        var zhang = Generators.ScriptMember(1);
        var t = Generators.PoolEpoch;
        pool.Capture(zhang, Generators.ClerkWeChat, t, DomainEventId.From("c1"));
        pool.Capture(Generators.ScriptMember(2), Generators.ClerkWeChat, t + Duration.FromDays(1), DomainEventId.From("c2"), referredBy: new ReferredBy(zhang));
        Assert.Equal(LifecycleStage.Advocate, pool.Find(zhang)!.Stage);
        var decision = pool.DecidePurchase(zhang, "skincare", Money.Yuan(99m), t + Duration.FromDays(2), DomainEventId.From("p1"));
        Assert.Single(decision.Events);
        pool.Apply(decision);
        Assert.Equal(LifecycleStage.Advocate, pool.Find(zhang)!.Stage);
        Assert.Equal(LifecycleStage.Advocate, pool.StageOf(zhang, t + Duration.FromDays(2)));
    }
}
