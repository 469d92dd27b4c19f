using System;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>Regression examples for the open cases of the witness property (<see cref="PoolSnapshotWitnessTests"/>): each
/// snapshot here either loaded though no history produces it (now refused with pool.invalid_snapshot), or is produced by
/// a history the witness could not build (now it does).</summary>
public sealed class PoolSnapshotOpenCaseTests
{
    private static readonly Instant T0 = Generators.PoolEpoch;
    private static readonly ChannelId Counter = ChannelId.From("counter-sample");

    private static MemberId M(string name) => MemberId.From("member-" + name);

    private static DomainEventId E(int n) => DomainEventId.From("e" + n);

    private static Instant Day(int d) => T0 + Duration.FromDays(d);

    /// <summary>A is captured on day 1; C is captured on day 6 and erased on day 7; D is captured on day 8; eight reviews.</summary>
    private static PoolSnapshot Fixture()
    {
        var pool = Generators.NewScriptPool(capacity: null);
        pool.Capture(M("a"), Counter, Day(1), E(1));
        pool.Capture(M("c"), Counter, Day(6), E(2));
        pool.Erase(M("c"), Day(7), E(3));
        pool.Capture(M("d"), Counter, Day(8), E(4));
        for (var k = 5; k < 13; k++)
        {
            // Reviews that change nothing leave room in the version for the events the changed entries take.
            pool.Review(Day(8), E(k));
        }

        return pool.ToSnapshot();
    }

    /// <summary>The snapshot with entry <paramref name="i"/> changed, its latest instant raised to the entries' when
    /// they pass it.</summary>
    internal static PoolSnapshot WithEntry(PoolSnapshot s, int i, Func<MemberSnapshot, MemberSnapshot> change)
    {
        var members = s.Members.ToArray();
        members[i] = change(members[i]);
        var latest = members.Max(m => m.LastEventAt > m.LastActivityAt ? m.LastEventAt : m.LastActivityAt);
        return s with { Members = members, LatestAt = latest > s.LatestAt ? latest : s.LatestAt };
    }

    private const int C = 1, D = 2;

    private static void Refused(PoolSnapshot snapshot)
    {
        var ex = Assert.Throws<DomainRuleException>(() => PrivatePool.Restore(snapshot));
        Assert.Equal(DomainRuleCodes.PoolInvalidSnapshot, ex.Code);
        Assert.Throws<NoWitnessException>(() => PoolSnapshotWitness.BuildAndCheck(snapshot));
    }

    private static void LoadsWithWitness(PoolSnapshot snapshot)
    {
        PrivatePool.Restore(snapshot);
        PoolSnapshotWitness.BuildAndCheck(snapshot);
    }

    [Fact]
    public void The_fixture_loads_and_has_a_witness() => LoadsWithWitness(Fixture());

    // Open case "no instant where its history gives": Restore checked only that the member was quiet since its capture by
    // its last event, not that its last activity could have come before the stage change or after it.

    [Fact]
    public void Dormant_with_a_last_activity_neither_before_the_threshold_nor_after_the_stage_change_is_refused()
    {
        // Active on day 50, last event on day 110: dormant needs 90 quiet days before a stage change by day 110, so the
        // activity on day 50 was before it (day 20 at the latest) or after it (the change by day 50, too early).
        Refused(WithEntry(Fixture(), D, m => m with { Stage = LifecycleStage.Dormant, LastActivityAt = Day(50), LastEventAt = Day(110) }));
    }

    [Fact]
    public void Dormant_with_its_last_activity_before_the_threshold_loads() =>
        LoadsWithWitness(WithEntry(Fixture(), D, m => m with { Stage = LifecycleStage.Dormant, LastActivityAt = Day(15), LastEventAt = Day(110) }));

    [Fact]
    public void Dormant_with_activity_after_the_stage_change_loads() =>
        LoadsWithWitness(WithEntry(Fixture(), D, m => m with { Stage = LifecycleStage.Dormant, LastActivityAt = Day(105), LastEventAt = Day(110) }));

    [Fact]
    public void Churned_with_a_purchase_too_recent_for_any_stage_change_is_refused()
    {
        // Bought on day 20, last event on day 190: churned needs 180 quiet days after the purchase (day 200), or a stage
        // change before the purchase (by day 20, not 180 days after the capture).
        Refused(WithEntry(Fixture(), D, m => m with
        {
            Stage = LifecycleStage.Churned, PurchaseCount = 1, FirstPurchaseAt = Day(20), FirstCategory = "skincare",
            LastActivityAt = Day(20), LastEventAt = Day(190),
        }) with { PurchaseCurrency = Currency.CNY });
    }

    [Fact]
    public void An_erased_entry_churned_two_days_before_any_zone_allows_is_refused() =>
        // 180 days after a capture on day 6 is day 186 in every zone (no offset change of two days); the erasure is on day 184.
        Refused(WithEntry(Fixture(), C, m => m with { Stage = LifecycleStage.Churned, LastActivityAt = Day(184), LastEventAt = Day(184), GoneAt = Day(184) }));

    [Fact]
    public void An_erased_entry_churned_once_quiet_that_long_loads() =>
        LoadsWithWitness(WithEntry(Fixture(), C, m => m with { Stage = LifecycleStage.Churned, LastActivityAt = Day(187), LastEventAt = Day(187), GoneAt = Day(187) }));

    // Open case "no instant where its history gives" (witness side): repeat with the cross-category purchase at the
    // second's instant is reached when a third purchase at that instant, in another category, follows the stage change.

    [Fact]
    public void Repeat_with_a_third_purchase_in_another_category_at_the_seconds_instant_has_a_witness() =>
        LoadsWithWitness(WithEntry(Fixture(), D, m => m with
        {
            Stage = LifecycleStage.Repeat, PurchaseCount = 3, FirstPurchaseAt = Day(10), SecondPurchaseAt = Day(20),
            CrossCategoryAt = Day(20), FirstCategory = "skincare", LastActivityAt = Day(20), LastEventAt = Day(20),
        }) with { PurchaseCurrency = Currency.CNY });

    // Open case "no instant where its history gives" (Restore side): the change to advocate is the member's own event, so
    // it is no later than its last event, and it follows the referral that set the advocate instant.

    private static PoolSnapshot AdvocateBy(Instant lastEvent) =>
        WithEntry(WithEntry(Fixture(), D, m => m with { Referrer = M("a"), ReferredAt = Day(8) }), 0, m => m with
        {
            Stage = LifecycleStage.Advocate, ReferralCount = 1, AdvocateAt = Day(8), LastActivityAt = Day(8), LastEventAt = lastEvent,
        });

    [Fact]
    public void An_advocate_whose_last_event_is_before_its_advocate_instant_is_refused() => Refused(AdvocateBy(Day(1)));

    [Fact]
    public void An_advocate_whose_stage_change_follows_its_referral_loads() => LoadsWithWitness(AdvocateBy(Day(9)));

    // Open case "its history needs at least" (witness side): a member's last event that only a move explains. The witness
    // put its move right after the member's capture, ahead of a later capture, so the clock jumped past the future
    // tolerance and took a review the history never applied.

    [Fact]
    public void A_move_long_after_a_later_capture_needs_no_review()
    {
        var tolerance = Duration.FromDays(100);
        var pool = PrivatePool.Rebuild(
        [
            new PoolCreated(E(0), PoolId.From("counter-wechat"), T0, "Brand A counter", ChannelId.From("wechat-personal:clerk-li"),
                ChannelKind.PersonalWeChat, ["prospects", "customers"], null, null, FutureTolerance: tolerance),
            new MemberCaptured(E(1), PoolId.From("counter-wechat"), Day(15), M("a"), Counter, "prospects", PrivatePool.DefaultTimeZone, [], JoinMethod.Invitation),
            new MemberCaptured(E(2), PoolId.From("counter-wechat"), Day(83), M("b"), Counter, "prospects", PrivatePool.DefaultTimeZone, [], JoinMethod.Invitation),
            new MemberMoved(E(3), PoolId.From("counter-wechat"), Day(124), M("a"), "prospects", "customers"),
        ]);
        LoadsWithWitness(pool.ToSnapshot());
    }

    // Open case "its history needs at least" (Restore side): captures are applied in entry order, so an entry's instants
    // before an earlier entry's capture never moved the clock. Restore counted the reviews over all instants sorted, as if
    // the later entries' earlier captures could have stepped the clock up to the first entry's.

    private static PoolSnapshot CapturedBackwards(bool withReview)
    {
        var pool = PoolId.From("counter-wechat");
        var created = new PoolCreated(E(0), pool, T0, "Brand A counter", ChannelId.From("wechat-personal:clerk-li"),
            ChannelKind.PersonalWeChat, ["prospects", "customers"], null, null, FutureTolerance: Duration.FromDays(7));
        MemberCaptured Capture(int n, string name, int day) =>
            new(E(n), pool, Day(day), M(name), Counter, "prospects", PrivatePool.DefaultTimeZone, [], JoinMethod.Invitation);
        var snapshot = PrivatePool.Rebuild([created, new PoolReviewed(E(1), pool, Day(5)), Capture(2, "a", 9), Capture(3, "b", 6), Capture(4, "c", 2)]).ToSnapshot();
        return withReview ? snapshot : snapshot with { Version = 4, RecentEventIds = [E(0), E(2), E(3), E(4)] };
    }

    [Fact]
    public void Captures_in_reverse_instant_order_with_the_review_the_first_needs_load() => LoadsWithWitness(CapturedBackwards(withReview: true));

    [Fact]
    public void Captures_in_reverse_instant_order_without_a_review_before_the_first_are_refused() => Refused(CapturedBackwards(withReview: false));

    // Open case "its history needs at least" (Restore side): a stage change to a buying stage is applied only while the
    // member is not dormant, so it is no last event long after the member's last activity; another event is.

    private static PoolSnapshot BoughtThenQuiet(int version) =>
        WithEntry(Fixture(), D, m => m with
        {
            Stage = LifecycleStage.FirstPurchase, PurchaseCount = 1, FirstPurchaseAt = Day(10), FirstCategory = "skincare",
            LastActivityAt = Day(10), LastEventAt = Day(150),
        }) with { PurchaseCurrency = Currency.CNY, Version = version, RecentEventIds = [DomainEventId.From("e-open"), .. Enumerable.Range(1, version - 1).Select(E)] };

    // The creation, three captures, the erasure, the purchase, the stage change and one more event for day 150.
    [Fact]
    public void A_buying_stage_with_a_last_event_after_dormancy_and_an_event_for_it_loads() => LoadsWithWitness(BoughtThenQuiet(8));

    [Fact]
    public void A_buying_stage_with_a_last_event_after_dormancy_and_no_event_for_it_is_refused() => Refused(BoughtThenQuiet(7));

    // Unlisted failure "the witness folds to another snapshot" (differs at advocateAt): a referrer's first referral sets its
    // advocate instant, and referrals into different members may be applied out of instant order. The witness applied a
    // referral it gave an erased referee (keyed at the advocate instant) before the known first one, whose referee came
    // later in slot order; and Restore refused a pool's own snapshot whose advocate instant was not its earliest referral.

    [Fact]
    public void A_referral_into_an_erased_entry_after_the_first_keeps_the_advocate_instant()
    {
        var pool = Generators.NewScriptPool(capacity: null);
        pool.Capture(M("a"), Counter, Day(1), E(1));
        pool.Capture(M("c"), Counter, Day(2), E(2));
        pool.Capture(M("b"), Counter, Day(5), E(3), referredBy: new ReferredBy(M("a")));
        pool.RecordReferral(M("c"), new ReferredBy(M("a")), Day(3), E(4));
        pool.Erase(M("c"), Day(4), E(5));
        Assert.Equal(Day(5), pool.ToSnapshot().Members[0].AdvocateAt);
        LoadsWithWitness(pool.ToSnapshot());
    }

    [Fact]
    public void A_referral_applied_after_the_first_at_an_earlier_instant_loads()
    {
        var pool = Generators.NewScriptPool(capacity: null);
        pool.Capture(M("a"), Counter, Day(1), E(1));
        pool.Capture(M("b"), Counter, Day(5), E(2), referredBy: new ReferredBy(M("a")));
        pool.Capture(M("c"), Counter, Day(4), E(3), referredBy: new ReferredBy(M("a")));
        Assert.Equal(Day(5), pool.ToSnapshot().Members[0].AdvocateAt);
        LoadsWithWitness(pool.ToSnapshot());
    }

    // Same failure (differs at lastActivityAt): a referral is its referrer's activity at its instant, so a referrer's last
    // activity is no earlier than its advocate instant. Restore checked it only against referees still known.

    private static PoolSnapshot ReferrerOfTheErased(Instant lastActivity) =>
        WithEntry(Fixture(), 0, m => m with { ReferralCount = 1, AdvocateAt = Day(6), LastActivityAt = lastActivity });

    [Fact]
    public void A_referrer_whose_last_activity_is_before_its_advocate_instant_is_refused() => Refused(ReferrerOfTheErased(Day(1)));

    [Fact]
    public void A_referrer_whose_last_activity_is_its_referral_into_an_erased_entry_loads() => LoadsWithWitness(ReferrerOfTheErased(Day(6)));

    // Found by sampling (the witness did not fold): its one referral is at the advocate instant, and its own events are
    // no later than its last event (day 1), so nothing gives a last activity half a day after that referral.
    [Fact]
    public void A_referrer_of_one_whose_last_activity_is_past_its_last_event_and_its_referral_is_refused() =>
        Refused(ReferrerOfTheErased(Day(6) + Duration.FromHours(12)));

    // Open case "referrals no later entry can have received" (witness side): an erased referrer's erasure is applied after
    // its referrals, though its instant may be earlier than theirs (A left, so its referral brings it no event of its own);
    // the witness asked for a referee captured by the erasure's instant.

    [Fact]
    public void An_erased_referrer_whose_referral_is_later_than_its_erasure_has_a_witness()
    {
        var pool = Generators.NewScriptPool(capacity: null);
        pool.Capture(M("a"), Counter, Day(1), E(1));
        pool.Leave(M("a"), LeaveReason.Left, Day(2), E(2));
        pool.Capture(M("b"), Counter, Day(5), E(3), referredBy: new ReferredBy(M("a")));
        pool.Erase(M("a"), Day(3), E(4));
        LoadsWithWitness(pool.ToSnapshot());
    }

    // Open case "the plan does not fold" (Restore side): a member's own events are no later than its last event, so a last
    // activity past it is a referral's; when every referee is still known, the latest of their referral instants.

    [Fact]
    public void An_advocate_whose_last_activity_after_its_last_event_no_referral_gives_is_refused() =>
        Refused(WithEntry(AdvocateBy(Day(9)), 0, m => m with { LastActivityAt = Day(10) }));

    // Open case "the plan does not fold" (witness side): an interaction at the instant the member left went after the leave.

    [Fact]
    public void An_interaction_at_the_instant_of_the_leave_has_a_witness()
    {
        var pool = Generators.NewScriptPool(capacity: null);
        pool.Capture(M("a"), Counter, Day(1), E(1));
        pool.RecordInteraction(M("a"), "reply", Day(3), E(2));
        pool.Leave(M("a"), LeaveReason.Left, Day(3), E(3));
        LoadsWithWitness(pool.ToSnapshot());
    }

    // Open case "referrals no later entry can have received" (witness side): a referee of an erased referrer loses the
    // link, and another member may refer it again; the witness counted only entries without a referrer for it.

    [Fact]
    public void An_erased_referrers_referee_referred_again_by_another_has_a_witness()
    {
        var pool = Generators.NewScriptPool(capacity: null);
        pool.Capture(M("z"), Counter, Day(1), E(1));
        pool.Capture(M("a"), Counter, Day(1), E(2));
        pool.Capture(M("b"), Counter, Day(2), E(3), referredBy: new ReferredBy(M("a")));
        pool.Erase(M("a"), Day(4), E(4));
        pool.RecordReferral(M("b"), new ReferredBy(M("z")), Day(5), E(5));
        LoadsWithWitness(pool.ToSnapshot());
    }

    // Open case "referrals no later entry can have received" (witness side): two referrers whose first referrals went to
    // entries erased since (D, captured later but at an earlier instant, holds A's day 4; C and D both hold B's day 6); the
    // later referrer took the one entry that holds the earlier one's advocate instant.

    [Fact]
    public void Each_referrers_advocate_instant_keeps_an_erased_entry_that_holds_it()
    {
        var pool = Generators.NewScriptPool(capacity: null);
        pool.Capture(M("a"), Counter, Day(1), E(1));
        pool.Capture(M("b"), Counter, Day(2), E(2));
        pool.Capture(M("c"), Counter, Day(5), E(3));
        pool.Capture(M("d"), Counter, Day(3), E(4));
        pool.RecordReferral(M("d"), new ReferredBy(M("a")), Day(4), E(5));
        pool.RecordReferral(M("c"), new ReferredBy(M("b")), Day(6), E(6));
        pool.Erase(M("c"), Day(7), E(7));
        pool.Erase(M("d"), Day(8), E(8));
        LoadsWithWitness(pool.ToSnapshot());
    }

    // Found by sampling the witness property: a pool of capacity 6 whose erased referrer (entry 0) made its referrals to
    // erased entries captured before its erasure. The witness gave one to an entry captured after it, so that capture
    // waited for the erasure, which waited for the referral: its capacity ordering looped for ever.

    [Fact]
    public void An_erased_referrers_referrals_go_to_entries_captured_before_its_erasure() =>
        LoadsWithWitness(PrivateTrafficJson.Deserialize<PoolSnapshot>(ErasedReferrerJson));

    private const string ErasedReferrerJson = """
        {"version":2,"definition":{"owner":"Brand A counter","channel":"wechat-personal:clerk-li",
        "kind":"personalWeChat","subPools":["prospects","customers"],"capacity":6,"qrCodeJoinLimit":null,
        "dormantAfter":"P2M","churnedAfter":"P2M73D","eventId":"e-open","pool":"counter-wechat",
        "at":"2024-01-01T00:00:00Z"},"members":[{"id":null,"erased":true,"source":"douyin-live",
        "capturedAt":"2024-01-01T13:17:00Z","subPool":"prospects","timeZone":null,"tags":null,"referrer":null,
        "stage":"advocate","purchaseCount":3,"firstPurchaseAt":"2024-01-04T19:29:00Z",
        "secondPurchaseAt":"2025-01-15T20:26:00Z","crossCategoryAt":null,"advocateAt":"2024-05-01T01:23:00Z",
        "firstCategory":null,"referralCount":2,"lastActivityAt":"2025-04-15T07:46:00Z",
        "lastEventAt":"2025-04-15T07:46:00Z","goneAt":"2025-04-15T07:46:00Z","leaveReason":null,"consents":null},
        {"id":null,"erased":true,"source":"counter-sample","capturedAt":"2024-05-01T01:23:00Z","subPool":"prospects",
        "timeZone":null,"tags":null,"referrer":null,"stage":"prospect","purchaseCount":0,"firstPurchaseAt":null,
        "secondPurchaseAt":null,"crossCategoryAt":null,"advocateAt":null,"firstCategory":null,"referralCount":0,
        "lastActivityAt":"2024-08-30T07:30:00Z","lastEventAt":"2024-08-30T07:30:00Z","goneAt":"2024-08-30T07:30:00Z",
        "leaveReason":null,"consents":null},{"id":"member-zhang-02","erased":false,"source":"douyin-live",
        "capturedAt":"2024-05-09T19:48:00Z","subPool":"prospects","timeZone":"Asia/Shanghai","tags":[],"referrer":null,
        "stage":"dormant","purchaseCount":0,"firstPurchaseAt":null,"secondPurchaseAt":null,"crossCategoryAt":null,
        "advocateAt":null,"firstCategory":null,"referralCount":0,"lastActivityAt":"2025-06-04T12:36:00Z",
        "lastEventAt":"2025-09-14T19:51:00Z","goneAt":null,"leaveReason":null,"consents":[]},{"id":"member-zhang-08",
        "erased":false,"source":"counter-sample","capturedAt":"2024-08-28T14:35:00Z","subPool":"prospects",
        "timeZone":"Asia/Shanghai","tags":["free-sample"],"referrer":null,"stage":"churned","purchaseCount":0,
        "firstPurchaseAt":null,"secondPurchaseAt":null,"crossCategoryAt":null,"advocateAt":null,"firstCategory":null,
        "referralCount":0,"lastActivityAt":"2024-08-28T14:35:00Z","lastEventAt":"2025-09-14T19:51:00Z","goneAt":null,
        "leaveReason":null,"consents":[]},{"id":"member-zhang-09","erased":false,"source":"friend-referral",
        "capturedAt":"2025-01-08T17:41:00Z","subPool":"prospects","timeZone":"Asia/Shanghai","tags":[],"referrer":null,
        "stage":"churned","purchaseCount":0,"firstPurchaseAt":null,"secondPurchaseAt":null,"crossCategoryAt":null,
        "advocateAt":null,"firstCategory":null,"referralCount":0,"lastActivityAt":"2025-01-08T17:41:00Z",
        "lastEventAt":"2025-09-14T19:51:00Z","goneAt":null,"leaveReason":null,"consents":[]},{"id":"member-zhang-03",
        "erased":false,"source":"douyin-live","capturedAt":"2025-01-17T18:10:00Z","subPool":"prospects",
        "timeZone":"Asia/Shanghai","tags":[],"referrer":null,"stage":"firstPurchase","purchaseCount":1,
        "firstPurchaseAt":"2025-09-19T01:59:00Z","secondPurchaseAt":null,"crossCategoryAt":null,"advocateAt":null,
        "firstCategory":"skincare","referralCount":0,"lastActivityAt":"2025-09-19T01:59:00Z",
        "lastEventAt":"2025-09-19T01:59:00Z","goneAt":null,"leaveReason":null,"consents":[]},{"id":null,"erased":true,
        "source":"counter-sample","capturedAt":"2025-01-25T09:52:00Z","subPool":"prospects","timeZone":null,
        "tags":null,"referrer":null,"stage":"prospect","purchaseCount":0,"firstPurchaseAt":null,
        "secondPurchaseAt":null,"crossCategoryAt":null,"advocateAt":null,"firstCategory":null,"referralCount":0,
        "lastActivityAt":"2025-07-31T05:04:00Z","lastEventAt":"2025-07-31T05:04:00Z","goneAt":"2025-07-31T05:04:00Z",
        "leaveReason":null,"consents":null},{"id":null,"erased":true,"source":"friend-referral",
        "capturedAt":"2025-06-05T19:23:00Z","subPool":"prospects","timeZone":null,"tags":null,"referrer":null,
        "stage":"prospect","purchaseCount":0,"firstPurchaseAt":null,"secondPurchaseAt":null,"crossCategoryAt":null,
        "advocateAt":null,"firstCategory":null,"referralCount":0,"lastActivityAt":"2025-06-08T15:33:00Z",
        "lastEventAt":"2025-06-08T15:33:00Z","goneAt":"2025-06-08T15:33:00Z","leaveReason":null,"consents":null},
        {"id":"member-zhang-07","erased":false,"source":"counter-sample","capturedAt":"2025-09-14T01:10:00Z",
        "subPool":"prospects","timeZone":"Asia/Shanghai","tags":["free-sample"],"referrer":null,"stage":"prospect",
        "purchaseCount":0,"firstPurchaseAt":null,"secondPurchaseAt":null,"crossCategoryAt":null,"advocateAt":null,
        "firstCategory":null,"referralCount":0,"lastActivityAt":"2025-09-14T01:10:00Z",
        "lastEventAt":"2025-09-14T01:10:00Z","goneAt":null,"leaveReason":null,"consents":[]},{"id":"member-zhang-05",
        "erased":false,"source":"douyin-live","capturedAt":"2025-09-18T09:42:00Z","subPool":"prospects",
        "timeZone":"Asia/Shanghai","tags":[],"referrer":null,"stage":"prospect","purchaseCount":0,
        "firstPurchaseAt":null,"secondPurchaseAt":null,"crossCategoryAt":null,"advocateAt":null,"firstCategory":null,
        "referralCount":0,"lastActivityAt":"2025-09-18T09:42:00Z","lastEventAt":"2025-09-18T09:42:00Z","goneAt":null,
        "leaveReason":null,"consents":[]}],"dormantAfter":null,"churnedAfter":null,"appliedEventIds":null,
        "eventCount":43,"latestAt":"2025-09-20T02:14:00Z","purchaseCurrency":"CNY","recentEventIds":["e-open","e2",
        "e3","e5","e5~stage","e8","e8~0","e9","e9~referral","e9~referrer-stage","e14","e16","e17","e18","e19","e19~0",
        "e19~1","e19~2","e21","e26","e31","e31~stage","e33","e36","e38","e38~referral","e43","e46","e46~stage","e47",
        "e48","e51","e52","e53","e53~0","e53~1","e53~2","e53~3","e54","e56","e57","e57~stage","e58"]}
        """;
}
