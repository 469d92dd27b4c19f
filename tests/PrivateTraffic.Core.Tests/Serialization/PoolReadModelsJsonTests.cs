using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Serialization;

/// <summary>Version 1 of the pools' read models: PoolMetrics (written and read strictly) and PoolMember (written only).</summary>
public sealed class PoolReadModelsJsonTests
{
    private static readonly string GoldenDirectory = Path.Combine(RepositoryPaths.Root, "tests", "PrivateTraffic.Core.Tests", "Golden", "v1", "pools");
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>A counter pool over two months: captures from two sources, buyers, a repeat buyer, a member who left and one erased.</summary>
    private static PrivatePool GoldenPool()
    {
        var t = Instant.FromUtc(2024, 3, 1, 6, 0);
        var pool = Generators.NewScriptPool(capacity: null);
        MemberId M(int i) => MemberId.From($"m-00{i}");
        DomainEventId E(string s) => DomainEventId.From(s);
        pool.Capture(M(1), ChannelId.From("counter-sample"), t, E("e-1"), tags: ["free-sample"]);
        pool.GrantConsent(M(1), ConsentPurpose.Marketing, Generators.ClerkWeChat, t, E("e-2"));
        pool.RecordPurchase(M(1), "skincare", Money.Yuan(199m), t + Duration.FromDays(3), E("e-3"));
        pool.RecordPurchase(M(1), "skincare", Money.Yuan(199m), t + Duration.FromDays(20), E("e-4"));
        pool.Move(M(1), "customers", t + Duration.FromDays(20), E("e-5"));
        pool.Capture(M(2), ChannelId.From("friend-referral"), t + Duration.FromDays(4), E("e-6"), referredBy: new(M(1)));
        pool.RecordPurchase(M(2), "makeup", Money.Yuan(89m), t + Duration.FromDays(35), E("e-7"));
        pool.Capture(M(3), ChannelId.From("counter-sample"), t + Duration.FromDays(6), E("e-8"));
        pool.Leave(M(3), LeaveReason.Left, t + Duration.FromDays(40), E("e-9"));
        pool.Capture(M(4), ChannelId.From("counter-sample"), t + Duration.FromDays(7), E("e-10"));
        pool.Erase(M(4), t + Duration.FromDays(9), E("e-11"));
        return pool;
    }

    private static PoolMetrics GoldenMetrics() => GoldenPool().Measure(new LocalDate(2024, 3, 1), new LocalDate(2024, 4, 30), Shanghai);

    private static PoolMember GoldenMember() => GoldenPool().Find(MemberId.From("m-001"))!;

    private static string Golden(string name) => Path.Combine(GoldenDirectory, name);

    private static readonly JsonSerializerOptions IndentedText = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string Indented(string json) => JsonNode.Parse(json)!.ToJsonString(IndentedText);

    private static string Compact(string json) => JsonNode.Parse(json)!.ToJsonString();

    [Fact]
    public void Writes_the_golden_files_when_asked()
    {
        if (Environment.GetEnvironmentVariable("PT_ACCEPT_GOLDEN") != "1")
        {
            return;
        }

        File.WriteAllText(Golden("pool-metrics.json"), Indented(PrivateTrafficJson.Serialize(GoldenMetrics())) + "\n");
        File.WriteAllText(Golden("pool-member.json"), Indented(PrivateTrafficJson.Serialize(GoldenMember())) + "\n");
    }

    [Fact]
    public void The_pool_metrics_golden_file_reads_back_and_is_written_identically()
    {
        var golden = File.ReadAllText(Golden("pool-metrics.json"));
        var read = PrivateTrafficJson.Deserialize<PoolMetrics>(golden);
        Assert.Equal(Compact(golden), PrivateTrafficJson.Serialize(read));
        Assert.Equal(Compact(golden), PrivateTrafficJson.Serialize(GoldenMetrics()));
        Assert.Equal(4, read.Captures);
        Assert.Equal(2, read.Losses);
        Assert.Equal(0.5, read.LeaveRate);
        Assert.Equal(1, read.StageDistribution[LifecycleStage.Churned]);
        Assert.Equal(1.0 / 3, read.ChurnedShare, 12);
        Assert.Contains("\"stageDistribution\":{\"prospect\":", golden.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void The_pool_member_golden_file_is_what_a_member_writes_and_a_member_is_not_read_back()
    {
        var golden = File.ReadAllText(Golden("pool-member.json"));
        Assert.Equal(Compact(golden), PrivateTrafficJson.Serialize(GoldenMember()));
        Assert.Throws<NotSupportedException>(() => PrivateTrafficJson.Deserialize<PoolMember>(golden));
    }

    [DeepProperty(runs: 50)]
    public Property Pool_metrics_round_trip() =>
        Prop.ForAll(Generators.PoolScripts, script =>
        {
            var metrics = Generators.RunPoolScript(script).Measure(new LocalDate(2023, 12, 1), new LocalDate(2024, 9, 30), Shanghai);
            var json = PrivateTrafficJson.Serialize(metrics);
            var back = PrivateTrafficJson.Deserialize<PoolMetrics>(json);
            Assert.Equal(json, PrivateTrafficJson.Serialize(back));
            Assert.Equal(metrics.LeaveRate, back.LeaveRate);
            Assert.Equal(metrics.ChurnedShare, back.ChurnedShare);
            Assert.Equal(metrics.RepurchaseRate, back.RepurchaseRate);
        });

    [DeepProperty(runs: 50)]
    public Property Every_member_writes_its_view() =>
        Prop.ForAll(Generators.PoolScripts, script =>
        {
            foreach (var member in Generators.RunPoolScript(script).Members)
            {
                using var doc = JsonDocument.Parse(PrivateTrafficJson.Serialize(member));
                Assert.Equal(member.Id.Value, doc.RootElement.GetProperty("id").GetString());
                Assert.Equal(member.Consents.Count, doc.RootElement.GetProperty("consents").GetArrayLength());
                Assert.Equal(member.LeftAt is null, doc.RootElement.GetProperty("leftAt").ValueKind == JsonValueKind.Null);
            }
        });

    private static string Edit(string from, string to)
    {
        var golden = Compact(File.ReadAllText(Golden("pool-metrics.json")));
        Assert.Contains(from, golden, StringComparison.Ordinal);
        return golden.Replace(from, to, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> HostileMetrics => new()
    {
        { "unknown stage key", "\"prospect\":", "\"superFan\":" },
        { "PascalCase stage key", "\"prospect\":", "\"Prospect\":" },
        { "duplicate stage key", "\"repeat\":", "\"prospect\":" },
        { "duplicate source key", "\"friend-referral\":", "\"counter-sample\":" },
        { "unknown member", "\"buyers\":", "\"churnRate\":0.5,\"buyers\":" },
        { "count as a string", "\"captures\":4", "\"captures\":\"4\"" },
        { "counts that disagree", "\"captures\":4", "\"captures\":5" },
        { "a month 13", "\"2024-04\"", "\"2024-13\"" },
    };

    [Theory]
    [MemberData(nameof(HostileMetrics))]
    public void Hostile_metrics_are_refused_with_a_path(string why, string from, string to)
    {
        var ex = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<PoolMetrics>(Edit(from, to)));
        Assert.False(ex.Path is null, why);
    }

    [Fact]
    public void Stage_keys_are_refused_where_they_are_refused_with_the_path()
    {
        var ex = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<PoolMetrics>(Edit("\"prospect\":", "\"superFan\":")));
        Assert.StartsWith("$.stageDistribution", ex.Path, StringComparison.Ordinal);
        Assert.Contains("superFan", ex.Message, StringComparison.Ordinal);
    }
}
