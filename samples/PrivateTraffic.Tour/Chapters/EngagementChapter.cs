using NodaTime;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Tour;

/// <summary>Engagement (触达): rules as data decide whom to reach, the reach planner decides when, an SOP runs a new member's first week.</summary>
internal static class EngagementChapter
{
    public static void Show()
    {
        Tour.Heading("8. Engagement: when, and whom, I decide (自主触达)");
        var shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var wecom = ChannelId.From("wecom");
        var asOf = new LocalDateTime(2026, 11, 30, 23, 0).InZoneLeniently(shanghai).ToInstant();

        // A rule is data: typed conditions and actions, compiled when the set is made (or read from JSON).
        var reactivate = EngagementRule.Create("reactivate-dormant", "Reactivate the dormant (沉睡) before they churn", 800,
            Condition.All(
                Condition.DaysSince(MemberViewField.DaysSinceLastInteraction, atLeast: 30), // assumed: 30 quiet days
                Condition.Compare(MemberViewField.PAlive, ComparisonOperator.Gte, FieldValue.Of(0.2))), // assumed
            [RuleAction.Reach(wecom, ChannelKind.WeComContact, MessageClass.Marketing, DeliveryMode.DirectMessage, "we-miss-you")]);
        var rules = EngagementRuleSet.Create([reactivate]);

        var consent = new ConsentRecord(ConsentPurpose.Marketing, wecom, true, asOf - Duration.FromDays(200));
        var quiet = MemberView.Create(MemberId.From("m-quiet"), asOf, shanghai, LifecycleStage.Dormant, purchaseCount: 2,
            pAlive: Probability.From(0.45), lastInteractionAt: asOf - Duration.FromDays(41), consents: [consent]);
        var evaluation = rules.Evaluate(quiet);
        Console.WriteLine($"  {quiet.Member}, 41 days quiet, P(alive) 0.45: {evaluation.Decisions[0].Outcome} — {evaluation.Decisions[0].Trace?.Explanation}");

        // The planner answers the proposed touch at 23:00: quiet hours, so it defers to the first instant every rule allows.
        var planner = new ReachPlanner(ReachPolicy.Assumed);
        var history = new ReachHistory([new ContactProfile(quiet.Member, shanghai, [consent])]);
        var touch = evaluation.ProposedTouches().Single();
        var decision = planner.Plan(touch, history);
        Console.WriteLine($"  proposed at 23:00 local → {decision.Kind} to {decision.At.InZone(shanghai):yyyy-MM-dd HH:mm} ({decision.Reason}: {decision.Text})");
        Console.WriteLine("  (ReachPolicy.Assumed: this library's labelled defaults; the articles give no quiet hours or caps)");

        // Article 003's counter: a free sample for adding the clerk, then seven days of curated moments posts.
        var sop = SopLibrary.CounterSampleSevenDayMoments(wecom, accountKind: ChannelKind.WeComContact);
        var run = SopRun.Start(sop, quiet.Member, shanghai, asOf);
        Console.WriteLine($"  the counter SOP ({sop.Steps.Count} moments posts, assumed cadence): " +
            string.Join(", ", run.Schedule.Take(3).Select(s => $"day {s.Step.Day} {s.Local:MM-dd HH:mm} {s.Step.Content}")) + ", …");
        var delivery = new DeliveryModel(Probability.From(0.02), FatigueModel.Assumed); // assumed: 2% of seen messages convert
        Console.WriteLine($"  a moments post is seen with probability {delivery.ReachOf(DeliveryMode.MomentsPost)} (assumed), a direct message always.");
    }
}
