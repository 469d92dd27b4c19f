using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Primitives;
using static PrivateTraffic.Core.Tests.Engagement.SopExamples;

namespace PrivateTraffic.Core.Tests.Engagement;

public sealed class SopRunTests
{
    /// <summary>Captured at the counter on a Thursday afternoon in Shanghai.</summary>
    private static readonly Instant Captured = new LocalDateTime(2026, 3, 5, 15, 0).InZoneStrictly(Shanghai).ToInstant();

    [Fact]
    public void The_counter_case_posts_seven_evenings_of_results_and_promotions_in_the_members_zone()
    {
        var run = SopRun.Start(Counter, Member, Shanghai, Captured);

        Assert.Equal(7, run.Schedule.Count);
        for (var day = 1; day <= 7; day++)
        {
            var s = run.Schedule[day - 1];
            Assert.Equal(new LocalDateTime(2026, 3, 5 + day, 20, 0), s.At.InZone(Shanghai).LocalDateTime);
            Assert.Equal(SopTimeResolution.Exact, s.Resolution);
            Assert.Equal(DeliveryMode.MomentsPost, s.Touch.Mode);
            Assert.Equal(MessageClass.Marketing, s.Touch.Class);
            Assert.Equal(Member, s.Touch.Member);
            Assert.Equal(Clerk, s.Touch.Channel);
            Assert.Equal(ChannelKind.PersonalWeChat, s.Touch.ChannelKind);
            Assert.Equal(day % 2 == 1 ? ContentKind.CustomerResults : ContentKind.Promotion, s.Step.Content);
            Assert.Equal($"counter-sample-7-day-moments#{day - 1}", s.Touch.Origin);
        }

        Assert.Contains("assumed cadence", Counter.Name, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_purchase_on_day_three_skips_the_rest_and_does_no_completion_action()
    {
        var run = SopRun.Start(Counter, Member, Shanghai, Captured);
        var bought = new LocalDateTime(2026, 3, 8, 12, 0).InZoneStrictly(Shanghai).ToInstant();

        var progress = run.Progress(SopMemberFacts.Create([SopFact.Purchased(bought)]), bought + Duration.FromDays(30));

        Assert.Equal(SopOutcome.Exited, progress.Outcome);
        Assert.Equal(bought, progress.ExitAt);
        Assert.Equal(bought, progress.EndedAt);
        Assert.Equal([0, 1], progress.Due.Select(s => s.StepIndex));
        Assert.Equal([2, 3, 4, 5, 6], progress.Skipped.Select(s => s.StepIndex));
        Assert.Empty(progress.Remaining);
        Assert.Equal([SopExitCondition.Purchased], progress.ExitMet);
        Assert.Empty(progress.EndActions);
    }

    [Fact]
    public void Seven_days_without_a_purchase_tag_the_member_and_hand_over()
    {
        var run = SopRun.Start(Counter, Member, Shanghai, Captured);
        var lastPost = run.Schedule[^1].At;

        var before = run.Progress(SopMemberFacts.None, lastPost - Duration.Epsilon);
        var after = run.Progress(SopMemberFacts.None, lastPost);

        Assert.Equal(SopOutcome.Running, before.Outcome);
        Assert.Single(before.Remaining);
        Assert.Empty(before.EndActions);
        Assert.Equal(SopOutcome.Completed, after.Outcome);
        Assert.Equal(lastPost, after.EndedAt);
        Assert.Equal([SopEndActionKind.Tag, SopEndActionKind.HandOver], after.EndActions.Select(a => a.Kind));
        Assert.Equal(SopLibrary.CounterSampleNoPurchaseTag, after.EndActions[0].Tag);
        Assert.Equal(Periodic, after.EndActions[1].HandOverTo);
    }

    [Fact]
    public void Facts_before_the_start_or_after_the_evaluation_do_not_count()
    {
        var run = SopRun.Start(Counter, Member, Shanghai, Captured);
        var asOf = Captured + Duration.FromDays(3);
        var facts = SopMemberFacts.Create([SopFact.Purchased(Captured - Duration.FromMinutes(1)), SopFact.OptedOut(asOf + Duration.FromSeconds(1))]);

        var progress = run.Progress(facts, asOf);

        Assert.Equal(SopOutcome.Running, progress.Outcome);
        Assert.Null(progress.ExitAt);
        Assert.Empty(progress.ExitMet);
    }

    [Fact]
    public void All_mode_ends_when_the_last_condition_is_met()
    {
        var start = Instant.FromUtc(2026, 5, 1, 2, 0);
        var run = SopRun.Start(Replenish, Member, Shanghai, start);
        var bought = start + Duration.FromDays(2);
        var joinedOther = start + Duration.FromDays(3);
        var joined = start + Duration.FromDays(5);
        var asOf = start + Duration.FromDays(40);

        var onlyBought = run.Progress(SopMemberFacts.Create([SopFact.Purchased(bought), SopFact.JoinedGroup(ChannelId.From("other"), joinedOther)]), asOf);
        var both = run.Progress(SopMemberFacts.Create([SopFact.JoinedGroup(NewGroup, joined), SopFact.Purchased(bought)]), asOf);

        Assert.Equal(SopOutcome.Completed, onlyBought.Outcome);
        Assert.Equal([SopEndActionKind.InviteToGroup], onlyBought.EndActions.Select(a => a.Kind));
        Assert.Equal(SopOutcome.Exited, both.Outcome);
        Assert.Equal(joined, both.ExitAt);
        Assert.Equal([0], both.Due.Select(s => s.StepIndex));
        Assert.Equal([1], both.Skipped.Select(s => s.StepIndex));
        Assert.Equal(["replenished"], both.EndActions.Select(a => a.Tag));
    }

    [Fact]
    public void A_step_in_New_Yorks_spring_gap_moves_forward_by_the_gap_and_sorts_after_a_later_local_time()
    {
        // 2026-03-08 02:00 EST: clocks jump to 03:00 EDT, so 02:30 does not exist.
        var sop = SopDefinition.Create(SopId.From("gap"), "gap", SopType.Conversion,
        [
            SopStep.Create(1, new LocalTime(2, 30), Clerk, ChannelKind.WeComContact, DeliveryMode.DirectMessage, MessageClass.Marketing, ContentKind.Promotion),
            SopStep.Create(1, new LocalTime(3, 15), Clerk, ChannelKind.WeComContact, DeliveryMode.DirectMessage, MessageClass.Marketing, ContentKind.Promotion),
        ]);
        var run = SopRun.Start(sop, Member, NewYork, new LocalDateTime(2026, 3, 7, 12, 0).InZoneStrictly(NewYork).ToInstant());

        Assert.Equal([1, 0], run.Schedule.Select(s => s.StepIndex));
        var gap = run.Schedule[1];
        Assert.Equal(SopTimeResolution.ShiftedPastGap, gap.Resolution);
        Assert.Equal(new LocalDateTime(2026, 3, 8, 2, 30), gap.Local);
        Assert.Equal(new LocalDateTime(2026, 3, 8, 3, 30), gap.At.InZone(NewYork).LocalDateTime);
        Assert.Equal(Instant.FromUtc(2026, 3, 8, 7, 30), gap.At);
    }

    [Fact]
    public void A_step_in_Londons_autumn_overlap_takes_the_earlier_instant()
    {
        // 2026-10-25 02:00 BST: clocks fall back to 01:00 GMT, so 01:30 happens twice.
        var run = SopRun.Start(OneStep("overlap", 1, new LocalTime(1, 30)), Member, London, Instant.FromUtc(2026, 10, 24, 12, 0));

        var s = Assert.Single(run.Schedule);
        Assert.Equal(SopTimeResolution.EarlierOfAmbiguous, s.Resolution);
        Assert.Equal(Instant.FromUtc(2026, 10, 25, 0, 30), s.At);
        Assert.Equal(new LocalDateTime(2026, 10, 25, 1, 30), s.At.InZone(London).LocalDateTime);
    }

    [Fact]
    public void A_day_zero_step_whose_time_has_passed_is_proposed_at_the_start()
    {
        var run = SopRun.Start(OneStep("late", 0, new LocalTime(9, 0)), Member, Shanghai, Captured);

        var s = Assert.Single(run.Schedule);
        Assert.Equal(SopTimeResolution.AtStart, s.Resolution);
        Assert.Equal(Captured, s.At);
        Assert.Equal(Captured, s.Touch.NotBefore);
    }

    [Fact]
    public void A_long_sop_id_is_cut_so_the_origin_keeps_its_step_index()
    {
        var id = new string('长', 127) + "x";
        var run = SopRun.Start(OneStep(id), Member, Shanghai, Captured);

        Assert.Equal(new string('长', 126) + "#0", run.Schedule[0].Touch.Origin);
    }

    [Fact]
    public void Bad_arguments_are_refused_by_name()
    {
        Assert.Equal("sop", Assert.Throws<System.ArgumentNullException>(() => SopRun.Start(null!, Member, Shanghai, Captured)).ParamName);
        Assert.Equal("zone", Assert.Throws<System.ArgumentNullException>(() => SopRun.Start(Counter, Member, null!, Captured)).ParamName);
        Assert.Equal("member", Assert.Throws<System.ArgumentException>(() => SopRun.Start(Counter, default, Shanghai, Captured)).ParamName);
        Assert.Equal("start", Assert.Throws<System.ArgumentOutOfRangeException>(() => SopRun.Start(Counter, Member, Shanghai, Instant.MaxValue)).ParamName);
        Assert.Equal("facts", Assert.Throws<System.ArgumentNullException>(() => SopRun.Start(Counter, Member, Shanghai, Captured).Progress(null!, Captured)).ParamName);
    }
}
