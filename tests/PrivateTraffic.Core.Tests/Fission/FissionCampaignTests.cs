using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Tests.Fission;

public sealed class FissionCampaignTests
{
    internal static readonly MemberId Teacher = MemberId.From("teacher");
    private static int _ids;

    internal static Instant Day(double d) => ViralFitTests.Day(d);

    internal static DomainEventId E(string id) => DomainEventId.From(id);

    internal static MemberId M(string id) => MemberId.From(id);

    // Article 002's individual-benefit fission: share with 2 friends, hear one lesson free. Assumed: the lesson costs
    // the school ¥9.90 and the campaign has ¥99.
    internal static FissionCampaign FreeLesson(Money? budget = null, int? perMember = null, int? perDay = null, RewardRule? rule = null) =>
        FissionCampaign.Launch(
            ViralFitTests.FreeLesson, "Share with 2 friends, hear one lesson free", ReferralMechanic.BenefitUnlock, "one free lesson",
            rule ?? RewardRules.BenefitUnlock(2, Money.Yuan(9.90m)), budget ?? Money.Yuan(99m), Day(0), E("launch"), [Teacher], perMember, perDay);

    private static bool Refer(FissionCampaign c, string referrer, string referee, double day) =>
        c.CreditReferral(M(referrer), M(referee), Day(day), E("r" + Interlocked()));

    private static string Interlocked() => System.Threading.Interlocked.Increment(ref _ids).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Two_friends_unlock_the_lesson_once()
    {
        var c = FreeLesson();
        Refer(c, "teacher", "a", 1);
        Refer(c, "a", "a1", 2);
        Assert.Equal(Money.Yuan(0m), c.Spent);
        Refer(c, "a", "a2", 2);
        Assert.Equal(Money.Yuan(9.90m), c.Spent);
        Refer(c, "a", "a3", 3);
        Assert.Equal(Money.Yuan(9.90m), c.Spent);
        Assert.Equal(3, c.CountedReferralsOf(M("a")));
        Assert.True(c.IsSeed(Teacher));
        Assert.False(c.IsSeed(M("a")));
        Assert.Equal(M("a"), c.ReferrerOf(M("a2")));
        var credited = (ReferralCredited)c.PendingEvents[^2];
        Assert.Equal(new ReferredBy(M("a"), ViralFitTests.FreeLesson, ReferralMechanic.BenefitUnlock, Money.Yuan(9.90m)), c.AttributionOf(credited));
    }

    [Fact]
    public void A_helper_who_leaves_no_longer_counts_and_the_lesson_is_not_paid_twice()
    {
        var c = FreeLesson();
        Refer(c, "teacher", "a", 1);
        Refer(c, "a", "a1", 1);
        Refer(c, "a", "a2", 1);
        c.RecordHelperLeft(M("a1"), Day(2), E("left-a1"));
        Assert.Equal(1, c.CountedReferralsOf(M("a")));
        Assert.Equal(2, c.Counted); // a and a2
        Assert.Equal(Money.Yuan(9.90m), c.Spent); // paid stays paid
        Refer(c, "a", "a3", 3);
        Assert.Equal(2, c.CountedReferralsOf(M("a")));
        Assert.Equal(Money.Yuan(9.90m), c.Spent);
        var version = c.Version;
        Assert.Equal(DomainRuleCodes.FissionUnknownHelper, Assert.Throws<DomainRuleException>(() => c.RecordHelperLeft(M("a1"), Day(4), E("again"))).Code);
        Assert.Equal(DomainRuleCodes.FissionUnknownHelper, Assert.Throws<DomainRuleException>(() => c.RecordHelperLeft(M("zz"), Day(4), E("zz"))).Code);
        Assert.Equal(version, c.Version);
    }

    [Fact]
    public void Red_packets_stop_at_the_limits_per_member_and_per_day()
    {
        // Assumed: a ¥5 new-user red packet, at most 2 a day and 3 in all per referrer.
        var c = FreeLesson(rule: RewardRules.NewUserRedPacket(Money.Yuan(5m)), perMember: 3, perDay: 2);
        Refer(c, "teacher", "a", 1.1);
        Refer(c, "teacher", "b", 1.2);
        Refer(c, "teacher", "c", 1.3); // third that day: attributed, not counted, not paid
        Refer(c, "teacher", "d", 2.1);
        Refer(c, "teacher", "e", 2.2); // fourth in all
        Assert.Equal(5, c.Referred);
        Assert.Equal(3, c.Counted);
        Assert.Equal(Money.Yuan(15m), c.Spent);
        Assert.False(((ReferralCredited)c.PendingEvents[3]).Counted);
    }

    [Fact]
    public void The_budget_ends_the_campaign()
    {
        var c = FreeLesson(budget: Money.Yuan(10m), rule: RewardRules.NewUserRedPacket(Money.Yuan(5m)));
        Refer(c, "teacher", "a", 1);
        Refer(c, "teacher", "b", 1);
        Assert.Equal(CampaignEndReason.BudgetSpent, c.EndReason);
        Assert.Equal(Money.Yuan(0m), c.Remaining);
        Assert.Equal(DomainRuleCodes.FissionCampaignEnded, Assert.Throws<DomainRuleException>(() => Refer(c, "teacher", "c", 2)).Code);

        var short12 = FreeLesson(budget: Money.Yuan(12m), rule: RewardRules.NewUserRedPacket(Money.Yuan(5m)));
        Refer(short12, "teacher", "a", 1);
        Refer(short12, "teacher", "b", 1);
        var decision = short12.DecideReferral(M("teacher"), M("c"), Day(2), E("c"));
        Assert.IsType<CampaignEnded>(Assert.Single(decision.Events));
        short12.Apply(decision);
        Assert.Equal(Money.Yuan(10m), short12.Spent);
        Assert.Equal(2, short12.Referred);
    }

    [Fact]
    public void Unbounded_campaigns_and_foreign_currencies_are_refused()
    {
        Assert.Equal(DomainRuleCodes.FissionUnboundedCampaign, Assert.Throws<DomainRuleException>(() =>
            FissionCampaign.Launch(ViralFitTests.FreeLesson, "x", ReferralMechanic.NewUserRedPacket, "red packet", RewardRules.NewUserRedPacket(Money.Yuan(5m)), null, Day(0), E("l"))).Code);
        Assert.Equal(DomainRuleCodes.FissionUnboundedCampaign, Assert.Throws<DomainRuleException>(() => FreeLesson(budget: Money.Yuan(0m))).Code);
        Assert.Equal(DomainRuleCodes.FissionCurrencyMismatch, Assert.Throws<DomainRuleException>(() =>
            FreeLesson(rule: RewardRules.NewUserRedPacket(Money.Of(1m, Currency.USD)))).Code);
        Assert.Equal("bait", Assert.ThrowsAny<ArgumentException>(() =>
            FissionCampaign.Launch(ViralFitTests.FreeLesson, "x", ReferralMechanic.NewUserRedPacket, " ", RewardRules.NewUserRedPacket(Money.Yuan(5m)), Money.Yuan(5m), Day(0), E("l"))).ParamName);
        Assert.Equal("amount", Assert.ThrowsAny<ArgumentException>(() => RewardRules.NewUserRedPacket(Money.Yuan(-1m))).ParamName);
    }

    [Fact]
    public void Only_new_members_count()
    {
        var c = FreeLesson();
        Refer(c, "teacher", "a", 1);
        Refer(c, "a", "b", 1);
        var version = c.Version;
        foreach (var (referrer, referee) in new[] { ("a", "teacher"), ("b", "a"), ("a", "a"), ("x", "b"), ("b", "teacher") })
        {
            Assert.Equal(DomainRuleCodes.FissionNotNewMember, Assert.Throws<DomainRuleException>(() => Refer(c, referrer, referee, 2)).Code);
        }

        Assert.Equal(DomainRuleCodes.FissionNotNewMember, Assert.Throws<DomainRuleException>(() =>
            c.CreditReferral(M("a"), M("old-fan"), Day(2), E("old"), alreadyMember: true)).Code);
        Assert.Equal(version, c.Version);
        Assert.Equal(DomainRuleCodes.FissionInvalidEvent, Assert.Throws<DomainRuleException>(() => Refer(c, "a", "late", 0.5)).Code);
    }

    [Fact]
    public void Decisions_apply_whole_once()
    {
        var c = FreeLesson();
        var d1 = c.DecideReferral(Teacher, M("a"), Day(1), E("x1"));
        var d2 = c.DecideReferral(Teacher, M("b"), Day(1), E("x2"));
        Assert.True(c.Apply(d1));
        Assert.Equal(DomainRuleCodes.FissionStaleDecision, Assert.Throws<DomainRuleException>(() => c.Apply(d2)).Code);
        Assert.True(c.DecideReferral(Teacher, M("a"), Day(1), E("x1")).IsRepeat);
        Assert.False(c.CreditReferral(Teacher, M("a"), Day(1), E("x1")));
    }

    [Fact]
    public void A_snapshot_restores_through_the_rules()
    {
        var c = FreeLesson(rule: RewardRules.NewUserRedPacket(Money.Yuan(5m)) with { Stages = [new RewardStage(2, Money.Yuan(9.90m))] }, perDay: 3);
        Refer(c, "teacher", "a", 1);
        Refer(c, "a", "b", 1);
        Refer(c, "a", "c", 2);
        c.RecordHelperLeft(M("b"), Day(3), E("left-b"));
        var snapshot = c.ToSnapshot();
        var restored = FissionCampaign.Restore(snapshot);
        Assert.Equal((c.Version, c.Spent, c.Counted, c.Referred), (restored.Version, restored.Spent, restored.Counted, restored.Referred));
        Assert.Empty(restored.PendingEvents);

        var tampered = snapshot with { Entries = [.. snapshot.Entries.Select(e => e is ReferralCredited r ? r with { NewcomerReward = Money.Yuan(50m) } : e)] };
        Assert.Equal(DomainRuleCodes.FissionInvalidSnapshot, Assert.Throws<DomainRuleException>(() => FissionCampaign.Restore(tampered)).Code);
        Assert.Equal(DomainRuleCodes.FissionInvalidSnapshot, Assert.Throws<DomainRuleException>(() => FissionCampaign.Restore(snapshot with { Version = 3 })).Code);
        var cycle = snapshot with { Entries = [.. snapshot.Entries, new ReferralCredited(E("cyc"), c.Id, Day(4), M("c"), M("a"), Money.Yuan(0m), Money.Yuan(5m), true)], Version = snapshot.Version + 1 };
        Assert.Equal(DomainRuleCodes.FissionInvalidSnapshot, Assert.Throws<DomainRuleException>(() => FissionCampaign.Restore(cycle)).Code);
    }

    [Fact]
    public void Credited_referrals_feed_the_pool_s_graph_and_the_fit()
    {
        var c = FreeLesson();
        var pool = ViralFitTests.OpenPool();
        pool.Capture(Teacher, ChannelId.From("seed"), Day(0), E("cap-teacher"));
        var script = new List<(string Referrer, string Referee, double Day)> { ("teacher", "a", 1), ("a", "a1", 2), ("a", "a2", 3), ("a1", "b", 4) };
        foreach (var (referrer, referee, day) in script)
        {
            var decision = c.DecideReferral(M(referrer), M(referee), Day(day), E("ref-" + referee), alreadyMember: pool.Contains(M(referee)));
            c.Apply(decision);
            pool.Capture(M(referee), ChannelId.From("share"), Day(day), E("cap-" + referee), referredBy: c.AttributionOf((ReferralCredited)decision.Events[0]));
        }

        var fit = ViralFit.Of(pool, c.Id);
        Assert.Equal([1, 1, 2, 1], fit.GenerationSizes);
        Assert.Equal(Money.Yuan(9.90m), pool.Referrals().Referrals.Where(r => r.Campaign == c.Id).Select(r => r.Reward!.Value).Aggregate((x, y) => x + y));
    }

    [Fact]
    public void EnsureCapacity_changes_nothing_but_room()
    {
        var c = FreeLesson();
        Assert.Equal("referrals", Assert.ThrowsAny<ArgumentException>(() => c.EnsureCapacity(-1)).ParamName);
        c.EnsureCapacity(1000);
        Assert.Equal((1, 0, Money.Yuan(0m)), (c.Version, c.Referred, c.Spent));
        Assert.True(c.CreditReferral(Teacher, M("a"), Day(1), E("x1")));
        Assert.False(c.CreditReferral(Teacher, M("a"), Day(1), E("x1")));
        Assert.Equal(2, c.Version);
    }
}
