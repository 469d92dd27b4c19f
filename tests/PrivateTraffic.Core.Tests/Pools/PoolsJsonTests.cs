using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>Version 1 of the Pools contracts: golden files read back, and hostile input refused with a path.</summary>
public sealed class PoolsJsonTests
{
    private static readonly string GoldenDirectory = Path.Combine(RepositoryPaths.Root, "tests", "PrivateTraffic.Core.Tests", "Golden", "v1", "pools");

    /// <summary>A small pool with one event of every type; its events and snapshot are the golden files.</summary>
    internal static PrivatePool GoldenPool()
    {
        var t = Instant.FromUtc(2024, 3, 1, 6, 0);
        var wechat = Generators.ClerkWeChat;
        var pool = PrivatePool.Open(Generators.ScriptPoolId, "Brand A counter", wechat, ChannelKind.PersonalWeChat,
            ["prospects", "customers"], t, DomainEventId.From("e-open"));
        var a = MemberId.From("m-001");
        var b = MemberId.From("m-002");
        var c = MemberId.From("m-003");
        pool.Capture(a, ChannelId.From("counter-sample"), t + Duration.FromHours(1), DomainEventId.From("e-1"), tags: ["free-sample"]);
        pool.GrantConsent(a, ConsentPurpose.Marketing, wechat, t + Duration.FromHours(1), DomainEventId.From("e-2"));
        pool.RecordPurchase(a, "skincare", Money.Yuan(199m), t + Duration.FromDays(3), DomainEventId.From("e-3"));
        pool.Move(a, "customers", t + Duration.FromDays(3), DomainEventId.From("e-4"));
        pool.Capture(b, ChannelId.From("friend-referral"), t + Duration.FromDays(4), DomainEventId.From("e-5"), referredBy: new(a));
        pool.RecordInteraction(b, "moments-like", t + Duration.FromDays(5), DomainEventId.From("e-6"));
        pool.WithdrawConsent(a, ConsentPurpose.Marketing, wechat, t + Duration.FromDays(6), DomainEventId.From("e-7"));
        pool.Capture(c, ChannelId.From("counter-sample"), t + Duration.FromDays(6), DomainEventId.From("e-8"), timeZone: DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"]);
        pool.Leave(c, LeaveReason.Left, t + Duration.FromDays(8), DomainEventId.From("e-9"));
        pool.Erase(c, t + Duration.FromDays(9), DomainEventId.From("e-10"));
        pool.Review(t + Duration.FromDays(10), DomainEventId.From("e-11"));
        return pool;
    }

    private static IEnumerable<(string Name, PoolEvent Event)> GoldenEvents() =>
        GoldenPool().PendingEvents
            .GroupBy(e => e.GetType().Name)
            .Select(g => (char.ToLowerInvariant(g.Key[0]) + g.Key[1..], g.First()));

    private static string Golden(string name) => Path.Combine(GoldenDirectory, name + ".json");

    private static readonly JsonWriterOptions IndentedWriter = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Compact(string json) => Rewrite(json, default);

    private static string Indented(string json) => Rewrite(json, IndentedWriter);

    private static string Rewrite(string json, JsonWriterOptions options)
    {
        using var doc = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            doc.RootElement.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void Writes_the_golden_files_when_asked()
    {
        if (Environment.GetEnvironmentVariable("PT_ACCEPT_GOLDEN") != "1")
        {
            return;
        }

        Directory.CreateDirectory(GoldenDirectory);
        foreach (var (name, e) in GoldenEvents())
        {
            File.WriteAllText(Golden(name), Indented(PrivateTrafficJson.Serialize(e)) + "\n");
        }

        File.WriteAllText(Golden("poolSnapshot.v2"), Indented(PrivateTrafficJson.Serialize(GoldenPool())) + "\n");
    }

    [Fact]
    public void Every_event_type_has_a_golden_file_that_reads_back_to_the_same_json()
    {
        var events = GoldenEvents().ToList();
        Assert.Equal(12, events.Count);
        foreach (var (name, e) in events)
        {
            var golden = File.ReadAllText(Golden(name));
            var read = PrivateTrafficJson.Deserialize<PoolEvent>(golden);
            Assert.Equal(e.GetType(), read.GetType());
            Assert.Equal(Compact(golden), Compact(PrivateTrafficJson.Serialize(read)));
            Assert.Equal(Compact(golden), Compact(PrivateTrafficJson.Serialize(e)));
        }
    }

    [Fact]
    public void The_pool_snapshot_golden_file_reads_back_to_an_equal_pool()
    {
        var golden = File.ReadAllText(Golden("poolSnapshot.v2"));
        var pool = PrivateTrafficJson.Deserialize<PrivatePool>(golden);
        Assert.Equal(Compact(golden), Compact(PrivateTrafficJson.Serialize(pool)));
        Assert.Equal(Compact(golden), Compact(PrivateTrafficJson.Serialize(PrivatePool.Rebuild(GoldenPool().PendingEvents))));
        Assert.Contains($"\"version\":{PoolSnapshot.SchemaVersion}", Compact(golden), StringComparison.Ordinal);
        Assert.Equal(2, pool.MemberCount);
        Assert.Equal(1, pool.ErasedCount);
        Assert.DoesNotContain("m-003", golden, StringComparison.Ordinal);
        Assert.DoesNotContain("Hong_Kong", golden, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_1_snapshot_still_reads_to_the_same_pool()
    {
        var version1 = File.ReadAllText(Golden("poolSnapshot"));
        var pool = PrivateTrafficJson.Deserialize<PrivatePool>(version1);
        // The version 1 file was written before pools had reviews.
        var expected = PrivatePool.Rebuild(GoldenPool().PendingEvents.Where(e => e is not PoolReviewed));
        Assert.Equal(expected.Version, pool.Version);
        static object Numbers(PoolMember m) => (m.Id, m.Stage, m.PurchaseCount, m.ReferralCount, m.LastActivityAt, m.LeftAt, m.Referrer, m.Consents.Count);
        Assert.Equal(expected.Members.Select(Numbers), pool.Members.Select(Numbers));
        Assert.Equal(expected.Lifecycle.DormantAfter, pool.Lifecycle.DormantAfter);
    }

    public static TheoryData<string, string> HostileEvents => new()
    {
        { "unknown member", """{"type":"memberErased","eventId":"e","pool":"p","at":"2024-01-01T00:00:00Z","member":"m","extra":1}""" },
        { "missing member", """{"type":"memberErased","eventId":"e","pool":"p","at":"2024-01-01T00:00:00Z"}""" },
        { "wrong type", """{"type":"memberLeft","eventId":"e","pool":"p","at":"2024-01-01T00:00:00Z","member":"m","reason":3}""" },
        { "unknown enum name", """{"type":"stageChanged","eventId":"e","pool":"p","at":"2024-01-01T00:00:00Z","member":"m","from":"prospect","to":"superFan"}""" },
        { "null where required", """{"type":"memberMoved","eventId":"e","pool":"p","at":"2024-01-01T00:00:00Z","member":"m","from":null,"to":"x"}""" },
        { "NaN as string", """{"type":"poolCreated","eventId":"e","pool":"p","at":"2024-01-01T00:00:00Z","owner":"o","channel":"c","kind":"personalWeChat","subPools":["a"],"capacity":"NaN","qrCodeJoinLimit":null}""" },
        { "out of range", """{"type":"poolCreated","eventId":"e","pool":"p","at":"2024-01-01T00:00:00Z","owner":"o","channel":"c","kind":"personalWeChat","subPools":["a"],"capacity":99999999999,"qrCodeJoinLimit":null}""" },
        { "bad time zone", """{"type":"memberCaptured","eventId":"e","pool":"p","at":"2024-01-01T00:00:00Z","member":"m","source":"s","subPool":"a","timeZone":"Mars/Olympus","tags":[],"joinedBy":"invitation"}""" },
    };

    [Theory]
    [MemberData(nameof(HostileEvents))]
    public void Hostile_event_json_is_refused_with_a_path(string why, string json)
    {
        var ex = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<PoolEvent>(json));
        Assert.False(ex.Path is null, why);
    }

    [Fact]
    public void A_huge_list_of_tags_or_sub_pools_is_refused_at_its_65th_item_with_the_path()
    {
        var names = "[" + string.Join(",", Enumerable.Range(0, 1_000_000).Select(i => $"\"t{i}\"")) + "]";
        var tags = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<PoolEvent>(
            $$"""{"type":"memberCaptured","eventId":"e","pool":"p","at":"2024-01-01T00:00:00Z","member":"m","source":"s","subPool":"a","timeZone":"Asia/Shanghai","tags":{{names}},"joinedBy":"invitation"}"""));
        Assert.StartsWith("$.tags", tags.Path, StringComparison.Ordinal);
        var subPools = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<PoolEvent>(
            $$"""{"type":"poolCreated","eventId":"e","pool":"p","at":"2024-01-01T00:00:00Z","owner":"o","channel":"c","kind":"personalWeChat","subPools":{{names}},"capacity":null,"qrCodeJoinLimit":null}"""));
        Assert.StartsWith("$.subPools", subPools.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_event_type_is_refused() =>
        Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<PoolEvent>("""{"type":"memberHacked","eventId":"e"}"""));

    [Theory]
    [InlineData("\"capacity\":10000", "\"capacity\":-1")]
    [InlineData("\"subPool\":\"customers\"", "\"subPool\":\"vip\"")]
    [InlineData("\"version\":1", "\"version\":2")]
    [InlineData("\"purchaseCount\":1", "\"purchaseCount\":-1")]
    public void A_broken_snapshot_is_refused(string from, string to)
    {
        var golden = Compact(File.ReadAllText(Golden("poolSnapshot")));
        Assert.Contains(from, golden, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<PrivatePool>(golden.Replace(from, to, StringComparison.Ordinal)));
    }
}
