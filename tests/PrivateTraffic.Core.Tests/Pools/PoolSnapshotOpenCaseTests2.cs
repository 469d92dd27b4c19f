using System;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>More regression examples for the open cases of the witness property (<see cref="PoolSnapshotWitnessTests"/>),
/// after <see cref="PoolSnapshotOpenCaseTests"/>: referrals that erased referees took with them, which Restore now places
/// by a matching (each in its own erased entry present at an instant the referral can have been at).</summary>
public sealed class PoolSnapshotOpenCaseTests2
{
    private static readonly Instant T0 = Generators.PoolEpoch;
    private static readonly ChannelId Counter = ChannelId.From("counter-sample");

    private static MemberId M(string name) => MemberId.From("member-" + name);

    private static DomainEventId E(int n) => DomainEventId.From("e" + n);

    private static Instant Day(double d) => T0 + Duration.FromHours(24 * d);

    /// <summary>A and B are captured on day 1; X on day 2; K1 on day 3 (brought by A, its advocate instant), and A brings
    /// X then too; K2 on day 5 (brought by B); X is erased on day 6; Y is captured on day 7, brought by B at day 7.5 and
    /// erased on day 8; B interacts on day 9. A's referral into X fits only X (Y came after A's last activity); B's fits
    /// both, and B's advocate instant (day 5) is in X's membership, which a greedy choice took for B.</summary>
    private static PoolSnapshot Fixture()
    {
        var pool = Generators.NewScriptPool(capacity: null);
        pool.Capture(M("a"), Counter, Day(1), E(1));
        pool.Capture(M("b"), Counter, Day(1), E(2));
        pool.Capture(M("x"), Counter, Day(2), E(3));
        pool.Capture(M("k1"), Counter, Day(3), E(4), referredBy: new ReferredBy(M("a")));
        pool.RecordReferral(M("x"), new ReferredBy(M("a")), Day(3), E(5));
        pool.Capture(M("k2"), Counter, Day(5), E(6), referredBy: new ReferredBy(M("b")));
        pool.Erase(M("x"), Day(6), E(7));
        pool.Capture(M("y"), Counter, Day(7), E(8));
        pool.RecordReferral(M("y"), new ReferredBy(M("b")), Day(7.5), E(9));
        pool.Erase(M("y"), Day(8), E(10));
        pool.RecordInteraction(M("b"), "chat", Day(9), E(11));
        return pool.ToSnapshot();
    }

    private const int A = 0, B = 1, X = 2;

    private static PoolSnapshot WithEntry(PoolSnapshot s, int i, Func<MemberSnapshot, MemberSnapshot> change) =>
        PoolSnapshotOpenCaseTests.WithEntry(s, i, change);

    private static void Refused(PoolSnapshot snapshot, string because)
    {
        var ex = Assert.Throws<DomainRuleException>(() => PrivatePool.Restore(snapshot));
        Assert.Equal(DomainRuleCodes.PoolInvalidSnapshot, ex.Code);
        Assert.Contains(because, ex.Message, StringComparison.Ordinal);
        Assert.Throws<NoWitnessException>(() => PoolSnapshotWitness.BuildAndCheck(snapshot));
    }

    // Open case "referrals no later entry can have received": Restore counted the erased entries after each referrer, not
    // whether their memberships could hold its referrals, nor that each holds one; the witness chose greedily.

    [Fact]
    public void A_history_whose_referrals_need_the_matching_loads_and_has_a_witness()
    {
        // The witness's greedy choice gave X to B (it holds B's advocate instant), leaving A none.
        var snapshot = Fixture();
        PrivatePool.Restore(snapshot);
        PoolSnapshotWitness.BuildAndCheck(snapshot);
    }

    [Fact]
    public void Two_referrers_whose_referrals_only_one_erased_entry_can_hold_are_refused()
    {
        // B's last activity on day 6.5: its referral into an erased entry is by then, and Y came on day 7; X is A's.
        Refused(WithEntry(Fixture(), B, m => m with { LastActivityAt = Day(6.5), LastEventAt = Day(6.5) }),
            "member entry 1 made referrals that no erased entry captured after it can have received between");
    }

    [Fact]
    public void An_advocate_instant_no_erased_entry_was_present_at_is_refused()
    {
        // K1's referral is on day 3, so the first referral, on day 1.5, went into an erased entry: none was there yet.
        Refused(WithEntry(Fixture(), A, m => m with { AdvocateAt = Day(1.5) }),
            "member entry 0 made a referral at");
    }

    [Fact]
    public void An_erased_entry_captured_after_the_referrer_s_last_activity_is_refused()
    {
        // X captured on day 4, after A's last activity (day 3): A's referral into it is after that activity.
        Refused(WithEntry(Fixture(), X, m => m with { CapturedAt = Day(4) }),
            "member entry 0 made referrals that no erased entry captured after it can have received between");
    }

    [Fact]
    public void An_erased_entry_gone_before_the_referrer_was_captured_is_refused()
    {
        // A captured on day 2.5 (later in time than X, earlier in capture order): X erased on day 6 can still have
        // received A's referral, so this loads; X gone on day 2.4 cannot.
        var snapshot = WithEntry(Fixture(), A, m => m with { CapturedAt = Day(2.5) });
        PrivatePool.Restore(snapshot);
        Refused(WithEntry(snapshot, X, m => m with { GoneAt = Day(2.4), LastEventAt = Day(2.4), LastActivityAt = Day(2.4) }),
            "member entry 0 made referrals that no erased entry captured after it can have received between");
    }

    [Fact]
    public void A_last_activity_only_a_referral_gives_needs_an_erased_entry_present_then()
    {
        // B's last activity past its own events (day 9.5 against its interaction on day 9) is a referral then: Y is gone.
        Refused(WithEntry(Fixture(), B, m => m with { LastActivityAt = Day(9.5) }),
            "member entry 1 made a referral at");
    }

    [Fact]
    public void A_referral_the_greedy_choice_puts_in_the_wrong_entry_is_placed_by_an_augmenting_path()
    {
        // A (entry 0) brings Q (entry 1) on day 4; R (entry 2) brings P (entry 3) on day 5.5; P is erased on day 6, Q on
        // day 10. By earliest deadline A's referral takes P (gone first); R's can only be in P (Q was captured before R),
        // so the matching moves A's into Q.
        var pool = Generators.NewScriptPool(capacity: null);
        pool.Capture(M("a"), Counter, Day(1), E(1));
        pool.Capture(M("q"), Counter, Day(2), E(2));
        pool.Capture(M("r"), Counter, Day(2), E(3));
        pool.Capture(M("p"), Counter, Day(3), E(4));
        pool.RecordReferral(M("q"), new ReferredBy(M("a")), Day(4), E(5));
        pool.RecordReferral(M("p"), new ReferredBy(M("r")), Day(5.5), E(6));
        pool.Erase(M("p"), Day(6), E(7));
        pool.Erase(M("q"), Day(10), E(8));
        var snapshot = pool.ToSnapshot();

        var matched = PrivatePool.MatchErasedReferrals(snapshot.Members, out var failure);
        Assert.Null(failure);
        Assert.Equal([(0, 1), (2, 3)], matched.Select(r => (r.Referrer, r.Referee)).Order());
        PrivatePool.Restore(snapshot);
        PoolSnapshotWitness.BuildAndCheck(snapshot);
    }

    [Fact]
    public void An_erased_referrer_s_first_referral_is_matched_with_the_referrals_of_members_still_known()
    {
        // W brings P on day 5 and is erased; Z brings Q on day 6; P and Q are erased. Z's referral fits P and Q (P is gone
        // first), W's first referral (its advocate instant, day 5) only P: placed one after the other, Z took P.
        var pool = Generators.NewScriptPool(capacity: null);
        pool.Capture(M("z"), Counter, Day(1), E(1));
        pool.Capture(M("w"), Counter, Day(2), E(2));
        pool.Capture(M("p"), Counter, Day(5), E(3), referredBy: new ReferredBy(M("w")));
        pool.Capture(M("q"), Counter, Day(6), E(4), referredBy: new ReferredBy(M("z")));
        pool.Erase(M("w"), Day(7), E(5));
        pool.Erase(M("p"), Day(10), E(6));
        pool.Erase(M("q"), Day(11), E(7));
        var snapshot = pool.ToSnapshot();
        PrivatePool.Restore(snapshot);
        PoolSnapshotWitness.BuildAndCheck(snapshot);
    }

    /// <summary>W is captured on day 1, X on day 1.5 (erased on day 2), P on day 2.5; W brings P on day 3 (the referral
    /// alone, so W stays a prospect) and is erased on day 4; P interacts on day 5; reviews leave room in the version.</summary>
    private static PoolSnapshot ErasedReferrerFixture()
    {
        var pool = Generators.NewScriptPool(capacity: null);
        pool.Capture(M("w"), Counter, Day(1), E(1));
        pool.Capture(M("x"), Counter, Day(1.5), E(2));
        pool.Erase(M("x"), Day(2), E(3));
        pool.Capture(M("p"), Counter, Day(2.5), E(4));
        pool.Apply(new MemberReferred(E(5), pool.Id, Day(3), M("p"), M("w")));
        pool.Erase(M("w"), Day(4), E(6));
        pool.RecordInteraction(M("p"), "chat", Day(5), E(7));
        for (var k = 8; k < 12; k++)
        {
            pool.Review(Day(5), E(k));
        }

        return pool.ToSnapshot();
    }

    [Fact]
    public void The_erased_referrer_fixture_loads_and_has_a_witness()
    {
        var snapshot = ErasedReferrerFixture();
        PrivatePool.Restore(snapshot);
        PoolSnapshotWitness.BuildAndCheck(snapshot);
    }

    [Fact]
    public void An_erased_referrer_whose_advocate_instant_no_later_entry_was_present_at_is_refused()
    {
        // P's last event is on day 5: no later entry was there on day 6 to receive W's first referral.
        Refused(WithEntry(ErasedReferrerFixture(), 0, m => m with { AdvocateAt = Day(6) }), "at which no later entry was present");
    }

    [Fact]
    public void An_erased_referrer_with_more_referrals_than_later_entries_present_after_its_capture_is_refused()
    {
        // Captured on day 2.2, W can have brought P but not X (erased on day 2): two referrals, one entry.
        Refused(WithEntry(ErasedReferrerFixture(), 0, m => m with { CapturedAt = Day(2.2), ReferralCount = 2 }),
            "is erased with more referrals than later entries present after its capture");
    }

    [Fact]
    public void Two_erased_referrers_whose_first_referrals_went_into_one_entry_have_a_witness()
    {
        // B brings C on day 3 and is erased on day 4 (C loses the link); A brings C on day 10 and is erased on day 12. Both
        // advocate instants are in C's membership only: the witness gave each entry to one referrer. Restore refused the
        // snapshot too: C's last event (A's referral, its link gone with A) counted as one more event than the numbers take.
        var pool = Generators.NewScriptPool(capacity: null);
        pool.Capture(M("a"), Counter, Day(1), E(1));
        pool.Capture(M("b"), Counter, Day(2), E(2));
        pool.Capture(M("c"), Counter, Day(3), E(3), referredBy: new ReferredBy(M("b")));
        pool.Erase(M("b"), Day(4), E(4));
        pool.RecordReferral(M("c"), new ReferredBy(M("a")), Day(10), E(5));
        pool.Erase(M("a"), Day(12), E(6));
        var snapshot = pool.ToSnapshot();
        PrivatePool.Restore(snapshot);
        PoolSnapshotWitness.BuildAndCheck(snapshot);
    }

    // Open case "captures past the capacity wait on each other": a capture the capacity let in only after an erasure that
    // waits for a referral into that capture's member. Restore counted only the members who never left as present.

    [Fact]
    public void A_capture_that_needs_an_erasure_waiting_for_a_referral_into_it_is_refused()
    {
        // Capacity 1: A is captured on day 1 and erased on day 2, B captured on day 3. Changed so that A brought B (on day
        // 3): A's erasure follows that referral, so A was still there when B was captured into a full pool.
        var pool = Generators.NewScriptPool(capacity: 1);
        pool.Capture(M("a"), Counter, Day(1), E(1));
        pool.Erase(M("a"), Day(2), E(2));
        pool.Capture(M("b"), Counter, Day(3), E(3));
        for (var k = 4; k < 8; k++)
        {
            pool.Review(Day(3), E(k));
        }

        var snapshot = pool.ToSnapshot();
        PrivatePool.Restore(snapshot);
        PoolSnapshotWitness.BuildAndCheck(snapshot);
        Refused(WithEntry(snapshot, 0, m => m with { ReferralCount = 1, AdvocateAt = Day(3) }), "member entry 1 was captured when the pool was full");
    }

    [Fact]
    public void A_capture_that_needs_the_erasure_of_a_referrer_whose_only_possible_referee_comes_later_is_refused()
    {
        // Capacity 3: A on day 1, E on day 1.5, X on day 2 (its last event), E erased on day 4, Y captured on day 5. Changed
        // so that E brought someone at day 5: only Y was there then, so E was still there at Y's capture, with A and X.
        var pool = Generators.NewScriptPool(capacity: 3);
        pool.Capture(M("a"), Counter, Day(1), E(1));
        pool.Capture(M("e"), Counter, Day(1.5), E(2));
        pool.Capture(M("x"), Counter, Day(2), E(3));
        pool.Erase(M("e"), Day(4), E(4));
        pool.Capture(M("y"), Counter, Day(5), E(5));
        for (var k = 6; k < 10; k++)
        {
            pool.Review(Day(5), E(k));
        }

        var snapshot = pool.ToSnapshot();
        PrivatePool.Restore(snapshot);
        Refused(WithEntry(snapshot, 1, m => m with { ReferralCount = 1, AdvocateAt = Day(5) }), "member entry 3 was captured when the pool was full");
    }

    [Fact]
    public void A_capture_after_a_leave_rather_than_after_its_referrer_s_erasure_has_a_witness()
    {
        // Capacity 2: R on day 1, L on day 2; L leaves on day 5; N is captured then (at day 3, brought by R), and R erased
        // (at day 4). The witness let N wait for the first departure, R's erasure, which waits for R's referral into N.
        var pool = Generators.NewScriptPool(capacity: 2);
        pool.Capture(M("r"), Counter, Day(1), E(1));
        pool.Capture(M("l"), Counter, Day(2), E(2));
        pool.Leave(M("l"), LeaveReason.Left, Day(5), E(3));
        pool.Capture(M("n"), Counter, Day(3), E(4), referredBy: new ReferredBy(M("r")));
        pool.Erase(M("r"), Day(4), E(5));
        var snapshot = pool.ToSnapshot();
        PrivatePool.Restore(snapshot);
        PoolSnapshotWitness.BuildAndCheck(snapshot);
    }

    [Fact]
    public void A_referral_before_the_advocate_instant_that_would_hold_up_a_capture_is_placed_after_it()
    {
        // From a history of random commands (capacity 6): entry 3's second referral fits entry 4 (gone first) or entry 7.
        // In 4 it is before the advocate instant, so 4's leave waits for 3's first referral, into 6, whose capture waits for
        // 4's leave. The witness tries referrals no earlier than the advocate instant first, and so takes 7.
        var snapshot = PrivateTrafficJson.Deserialize<PoolSnapshot>(CaptureHeldUpJson);
        PrivatePool.Restore(snapshot);
        PoolSnapshotWitness.BuildAndCheck(snapshot);
    }

    private const string CaptureHeldUpJson = """
        {"version":2,"definition":{"owner":"Brand A counter","channel":"wechat-personal:clerk-li",
        "kind":"personalWeChat","subPools":["prospects","customers"],"capacity":6,"qrCodeJoinLimit":null,
        "dormantAfter":"P1M","churnedAfter":"P1M43D","futureTolerance":"116:15:00:00","eventId":"e-open",
        "pool":"counter-wechat","at":"2024-01-01T00:00:00Z"},"members":[{"id":"member-zhang-01","erased":false,
        "source":"friend-referral","capturedAt":"2024-01-01T20:53:00Z","subPool":"prospects",
        "timeZone":"Asia/Shanghai","tags":[],"referrer":null,"stage":"dormant","purchaseCount":0,
        "firstPurchaseAt":null,"secondPurchaseAt":null,"crossCategoryAt":null,"advocateAt":null,"firstCategory":null,
        "referralCount":0,"lastActivityAt":"2024-09-05T06:22:00Z","lastEventAt":"2024-10-06T08:55:00Z","goneAt":null,
        "leaveReason":null,"consents":[{"purpose":"marketing","channel":"wechat-personal:clerk-li","granted":true,
        "at":"2024-04-04T02:27:00Z"}]},{"id":"member-zhang-05","erased":false,"source":"counter-sample",
        "capturedAt":"2024-01-14T09:33:00Z","subPool":"prospects","timeZone":"Asia/Shanghai","tags":["free-sample"],
        "referrer":null,"stage":"crossCategory","purchaseCount":2,"firstPurchaseAt":"2024-04-17T21:49:00Z",
        "secondPurchaseAt":"2024-10-10T18:36:00Z","crossCategoryAt":"2024-10-10T18:36:00Z","advocateAt":null,
        "firstCategory":"makeup","referralCount":0,"lastActivityAt":"2024-10-10T18:36:00Z",
        "lastEventAt":"2024-10-10T18:36:00Z","goneAt":null,"leaveReason":null,"consents":[{"purpose":"marketing",
        "channel":"wechat-personal:clerk-li","granted":true,"at":"2024-04-07T18:20:00Z"}]},{"id":"member-zhang-07",
        "erased":false,"source":"friend-referral","capturedAt":"2024-01-24T21:35:00Z","subPool":"customers",
        "timeZone":"Asia/Shanghai","tags":[],"referrer":null,"stage":"advocate","purchaseCount":0,
        "firstPurchaseAt":null,"secondPurchaseAt":null,"crossCategoryAt":null,"advocateAt":"2024-11-05T20:09:00Z",
        "firstCategory":null,"referralCount":1,"lastActivityAt":"2024-11-05T20:09:00Z",
        "lastEventAt":"2024-11-05T20:09:00Z","goneAt":null,"leaveReason":null,"consents":[]},{"id":"member-zhang-02",
        "erased":false,"source":"friend-referral","capturedAt":"2024-04-15T02:35:00Z","subPool":"prospects",
        "timeZone":"Asia/Shanghai","tags":[],"referrer":null,"stage":"advocate","purchaseCount":0,
        "firstPurchaseAt":null,"secondPurchaseAt":null,"crossCategoryAt":null,"advocateAt":"2024-05-02T04:02:00Z",
        "firstCategory":null,"referralCount":2,"lastActivityAt":"2024-11-05T05:49:00Z",
        "lastEventAt":"2024-11-05T05:49:00Z","goneAt":null,"leaveReason":null,"consents":[]},{"id":null,"erased":true,
        "source":"counter-sample","capturedAt":"2024-04-18T11:00:00Z","subPool":"prospects","timeZone":null,
        "tags":null,"referrer":null,"stage":"churned","purchaseCount":0,"firstPurchaseAt":null,"secondPurchaseAt":null,
        "crossCategoryAt":null,"advocateAt":null,"firstCategory":null,"referralCount":0,
        "lastActivityAt":"2024-04-25T01:12:00Z","lastEventAt":"2024-11-09T05:12:00Z","goneAt":"2024-04-25T01:12:00Z",
        "leaveReason":"removed","consents":null},{"id":"member-zhang-06","erased":false,"source":"friend-referral",
        "capturedAt":"2024-04-19T04:50:00Z","subPool":"prospects","timeZone":"Asia/Shanghai","tags":[],"referrer":null,
        "stage":"dormant","purchaseCount":0,"firstPurchaseAt":null,"secondPurchaseAt":null,"crossCategoryAt":null,
        "advocateAt":null,"firstCategory":null,"referralCount":0,"lastActivityAt":"2024-08-25T12:38:00Z",
        "lastEventAt":"2024-10-06T08:55:00Z","goneAt":null,"leaveReason":null,"consents":[{"purpose":"marketing",
        "channel":"wechat-personal:clerk-li","granted":true,"at":"2024-04-20T15:54:00Z"},{"purpose":"marketing",
        "channel":"wechat-personal:clerk-li","granted":true,"at":"2024-08-30T21:10:00Z"}]},{"id":null,"erased":true,
        "source":"counter-sample","capturedAt":"2024-05-02T04:02:00Z","subPool":"prospects","timeZone":null,
        "tags":null,"referrer":null,"stage":"churned","purchaseCount":0,"firstPurchaseAt":null,"secondPurchaseAt":null,
        "crossCategoryAt":null,"advocateAt":null,"firstCategory":null,"referralCount":0,
        "lastActivityAt":"2024-09-03T16:55:00Z","lastEventAt":"2024-09-03T16:55:00Z","goneAt":"2024-09-03T16:55:00Z",
        "leaveReason":null,"consents":null},{"id":null,"erased":true,"source":"counter-sample",
        "capturedAt":"2024-11-05T05:49:00Z","subPool":"prospects","timeZone":null,"tags":null,"referrer":null,
        "stage":"churned","purchaseCount":0,"firstPurchaseAt":null,"secondPurchaseAt":null,"crossCategoryAt":null,
        "advocateAt":null,"firstCategory":null,"referralCount":0,"lastActivityAt":"2024-11-05T08:38:00Z",
        "lastEventAt":"2024-11-08T02:29:00Z","goneAt":"2024-11-05T08:38:00Z","leaveReason":"removed","consents":null},
        {"id":null,"erased":true,"source":"friend-referral","capturedAt":"2024-11-05T20:09:00Z","subPool":"prospects",
        "timeZone":null,"tags":null,"referrer":null,"stage":"prospect","purchaseCount":0,"firstPurchaseAt":null,
        "secondPurchaseAt":null,"crossCategoryAt":null,"advocateAt":null,"firstCategory":null,"referralCount":0,
        "lastActivityAt":"2024-11-06T07:15:00Z","lastEventAt":"2024-11-06T07:15:00Z","goneAt":"2024-11-06T07:15:00Z",
        "leaveReason":null,"consents":null}],"dormantAfter":null,"churnedAfter":null,"appliedEventIds":null,
        "eventCount":69,"latestAt":"2024-11-09T05:12:00Z","purchaseCurrency":"CNY","recentEventIds":["e-open","e0",
        "e4","e6","e9","e10","e11","e13","e15","e18","e18~0","e18~1","e18~2","e21","e21~0","e23","e23~stage","e24",
        "e24~0","e25","e26","e27","e29","e34","e35","e36","e36~stage","e37","e38","e39","e40","e42","e43","e43~stage",
        "e44","e45","e45~0","e46","e46~referral","e46~referrer-stage","e47","e49","e50","e50~0","e50~1","e50~2",
        "e50~3","e51","e53","e54","e55","e55~stage","e57","e57~0","e57~1","e60","e60~stage","e62","e68","e68~referral",
        "e68~referrer-stage","c0","c0~stage","c1","c1~referral","c1~referrer-stage","c5","c7","c8"]}
        """;

    [Fact]
    public void An_erased_referrer_s_first_referral_goes_into_the_earliest_entry_that_can_hold_it()
    {
        // A changed snapshot (capacity 3) that loads: entry 1's first referral fits entries 2, 3 and 6; in 6 its erasure
        // waits for 6's capture, so it was still there at 5's, in a full pool. Into 2 (the earliest), it is erased before.
        var snapshot = PrivateTrafficJson.Deserialize<PoolSnapshot>(EarliestHolderJson);
        PrivatePool.Restore(snapshot);
        PoolSnapshotWitness.BuildAndCheck(snapshot);
    }

    private const string EarliestHolderJson = """
        {"version":2,"definition":{"owner":"Brand A counter","channel":"wechat-personal:clerk-li",
        "kind":"personalWeChat","subPools":["prospects","customers"],"capacity":3,"qrCodeJoinLimit":null,
        "dormantAfter":"P3M","churnedAfter":"P3M72D","futureTolerance":"154:13:00:00","eventId":"e-open",
        "pool":"counter-wechat","at":"2024-01-01T00:00:00Z"},"members":[{"id":"member-zhang-07","erased":false,
        "source":"counter-sample","capturedAt":"2024-01-05T06:39:00Z","subPool":"prospects","timeZone":"Asia/Shanghai",
        "tags":["free-sample"],"referrer":null,"stage":"firstPurchase","purchaseCount":1,
        "firstPurchaseAt":"2024-08-05T22:09:00Z","secondPurchaseAt":null,"crossCategoryAt":null,"advocateAt":null,
        "firstCategory":"skincare","referralCount":0,"lastActivityAt":"2024-10-24T00:47:00Z",
        "lastEventAt":"2024-10-24T00:47:00Z","goneAt":null,"leaveReason":null,"consents":[]},{"id":null,"erased":true,
        "source":"douyin-live","capturedAt":"2024-01-07T18:54:00Z","subPool":"prospects","timeZone":null,"tags":null,
        "referrer":null,"stage":"advocate","purchaseCount":0,"firstPurchaseAt":null,"secondPurchaseAt":null,
        "crossCategoryAt":null,"advocateAt":"2024-09-23T23:09:00Z","firstCategory":null,"referralCount":1,
        "lastActivityAt":"2024-09-26T14:42:00Z","lastEventAt":"2024-09-26T14:42:00Z","goneAt":"2024-09-26T14:42:00Z",
        "leaveReason":null,"consents":null},{"id":null,"erased":true,"source":"douyin-live",
        "capturedAt":"2024-01-17T10:54:00Z","subPool":"prospects","timeZone":null,"tags":null,"referrer":null,
        "stage":"churned","purchaseCount":0,"firstPurchaseAt":null,"secondPurchaseAt":null,"crossCategoryAt":null,
        "advocateAt":null,"firstCategory":null,"referralCount":0,"lastActivityAt":"2024-10-18T01:23:00Z",
        "lastEventAt":"2024-10-18T01:23:00Z","goneAt":"2024-10-18T01:23:00Z","leaveReason":null,"consents":null},
        {"id":null,"erased":true,"source":"douyin-live","capturedAt":"2024-05-13T21:32:00Z","subPool":"prospects",
        "timeZone":null,"tags":null,"referrer":null,"stage":"repeat","purchaseCount":3,
        "firstPurchaseAt":"2024-05-21T02:06:00Z","secondPurchaseAt":"2024-08-12T00:38:00Z","crossCategoryAt":null,
        "advocateAt":null,"firstCategory":null,"referralCount":0,"lastActivityAt":"2024-10-23T12:45:00Z",
        "lastEventAt":"2024-10-23T12:45:00Z","goneAt":"2024-10-23T12:45:00Z","leaveReason":null,"consents":null},
        {"id":"member-zhang-02","erased":false,"source":"counter-sample","capturedAt":"2024-05-21T14:29:00Z",
        "subPool":"customers","timeZone":"Asia/Shanghai","tags":["free-sample"],"referrer":null,
        "stage":"firstPurchase","purchaseCount":1,"firstPurchaseAt":"2024-08-08T19:24:00Z","secondPurchaseAt":null,
        "crossCategoryAt":null,"advocateAt":null,"firstCategory":"haircare","referralCount":0,
        "lastActivityAt":"2024-08-14T04:39:00Z","lastEventAt":"2024-10-24T19:13:00Z","goneAt":null,"leaveReason":null,
        "consents":[]},{"id":null,"erased":true,"source":"douyin-live","capturedAt":"2024-08-04T08:27:00Z",
        "subPool":"prospects","timeZone":null,"tags":null,"referrer":null,"stage":"firstPurchase","purchaseCount":1,
        "firstPurchaseAt":"2024-08-06T17:58:00Z","secondPurchaseAt":null,"crossCategoryAt":null,"advocateAt":null,
        "firstCategory":null,"referralCount":0,"lastActivityAt":"2024-10-30T09:03:00Z",
        "lastEventAt":"2024-10-30T09:03:00Z","goneAt":"2024-10-30T09:03:00Z","leaveReason":null,"consents":null},
        {"id":null,"erased":true,"source":"counter-sample","capturedAt":"2024-09-23T23:09:00Z","subPool":"customers",
        "timeZone":null,"tags":null,"referrer":null,"stage":"prospect","purchaseCount":0,"firstPurchaseAt":null,
        "secondPurchaseAt":null,"crossCategoryAt":null,"advocateAt":null,"firstCategory":null,"referralCount":0,
        "lastActivityAt":"2024-10-12T23:28:00Z","lastEventAt":"2024-10-12T23:28:00Z","goneAt":"2024-10-12T23:28:00Z",
        "leaveReason":null,"consents":null},{"id":"member-zhang-00","erased":false,"source":"friend-referral",
        "capturedAt":"2024-10-15T15:02:00Z","subPool":"prospects","timeZone":"Asia/Shanghai","tags":[],"referrer":null,
        "stage":"prospect","purchaseCount":0,"firstPurchaseAt":null,"secondPurchaseAt":null,"crossCategoryAt":null,
        "advocateAt":null,"firstCategory":null,"referralCount":0,"lastActivityAt":"2024-10-15T15:02:00Z",
        "lastEventAt":"2024-10-15T15:02:00Z","goneAt":null,"leaveReason":null,"consents":[]}],"dormantAfter":null,
        "churnedAfter":null,"appliedEventIds":null,"eventCount":46,"latestAt":"2024-10-30T09:03:00Z",
        "purchaseCurrency":"CNY","recentEventIds":["e-open","e1","e2","e3","e4","e5","e9","e11","e16","e19","e20",
        "e20~0","e20~1","e21","e21~stage","e22","e28","e29","e29~stage","e30","e30~stage","e32","e32~0","e33",
        "e33~stage","e34","e35","e35~stage","e36","e40","e40~referral","e40~referrer-stage","e41","e42","e51","e52",
        "e53","e55","e56","e57","e59","e60","e61","e62","e63","e67"]}
        """;
}
