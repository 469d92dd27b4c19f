using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Tests.Engagement;

/// <summary>The seam from Pools and Community to an SOP's exits: facts read from the histories end the counter SOP.</summary>
public sealed class SopFactsFromHistoryTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly ChannelId Clerk = ChannelId.From("wechat-personal:clerk");
    private static readonly MemberId Ann = MemberId.From("ann");
    private static readonly MemberId Bob = MemberId.From("bob");

    private static Instant At(int day, int hour) => new LocalDateTime(2026, 3, day, hour, 0).InZoneStrictly(Shanghai).ToInstant();

    [Fact]
    public void A_purchase_in_the_pool_history_ends_the_counter_SOP_and_earlier_or_other_members_events_do_not()
    {
        var pool = PrivatePool.Open(PoolId.From("counter"), "counter", Clerk, ChannelKind.PersonalWeChat, ["all"], At(1, 9), DomainEventId.From("e0"));
        pool.Capture(Bob, Clerk, At(1, 10), DomainEventId.From("e1"));
        pool.RecordPurchase(Bob, "skincare", Money.Yuan(199m), At(3, 12), DomainEventId.From("e2"));
        pool.Capture(Ann, Clerk, At(2, 10), DomainEventId.From("e3"));
        pool.RecordPurchase(Ann, "skincare", Money.Yuan(99m), At(2, 11), DomainEventId.From("e4")); // before the SOP starts
        pool.RecordPurchase(Ann, "skincare", Money.Yuan(199m), At(5, 21), DomainEventId.From("e5"));
        pool.RecordPurchase(Ann, "makeup", Money.Yuan(159m), At(6, 21), DomainEventId.From("e6"));

        var start = At(2, 12);
        var facts = SopMemberFacts.FromHistory(Ann, start, pool.PendingEvents);
        Assert.Equal([At(5, 21)], facts.Facts.Select(f => f.At));

        var run = SopRun.Start(SopLibrary.CounterSampleSevenDayMoments(Clerk), Ann, Shanghai, start);
        var progress = run.Progress(facts, At(12, 0));
        Assert.Equal(SopOutcome.Exited, progress.Outcome);
        Assert.Equal(At(5, 21), progress.ExitAt);
    }

    [Fact]
    public void A_withdrawn_marketing_consent_or_leaving_is_an_opt_out_and_a_group_join_is_read_from_the_group_history()
    {
        var pool = PrivatePool.Open(PoolId.From("counter"), "counter", Clerk, ChannelKind.PersonalWeChat, ["all"], At(1, 9), DomainEventId.From("e0"));
        pool.Capture(Ann, Clerk, At(2, 10), DomainEventId.From("e1"));
        pool.GrantConsent(Ann, ConsentPurpose.Service, Clerk, At(2, 10), DomainEventId.From("e2"));
        pool.WithdrawConsent(Ann, ConsentPurpose.Service, Clerk, At(3, 10), DomainEventId.From("e3")); // service: not an opt-out
        var group = CommunityGroup.Open("fans", pool, ChannelId.From("fans-group"), ChannelKind.WeChatGroup, AdmissionPolicy.Open, null, At(2, 9), DomainEventId.From("g0"));
        var joined = group.Join(pool, Ann, JoinMethod.Invitation, At(4, 20), DomainEventId.From("g1"));
        pool.Leave(Ann, LeaveReason.Left, At(8, 9), DomainEventId.From("e4"));

        var facts = SopMemberFacts.FromHistory(Ann, At(2, 12), pool.PendingEvents, group.PendingEvents);
        Assert.Equal(
            [(SopSignal.JoinedGroup, At(4, 20)), (SopSignal.OptedOut, At(8, 9))],
            facts.Facts.Select(f => (f.Signal, f.At)));
        Assert.Equal(ChannelId.From("fans-group"), facts.Facts[0].Group);
        Assert.Throws<System.ArgumentException>("member", () => SopMemberFacts.FromHistory(default, At(2, 12), pool.PendingEvents));
        Assert.Throws<System.ArgumentException>("poolHistory", () => SopMemberFacts.FromHistory(Ann, At(2, 12), [null!]));
        Assert.NotEmpty(joined);
    }
}
