using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Engagement;

/// <summary>The articles' rules (Golden/v1/engagement/rules/articles.json), member by member.</summary>
public sealed class RuleArticlesTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 24, 12, 0);
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly ChannelId WeCom = ChannelId.From("wecom");
    private static readonly EngagementRuleSet Rules = RuleGolden.Articles();

    private static MemberView Member(
        ValueTier? tier = null, LifecycleStage stage = LifecycleStage.Repeat, MemberStatus? status = null, string[]? tags = null,
        GroupHealth? health = null, double? pAlive = null, int? quietDays = null, bool marketing = true, string[]? groups = null)
    {
        var id = MemberId.From("zhang");
        var card = tier is { } t ? ValueCard.Create(id, Money.Yuan(800), Money.Yuan(1200), Money.Yuan(0), t, RfmScore.Of(3, 3, 3), TierAction.Of("a", "b")) : null;
        return MemberView.Create(
            id, At, Shanghai, stage, purchaseCount: 2, status: status, card: card, pAlive: pAlive is { } p ? Probability.From(p) : null,
            lastInteractionAt: At - Duration.FromDays(quietDays ?? 2), tags: tags, groups: (groups ?? []).Select(ChannelId.From), groupHealth: health,
            consents: marketing ? [new ConsentRecord(ConsentPurpose.Marketing, WeCom, true, At - Duration.FromDays(30))] : []);
    }

    private static string[] Fired(MemberView view) => [.. Rules.Evaluate(view).Fired.Select(r => r.Id)];

    [Fact]
    public void The_file_is_golden_and_round_trips()
    {
        var text = RuleGolden.Text("articles.json", PrivateTrafficJson.Serialize(Rules));
        Assert.Equal(text, PrivateTrafficJson.Serialize(PrivateTrafficJson.Deserialize<EngagementRuleSet>(text)));
        Assert.Equal(7, Rules.Rules.Count);
        Assert.Equal("top-tier-one-to-one", Rules.Rules[0].Id);
    }

    [Fact]
    public void One_to_one_by_tier_top_gets_an_owner_and_a_direct_message_middle_an_invitation_bottom_moments_only()
    {
        Assert.Equal(["top-tier-one-to-one"], Fired(Member(ValueTier.Top)));
        Assert.Equal(["middle-tier-into-the-group"], Fired(Member(ValueTier.Middle)));
        Assert.Equal([], Fired(Member(ValueTier.Middle, groups: ["members-group-1"])));
        Assert.Equal(["bottom-tier-moments-only"], Fired(Member(ValueTier.Bottom)));
        var touch = Assert.Single(Rules.Evaluate(Member(ValueTier.Bottom)).ProposedTouches());
        Assert.Equal((DeliveryMode.MomentsPost, MessageClass.Marketing, "weekly-picks", "bottom-tier-moments-only"), (touch.Mode, touch.Class, touch.TemplateId, touch.Origin));

        // Without marketing consent the top tier gets no direct message; the trace says which condition failed.
        var noConsent = Rules.Evaluate(Member(ValueTier.Top, marketing: false));
        var top = noConsent.Decisions[0];
        Assert.Equal(RuleOutcome.NotMet, top.Outcome);
        Assert.Equal("condition 2 of 2 did not hold", top.Trace!.Explanation);
        Assert.Equal("does not have Marketing consent on wecom", top.Trace.Children[1].Explanation);
    }

    [Fact]
    public void Cross_sell_a_trouser_buyer_without_a_coat_is_a_coat_prospect()
    {
        Assert.Equal(["cross-sell-coat"], Fired(Member(tags: ["bought:trousers"])));
        Assert.Equal([], Fired(Member(tags: ["bought:trousers", "bought:coat"])));
        var actions = Rules.Rules.Single(r => r.Id == "cross-sell-coat").Actions;
        Assert.Equal(RuleActionType.AddTag, actions[0].Type);
        Assert.Equal("prospect:coat", actions[0].Text);
    }

    [Fact]
    public void New_arrivals_go_only_to_target_customers_who_are_paying_or_convertible_and_consented()
    {
        Assert.Equal(["new-arrivals-to-targets"], Fired(Member(status: MemberStatus.Paying, tags: ["target:new-arrivals"])));
        Assert.Equal(["new-arrivals-to-targets"], Fired(Member(status: MemberStatus.Convertible, tags: ["target:new-arrivals"])));
        Assert.Equal([], Fired(Member(status: MemberStatus.Junk, tags: ["target:new-arrivals"])));
        Assert.Equal([], Fired(Member(status: MemberStatus.Paying)));
        Assert.Equal([], Fired(Member(status: MemberStatus.Paying, tags: ["target:new-arrivals"], marketing: false)));

        // No status at all is missing: inSet is false, so an unclassified member is not a target.
        Assert.Equal([], Fired(Member(tags: ["target:new-arrivals"])));
    }

    [Fact]
    public void The_dormant_are_reactivated_while_they_are_still_likely_alive_and_not_once_churned()
    {
        Assert.Equal(["reactivate-dormant"], Fired(Member(stage: LifecycleStage.Dormant, pAlive: 0.4)));
        Assert.Equal(["reactivate-dormant"], Fired(Member(pAlive: 0.4, quietDays: 30)));
        Assert.Equal([], Fired(Member(pAlive: 0.4, quietDays: 29)));
        Assert.Equal([], Fired(Member(stage: LifecycleStage.Dormant, pAlive: 0.1)));
        Assert.Equal([], Fired(Member(stage: LifecycleStage.Churned, pAlive: 0.4, quietDays: 90)));

        // Without a P(alive) the comparison is false (missing): the rule does not guess.
        var trace = Rules.Evaluate(Member(stage: LifecycleStage.Dormant)).Decisions.Single(d => d.Rule.Id == "reactivate-dormant").Trace!;
        Assert.Equal("pAlive is missing", trace.Children[2].Explanation);
        Assert.Null(trace.Children[2].Observed);
    }

    [Fact]
    public void A_member_of_a_dying_group_gets_no_promotion_only_push_the_rule_stops_the_rest()
    {
        var view = Member(ValueTier.Bottom, status: MemberStatus.Paying, tags: ["target:new-arrivals", "bought:trousers"], health: GroupHealth.AtRisk);
        var evaluation = Rules.Evaluate(view);
        Assert.Equal(["dying-group-no-promotion-only"], evaluation.Fired.Select(r => r.Id));
        Assert.Empty(evaluation.ProposedTouches());
        Assert.All(evaluation.Decisions.Skip(2), d => Assert.Equal(RuleOutcome.Stopped, d.Outcome));
        var healthy = Member(ValueTier.Bottom, status: MemberStatus.Paying, tags: ["target:new-arrivals", "bought:trousers"], health: GroupHealth.Healthy);
        Assert.Equal(["cross-sell-coat", "new-arrivals-to-targets", "bottom-tier-moments-only"], Fired(healthy));

        // The top tier still gets its one-to-one message: it is above the guard, and a direct message is not a group push.
        Assert.Equal(["top-tier-one-to-one", "dying-group-no-promotion-only"], Fired(Member(ValueTier.Top, health: GroupHealth.Dead)));
    }
}
