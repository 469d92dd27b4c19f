using System;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using Xunit;

namespace PrivateTraffic.Core.Tests.Engagement;

/// <summary>The planner's rules one at a time, on hand-made cases (DST zones included).</summary>
public sealed class ReachPlannerTests
{
    private static readonly MemberId Ann = MemberId.From("ann");
    private static readonly ChannelId WeCom = ChannelId.From("wecom");
    private static readonly QuietHours Night = new(new LocalTime(22, 0), new LocalTime(8, 0));

    private static DateTimeZone Zone(string id) => DateTimeZoneProviders.Tzdb[id];

    private static ContactProfile Profile(string zone = "Asia/Shanghai", DoNotContactEntry[]? dnc = null, DoNotContactOverride[]? overrides = null, PauseWindow[]? pauses = null, TouchFeedback[]? feedback = null, params ConsentRecord[] extra) =>
        new(Ann, Zone(zone), new[]
        {
            new ConsentRecord(ConsentPurpose.Marketing, WeCom, true, Instant.FromUtc(2025, 1, 1, 0, 0)),
            new ConsentRecord(ConsentPurpose.Service, WeCom, true, Instant.FromUtc(2025, 1, 1, 0, 0)),
        }.Concat(extra), dnc, overrides, pauses, feedback);

    private static ProposedTouch Touch(Instant at, MessageClass c = MessageClass.Marketing, DeliveryMode mode = DeliveryMode.DirectMessage, ChannelKind kind = ChannelKind.WeComContact) =>
        new(Ann, WeCom, kind, c, mode, at);

    private static ReachDecision Plan(ReachPolicy policy, ContactProfile profile, ProposedTouch touch, params Instant[] made) =>
        new ReachPlanner(policy).Plan(touch, new ReachHistory([profile], made.Select(m => new TouchRecord(Ann, WeCom, ChannelKind.WeComContact, MessageClass.Marketing, DeliveryMode.DirectMessage, m))));

    private static Instant Local(string zone, int y, int mo, int d, int h, int mi) => new LocalDateTime(y, mo, d, h, mi).InZoneLeniently(Zone(zone)).ToInstant();

    [Fact]
    public void An_overnight_quiet_window_defers_to_eight_in_the_morning_local_time()
    {
        var policy = new ReachPolicy(TouchCaps.None, quietHours: Night);
        var d = Plan(policy, Profile(), Touch(Local("Asia/Shanghai", 2026, 5, 1, 23, 15)));
        Assert.Equal((ReachDecisionKind.Defer, ReachReason.QuietHours), (d.Kind, d.Reason));
        Assert.Equal(Local("Asia/Shanghai", 2026, 5, 2, 8, 0), d.At);
        Assert.Equal(ReachDecisionKind.Allow, Plan(policy, Profile(), Touch(Local("Asia/Shanghai", 2026, 5, 1, 21, 59))).Kind);
    }

    [Fact]
    public void A_quiet_end_skipped_by_spring_forward_ends_at_the_transition()
    {
        // New York, 2026-03-08: 02:00 jumps to 03:00. Quiet 01:00–02:30: 02:30 never shows, so the first non-quiet instant is 03:00 EDT.
        var policy = new ReachPolicy(TouchCaps.None, quietHours: new QuietHours(new LocalTime(1, 0), new LocalTime(2, 30)));
        var d = Plan(policy, Profile("America/New_York"), Touch(Instant.FromUtc(2026, 3, 8, 6, 30)));
        Assert.Equal(Instant.FromUtc(2026, 3, 8, 7, 0), d.At);
        Assert.Equal(new LocalTime(3, 0), d.At.InZone(Zone("America/New_York")).TimeOfDay);
    }

    [Fact]
    public void A_repeated_local_time_at_fall_back_is_quiet_both_times()
    {
        // London, 2026-10-25: 02:00 BST falls back to 01:00 GMT. Quiet 01:00–01:30 shows twice.
        var policy = new ReachPolicy(TouchCaps.None, quietHours: new QuietHours(new LocalTime(1, 0), new LocalTime(1, 30)));
        var first = Plan(policy, Profile("Europe/London"), Touch(Instant.FromUtc(2026, 10, 25, 0, 10)));
        Assert.Equal(Instant.FromUtc(2026, 10, 25, 0, 30), first.At);
        var second = Plan(policy, Profile("Europe/London"), Touch(Instant.FromUtc(2026, 10, 25, 1, 10)));
        Assert.Equal(Instant.FromUtc(2026, 10, 25, 1, 30), second.At);
        Assert.Equal(ReachDecisionKind.Allow, Plan(policy, Profile("Europe/London"), Touch(Instant.FromUtc(2026, 10, 25, 0, 45))).Kind);
    }

    [Fact]
    public void A_daily_cap_defers_to_the_members_next_local_midnight_and_service_is_not_capped()
    {
        var policy = new ReachPolicy(TouchCaps.Of(perDay: 1));
        var made = Local("America/New_York", 2026, 3, 7, 10, 0);
        var d = Plan(policy, Profile("America/New_York"), Touch(made + Duration.FromHours(2)), made);
        Assert.Equal((ReachDecisionKind.Defer, ReachReason.DailyCap), (d.Kind, d.Reason));
        Assert.Equal(Local("America/New_York", 2026, 3, 8, 0, 0), d.At);
        Assert.Equal(ReachDecisionKind.Allow, Plan(policy, Profile("America/New_York"), Touch(made + Duration.FromHours(2), MessageClass.Service), made).Kind);
    }

    [Fact]
    public void WeComs_receive_limit_follows_the_length_of_the_month()
    {
        var policy = new ReachPolicy(TouchCaps.None, platformLimits: [PlatformLimits.WeComMassSend()]);
        var feb = Enumerable.Range(1, 28).Select(day => Local("Asia/Shanghai", 2026, 2, day, 12, 0)).ToArray();
        var d = Plan(policy, Profile(), Touch(Local("Asia/Shanghai", 2026, 2, 28, 14, 0)), feb);
        Assert.Equal((ReachDecisionKind.Defer, ReachReason.PlatformCap), (d.Kind, d.Reason));
        Assert.Equal(Local("Asia/Shanghai", 2026, 3, 1, 0, 0), d.At);
        Assert.Equal(ReachDecisionKind.Allow, Plan(policy, Profile(), Touch(Local("Asia/Shanghai", 2026, 2, 28, 14, 0), mode: DeliveryMode.MomentsPost), feb).Kind);
        Assert.Equal(ReachDecisionKind.Allow, Plan(policy, Profile(), Touch(Local("Asia/Shanghai", 2026, 3, 30, 14, 0)), Enumerable.Range(1, 29).Select(day => Local("Asia/Shanghai", 2026, 3, day, 12, 0)).ToArray()).Kind);
    }

    [Fact]
    public void A_minimum_gap_looks_both_ways()
    {
        var policy = new ReachPolicy(TouchCaps.None, minimumGap: Duration.FromHours(4));
        var made = Instant.FromUtc(2026, 5, 1, 6, 0);
        Assert.Equal(made + Duration.FromHours(4), Plan(policy, Profile(), Touch(made - Duration.FromHours(1)), made).At);
        Assert.Equal(ReachReason.MinimumGap, Plan(policy, Profile(), Touch(made - Duration.FromHours(1)), made).Reason);
    }

    [Fact]
    public void Fatigue_waits_the_closed_form_time_for_the_level_to_decay_to_the_ceiling()
    {
        var policy = new ReachPolicy(TouchCaps.None, fatigue: new FatigueModel(Duration.FromDays(1), ceiling: 0.5));
        var made = Instant.FromUtc(2026, 5, 1, 0, 0);
        var d = Plan(policy, Profile(), Touch(made + Duration.FromHours(1)), made);
        Assert.Equal((ReachDecisionKind.Defer, ReachReason.Fatigue), (d.Kind, d.Reason));
        Assert.Equal(made + Duration.FromDays(1), d.At);   // level 1 halves to 0.5 in one half-life
    }

    [Fact]
    public void A_withdrawn_consent_denies_and_a_later_grant_defers()
    {
        var at = Instant.FromUtc(2026, 5, 1, 6, 0);
        var withdrawn = new ConsentRecord(ConsentPurpose.Marketing, WeCom, false, at - Duration.FromDays(1));
        var policy = new ReachPolicy(TouchCaps.None);
        Assert.Equal((ReachDecisionKind.Deny, ReachReason.ConsentWithdrawn), Kind(Plan(policy, Profile(extra: withdrawn), Touch(at))));
        var regranted = new ConsentRecord(ConsentPurpose.Marketing, WeCom, true, at + Duration.FromDays(2));
        var d = Plan(policy, Profile(extra: [withdrawn, regranted]), Touch(at));
        Assert.Equal((ReachDecisionKind.Defer, ReachReason.ConsentWithdrawn, at + Duration.FromDays(2)), (d.Kind, d.Reason, d.At));
        Assert.Equal(ReachDecisionKind.Allow, Plan(policy, Profile(extra: withdrawn), Touch(at, MessageClass.Service)).Kind);
    }

    [Fact]
    public void An_override_lifts_an_operator_block_but_never_the_members_own_opt_out()
    {
        var at = Instant.FromUtc(2026, 5, 1, 6, 0);
        var window = new DoNotContactOverride(at - Duration.FromHours(1), at + Duration.FromHours(1), "ops-lead");
        var policy = new ReachPolicy(TouchCaps.None);
        var operatorBlock = new DoNotContactEntry(DoNotContactSource.Operator, at - Duration.FromDays(1), reason: "dispute");
        Assert.Equal((ReachDecisionKind.Deny, ReachReason.OperatorBlocked), Kind(Plan(policy, Profile(dnc: [operatorBlock]), Touch(at))));
        Assert.Equal(ReachDecisionKind.Allow, Plan(policy, Profile(dnc: [operatorBlock], overrides: [window]), Touch(at)).Kind);
        var optOut = new DoNotContactEntry(DoNotContactSource.Member, at - Duration.FromDays(1));
        Assert.Equal((ReachDecisionKind.Deny, ReachReason.MemberOptedOut), Kind(Plan(policy, Profile(dnc: [optOut], overrides: [window]), Touch(at))));
    }

    [Fact]
    public void Pauses_and_cooldowns_hold_marketing_only()
    {
        var at = Instant.FromUtc(2026, 5, 1, 6, 0);
        var policy = new ReachPolicy(TouchCaps.None, complaintCooldown: Duration.FromDays(7));
        var paused = Profile(pauses: [new PauseWindow(at - Duration.FromHours(1), at + Duration.FromHours(5))]);
        Assert.Equal((ReachDecisionKind.Defer, ReachReason.Paused, at + Duration.FromHours(5)), (Plan(policy, paused, Touch(at)).Kind, Plan(policy, paused, Touch(at)).Reason, Plan(policy, paused, Touch(at)).At));
        var complained = Profile(feedback: [new TouchFeedback(TouchFeedbackKind.Complaint, at - Duration.FromDays(1))]);
        var d = Plan(policy, complained, Touch(at));
        Assert.Equal((ReachReason.NegativeFeedbackCooldown, at + Duration.FromDays(6)), (d.Reason, d.At));
        Assert.Equal(ReachDecisionKind.Allow, Plan(policy, complained, Touch(at, MessageClass.Service)).Kind);
        Assert.Equal((ReachDecisionKind.Deny, ReachReason.Paused), Kind(Plan(policy, Profile(pauses: [new PauseWindow(at)]), Touch(at))));
    }

    [Fact]
    public void A_channel_that_does_not_carry_a_class_denies_it_and_consent_is_checked_first()
    {
        var policy = new ReachPolicy(TouchCaps.None, [new ReachChannelRule(ChannelKind.WeComGroup, TouchCaps.None, allowsService: false)]);
        var at = Instant.FromUtc(2026, 5, 1, 6, 0);
        Assert.Equal((ReachDecisionKind.Deny, ReachReason.ClassNotAllowed), Kind(Plan(policy, Profile(), Touch(at, MessageClass.Service, kind: ChannelKind.WeComGroup))));
        var noConsent = new ContactProfile(Ann, Zone("Asia/Shanghai"), []);
        Assert.Equal((ReachDecisionKind.Deny, ReachReason.ConsentMissing), Kind(Plan(policy, noConsent, Touch(at, MessageClass.Service, kind: ChannelKind.WeComGroup))));
    }

    [Fact]
    public void Past_the_horizon_a_touch_is_denied_with_the_rule_that_pushed_it()
    {
        var policy = new ReachPolicy(TouchCaps.Of(perWeek: 1), horizon: Duration.FromDays(2));
        var monday = Local("Asia/Shanghai", 2026, 5, 4, 10, 0);
        var d = Plan(policy, Profile(), Touch(monday + Duration.FromDays(1)), monday);
        Assert.Equal((ReachDecisionKind.Deny, ReachReason.BeyondHorizon, ReachReason.WeeklyCap), (d.Kind, d.Reason, d.Blocker));
    }

    [Fact]
    public void A_batch_counts_a_members_placed_touches_for_their_later_ones()
    {
        var policy = new ReachPolicy(TouchCaps.Of(perDay: 1), quietHours: Night);
        var at = Local("Asia/Shanghai", 2026, 5, 1, 10, 0);
        var history = new ReachHistory([Profile()]);
        var decisions = new ReachPlanner(policy).Plan([Touch(at), Touch(at), Touch(at)], history);
        Assert.Equal(
            new[] { at, Local("Asia/Shanghai", 2026, 5, 2, 8, 0), Local("Asia/Shanghai", 2026, 5, 3, 8, 0) },
            decisions.Select(x => x.At));
        Assert.Equal(ReachReason.NoContactProfile, new ReachPlanner(policy).Plan(new ProposedTouch(MemberId.From("bob"), WeCom, ChannelKind.WeComContact, MessageClass.Marketing, DeliveryMode.DirectMessage, at), history).Reason);
    }

    [Fact]
    public void The_generated_scenarios_reach_every_kind_of_answer()
    {
        var reasons = Enumerable.Range(0, 3000).Select(Generators.BuildReachScenario)
            .SelectMany(s => new ReachPlanner(s.Policy).Plan(s.Touches, s.BuildHistory()).Select(d => (d.Kind, d.Reason)))
            .ToHashSet();
        foreach (var r in new[] { ReachReason.QuietHours, ReachReason.DailyCap, ReachReason.WeeklyCap, ReachReason.PlatformCap, ReachReason.MinimumGap, ReachReason.Fatigue, ReachReason.Paused, ReachReason.NegativeFeedbackCooldown, ReachReason.OperatorBlocked })
        {
            Assert.Contains((ReachDecisionKind.Defer, r), reasons);
        }

        Assert.Contains((ReachDecisionKind.Deny, ReachReason.BeyondHorizon), reasons);
        Assert.Contains((ReachDecisionKind.Allow, ReachReason.None), reasons);
    }

    [Fact]
    public void Bad_arguments_name_the_parameter()
    {
        Assert.Equal("until", Assert.Throws<ArgumentException>(() => new PauseWindow(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2025, 1, 1, 0, 0))).ParamName);
        Assert.Equal("halfLife", Assert.Throws<ArgumentException>(() => new FatigueModel(Duration.Zero)).ParamName);
        Assert.Equal("ceiling", Assert.Throws<ArgumentException>(() => new FatigueModel(Duration.FromDays(1), double.NaN)).ParamName);
        Assert.Equal("horizon", Assert.Throws<ArgumentException>(() => new ReachPolicy(TouchCaps.None, horizon: Duration.FromDays(400))).ParamName);
        Assert.Equal("channels", Assert.Throws<ArgumentException>(() => new ReachPolicy(TouchCaps.None, [new ReachChannelRule(ChannelKind.Sms, TouchCaps.None), new ReachChannelRule(ChannelKind.Sms, TouchCaps.None)])).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentException>(() => new ReachChannelRule(ChannelKind.Taobao, TouchCaps.None)).ParamName);
        Assert.Equal("perDay", Assert.ThrowsAny<ArgumentException>(() => TouchCaps.Of(perDay: -1)).ParamName);
        Assert.Equal("decisions", Assert.Throws<ArgumentException>(() => new ReachPlanner(ReachPolicy.Assumed).Plan([Touch(Instant.FromUtc(2026, 1, 1, 0, 0))], new ReachHistory([]), Span<ReachDecision>.Empty)).ParamName);
        Assert.Equal("profiles", Assert.Throws<ArgumentException>(() => new ReachHistory([Profile(), Profile()])).ParamName);
    }

    private static (ReachDecisionKind, ReachReason) Kind(ReachDecision d) => (d.Kind, d.Reason);
}
