using System;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Pools;

public sealed class PrivatePoolTests
{
    private static readonly Instant T0 = Generators.PoolEpoch;
    private static readonly ChannelId Counter = ChannelId.From("counter-sample");
    private static readonly MemberId Zhang = MemberId.From("zhang");
    private static readonly MemberId Wang = MemberId.From("wang");

    private static DomainEventId E(string id) => DomainEventId.From(id);

    private static Instant Day(int d) => T0 + Duration.FromDays(d);

    private static PrivatePool Pool(int? capacity = null) => Generators.NewScriptPool(capacity);

    private static void AssertRule(string code, Action action) =>
        Assert.Equal(code, Assert.Throws<DomainRuleException>(action).Code);

    [Fact]
    public void Opening_a_pool_raises_its_creation_with_the_capacity_of_the_channel_kind()
    {
        var pool = PrivatePool.Open(PoolId.From("group-1"), "Brand A", ChannelId.From("wecom-group-1"), ChannelKind.WeComGroup,
            ["customers"], T0, E("open"), createdBy: GroupCreator.WeChatUser);
        var created = Assert.IsType<PoolCreated>(Assert.Single(pool.PendingEvents));
        Assert.Equal(200, created.Capacity);
        Assert.Equal(200, created.QrCodeJoinLimit);
        Assert.Equal(500, CapacityPolicy.Default.LimitFor(ChannelKind.WeComGroup));
        Assert.Null(CapacityPolicy.Default.LimitFor(ChannelKind.OfficialAccount));
    }

    [Fact]
    public void Capturing_past_capacity_is_refused_and_leaves_the_pool_unchanged()
    {
        var pool = Pool(capacity: 2);
        pool.Capture(Zhang, Counter, Day(0), E("c1"));
        pool.Capture(Wang, Counter, Day(0), E("c2"));
        var before = PrivateTrafficJson.Serialize(pool);
        AssertRule(DomainRuleCodes.PoolCapacityExceeded, () => pool.Capture(MemberId.From("li"), Counter, Day(1), E("c3")));
        Assert.Equal(before, PrivateTrafficJson.Serialize(pool));
        Assert.True(pool.IsFull);
        var next = pool.ProposeNextGroup(PoolId.From("counter-wechat-2"), ChannelId.From("wechat-personal:clerk-li-2"), Day(1), E("open-2"));
        Assert.Equal(2, next.Capacity);
        Assert.Equal(0, PrivatePool.Rebuild([next]).MemberCount);
    }

    [Fact]
    public void Joining_a_group_by_qr_code_stops_past_the_qr_limit_while_an_invitation_still_works()
    {
        var policy = CapacityPolicy.Default.WithQrCodeJoinLimit(1);
        var pool = PrivatePool.Open(PoolId.From("g"), "Brand A", ChannelId.From("wechat-group-1"), ChannelKind.WeChatGroup,
            ["members"], T0, E("open"), policy);
        pool.Capture(Zhang, Counter, Day(0), E("c1"), joinedBy: JoinMethod.GroupQrCode);
        AssertRule(DomainRuleCodes.PoolCapacityExceeded, () => pool.Capture(Wang, Counter, Day(0), E("c2"), joinedBy: JoinMethod.GroupQrCode));
        Assert.True(pool.Capture(Wang, Counter, Day(0), E("c3")));
    }

    [Fact]
    public void A_purchase_before_the_capture_is_out_of_order()
    {
        var pool = Pool();
        AssertRule(DomainRuleCodes.PoolEventOutOfOrder, () => pool.RecordPurchase(Zhang, "skincare", Money.Yuan(99m), Day(0), E("p1")));
        pool.Capture(Zhang, Counter, Day(2), E("c1"));
        AssertRule(DomainRuleCodes.PoolEventOutOfOrder, () => pool.RecordPurchase(Zhang, "skincare", Money.Yuan(99m), Day(1), E("p2")));
    }

    [Fact]
    public void Applying_the_same_event_twice_changes_nothing()
    {
        var pool = Pool();
        Assert.True(pool.Capture(Zhang, Counter, Day(0), E("c1")));
        Assert.False(pool.Capture(Zhang, Counter, Day(0), E("c1")));
        Assert.False(pool.Apply(pool.PendingEvents[^1]));
        Assert.Equal(1, pool.MemberCount);
    }

    [Fact]
    public void Capturing_a_member_twice_is_refused()
    {
        var pool = Pool();
        pool.Capture(Zhang, Counter, Day(0), E("c1"));
        AssertRule(DomainRuleCodes.PoolMemberAlreadyCaptured, () => pool.Capture(Zhang, Counter, Day(1), E("c2")));
    }

    [Fact]
    public void Purchases_move_a_member_along_the_buying_stages_with_an_event_for_each_change()
    {
        var pool = Pool();
        pool.Capture(Zhang, Counter, Day(0), E("c1"));
        pool.RecordPurchase(Zhang, "skincare", Money.Yuan(99m), Day(3), E("p1"));
        Assert.Equal(LifecycleStage.FirstPurchase, pool.Find(Zhang)!.Stage);
        pool.RecordPurchase(Zhang, "skincare", Money.Yuan(99m), Day(10), E("p2"));
        Assert.Equal(LifecycleStage.Repeat, pool.Find(Zhang)!.Stage);
        pool.RecordPurchase(Zhang, "makeup", Money.Yuan(59m), Day(20), E("p3"));
        Assert.Equal(LifecycleStage.CrossCategory, pool.Find(Zhang)!.Stage);
        pool.Capture(Wang, Counter, Day(21), E("c2"), referredBy: new(Zhang));
        Assert.Equal(LifecycleStage.Advocate, pool.Find(Zhang)!.Stage);
        Assert.Equal([Wang], pool.ReferralsOf(Zhang));
        Assert.Equal(Zhang, pool.Find(Wang)!.Referrer);
        var changes = pool.PendingEvents.OfType<StageChanged>().Select(s => (s.From, s.To)).ToArray();
        Assert.Equal(
            [(LifecycleStage.Prospect, LifecycleStage.FirstPurchase), (LifecycleStage.FirstPurchase, LifecycleStage.Repeat),
             (LifecycleStage.Repeat, LifecycleStage.CrossCategory), (LifecycleStage.CrossCategory, LifecycleStage.Advocate)],
            changes);
    }

    [Fact]
    public void A_dormant_member_who_buys_again_returns_to_the_buying_stage_they_had()
    {
        var pool = Pool();
        pool.Capture(Zhang, Counter, Day(0), E("c1"));
        pool.RecordPurchase(Zhang, "skincare", Money.Yuan(99m), Day(1), E("p1"));
        pool.RecordPurchase(Zhang, "skincare", Money.Yuan(99m), Day(2), E("p2"));
        Assert.Equal(LifecycleStage.Dormant, pool.StageOf(Zhang, Day(2 + 90)));
        Assert.Equal(LifecycleStage.Repeat, pool.StageOf(Zhang, Day(2 + 89)));
        Assert.Equal(1, pool.Review(Day(100), E("review-1")));
        Assert.Equal(LifecycleStage.Dormant, pool.Find(Zhang)!.Stage);
        pool.RecordPurchase(Zhang, "skincare", Money.Yuan(99m), Day(120), E("p3"));
        Assert.Equal(LifecycleStage.Repeat, pool.Find(Zhang)!.Stage);
        Assert.Equal(LifecycleStage.Churned, pool.StageOf(Zhang, Day(120 + 180)));
    }

    [Fact]
    public void Illegal_stage_transitions_are_refused_with_a_clear_code()
    {
        var pool = Pool();
        pool.Capture(Zhang, Counter, Day(0), E("c1"));
        AssertRule(DomainRuleCodes.PoolIllegalStageTransition, () =>
            pool.Apply(new StageChanged(E("s1"), pool.Id, Day(1), Zhang, LifecycleStage.Prospect, LifecycleStage.Repeat)));
        AssertRule(DomainRuleCodes.PoolIllegalStageTransition, () =>
            pool.Apply(new StageChanged(E("s2"), pool.Id, Day(1), Zhang, LifecycleStage.FirstPurchase, LifecycleStage.Prospect)));
        Assert.False(LifecyclePolicy.IsLegalTransition(LifecycleStage.Repeat, LifecycleStage.FirstPurchase));
        Assert.False(LifecyclePolicy.IsLegalTransition(LifecycleStage.Churned, LifecycleStage.Dormant));
        Assert.True(LifecyclePolicy.IsLegalTransition(LifecycleStage.Dormant, LifecycleStage.Repeat));
        Assert.True(LifecyclePolicy.IsLegalTransition(LifecycleStage.Prospect, LifecycleStage.Churned));
    }

    [Fact]
    public void Leaving_churns_the_member_and_refuses_their_later_events()
    {
        var pool = Pool();
        pool.Capture(Zhang, Counter, Day(0), E("c1"));
        pool.Leave(Zhang, LeaveReason.DeletedAccount, Day(5), E("l1"));
        Assert.Equal(LifecycleStage.Churned, pool.Find(Zhang)!.Stage);
        Assert.Equal(0, pool.PresentCount);
        Assert.Equal(1, pool.MemberCount);
        AssertRule(DomainRuleCodes.PoolMemberGone, () => pool.RecordPurchase(Zhang, "skincare", Money.Yuan(1m), Day(6), E("p1")));
    }

    [Fact]
    public void Moving_between_sub_pools_is_checked()
    {
        var pool = Pool();
        pool.Capture(Zhang, Counter, Day(0), E("c1"));
        Assert.Equal("prospects", pool.Find(Zhang)!.SubPool);
        pool.Move(Zhang, "customers", Day(1), E("m1"));
        Assert.Equal("customers", pool.Find(Zhang)!.SubPool);
        AssertRule(DomainRuleCodes.PoolInvalidMove, () => pool.Move(Zhang, "customers", Day(2), E("m2")));
        AssertRule(DomainRuleCodes.PoolInvalidMove, () => pool.Move(Zhang, "vip", Day(2), E("m3")));
    }

    [Fact]
    public void Referrals_must_point_to_an_earlier_member()
    {
        var pool = Pool();
        pool.Capture(Zhang, Counter, Day(0), E("c1"));
        AssertRule(DomainRuleCodes.PoolInvalidReferral, () => pool.Capture(Wang, Counter, Day(1), E("c2"), referredBy: new(MemberId.From("nobody"))));
        AssertRule(DomainRuleCodes.PoolInvalidReferral, () => pool.Capture(Wang, Counter, Day(1), E("c3"), referredBy: new(Wang)));
        Assert.False(pool.Contains(Wang));
    }

    [Fact]
    public void Consent_is_per_purpose_and_channel_and_withdrawal_holds_until_granted_again()
    {
        var pool = Pool();
        var wecom = ChannelId.From("wecom");
        pool.Capture(Zhang, Counter, Day(0), E("c1"));
        pool.GrantConsent(Zhang, ConsentPurpose.Marketing, Generators.ClerkWeChat, Day(1), E("g1"));
        Assert.False(pool.HasConsent(Zhang, ConsentPurpose.Marketing, Generators.ClerkWeChat, Day(0)));
        Assert.True(pool.HasConsent(Zhang, ConsentPurpose.Marketing, Generators.ClerkWeChat, Day(1)));
        Assert.False(pool.HasConsent(Zhang, ConsentPurpose.Service, Generators.ClerkWeChat, Day(1)));
        Assert.False(pool.HasConsent(Zhang, ConsentPurpose.Marketing, wecom, Day(1)));
        pool.WithdrawConsent(Zhang, ConsentPurpose.Marketing, Generators.ClerkWeChat, Day(3), E("w1"));
        Assert.True(pool.HasConsent(Zhang, ConsentPurpose.Marketing, Generators.ClerkWeChat, Day(3) - Duration.Epsilon));
        Assert.False(pool.HasConsent(Zhang, ConsentPurpose.Marketing, Generators.ClerkWeChat, Day(3)));
        Assert.False(pool.HasConsent(Zhang, ConsentPurpose.Marketing, Generators.ClerkWeChat, Day(300)));
        pool.GrantConsent(Zhang, ConsentPurpose.Marketing, Generators.ClerkWeChat, Day(400), E("g2"));
        Assert.True(pool.HasConsent(Zhang, ConsentPurpose.Marketing, Generators.ClerkWeChat, Day(400)));
    }

    [Fact]
    public void An_erased_member_leaves_only_an_anonymous_tombstone()
    {
        var pool = Pool();
        pool.Capture(Zhang, Counter, Day(0), E("c1"), tags: ["free-sample"]);
        pool.RecordPurchase(Zhang, "skincare", Money.Yuan(99m), Day(1), E("p1"));
        pool.Capture(Wang, Counter, Day(2), E("c2"), referredBy: new(Zhang));
        pool.GrantConsent(Zhang, ConsentPurpose.Marketing, Generators.ClerkWeChat, Day(2), E("g1"));
        pool.Erase(Zhang, Day(3), E("x1"));
        Assert.Null(pool.Find(Zhang));
        Assert.False(pool.HasConsent(Zhang, ConsentPurpose.Marketing, Generators.ClerkWeChat, Day(3)));
        Assert.Null(pool.Find(Wang)!.Referrer);
        Assert.Equal(1, pool.ErasedCount);
        var json = PrivateTrafficJson.Serialize(pool);
        Assert.DoesNotContain("zhang", json, StringComparison.Ordinal);
        Assert.DoesNotContain("free-sample", json, StringComparison.Ordinal);
        var metrics = pool.Measure(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31));
        Assert.Equal(2, metrics.Captures);
        Assert.Equal(1, metrics.Buyers);
    }

    [Fact]
    public void Stage_as_of_an_earlier_instant_comes_from_the_history()
    {
        var pool = Pool();
        pool.Capture(Zhang, Counter, Day(0), E("c1"));
        pool.RecordPurchase(Zhang, "skincare", Money.Yuan(99m), Day(3), E("p1"));
        pool.RecordPurchase(Zhang, "skincare", Money.Yuan(99m), Day(10), E("p2"));
        var history = pool.PendingEvents;
        Assert.Equal(LifecycleStage.FirstPurchase, PrivatePool.StageAsOf(history, Zhang, Day(5)));
        Assert.Equal(LifecycleStage.Prospect, PrivatePool.StageAsOf(history, Zhang, Day(1)));
        Assert.Null(PrivatePool.StageAsOf(history, Wang, Day(5)));
    }

    [Fact]
    public void An_event_for_another_pool_is_refused()
    {
        var pool = Pool();
        AssertRule(DomainRuleCodes.PoolEventForOtherPool, () =>
            pool.Apply(new MemberErased(E("x"), PoolId.From("other"), Day(1), Zhang)));
    }

    [Fact]
    public void Lifecycle_policy_needs_churn_after_dormancy()
    {
        Assert.Throws<ArgumentException>(() => LifecyclePolicy.Create(Period.FromDays(90), Period.FromDays(30)));
        Assert.Throws<ArgumentException>(() => LifecyclePolicy.Create(Period.Zero, Period.FromDays(30)));
        Assert.Equal(Period.FromMonths(3), LifecyclePolicy.Create(Period.FromMonths(3), Period.FromMonths(6)).DormantAfter);
    }

    [Fact]
    public void A_command_whose_derived_ids_would_be_too_long_changes_nothing()
    {
        var pool = Pool();
        pool.Capture(Zhang, Counter, Day(0), E("c1"));
        var before = PrivateTrafficJson.Serialize(pool);
        var longId = E(new string('x', 125));
        Assert.Throws<ArgumentException>(() => pool.RecordPurchase(Zhang, "skincare", Money.Yuan(99m), Day(1), longId));
        Assert.Throws<ArgumentException>(() => pool.Capture(Wang, Counter, Day(1), longId, referredBy: new(Zhang)));
        Assert.Equal(before, PrivateTrafficJson.Serialize(pool));
    }
}
