using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Community;
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
}
