using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Engagement;

/// <summary>The member view: built from the pool, value and community types; days since in the member's zone; consent as of the instant.</summary>
public sealed class MemberViewTests
{
    private static readonly Instant T0 = Generators.PoolEpoch;
    private static readonly ChannelId Till = ChannelId.From("store-till");
    private static readonly ChannelId WeCom = ChannelId.From("wecom");
    private static readonly MemberId Zhang = MemberId.From("zhang");

    private static DomainEventId E(string id) => DomainEventId.From(id);

    [Fact]
    public void Build_joins_the_pool_the_value_card_P_alive_and_the_groups()
    {
        var pool = Generators.NewScriptPool(null);
        pool.Capture(Zhang, Till, T0, E("c1"), tags: ["vip", "bought:trousers"]);
        pool.Capture(MemberId.From("li"), Till, T0, E("c2"));
        pool.RecordPurchase(Zhang, "trousers", Money.Yuan(300), T0 + Duration.FromDays(2), E("p1"));
        pool.GrantConsent(Zhang, ConsentPurpose.Marketing, WeCom, T0 + Duration.FromDays(3), E("g1"));
        var group = CommunityGroup.Open("Store 12", pool, ChannelId.From("wecom-group:12"), ChannelKind.WeComGroup, AdmissionPolicy.Open, null, T0, E("open"));
        group.Join(pool, Zhang, JoinMethod.GroupQrCode, T0 + Duration.FromDays(1), E("j1"));
        var other = CommunityGroup.Open("Store 13", pool, ChannelId.From("wecom-group:13"), ChannelKind.WeComGroup, AdmissionPolicy.Open, null, T0, E("open13"));
        var card = ValueCard.Create(Zhang, Money.Yuan(300), Money.Yuan(900), Money.Yuan(0), ValueTier.Top, RfmScore.Of(5, 2, 4), TierAction.Of("a", "b"));
        var at = T0 + Duration.FromDays(10);

        var view = MemberView.Build(pool, Zhang, at, card, MemberStatusRule.Create(Duration.FromDays(30)), Probability.From(0.8), T0 + Duration.FromDays(2),
            [group, other], new Dictionary<ChannelId, GroupHealth> { [group.Id] = GroupHealth.AtRisk, [other.Id] = GroupHealth.Dead });

        Assert.Equal(pool.StageOf(Zhang, at), view.Stage);
        Assert.Equal(LifecycleStage.FirstPurchase, view.Stage);
        Assert.Equal(MemberStatus.Paying, view.Status);
        Assert.Equal((ValueTier?)ValueTier.Top, view.Tier);
        Assert.Equal(card.Segment, view.Segment);
        Assert.Equal(Money.Yuan(900), view.PotentialValue);
        Assert.Equal(8, view.DaysSinceLastPurchase);
        Assert.Equal(8, view.DaysSinceLastInteraction); // a consent grant is not activity: the purchase was the last
        Assert.Equal(["bought:trousers", "vip"], view.Tags);
        Assert.Equal([group.Id], view.Groups);
        Assert.Equal(GroupHealth.AtRisk, view.GroupHealth);
        Assert.True(view.HasConsent(WeCom, ConsentPurpose.Marketing));
        Assert.False(view.HasConsent(WeCom, ConsentPurpose.Service));
        Assert.Equal(1, view.PurchaseCount);

        // Before the grant, the view of the same member has no consent: consent is read as of the instant.
        Assert.False(MemberView.Build(pool, Zhang, T0 + Duration.FromDays(3) - Duration.FromSeconds(1)).HasConsent(WeCom, ConsentPurpose.Marketing));
        Assert.Throws<ArgumentException>("member", () => MemberView.Build(pool, MemberId.From("nobody"), at));
    }

    [Fact]
    public void A_withdrawal_after_a_grant_ends_the_consent_and_a_later_grant_restores_it()
    {
        ConsentRecord R(bool granted, int day) => new(ConsentPurpose.Marketing, WeCom, granted, T0 + Duration.FromDays(day));
        MemberView At(int day, params ConsentRecord[] history) =>
            MemberView.Create(Zhang, T0 + Duration.FromDays(day), DateTimeZoneProviders.Tzdb["Asia/Shanghai"], LifecycleStage.Prospect, consents: history);

        Assert.True(At(5, R(true, 1), R(false, 6)).HasConsent(WeCom, ConsentPurpose.Marketing));
        Assert.False(At(6, R(true, 1), R(false, 6)).HasConsent(WeCom, ConsentPurpose.Marketing));
        Assert.True(At(9, R(false, 6), R(true, 1), R(true, 8)).HasConsent(WeCom, ConsentPurpose.Marketing));
    }

    [Theory]
    [InlineData("Asia/Shanghai", 2026, 3, 7, 22, 2026, 3, 8, 1, 1)]
    [InlineData("America/New_York", 2026, 3, 8, 0, 2026, 3, 8, 23, 0)]
    [InlineData("America/New_York", 2026, 3, 7, 23, 2026, 3, 8, 23, 1)]
    [InlineData("Europe/London", 2026, 10, 24, 23, 2026, 10, 25, 23, 1)]
    [InlineData("Europe/London", 2026, 3, 28, 12, 2026, 4, 28, 12, 31)]
    public void Days_since_are_calendar_days_in_the_members_zone_across_DST(string zoneId, int y1, int mo1, int d1, int h1, int y2, int mo2, int d2, int h2, int days)
    {
        // Local times in the member's zone: the 23-hour spring-forward day and the 25-hour fall-back day count as one day.
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var then = new LocalDateTime(y1, mo1, d1, h1, 0).InZoneLeniently(zone).ToInstant();
        var now = new LocalDateTime(y2, mo2, d2, h2, 0).InZoneLeniently(zone).ToInstant();
        var view = MemberView.Create(Zhang, now, zone, LifecycleStage.Repeat, lastPurchaseAt: then, lastInteractionAt: then);
        Assert.Equal(days, view.DaysSinceLastPurchase);
        Assert.Equal(days, view.DaysSinceLastInteraction);
    }

    [Fact]
    public void A_view_cannot_see_the_future_or_someone_elses_card()
    {
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        Assert.Throws<ArgumentException>("lastPurchaseAt", () => MemberView.Create(Zhang, T0, zone, LifecycleStage.Repeat, lastPurchaseAt: T0 + Duration.FromSeconds(1)));
        var card = ValueCard.Create(MemberId.From("li"), Money.Yuan(1), Money.Yuan(1), Money.Yuan(0), ValueTier.Top, RfmScore.Of(1, 1, 1), TierAction.Of("a", "b"));
        Assert.Throws<ArgumentException>("card", () => MemberView.Create(Zhang, T0, zone, LifecycleStage.Repeat, card: card));
        Assert.Throws<ArgumentException>("tags", () => MemberView.Create(Zhang, T0, zone, LifecycleStage.Repeat, tags: [" padded "]));
        Assert.ThrowsAny<ArgumentException>(() => MemberView.Create(Zhang, T0, zone, (LifecycleStage)99));
    }

    [Fact]
    public void Missing_values_make_comparisons_false_and_not_inverts_that()
    {
        var never = MemberView.Create(Zhang, T0, DateTimeZoneProviders.Tzdb["Asia/Shanghai"], LifecycleStage.Prospect);
        var recent = Condition.DaysSince(MemberViewField.DaysSinceLastPurchase, atMost: 30);
        var rules = EngagementRuleSet.Create([
            EngagementRule.Create("recent", "n", 3, recent, []),
            EngagementRule.Create("not-recent", "n", 2, Condition.Not(recent), []),
            EngagementRule.Create("lapsed-buyer", "n", 1, Condition.All(Condition.Present(MemberViewField.DaysSinceLastPurchase), Condition.Not(recent)), []),
            EngagementRule.Create("ne-tier", "n", 0, Condition.Compare(MemberViewField.Tier, ComparisonOperator.Ne, FieldValue.Of(ValueTier.Top)), []),
        ]);
        var evaluation = rules.Evaluate(never);
        Assert.Equal(["not-recent"], evaluation.Fired.Select(r => r.Id));
        Assert.Equal("daysSinceLastPurchase is missing", evaluation.Decisions[0].Trace!.Explanation);
    }

    [Fact]
    public void Money_in_another_currency_than_the_literal_compares_false_with_a_reason()
    {
        var id = MemberId.From("usd");
        var card = ValueCard.Create(id, Money.Of(5000m, Currency.USD), Money.Of(0m, Currency.USD), Money.Of(0m, Currency.USD), ValueTier.Top, RfmScore.Of(3, 3, 3), TierAction.Of("a", "b"));
        var view = MemberView.Create(id, T0, DateTimeZoneProviders.Tzdb["America/New_York"], LifecycleStage.Repeat, card: card);
        var rules = EngagementRuleSet.Create([EngagementRule.Create("big", "n", 1, Condition.Compare(MemberViewField.RealizedValue, ComparisonOperator.Gte, FieldValue.Of(Money.Yuan(1000))), [])]);
        var d = Assert.Single(rules.Evaluate(view).Decisions);
        Assert.Equal(RuleOutcome.NotMet, d.Outcome);
        Assert.Contains("another currency", d.Trace!.Explanation);
        Assert.Throws<ArgumentException>("view", () => MemberViewColumns.From(T0, Currency.CNY, [view]));
    }

    [Fact]
    public void Validity_windows_are_half_open_at_the_views_instant()
    {
        var view = MemberView.Create(Zhang, T0, DateTimeZoneProviders.Tzdb["Europe/London"], LifecycleStage.Prospect);
        var always = Condition.All();
        var rules = EngagementRuleSet.Create([
            EngagementRule.Create("starts-now", "n", 3, always, [], validFrom: T0),
            EngagementRule.Create("ends-now", "n", 2, always, [], validUntil: T0),
            EngagementRule.Create("later", "n", 1, always, [], validFrom: T0 + Duration.FromTicks(1)),
        ]);
        Assert.Equal([RuleOutcome.Fired, RuleOutcome.OutsideWindow, RuleOutcome.OutsideWindow], rules.Evaluate(view).Decisions.Select(d => d.Outcome));
        var columns = MemberViewColumns.From(T0, Currency.CNY, [view]);
        var fired = new ulong[1];
        Assert.Equal(1, rules.EvaluateBatch(columns, fired));
        Assert.Equal(1UL, fired[0]);
        Assert.Throws<ArgumentException>("fired", () => rules.EvaluateBatch(columns, Span<ulong>.Empty));
    }
}
