using System;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;
using Xunit;

namespace PrivateTraffic.Core.Tests.Engagement;

/// <summary>The contact profile, touch record, history and decision contracts: golden files, round trips, hostile input.</summary>
public sealed class ReachJsonProfileTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 7, 12, 0);
    private static readonly ChannelId WeCom = ChannelId.From("wecom");

    public static ContactProfile GoldenProfile { get; } = new(
        MemberId.From("m-1001"),
        DateTimeZoneProviders.Tzdb["America/New_York"],
        [new ConsentRecord(ConsentPurpose.Marketing, WeCom, true, T0 - Duration.FromDays(30)), new ConsentRecord(ConsentPurpose.Service, WeCom, true, T0 - Duration.FromDays(30))],
        [new DoNotContactEntry(DoNotContactSource.Member, T0 + Duration.FromDays(10), reason: "asked in chat"), new DoNotContactEntry(DoNotContactSource.Operator, T0, T0 + Duration.FromDays(2), WeCom, ConsentPurpose.Marketing, "refund dispute")],
        [new DoNotContactOverride(T0 + Duration.FromHours(6), T0 + Duration.FromHours(8), "ops-lead", WeCom, ConsentPurpose.Service)],
        [new PauseWindow(T0 - Duration.FromDays(1), T0 + Duration.FromDays(1), "after-sale"), new PauseWindow(T0 + Duration.FromDays(20))],
        [new TouchFeedback(TouchFeedbackKind.Complaint, T0 - Duration.FromDays(3))]);

    public static TouchRecord GoldenTouch { get; } = new(MemberId.From("m-1001"), WeCom, ChannelKind.WeComContact, MessageClass.Marketing, DeliveryMode.DirectMessage, T0 - Duration.FromHours(30));

    public static ReachHistory GoldenHistory { get; } = new(
        [GoldenProfile, new ContactProfile(MemberId.From("m-1002"), DateTimeZoneProviders.Tzdb["Asia/Shanghai"], [new ConsentRecord(ConsentPurpose.Marketing, WeCom, true, T0 - Duration.FromDays(9))])],
        [GoldenTouch, new TouchRecord(MemberId.From("m-1002"), WeCom, ChannelKind.WeComGroup, MessageClass.Service, DeliveryMode.MomentsPost, T0 - Duration.FromHours(2))]);

    [Fact]
    public void The_profile_matches_its_golden_file() => ReachJsonTests.Check("profile.json", GoldenProfile);

    [Fact]
    public void The_touch_record_matches_its_golden_file() => ReachJsonTests.Check("touch-record.json", GoldenTouch);

    [Fact]
    public void The_history_matches_its_golden_file() => ReachJsonTests.Check("history.json", GoldenHistory);

    [Fact]
    public void The_feedback_matches_its_golden_file() => ReachJsonTests.Check("feedback.json", new TouchFeedback(TouchFeedbackKind.Unfollow, T0));

    [Fact]
    public void Decisions_match_their_golden_files()
    {
        ReachJsonTests.Check("decision-defer.json", ReachDecision.Defer(T0, T0 + Duration.FromHours(19.5), ReachReason.QuietHours));
        ReachJsonTests.Check("decision-deny.json", ReachDecision.Deny(T0, ReachReason.BeyondHorizon, ReachReason.MonthlyCap));
    }

    [DeepProperty]
    public Property Every_profile_history_and_decision_round_trips() => Prop.ForAll(Generators.ReachScenarios(), s =>
    {
        var history = s.BuildHistory();
        var json = PrivateTrafficJson.Serialize(history);
        Assert.Equal(json, PrivateTrafficJson.Serialize(PrivateTrafficJson.Deserialize<ReachHistory>(json)));
        foreach (var p in s.Profiles)
        {
            var back = PrivateTrafficJson.Deserialize<ContactProfile>(PrivateTrafficJson.Serialize(p));
            Assert.Equal(p.Member, back.Member);
            Assert.Same(p.Zone, back.Zone);
            Assert.Equal(p.Consents, back.Consents);
            Assert.Equal(p.DoNotContact, back.DoNotContact);
            Assert.Equal(p.Overrides, back.Overrides);
            Assert.Equal(p.Pauses, back.Pauses);
            Assert.Equal(p.Feedback, back.Feedback);
        }

        Assert.Equal(s.History, s.History.Select(t => PrivateTrafficJson.Deserialize<TouchRecord>(PrivateTrafficJson.Serialize(t))));
        foreach (var d in new ReachPlanner(s.Policy).Plan(s.Touches, history))
        {
            Assert.Equal(d, PrivateTrafficJson.Deserialize<ReachDecision>(PrivateTrafficJson.Serialize(d)));
        }
    });

    [Theory]
    [InlineData("an allow with a reason", """{"kind":"allow","requested":"2026-03-07T12:00:00Z","at":"2026-03-07T12:00:00Z","reason":"quietHours","blocker":"none"}""")]
    [InlineData("an allow at another instant", """{"kind":"allow","requested":"2026-03-07T12:00:00Z","at":"2026-03-07T13:00:00Z","reason":"none","blocker":"none"}""")]
    [InlineData("a defer to an earlier instant", """{"kind":"defer","requested":"2026-03-07T12:00:00Z","at":"2026-03-07T11:00:00Z","reason":"quietHours","blocker":"quietHours"}""")]
    [InlineData("a defer whose blocker is not its reason", """{"kind":"defer","requested":"2026-03-07T12:00:00Z","at":"2026-03-07T13:00:00Z","reason":"quietHours","blocker":"dailyCap"}""")]
    [InlineData("a deny with no reason", """{"kind":"deny","requested":"2026-03-07T12:00:00Z","at":"2026-03-07T12:00:00Z","reason":"none","blocker":"none"}""")]
    [InlineData("an unknown reason", """{"kind":"deny","requested":"2026-03-07T12:00:00Z","at":"2026-03-07T12:00:00Z","reason":"moonPhase","blocker":"paused"}""")]
    [InlineData("a reason as a number", """{"kind":"deny","requested":"2026-03-07T12:00:00Z","at":"2026-03-07T12:00:00Z","reason":7,"blocker":"paused"}""")]
    [InlineData("a missing blocker", """{"kind":"deny","requested":"2026-03-07T12:00:00Z","at":"2026-03-07T12:00:00Z","reason":"paused"}""")]
    public void Hostile_decisions_are_refused_with_a_path(string why, string json)
    {
        var ex = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<ReachDecision>(json));
        Assert.False(string.IsNullOrEmpty(ex.Path), $"{why}: no path in {ex.Message}");
    }

    [Theory]
    [InlineData("an unknown zone", "\"zone\":\"America/New_York\"", "\"zone\":\"Mars/Olympus\"")]
    [InlineData("a do-not-contact entry that ends before it starts", "\"until\":\"2026-03-09T12:00:00Z\"", "\"until\":\"2026-03-01T12:00:00Z\"")]
    [InlineData("an unknown source", "\"source\":\"operator\"", "\"source\":\"robot\"")]
    [InlineData("a consent on an empty channel", "\"channel\":\"wecom\",\"granted\"", "\"channel\":\"\",\"granted\"")]
    [InlineData("an unknown feedback kind", "\"kind\":\"complaint\"", "\"kind\":\"shrug\"")]
    [InlineData("an override without an approver", "\"approvedBy\":\"ops-lead\"", "\"approvedBy\":\" \"")]
    [InlineData("a missing member", "\"member\":\"m-1001\",", "")]
    [InlineData("an unknown member", "\"zone\":", "\"mood\":1,\"zone\":")]
    [InlineData("a null list", "\"pauses\":[", "\"pauses\":null,\"zz\":[")]
    public void Hostile_profiles_are_refused_with_a_path(string why, string find, string replace) =>
        ReachJsonTests.RefusedWithPath(GoldenProfile, why, find, replace);

    [Fact]
    public void Huge_lists_and_broken_histories_are_refused_with_a_path()
    {
        var json = PrivateTrafficJson.Serialize(GoldenProfile);
        var consent = "{\"purpose\":\"marketing\",\"channel\":\"wecom\",\"granted\":true,\"at\":\"2026-01-01T00:00:00Z\"},";
        var huge = json.Replace("\"consents\":[", "\"consents\":[" + string.Concat(Enumerable.Repeat(consent, 5_000)), StringComparison.Ordinal);
        Assert.Contains("consents", Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<ContactProfile>(huge)).Path, StringComparison.Ordinal);
        var history = PrivateTrafficJson.Serialize(GoldenHistory);
        var twice = history.Replace("\"m-1002\",\"zone\"", "\"m-1001\",\"zone\"", StringComparison.Ordinal);
        Assert.NotEqual(history, twice);
        Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<ReachHistory>(twice));
        var publicKind = history.Replace("\"channelKind\":\"weComGroup\"", "\"channelKind\":\"taobao\"", StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<ReachHistory>(publicKind)).Path));
        Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<ReachHistory>("null"));
    }
}
