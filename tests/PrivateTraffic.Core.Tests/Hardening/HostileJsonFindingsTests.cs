using System;
using System.Collections.Generic;
using System.Text.Json;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Hardening;

/// <summary>Issue 10's JSON findings, each reproduced: hostile JSON is a JsonException with a path, and nothing else.</summary>
public sealed class HostileJsonFindingsTests
{
    private static void Refused<T>(string json)
    {
        var ex = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<T>(json));
        Assert.False(string.IsNullOrEmpty(ex.Path), $"no path for: {ex.Message}");
    }

    [Theory]
    [InlineData("""{"eventId":"e","pool":"p","at":"2024-01-01T00:00:00Z","member":"m"}""")]
    [InlineData("""{"type":"memberErased","type":"memberLeft","eventId":"e","pool":"p","at":"2024-01-01T00:00:00Z","member":"m"}""")]
    [InlineData("""{"type":"memberErased","eventId":"e","pool":"p","at":"2024-01-01T00:00:00Z","member":"m","member":"n"}""")]
    [InlineData("""{"type":"memberErased","eventId":"e","pool":"p","at":"2024-01-01T00:00:00Z","member":"a\uD800"}""")]
    public void A_pool_event_with_a_misplaced_missing_or_repeated_member_is_refused_with_a_path(string json) => Refused<PoolEvent>(json);

    [Fact]
    public void A_pool_event_whose_type_comes_later_reads_like_one_whose_type_comes_first()
    {
        // Decided: the order of members does not matter, "type" included (AllowOutOfOrderMetadataProperties).
        var later = PrivateTrafficJson.Deserialize<PoolEvent>("""{"eventId":"e","pool":"p","at":"2024-01-01T00:00:00Z","member":"m","type":"memberErased"}""");
        var first = PrivateTrafficJson.Deserialize<PoolEvent>("""{"type":"memberErased","eventId":"e","pool":"p","at":"2024-01-01T00:00:00Z","member":"m"}""");
        Assert.Equal(first, later);
    }

    [Fact]
    public void Null_items_in_a_list_of_events_are_refused() =>
        Refused<IReadOnlyList<PoolEvent>>("""[null]""");

    [Fact]
    public void A_root_null_is_refused_with_a_path() => Refused<PoolEvent>("null");

    [Fact]
    public void An_owner_of_ten_megabytes_is_refused()
    {
        var owner = new string('x', 10 * 1024 * 1024);
        Refused<PoolEvent>("{\"type\":\"poolCreated\",\"eventId\":\"e\",\"pool\":\"p\",\"at\":\"2024-01-01T00:00:00Z\",\"owner\":\"" + owner + "\",\"channel\":\"c\",\"kind\":\"personalWeChat\",\"subPools\":[\"a\"],\"capacity\":null,\"qrCodeJoinLimit\":null}");
    }

    [Fact]
    public void A_duplicate_parameter_in_a_fit_is_refused() =>
        Refused<BgNbdParameters>("""{"r":0.243,"alpha":4.414,"a":0.793,"b":2.426,"unit":"weeks","r":7}""");

    [Fact]
    public void A_lone_surrogate_is_not_an_id()
    {
        Assert.Throws<ArgumentException>("value", () => MemberId.From("a\uD800"));
        Assert.Throws<ArgumentException>("value", () => MemberId.From("\uDC00b"));
        Assert.Equal("张三😀", MemberId.From("张三😀").Value);
    }
}
