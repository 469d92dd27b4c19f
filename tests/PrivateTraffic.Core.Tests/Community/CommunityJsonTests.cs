using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Community;

public sealed partial class CommunityJsonTests
{
    [DeepProperty]
    public Property Positionings_round_trip() =>
        Prop.ForAll(Generators.Positionings, p => p.Equals(CommunityGolden.RoundTrip(p)));

    [Fact]
    public void The_positioning_golden_file_reads_back() =>
        CommunityGolden.Check("positioning.json", PositioningAssessmentTests.LuogicThinking);

    [Theory]
    [InlineData("unknown member", """{"types":["tool"],"orientation":null,"centre":null,"focus":null,"niche":null,"kolOrTeam":null,"extra":1}""")]
    [InlineData("missing member", """{"types":["tool"],"orientation":null,"centre":null,"focus":null,"niche":null}""")]
    [InlineData("types as a number", """{"types":3,"orientation":null,"centre":null,"focus":null,"niche":null,"kolOrTeam":null}""")]
    [InlineData("unknown type", """{"types":["hybrid"],"orientation":null,"centre":null,"focus":null,"niche":null,"kolOrTeam":null}""")]
    [InlineData("type twice", """{"types":["tool","tool"],"orientation":null,"centre":null,"focus":null,"niche":null,"kolOrTeam":null}""")]
    [InlineData("orientation as a number", """{"types":[],"orientation":1,"centre":null,"focus":null,"niche":null,"kolOrTeam":null}""")]
    [InlineData("blank centre name", """{"types":[],"orientation":null,"centre":{"kind":"person","name":" "},"focus":null,"niche":null,"kolOrTeam":null}""")]
    [InlineData("blank niche", """{"types":[],"orientation":null,"centre":null,"focus":null,"niche":"","kolOrTeam":null}""")]
    [InlineData("focus without persona", """{"types":[],"orientation":null,"centre":null,"focus":{"topic":"t"},"niche":null,"kolOrTeam":null}""")]
    public void A_hostile_positioning_is_refused_with_a_path(string why, string json) => CommunityGolden.AssertRefused<CommunityPositioning>(why, json);

    [Fact]
    public void The_rule_set_golden_file_reads_back() =>
        CommunityGolden.Check("rule-set.json", GroupRuleSetTests.StoreGroupRules);

    [Theory]
    [InlineData("no roles", "\"roles\":[\"storeManager\",\"member\",\"seedUser\"]", "\"roles\":[]")]
    [InlineData("no allowed content", "\"allowedContent\":[\"text\",\"image\",\"voice\",\"miniProgram\"]", "\"allowedContent\":[]")]
    [InlineData("unknown content class", "\"allowedContent\":[\"text\"", "\"allowedContent\":[\"sticker\"")]
    [InlineData("unknown promoter", "\"promoters\":[\"storeManager\"]", "\"promoters\":[\"brand\"]")]
    [InlineData("share above one", "\"maxPromotionShare\":0.2", "\"maxPromotionShare\":1.2")]
    [InlineData("share as a string", "\"maxPromotionShare\":0.2", "\"maxPromotionShare\":\"0.2\"")]
    [InlineData("unknown forbidden content", "\"forbidden\":[\"qrCodes\"", "\"forbidden\":[\"emoji\"")]
    [InlineData("mute without a duration", "\"muteFor\":\"1:00:00:00\"", "\"muteFor\":null")]
    [InlineData("ladder falling", "\"penalty\":\"warn\"", "\"penalty\":\"remove\"")]
    [InlineData("empty ladder", "\"ladder\":[", "\"ladder\":[],\"x\":[")]
    [InlineData("unknown member", "\"forbiddenKeywords\":", "\"extra\":1,\"forbiddenKeywords\":")]
    public void A_hostile_rule_set_is_refused_with_a_path(string why, string find, string replace)
    {
        var good = PrivateTrafficJson.Serialize(GroupRuleSetTests.StoreGroupRules);
        Assert.Contains(find, good, System.StringComparison.Ordinal);
        CommunityGolden.AssertRefused<GroupRuleSet>(why, good.Replace(find, replace, System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_calendar_golden_file_reads_back() =>
        CommunityGolden.Check("calendar.json", ActivityCalendarTests.KnowledgeCalendar);

    [Theory]
    [InlineData("zero cadence", "\"cadence\":\"7:00:00:00\"", "\"cadence\":\"0:00:00:00\"")]
    [InlineData("zero interval", "\"interval\":1", "\"interval\":0")]
    [InlineData("unknown weekday", "\"dayOfWeek\":\"tuesday\"", "\"dayOfWeek\":\"funday\"")]
    [InlineData("weekday as a number", "\"dayOfWeek\":\"tuesday\"", "\"dayOfWeek\":2")]
    [InlineData("weekly with an nth", "\"nth\":0", "\"nth\":2")]
    [InlineData("unknown zone", "\"zone\":\"Asia/Shanghai\"", "\"zone\":\"Mars/Olympus\"")]
    [InlineData("unknown kind", "\"kind\":\"onlineLecture\"", "\"kind\":\"party\"")]
    [InlineData("blank name", "\"name\":\"Tuesday night lecture\"", "\"name\":\"\"")]
    [InlineData("time of day 25:00", "\"at\":\"20:00:00\"", "\"at\":\"25:00:00\"")]
    public void A_hostile_calendar_is_refused_with_a_path(string why, string find, string replace)
    {
        var good = PrivateTrafficJson.Serialize(ActivityCalendarTests.KnowledgeCalendar);
        Assert.Contains(find, good, System.StringComparison.Ordinal);
        CommunityGolden.AssertRefused<ActivityCalendar>(why, good.Replace(find, replace, System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_blueprint_golden_file_reads_back() =>
        CommunityGolden.Check("blueprint.json", VersionedBlueprintTests.ReadingCommunity);

    [Fact]
    public void The_blueprint_revised_event_golden_file_reads_back()
    {
        var history = NodaTime.Instant.FromUtc(2026, 9, 1, 0, 0);
        var revised = VersionedBlueprint.Draft(VersionedBlueprintTests.ReadingCommunity, "first draft", history, Core.Primitives.DomainEventId.From("bp-1")).Revisions[0];
        var text = CommunityGolden.Text("blueprint-revised.json", PrivateTrafficJson.Serialize(revised));
        var back = PrivateTrafficJson.Deserialize<BlueprintRevised>(text);
        Assert.Equal(revised.Blueprint, back.Blueprint);
        Assert.Equal((revised.EventId, revised.At, revised.Version, revised.Note), (back.EventId, back.At, back.Version, back.Note));
        Assert.Equal(text, PrivateTrafficJson.Serialize(back));
    }

    [Theory]
    [InlineData("negative fee", "\"amount\":\"199.00\"", "\"amount\":\"-199.00\"")]
    [InlineData("unknown admission", "\"admission\":\"application\"", "\"admission\":\"lottery\"")]
    [InlineData("unknown permission", "\"moderate\",\"hostActivities\"", "\"moderate\",\"fly\"")]
    [InlineData("invalid role name", "\"bookCaptain\"", "\" bookCaptain\"")]
    [InlineData("no core values", "\"coreValues\":[\"give first, share first\",\"depth over headcount\"]", "\"coreValues\":[]")]
    [InlineData("role given twice", "\"role\":\"bookCaptain\"", "\"role\":\"member\"")]
    [InlineData("unknown channel", "\"channels\":[\"goods\"", "\"channels\":[\"lottery\"")]
    public void A_hostile_blueprint_is_refused_with_a_path(string why, string find, string replace)
    {
        var good = PrivateTrafficJson.Serialize(VersionedBlueprintTests.ReadingCommunity);
        Assert.Contains(find, good, System.StringComparison.Ordinal);
        CommunityGolden.AssertRefused<CommunityBlueprint>(why, good.Replace(find, replace, System.StringComparison.Ordinal));
    }
}
