using System;
using System.Linq;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Community;

public sealed class PositioningAssessmentTests
{
    /// <summary>Luogic Thinking as the articles describe it: product, knowledge and interest at once, with a KOL.</summary>
    public static CommunityPositioning LuogicThinking { get; } = CommunityPositioning.Create(
        CommunityTypes.Product | CommunityTypes.Knowledge | CommunityTypes.Interest,
        CommunityOrientation.Spiritual,
        CommunityCentre.Create(CentreKind.Person, "罗振宇"),
        VerticalFocus.Create("one book a day, explained", "white-collar learners"),
        niche: "lifelong learners who pay for knowledge",
        kolOrTeam: "罗辑思维 editorial team");

    private static PositioningFindingCode[] Codes(CommunityPositioning p) => PositioningAssessment.Assess(p).Select(f => f.Code).ToArray();

    [Fact]
    public void Luogic_thinking_is_hybrid_and_has_only_notes()
    {
        Assert.True(LuogicThinking.IsHybrid);
        var findings = PositioningAssessment.Assess(LuogicThinking);
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Note, f.Severity));
        Assert.Equal([PositioningFindingCode.Hybrid, PositioningFindingCode.VerticalBelonging, PositioningFindingCode.MaterialFirstYetPayForSpirit], findings.Select(f => f.Code));
    }

    [Fact]
    public void No_type_or_no_focus_is_a_vague_direction()
    {
        Assert.Contains(PositioningFindingCode.VagueDirection, Codes(CommunityPositioning.Create(CommunityTypes.None, CommunityOrientation.Material, LuogicThinking.Centre, LuogicThinking.Focus)));
        Assert.Contains(PositioningFindingCode.VagueDirection, Codes(CommunityPositioning.Create(CommunityTypes.Product, CommunityOrientation.Material, LuogicThinking.Centre)));
        var vague = PositioningAssessment.Assess(CommunityPositioning.Create(CommunityTypes.None))[0];
        Assert.Equal(FindingSeverity.Problem, vague.Severity);
        Assert.Contains("方向模糊", vague.ArticlePoint, StringComparison.Ordinal);
    }

    [Fact]
    public void Spiritual_without_a_kol_or_team_and_no_centre_are_found()
    {
        var codes = Codes(CommunityPositioning.Create(CommunityTypes.Knowledge, CommunityOrientation.Spiritual, focus: LuogicThinking.Focus));
        Assert.Contains(PositioningFindingCode.SpiritualWithoutKolOrTeam, codes);
        Assert.Contains(PositioningFindingCode.NoCentre, codes);
        Assert.DoesNotContain(PositioningFindingCode.SpiritualWithoutKolOrTeam, Codes(CommunityPositioning.Create(CommunityTypes.Product, CommunityOrientation.Material)));
    }

    [DeepProperty]
    public Property Hybrid_is_derived_from_more_than_one_kind_and_the_two_opposed_statements_are_always_kept() =>
        Prop.ForAll(Generators.Positionings, p =>
        {
            Assert.Equal(BitOperations.PopCount((uint)p.Types) > 1, p.IsHybrid);
            var codes = Codes(p);
            Assert.Contains(PositioningFindingCode.MaterialFirstYetPayForSpirit, codes);
            Assert.Contains(PositioningFindingCode.VerticalBelonging, codes);
            Assert.Equal(p.Types == CommunityTypes.None || p.Focus is null, codes.Contains(PositioningFindingCode.VagueDirection));
            Assert.Equal(codes, Codes(p));
        });

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter()
    {
        Assert.Equal("types", Assert.ThrowsAny<ArgumentException>(() => CommunityPositioning.Create((CommunityTypes)64)).ParamName);
        Assert.Equal("orientation", Assert.ThrowsAny<ArgumentException>(() => CommunityPositioning.Create(CommunityTypes.Tool, (CommunityOrientation)7)).ParamName);
        Assert.Equal("niche", Assert.ThrowsAny<ArgumentException>(() => CommunityPositioning.Create(CommunityTypes.Tool, niche: " ")).ParamName);
        Assert.Equal("name", Assert.ThrowsAny<ArgumentException>(() => CommunityCentre.Create(CentreKind.Brand, new string('x', 257))).ParamName);
        Assert.Equal("kind", Assert.ThrowsAny<ArgumentException>(() => CommunityCentre.Create((CentreKind)9, "x")).ParamName);
        Assert.Equal("persona", Assert.ThrowsAny<ArgumentException>(() => VerticalFocus.Create("t", "")).ParamName);
    }
}
