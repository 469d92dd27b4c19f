using System;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>Each rule of PrivatePool.Rules.cs at both sides of its bound, applied as a raw event: the refusal's code (or
/// the wrong argument's name), the pool unchanged after it, and the event just inside the bound accepted (found by
/// mutation testing, issue 10).</summary>
public sealed partial class PoolRuleBoundaryTests
{
    private static readonly Instant T0 = Instant.FromUtc(2024, 1, 1, 0, 0);
    private static readonly PoolId Id = PoolId.From("counter-wechat");
    private static readonly ChannelId Clerk = ChannelId.From("wechat-personal:clerk-li");
    private static readonly ChannelId Counter = ChannelId.From("counter-sample");
    private static readonly MemberId A = MemberId.From("member-a");
    private static readonly MemberId B = MemberId.From("member-b");
    private static readonly MemberId C = MemberId.From("member-c");
    private static int _next;

    private static DomainEventId NewId() => DomainEventId.From("x" + System.Threading.Interlocked.Increment(ref _next));

    private static Instant Day(double d) => T0 + Duration.FromHours(24 * d);

    private static PoolCreated Definition(int? capacity = null, int? qr = null, Duration? tolerance = null, string owner = "Brand A counter",
        string[]? subPools = null) =>
        new(DomainEventId.From("e-open"), Id, T0, owner, Clerk, ChannelKind.PersonalWeChat, subPools ?? ["prospects", "customers"],
            capacity, qr, FutureTolerance: tolerance);

    private static PrivatePool NewPool(int? capacity = null, int? qr = null, Duration? tolerance = null) =>
        PrivatePool.Rebuild([Definition(capacity, qr, tolerance)]);

    private static MemberCaptured Captured(MemberId m, Instant at, string subPool = "prospects", string[]? tags = null, JoinMethod by = JoinMethod.Invitation) =>
        new(NewId(), Id, at, m, Counter, subPool, PrivatePool.DefaultTimeZone, tags ?? [], by);

    private static PurchaseRecorded Bought(MemberId m, Instant at, decimal yuan = 99m, string category = "skincare", Money? margin = null) =>
        new(NewId(), Id, at, m, category, Money.Yuan(yuan), margin);

    private static MemberSnapshot Entry(PrivatePool pool, MemberId m) => pool.ToSnapshot().Members.Single(x => x.Id == m);

    private static string State(PrivatePool pool) => PrivateTrafficJson.Serialize(pool.ToSnapshot());

    private static void Refused(PrivatePool pool, PoolEvent e, string code)
    {
        var before = State(pool);
        var ex = Assert.Throws<DomainRuleException>(() => pool.Apply(e));
        Assert.Equal(code, ex.Code);
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
        Assert.Equal(before, State(pool));
    }

    private static void Wrong(PrivatePool pool, PoolEvent e, string parameter)
    {
        var before = State(pool);
        var ex = Assert.ThrowsAny<ArgumentException>(() => pool.Apply(e));
        Assert.Equal(parameter, ex.ParamName);
        Assert.Equal(before, State(pool));
    }

    private static void Accepted(PrivatePool pool, PoolEvent e)
    {
        var version = pool.Version;
        Assert.True(pool.Apply(e));
        Assert.Equal(version + 1, pool.Version);
    }

    [Fact]
    public void An_event_at_the_creation_is_accepted_and_one_tick_before_is_out_of_order()
    {
        var pool = NewPool();
        Refused(pool, Captured(A, T0 - Duration.Epsilon), DomainRuleCodes.PoolEventOutOfOrder);
        Refused(pool, new PoolReviewed(NewId(), Id, T0 - Duration.Epsilon), DomainRuleCodes.PoolEventOutOfOrder);
        Accepted(pool, Captured(A, T0));
        Assert.Equal(T0, pool.LatestAt);
    }

    [Fact]
    public void An_event_at_the_last_instant_is_a_wrong_argument() =>
        Wrong(NewPool(), new PoolReviewed(NewId(), Id, Instant.MaxValue), "e");

    [Fact]
    public void The_future_tolerance_admits_its_own_length_and_refuses_a_tick_more()
    {
        var tolerance = Duration.FromDays(2);
        var pool = NewPool(tolerance: tolerance);
        Refused(pool, Captured(A, T0 + tolerance + Duration.Epsilon), DomainRuleCodes.PoolEventInFuture);
        Accepted(pool, Captured(A, T0 + tolerance));
        Refused(pool, new PoolReviewed(NewId(), Id, T0 + tolerance + tolerance + Duration.Epsilon), DomainRuleCodes.PoolEventInFuture);
        Accepted(pool, new PoolReviewed(NewId(), Id, T0 + tolerance + tolerance));
        Assert.Equal(T0 + tolerance + tolerance, pool.LatestAt);
    }

    [Fact]
    public void A_zero_tolerance_admits_only_the_latest_instant()
    {
        var pool = NewPool(tolerance: Duration.Zero);
        Refused(pool, Captured(A, T0 + Duration.Epsilon), DomainRuleCodes.PoolEventInFuture);
        Accepted(pool, Captured(A, T0));
    }

    [Fact]
    public void An_event_for_another_pool_a_second_creation_and_an_unknown_member_are_refused()
    {
        var pool = NewPool();
        Refused(pool, new PoolReviewed(NewId(), PoolId.From("other"), T0), DomainRuleCodes.PoolEventForOtherPool);
        Refused(pool, Definition() with { EventId = NewId() }, DomainRuleCodes.PoolEventOutOfOrder);
        Refused(pool, Bought(A, Day(1)), DomainRuleCodes.PoolEventOutOfOrder);
        Wrong(pool, new PoolReviewed(default, Id, T0), "poolEvent");
    }

    [Fact]
    public void The_capacity_admits_its_last_member_and_refuses_the_next_until_one_goes()
    {
        var pool = NewPool(capacity: 2);
        Accepted(pool, Captured(A, Day(1)));
        Accepted(pool, Captured(B, Day(1)));
        Assert.Equal(2, pool.PresentCount);
        Refused(pool, Captured(C, Day(2)), DomainRuleCodes.PoolCapacityExceeded);
        Accepted(pool, new MemberLeft(NewId(), Id, Day(2), A, LeaveReason.Left));
        Assert.Equal(1, pool.PresentCount);
        Accepted(pool, Captured(C, Day(3)));
        Assert.Equal(2, pool.PresentCount);

        // An erasure frees a place too, a leave's erasure does not free it twice.
        Accepted(pool, new MemberErased(NewId(), Id, Day(4), A));
        Assert.Equal(2, pool.PresentCount);
        Assert.Equal(1, pool.ErasedCount);
        Accepted(pool, new MemberErased(NewId(), Id, Day(4), B));
        Assert.Equal(1, pool.PresentCount);
        Assert.Equal(2, pool.ErasedCount);
        Accepted(pool, Captured(MemberId.From("member-d"), Day(5)));
    }

    [Fact]
    public void The_group_qr_code_limit_refuses_a_qr_join_at_the_limit_but_not_an_invitation()
    {
        var pool = NewPool(capacity: 5, qr: 1);
        Accepted(pool, Captured(A, Day(1), by: JoinMethod.GroupQrCode));
        Refused(pool, Captured(B, Day(1), by: JoinMethod.GroupQrCode), DomainRuleCodes.PoolCapacityExceeded);
        Accepted(pool, Captured(B, Day(1), by: JoinMethod.Invitation));
    }

    [Fact]
    public void A_capture_repeats_no_member_and_names_a_sub_pool_of_the_pool()
    {
        var pool = NewPool();
        Refused(pool, Captured(A, Day(1), subPool: "vip"), DomainRuleCodes.PoolInvalidMove);
        Accepted(pool, Captured(A, Day(1), subPool: "customers"));
        Assert.Equal("customers", Entry(pool, A).SubPool);
        Refused(pool, Captured(A, Day(2)), DomainRuleCodes.PoolMemberAlreadyCaptured);
        Wrong(pool, Captured(B, Day(2)) with { Source = default }, "Source");
        Wrong(pool, Captured(B, Day(2)) with { JoinedBy = (JoinMethod)99 }, "JoinedBy");
        Wrong(pool, Captured(default, Day(2)), "Member");
    }

    [Fact]
    public void Tags_and_labels_allow_64_and_refuse_65_or_white_space_at_either_end()
    {
        var pool = NewPool();
        var tags64 = Enumerable.Range(0, 64).Select(k => "t" + k).ToArray();
        Wrong(pool, Captured(A, Day(1), tags: [.. tags64, "t64"]), "Tags");
        Wrong(pool, Captured(A, Day(1), tags: [new string('t', 65)]), "Tags");
        Wrong(pool, Captured(A, Day(1), tags: [" t"]), "Tags");
        Wrong(pool, Captured(A, Day(1), tags: ["t "]), "Tags");
        Wrong(pool, Captured(A, Day(1), tags: [""]), "Tags");
        Accepted(pool, Captured(A, Day(1), tags: tags64));
        Accepted(pool, Captured(B, Day(1), tags: [new string('t', 64), "a b"]));
        Assert.Equal(64, Entry(pool, A).Tags!.Count);
        Wrong(pool, Bought(A, Day(2), category: new string('c', 65)), "Category");
        Accepted(pool, Bought(A, Day(2), category: new string('c', 64)));
        Wrong(pool, new InteractionRecorded(NewId(), Id, Day(3), A, new string('k', 65)), "Kind");
        Accepted(pool, new InteractionRecorded(NewId(), Id, Day(3), A, new string('k', 64)));
    }

    [Fact]
    public void A_member_event_at_the_last_events_instant_is_accepted_and_a_tick_earlier_is_out_of_order()
    {
        var pool = NewPool();
        Accepted(pool, Captured(A, Day(1)));
        Accepted(pool, new InteractionRecorded(NewId(), Id, Day(2), A, "chat"));
        Refused(pool, new InteractionRecorded(NewId(), Id, Day(2) - Duration.Epsilon, A, "chat"), DomainRuleCodes.PoolEventOutOfOrder);
        Accepted(pool, new InteractionRecorded(NewId(), Id, Day(2), A, "chat"));
        Assert.Equal(Day(2), Entry(pool, A).LastActivityAt);
    }

    [Fact]
    public void After_leaving_only_the_stage_change_and_the_erasure_are_accepted()
    {
        var pool = NewPool();
        Accepted(pool, Captured(A, Day(1)));
        Accepted(pool, new MemberLeft(NewId(), Id, Day(2), A, LeaveReason.Removed));
        Refused(pool, Bought(A, Day(3)), DomainRuleCodes.PoolMemberGone);
        Refused(pool, new InteractionRecorded(NewId(), Id, Day(3), A, "chat"), DomainRuleCodes.PoolMemberGone);
        Refused(pool, new MemberLeft(NewId(), Id, Day(3), A, LeaveReason.Left), DomainRuleCodes.PoolMemberGone);
        Refused(pool, new ConsentGranted(NewId(), Id, Day(3), A, ConsentPurpose.Marketing, Clerk), DomainRuleCodes.PoolMemberGone);
        Accepted(pool, new StageChanged(NewId(), Id, Day(3), A, LifecycleStage.Prospect, LifecycleStage.Churned));
        Assert.Equal(LifecycleStage.Churned, Entry(pool, A).Stage);
        Accepted(pool, new MemberErased(NewId(), Id, Day(4), A));
        Assert.Null(pool.Find(A));
        Wrong(NewPoolWith(A), new MemberLeft(NewId(), Id, Day(2), A, (LeaveReason)99), "Reason");
    }

    private static PrivatePool NewPoolWith(params MemberId[] members)
    {
        var pool = NewPool();
        foreach (var m in members)
        {
            pool.Apply(Captured(m, Day(1)));
        }

        return pool;
    }

    [Fact]
    public void A_purchase_is_never_negative_its_margin_at_most_its_amount_in_its_currency_and_the_pools()
    {
        var pool = NewPoolWith(A);
        Refused(pool, Bought(A, Day(2), yuan: -0.01m), DomainRuleCodes.PoolInvalidPurchase);
        Refused(pool, Bought(A, Day(2), margin: Money.Yuan(-0.01m)), DomainRuleCodes.PoolInvalidPurchase);
        Refused(pool, Bought(A, Day(2), yuan: 10m, margin: Money.Yuan(10.01m)), DomainRuleCodes.PoolInvalidPurchase);
        Refused(pool, Bought(A, Day(2), yuan: 10m, margin: Money.Of(1m, Currency.USD)), DomainRuleCodes.PoolInvalidPurchase);
        Accepted(pool, Bought(A, Day(2), yuan: 10m, margin: Money.Yuan(10m)));
        Accepted(pool, Bought(A, Day(3), yuan: 0m, margin: Money.Yuan(0m)));
        Assert.Equal(Currency.CNY, pool.PurchaseCurrency);
        Refused(pool, new PurchaseRecorded(NewId(), Id, Day(4), A, "skincare", Money.Of(1m, Currency.USD)), DomainRuleCodes.PoolInvalidPurchase);
        Assert.Equal(2, Entry(pool, A).PurchaseCount);
    }

    [Fact]
    public void The_first_purchase_sets_the_currency_in_any_currency()
    {
        var pool = NewPoolWith(A);
        Accepted(pool, new PurchaseRecorded(NewId(), Id, Day(2), A, "skincare", Money.Of(5m, Currency.USD)));
        Assert.Equal(Currency.USD, pool.PurchaseCurrency);
    }

    [Fact]
    public void Purchases_fold_into_first_second_and_cross_category_instants()
    {
        var pool = NewPoolWith(A);
        Accepted(pool, Bought(A, Day(2), category: "skincare"));
        var m = Entry(pool, A);
        Assert.Equal((1, Day(2), (Instant?)null, (Instant?)null), (m.PurchaseCount, m.FirstPurchaseAt!.Value, m.SecondPurchaseAt, m.CrossCategoryAt));
        Accepted(pool, Bought(A, Day(3), category: "skincare"));
        Accepted(pool, Bought(A, Day(4), category: "makeup"));
        Accepted(pool, Bought(A, Day(5), category: "haircare"));
        m = Entry(pool, A);
        Assert.Equal(4, m.PurchaseCount);
        Assert.Equal(Day(2), m.FirstPurchaseAt);
        Assert.Equal(Day(3), m.SecondPurchaseAt);
        Assert.Equal(Day(4), m.CrossCategoryAt);
        Assert.Equal(Day(5), m.LastActivityAt);
        Assert.Equal(Day(5), pool.LatestAt);
    }

    [Fact]
    public void A_second_purchase_in_another_category_is_both_second_and_cross_category()
    {
        var pool = NewPoolWith(A);
        Accepted(pool, Bought(A, Day(2), category: "skincare"));
        Accepted(pool, Bought(A, Day(3), category: "makeup"));
        var m = Entry(pool, A);
        Assert.Equal(Day(3), m.SecondPurchaseAt);
        Assert.Equal(Day(3), m.CrossCategoryAt);
    }

    [Fact]
    public void A_stage_change_starts_from_the_recorded_stage_and_goes_where_the_history_gives()
    {
        var pool = NewPoolWith(A);
        Accepted(pool, Bought(A, Day(2)));
        Refused(pool, new StageChanged(NewId(), Id, Day(2), A, LifecycleStage.Repeat, LifecycleStage.Advocate), DomainRuleCodes.PoolIllegalStageTransition);
        Refused(pool, new StageChanged(NewId(), Id, Day(2), A, LifecycleStage.Prospect, LifecycleStage.Prospect), DomainRuleCodes.PoolIllegalStageTransition);
        Refused(pool, new StageChanged(NewId(), Id, Day(2), A, LifecycleStage.Prospect, LifecycleStage.Repeat), DomainRuleCodes.PoolIllegalStageTransition);
        Refused(pool, new StageChanged(NewId(), Id, Day(2), A, LifecycleStage.Prospect, LifecycleStage.Dormant), DomainRuleCodes.PoolIllegalStageTransition);
        Accepted(pool, new StageChanged(NewId(), Id, Day(2), A, LifecycleStage.Prospect, LifecycleStage.FirstPurchase));
        Assert.Equal(LifecycleStage.FirstPurchase, Entry(pool, A).Stage);
        Assert.Equal(Day(2), Entry(pool, A).LastEventAt);
        Assert.Equal(Day(2), Entry(pool, A).LastActivityAt);
    }

    [Fact]
    public void A_move_goes_from_the_members_sub_pool_to_another_of_the_pools()
    {
        var pool = NewPoolWith(A);
        Refused(pool, new MemberMoved(NewId(), Id, Day(2), A, "prospects", "prospects"), DomainRuleCodes.PoolInvalidMove);
        Refused(pool, new MemberMoved(NewId(), Id, Day(2), A, "prospects", "vip"), DomainRuleCodes.PoolInvalidMove);
        Refused(pool, new MemberMoved(NewId(), Id, Day(2), A, "customers", "prospects"), DomainRuleCodes.PoolInvalidMove);
        Wrong(pool, new MemberMoved(NewId(), Id, Day(2), A, "prospects", " customers"), "To");
        Accepted(pool, new MemberMoved(NewId(), Id, Day(2), A, "prospects", "customers"));
        Assert.Equal("customers", Entry(pool, A).SubPool);
        Assert.Equal(Day(2), Entry(pool, A).LastEventAt);
        Assert.Equal(Day(1), Entry(pool, A).LastActivityAt);
    }

    [Fact]
    public void A_referral_names_an_earlier_member_other_than_the_referee_once()
    {
        var pool = NewPoolWith(A, B, C);
        Refused(pool, new MemberReferred(NewId(), Id, Day(2), B, B), DomainRuleCodes.PoolInvalidReferral);
        Refused(pool, new MemberReferred(NewId(), Id, Day(2), B, C), DomainRuleCodes.PoolInvalidReferral);
        Refused(pool, new MemberReferred(NewId(), Id, Day(2), B, MemberId.From("member-x")), DomainRuleCodes.PoolInvalidReferral);
        Wrong(pool, new MemberReferred(NewId(), Id, Day(2), B, A, Reward: Money.Yuan(-1m)), "Reward");
        Wrong(pool, new MemberReferred(NewId(), Id, Day(2), B, A, Mechanic: (ReferralMechanic)99), "Mechanic");
        Wrong(pool, new MemberReferred(NewId(), Id, Day(2), B, A, Campaign: default(CampaignId)), "Campaign");
        Wrong(pool, new MemberReferred(NewId(), Id, Day(2), B, default), "Referrer");
        Accepted(pool, new MemberReferred(NewId(), Id, Day(3), B, A, Reward: Money.Yuan(0m)));
        Refused(pool, new MemberReferred(NewId(), Id, Day(3), B, A), DomainRuleCodes.PoolInvalidReferral);
        var a = Entry(pool, A);
        Assert.Equal((1, Day(3), Day(3)), (a.ReferralCount, a.AdvocateAt!.Value, a.LastActivityAt));
        Assert.Equal(Day(1), a.LastEventAt);

        // A later referral with an earlier instant counts, but moves neither the advocate instant nor the activity back.
        Accepted(pool, new MemberReferred(NewId(), Id, Day(2), C, A));
        a = Entry(pool, A);
        Assert.Equal((2, Day(3), Day(3)), (a.ReferralCount, a.AdvocateAt!.Value, a.LastActivityAt));
        Assert.Equal([B, C], pool.ReferralsOf(A));
    }

    [Fact]
    public void Erasing_a_referee_drops_its_edge_and_keeps_the_count_erasing_a_referrer_unlinks_its_referees()
    {
        var pool = NewPoolWith(A, B, C);
        pool.Apply(new MemberReferred(NewId(), Id, Day(2), B, A));
        pool.Apply(new MemberReferred(NewId(), Id, Day(2), C, A));
        Accepted(pool, new MemberErased(NewId(), Id, Day(3), B));
        Assert.Equal([C], pool.ReferralsOf(A));
        Assert.Equal(2, Entry(pool, A).ReferralCount);
        Accepted(pool, new MemberErased(NewId(), Id, Day(4), A));
        Assert.Null(Entry(pool, C).Referrer);
        var erased = pool.ToSnapshot().Members[0];
        Assert.True(erased.Erased);
        Assert.Equal((Day(4), Day(4), Day(4)), (erased.GoneAt!.Value, erased.LastActivityAt, erased.LastEventAt));
        Assert.False(pool.HasConsent(A, ConsentPurpose.Marketing, Clerk, Day(5)));
    }

    [Fact]
    public void A_repeated_event_id_changes_nothing_and_returns_false()
    {
        var pool = NewPoolWith(A);
        var purchase = Bought(A, Day(2));
        Accepted(pool, purchase);
        var before = State(pool);
        Assert.False(pool.Apply(purchase));
        Assert.False(pool.Apply(purchase with { At = Day(3), Category = "makeup" }));
        Assert.Equal(before, State(pool));
    }

    [Fact]
    public void The_latest_instant_only_moves_later()
    {
        var pool = NewPoolWith(A, B);
        Accepted(pool, new InteractionRecorded(NewId(), Id, Day(5), A, "chat"));
        Accepted(pool, new InteractionRecorded(NewId(), Id, Day(3), B, "chat"));
        Assert.Equal(Day(5), pool.LatestAt);
        Assert.Equal(Day(3), Entry(pool, B).LastEventAt);
    }

    [Fact]
    public void Consents_fold_in_order_and_the_latest_record_per_purpose_and_channel_stands()
    {
        var pool = NewPoolWith(A);
        Wrong(pool, new ConsentGranted(NewId(), Id, Day(2), A, (ConsentPurpose)99, Clerk), "purpose");
        Wrong(pool, new ConsentWithdrawn(NewId(), Id, Day(2), A, ConsentPurpose.Marketing, default), "channel");
        Accepted(pool, new ConsentGranted(NewId(), Id, Day(2), A, ConsentPurpose.Marketing, Clerk));
        Accepted(pool, new ConsentWithdrawn(NewId(), Id, Day(3), A, ConsentPurpose.Marketing, Clerk));
        Accepted(pool, new ConsentGranted(NewId(), Id, Day(3), A, ConsentPurpose.Marketing, Counter));
        Assert.False(pool.HasConsent(A, ConsentPurpose.Marketing, Clerk, Day(2) - Duration.Epsilon));
        Assert.True(pool.HasConsent(A, ConsentPurpose.Marketing, Clerk, Day(2)));
        Assert.False(pool.HasConsent(A, ConsentPurpose.Marketing, Clerk, Day(3)));
        Assert.True(pool.HasConsent(A, ConsentPurpose.Marketing, Counter, Day(3)));
        Assert.Equal(3, Entry(pool, A).Consents!.Count);
        Assert.Equal(Day(1), Entry(pool, A).LastActivityAt);
        Assert.Equal(Day(3), Entry(pool, A).LastEventAt);
    }
}
