using System;
using PrivateTraffic.Core.Community;

namespace PrivateTraffic.Core.Tests.Community;

/// <summary>Hostile JSON for group events and the group snapshot: each is refused with a JsonException that has a path.</summary>
public sealed class CommunityGroupHostileJsonTests
{
    private const string Snapshot = """{"schema":1,"opened":{"community":"c","pool":"p","kind":"weComGroup","capacity":500,"qrCodeJoinLimit":200,"admission":"open","joiningRitual":null,"eventId":"open","group":"g","at":"2024-01-01T00:00:00Z"},"members":["m000"],"version":2,"roles":[{"member":"m000","role":"storeManager"}]}""";
    private const string Joined = """{"type":"memberJoinedGroup","member":"m000","method":"invitation","invitedBy":null,"ritualPlayed":null,"eventId":"e","group":"g","at":"2024-01-01T00:00:00Z"}""";

    [Theory]
    [InlineData("schema as a string", "\"schema\":1", "\"schema\":\"1\"")]
    [InlineData("version as a float", "\"version\":2", "\"version\":2.5")]
    [InlineData("members not a list", "\"members\":[\"m000\"]", "\"members\":\"m000\"")]
    [InlineData("a null member", "\"members\":[\"m000\"]", "\"members\":[null]")]
    [InlineData("a blank member", "\"members\":[\"m000\"]", "\"members\":[\" \"]")]
    [InlineData("opened missing", "\"opened\":{", "\"openedAt\":{")]
    [InlineData("an unknown kind", "\"weComGroup\"", "\"fax\"")]
    [InlineData("an unknown admission", "\"admission\":\"open\"", "\"admission\":\"bribe\"")]
    [InlineData("a role without its member", "{\"member\":\"m000\",\"role\"", "{\"role\"")]
    [InlineData("a role with an extra member", "\"role\":\"storeManager\"}", "\"role\":\"storeManager\",\"since\":1}")]
    [InlineData("a duplicate property", "\"version\":2", "\"version\":2,\"version\":3")]
    [InlineData("a bad instant", "\"2024-01-01T00:00:00Z\"", "\"yesterday\"")]
    public void A_hostile_snapshot_is_refused_with_a_path(string why, string find, string replace)
    {
        Assert.Contains(find, Snapshot, StringComparison.Ordinal);
        CommunityGolden.AssertRefused<GroupSnapshot>(why, Snapshot.Replace(find, replace, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("an unknown method", "\"invitation\"", "\"telepathy\"")]
    [InlineData("a numeric method", "\"invitation\"", "1")]
    [InlineData("the type twice", "\"type\":\"memberJoinedGroup\",", "\"type\":\"memberJoinedGroup\",\"type\":\"memberLeftGroup\",")]
    [InlineData("an extra member", "\"eventId\":\"e\"", "\"eventId\":\"e\",\"vip\":true")]
    [InlineData("a blank event id", "\"eventId\":\"e\"", "\"eventId\":\"\"")]
    [InlineData("a fee without a currency", "\"ritualPlayed\":null", "\"ritualPlayed\":null,\"feePaid\":{\"amount\":199}")]
    [InlineData("a null group", "\"group\":\"g\"", "\"group\":null")]
    [InlineData("the ritual as a number", "\"ritualPlayed\":null", "\"ritualPlayed\":7")]
    public void A_hostile_group_event_is_refused_with_a_path(string why, string find, string replace)
    {
        Assert.Contains(find, Joined, StringComparison.Ordinal);
        CommunityGolden.AssertRefused<GroupEvent>(why, Joined.Replace(find, replace, StringComparison.Ordinal));
    }

    [Fact]
    public void The_hostile_cases_start_from_documents_that_read()
    {
        Assert.NotNull(PrivateTraffic.Core.Serialization.PrivateTrafficJson.Deserialize<GroupSnapshot>(Snapshot).Roles);
        Assert.IsType<MemberJoinedGroup>(PrivateTraffic.Core.Serialization.PrivateTrafficJson.Deserialize<GroupEvent>(Joined));
    }
}
