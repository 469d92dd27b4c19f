using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Tests.Engagement;

/// <summary>Traces: which conditions were evaluated (short-circuit), with what values; the batch row explained.</summary>
public sealed class RuleTraceTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 24, 12, 0);

    private static MemberView View(string id, int quietDays, params string[] tags) => MemberView.Create(
        MemberId.From(id), At, DateTimeZoneProviders.Tzdb["America/New_York"], LifecycleStage.Repeat, purchaseCount: 3,
        lastPurchaseAt: At - Duration.FromDays(quietDays), tags: tags);

    [Fact]
    public void Any_stops_at_the_first_child_that_holds_and_all_at_the_first_that_fails_with_the_values_seen()
    {
        var rule = EngagementRule.Create("r", "n", 1, Condition.All(
            Condition.Any(Condition.TagContains("vip"), Condition.Compare(MemberViewField.PurchaseCount, ComparisonOperator.Gte, FieldValue.Of(2))),
            Condition.DaysSince(MemberViewField.DaysSinceLastPurchase, atLeast: 30),
            Condition.TagContains("never-reached")), []);
        var set = EngagementRuleSet.Create([rule]);

        var trace = set.Evaluate(View("a", 45, "vip")).Decisions[0].Trace!;
        Assert.False(trace.Held);
        Assert.Equal(3, trace.Children.Count);
        Assert.Single(trace.Children[0].Children); // any stopped at "vip"
        Assert.Equal("has tag vip", trace.Children[0].Children[0].Explanation);
        Assert.Equal("45", trace.Children[1].Observed);
        Assert.Equal("daysSinceLastPurchase = 45, between 30 and ∞", trace.Children[1].Explanation);

        var early = set.Evaluate(View("b", 10)).Decisions[0].Trace!;
        Assert.Equal(2, early.Children.Count); // all stopped at daysSince
        Assert.Equal("purchaseCount = 3, gte 2", early.Children[0].Children[1].Explanation);
        Assert.Equal("condition 2 of 3 did not hold", early.Explanation);
    }

    [Fact]
    public void A_batch_row_is_explained_as_the_batch_decided_it()
    {
        var set = PrivateTrafficJson.Deserialize<EngagementRuleSet>(System.IO.File.ReadAllText(RuleGolden.Path("articles.json")));
        var views = Enumerable.Range(0, 50).Select(i => View("m" + i, i * 3, i % 2 == 0 ? ["bought:trousers"] : [])).ToArray();
        var columns = MemberViewColumns.From(At, Currency.CNY, views);
        var fired = new ulong[columns.Count * set.MaskWords];
        set.EvaluateBatch(columns, fired);
        for (var row = 0; row < columns.Count; row++)
        {
            var explained = set.Explain(columns, row);
            Assert.Equal(columns.MemberAt(row), explained.Member);
            for (var k = 0; k < set.Rules.Count; k++)
            {
                Assert.Equal(set.HasFired(fired, row, k), explained.Decisions[k].Outcome == RuleOutcome.Fired);
            }
        }

        Assert.Equal(25, Enumerable.Range(0, 50).Count(row => set.HasFired(fired, row, set.Rules.ToList().FindIndex(r => r.Id == "cross-sell-coat"))));
    }

    [Fact]
    public void Touches_from_a_view_carry_the_member_the_instant_and_the_rule()
    {
        var set = EngagementRuleSet.Create([EngagementRule.Create("service-care", "after-sales care", 1, Condition.StageIs(LifecycleStage.Repeat),
            [RuleAction.Reach(ChannelId.From("wecom"), ChannelKind.WeComContact, MessageClass.Service, DeliveryMode.DirectMessage, "care-1"), RuleAction.AddTag("cared")])]);
        var touch = Assert.Single(set.Evaluate(View("zhang", 3)).ProposedTouches());
        Assert.Equal((MemberId.From("zhang"), At, "service-care", ConsentPurpose.Service), (touch.Member, touch.NotBefore, touch.Origin, touch.RequiredPurpose));
        Assert.Throws<System.InvalidOperationException>(() => RuleAction.AddTag("x").ProposeTouch(MemberId.From("zhang"), At));
    }

    [Fact]
    public void Masks_of_more_than_64_rules_span_words_and_agree_with_the_trace()
    {
        var rules = Enumerable.Range(0, 150).Select(i => EngagementRule.Create(
            "r" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture), "n", i % 9,
            i % 5 == 0 ? Condition.Not(Condition.TagContains("t" + (i % 7))) : Condition.TagContains("t" + (i % 7)), [], stopProcessing: i == 149));
        var set = EngagementRuleSet.Create(rules);
        Assert.Equal(3, set.MaskWords);
        var views = Enumerable.Range(0, 40).Select(i => View("m" + i, i, [.. Enumerable.Range(0, 7).Where(t => (i >> (t % 5) & 1) == 1).Select(t => "t" + t)])).ToArray();
        var columns = MemberViewColumns.From(At, Currency.CNY, views);
        var fired = new ulong[columns.Count * set.MaskWords];
        set.EvaluateBatch(columns, fired);
        var seen = 0;
        for (var row = 0; row < columns.Count; row++)
        {
            var decisions = set.Explain(columns, row).Decisions;
            for (var k = 0; k < set.Rules.Count; k++)
            {
                Assert.Equal(decisions[k].Outcome == RuleOutcome.Fired, set.HasFired(fired, row, k));
                seen += k >= 64 && set.HasFired(fired, row, k) ? 1 : 0;
            }
        }

        Assert.True(seen > 0, "no rule past the first word fired");
    }
}
