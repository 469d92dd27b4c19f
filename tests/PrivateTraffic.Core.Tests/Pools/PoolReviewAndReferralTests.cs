using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>The review as the pool's clock, a referral recorded after the capture, and two snapshots no history produces.</summary>
public sealed class PoolReviewAndReferralTests
{
    private static readonly MemberId Zhang = Generators.ScriptMember(1);
    private static readonly MemberId Wang = Generators.ScriptMember(2);

    private static PrivatePool Open(Duration? tolerance = null) =>
        PrivatePool.Open(Generators.ScriptPoolId, "Brand A", Generators.ClerkWeChat, ChannelKind.PersonalWeChat, ["prospects"],
            Generators.PoolEpoch, DomainEventId.From("open"), futureTolerance: tolerance);

    private static DomainEventId E(string id) => DomainEventId.From(id);

    [Fact]
    public void A_pool_reviewed_daily_keeps_up_with_the_calendar_under_a_short_tolerance()
    {
        var pool = Open(Duration.FromDays(2));
        pool.Capture(Zhang, Generators.ClerkWeChat, Generators.PoolEpoch, E("c1"));
        for (var day = 1; day <= 10; day++)
        {
            pool.Review(Generators.PoolEpoch + Duration.FromDays(day), E($"review-{day}"));
        }

        Assert.Equal(Generators.PoolEpoch + Duration.FromDays(10), pool.LatestAt);
        Assert.True(pool.RecordPurchase(Zhang, "skincare", Money.Yuan(99m), Generators.PoolEpoch + Duration.FromDays(11), E("p1")));
        var unreviewed = Open(Duration.FromDays(2));
        unreviewed.Capture(Zhang, Generators.ClerkWeChat, Generators.PoolEpoch, E("c1"));
        var ex = Assert.Throws<DomainRuleException>(() => unreviewed.RecordPurchase(Zhang, "skincare", Money.Yuan(99m), Generators.PoolEpoch + Duration.FromDays(11), E("p1")));
        Assert.Equal(DomainRuleCodes.PoolEventInFuture, ex.Code);
    }

    [Fact]
    public void A_review_raises_its_own_event_first_and_a_repeated_review_is_a_repeat()
    {
        var pool = Open();
        pool.Capture(Zhang, Generators.ClerkWeChat, Generators.PoolEpoch, E("c1"));
        var decision = pool.DecideReview(Generators.PoolEpoch + Duration.FromDays(100), E("r"));
        Assert.Equal([PoolReviewed.TypeName, StageChanged.TypeName], decision.Events.Select(e => e.Type));
        Assert.Equal(1, pool.Review(Generators.PoolEpoch + Duration.FromDays(100), E("r")));
        Assert.True(pool.DecideReview(Generators.PoolEpoch + Duration.FromDays(100), E("r")).IsRepeat);
    }

    [Fact]
    public void A_referral_recorded_after_the_capture_makes_the_referrer_an_advocate_in_the_record_too()
    {
        var pool = Open();
        pool.Capture(Zhang, Generators.ClerkWeChat, Generators.PoolEpoch, E("c1"));
        pool.Capture(Wang, Generators.ClerkWeChat, Generators.PoolEpoch + Duration.FromHours(1), E("c2"));
        Assert.True(pool.RecordReferral(Wang, new ReferredBy(Zhang, CampaignId.From("free-lesson"), ReferralMechanic.BenefitUnlock), Generators.PoolEpoch + Duration.FromHours(2), E("ref-1")));
        Assert.Equal(LifecycleStage.Advocate, pool.Find(Zhang)!.Stage);
        Assert.Equal(CampaignId.From("free-lesson"), Assert.Single(pool.Referrals().Referrals).Campaign);
    }

    [Fact]
    public void A_members_own_event_applied_after_a_later_referral_does_not_move_their_last_activity_back()
    {
        // Zhang brings Wang at hour 1 (and becomes an advocate: his own stage event) and Li at hour 5 (no event of his);
        // Zhang's own purchase and interaction at hours 3 and 4 arrive after that. Each is later than Zhang's last own
        // event, so both are accepted, but the last activity stays at the referral.
        var pool = Open();
        Instant Hour(int h) => Generators.PoolEpoch + Duration.FromHours(h);
        pool.Capture(Zhang, Generators.ClerkWeChat, Hour(0), E("c1"));
        pool.Capture(Wang, Generators.ClerkWeChat, Hour(1), E("c2"), referredBy: new ReferredBy(Zhang));
        pool.Capture(Generators.ScriptMember(3), Generators.ClerkWeChat, Hour(5), E("c3"), referredBy: new ReferredBy(Zhang));
        Assert.True(pool.RecordPurchase(Zhang, "skincare", Money.Yuan(99m), Hour(3), E("p1")));
        Assert.Equal(Hour(5), pool.Find(Zhang)!.LastActivityAt);
        Assert.True(pool.RecordInteraction(Zhang, "moments-like", Hour(4), E("i1")));
        Assert.Equal(Hour(5), pool.Find(Zhang)!.LastActivityAt);
        // And the pool's own snapshot loads (before, it recorded hour 4 and Restore refused it as no history's).
        PrivatePool.Restore(pool.ToSnapshot());
    }

    [Fact]
    public void A_snapshot_that_forgot_its_recent_event_ids_is_refused()
    {
        var pool = Open();
        pool.Capture(Zhang, Generators.ClerkWeChat, Generators.PoolEpoch, E("c1"));
        pool.RecordPurchase(Zhang, "skincare", Money.Yuan(99m), Generators.PoolEpoch + Duration.FromDays(1), E("p1"));
        var ex = Assert.Throws<DomainRuleException>(() => PrivatePool.Restore(pool.ToSnapshot() with { RecentEventIds = [] }));
        Assert.Equal(DomainRuleCodes.PoolInvalidSnapshot, ex.Code);
    }

    [Fact]
    public void A_version_1_snapshot_read_and_written_again_reads_back()
    {
        // Version 1 recorded no purchase currency; the version 2 snapshot written from it has none either, and reads.
        var version1 = Golden.Read("pools", "poolSnapshot.json");
        var again = PrivateTrafficJson.Serialize(PrivateTrafficJson.Deserialize<PrivatePool>(version1));
        Assert.Equal(again, PrivateTrafficJson.Serialize(PrivateTrafficJson.Deserialize<PrivatePool>(again)));
    }

    [Fact]
    public void A_member_churned_by_inactivity_stays_churned_to_the_end_of_time()
    {
        var pool = Open();
        pool.Capture(Zhang, Generators.ClerkWeChat, Generators.PoolEpoch, E("c1"));
        foreach (var asOf in new[] { Instant.FromUtc(2053, 1, 1, 0, 0), Instant.FromUtc(8999, 12, 31, 0, 0), Instant.FromUtc(9000, 1, 1, 0, 0), Instant.MaxValue - Duration.Epsilon })
        {
            Assert.Equal(LifecycleStage.Churned, pool.StageOf(Zhang, asOf));
        }
    }
}
