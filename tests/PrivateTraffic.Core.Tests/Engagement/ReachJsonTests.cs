using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;
using Xunit;

namespace PrivateTraffic.Core.Tests.Engagement;

/// <summary>The reach contracts: golden files (Golden/v1/engagement/reach; PT_ACCEPT_GOLDEN=1 rewrites them), round trips, hostile input.</summary>
public sealed class ReachJsonTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ReachPolicy GoldenPolicy { get; } = new(
        TouchCaps.Of(perDay: 1, perWeek: 3),
        [new ReachChannelRule(ChannelKind.WeComGroup, TouchCaps.Of(perWeek: 2), allowsService: false), new ReachChannelRule(ChannelKind.Sms, TouchCaps.DaysOfMonth(perDay: 1))],
        Duration.FromHours(4),
        new QuietHours(new LocalTime(22, 0), new LocalTime(8, 0)),
        Duration.FromDays(30),
        Duration.FromDays(30),
        Duration.FromDays(90),
        new FatigueModel(Duration.FromDays(3), 2),
        [PlatformLimits.WeComMassSend()],
        Duration.FromDays(35));

    [Fact]
    public void The_policy_matches_its_golden_file() => Check("policy.json", GoldenPolicy);

    [Fact]
    public void The_wecom_limit_matches_its_golden_file() => Check("wecom-mass-send.json", PlatformLimits.WeComMassSend());

    [DeepProperty]
    public Property Every_policy_round_trips() => Prop.ForAll(Generators.ReachScenarios(), s =>
    {
        var json = PrivateTrafficJson.Serialize(s.Policy);
        Assert.Equal(json, PrivateTrafficJson.Serialize(PrivateTrafficJson.Deserialize<ReachPolicy>(json)));
    });

    [Theory]
    [InlineData("unknown member", "\"horizon\":", "\"extra\":1,\"horizon\":")]
    [InlineData("wrong type", "\"minimumGap\":\"0:04:00:00\"", "\"minimumGap\":4")]
    [InlineData("negative gap", "\"minimumGap\":\"0:04:00:00\"", "\"minimumGap\":\"-0:04:00:00\"")]
    [InlineData("unknown channel kind", "\"kind\":\"weComGroup\"", "\"kind\":\"fax\"")]
    [InlineData("public channel kind", "\"kind\":\"weComGroup\"", "\"kind\":\"taobao\"")]
    [InlineData("two rules for a kind", "\"kind\":\"sms\"", "\"kind\":\"weComGroup\"")]
    [InlineData("a fixed and a days-of-month cap", "\"perMonth\":null,\"monthFollowsDays\":true", "\"perMonth\":3,\"monthFollowsDays\":true")]
    [InlineData("a negative cap", "\"perDay\":1,", "\"perDay\":-1,")]
    [InlineData("a NaN ceiling", "\"ceiling\":2", "\"ceiling\":\"NaN\"")]
    [InlineData("an infinite ceiling", "\"ceiling\":2", "\"ceiling\":1e400")]
    [InlineData("a missing member", "\"horizon\":\"35:00:00:00\"", "\"x\":null")]
    [InlineData("a source that is no URL", "\"sourceUrl\":\"https://developer.work.weixin.qq.com/document/path/92135\"", "\"sourceUrl\":\"javascript:alert(1)\"")]
    [InlineData("a null list", "\"platformLimits\":[", "\"platformLimits\":null,\"zz\":[")]
    public void Hostile_policies_are_refused_with_a_path(string why, string find, string replace) => RefusedWithPath(GoldenPolicy, why, find, replace);

    /// <summary>The value's JSON with one text replaced is refused with a path.</summary>
    internal static void RefusedWithPath<T>(T value, string why, string find, string replace)
    {
        var json = PrivateTrafficJson.Serialize(value);
        Assert.Contains(find, json, StringComparison.Ordinal);
        var ex = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<T>(json.Replace(find, replace, StringComparison.Ordinal)));
        Assert.False(string.IsNullOrEmpty(ex.Path), $"{why}: no path in {ex.Message}");
    }

    [Fact]
    public void Huge_arrays_and_deep_nesting_are_refused_early_with_a_path()
    {
        var json = PrivateTrafficJson.Serialize(GoldenPolicy);
        var rule = "{\"kind\":\"sms\",\"caps\":{\"perDay\":1,\"perWeek\":null,\"perMonth\":null,\"monthFollowsDays\":false},\"allowsMarketing\":true,\"allowsService\":true}";
        var huge = json.Replace("\"channels\":[", "\"channels\":[" + string.Concat(Enumerable.Repeat(rule + ",", 100_000)), StringComparison.Ordinal);
        Assert.Contains("channels", Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<ReachPolicy>(huge)).Path, StringComparison.Ordinal);
        var kinds = PrivateTrafficJson.Serialize(PlatformLimits.WeComMassSend()).Replace("\"channelKinds\":[", "\"channelKinds\":[" + string.Concat(Enumerable.Repeat("\"sms\",", 10_000)), StringComparison.Ordinal);
        Assert.Contains("channelKinds", Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<PlatformLimit>(kinds)).Path, StringComparison.Ordinal);
        var deep = json.Replace("\"fatigue\":{", "\"fatigue\":" + new string('[', 100) + "{", StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<ReachPolicy>(deep)).Path));
        Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<ReachPolicy>("null"));
    }

    internal static void Check<T>(string file, T expected)
    {
        var current = PrivateTrafficJson.Serialize(expected);
        var path = Path.Combine(RepositoryPaths.Root, "tests", "PrivateTraffic.Core.Tests", "Golden", "v1", "engagement", "reach", file);
        if (Environment.GetEnvironmentVariable("PT_ACCEPT_GOLDEN") == "1")
        {
            using var document = JsonDocument.Parse(current);
            File.WriteAllText(path, JsonSerializer.Serialize(document.RootElement, Indented) + "\n");
        }

        using var golden = JsonDocument.Parse(File.ReadAllText(path));
        var text = JsonSerializer.Serialize(golden.RootElement);
        Assert.Equal(text, current);
        Assert.Equal(text, PrivateTrafficJson.Serialize(PrivateTrafficJson.Deserialize<T>(text)));
    }
}
