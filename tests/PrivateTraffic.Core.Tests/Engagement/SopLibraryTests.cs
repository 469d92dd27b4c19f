using System;
using System.Linq;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Primitives;
using static PrivateTraffic.Core.Tests.Engagement.SopExamples;

namespace PrivateTraffic.Core.Tests.Engagement;

public sealed class SopLibraryTests
{
    [Fact]
    public void A_chain_of_hand_overs_passes_and_each_sop_is_found()
    {
        var library = SopLibrary.Create([OneStep("a", 1, null, "b", "c"), OneStep("b", 1, null, "c"), OneStep("c")]);

        Assert.Equal(3, library.Sops.Count);
        Assert.True(library.TryFind(SopId.From("b"), out var b));
        Assert.Equal([SopId.From("c")], b.HandOvers);
        Assert.False(library.TryFind(SopId.From("z"), out _));
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => library[SopId.From("z")]);
        Assert.Equal(Periodic, Library[Periodic].Id);
    }

    [Theory]
    [InlineData(DomainRuleCodes.SopHandOverCycle, "a>b", "b>a")]
    [InlineData(DomainRuleCodes.SopHandOverCycle, "a>a")]
    [InlineData(DomainRuleCodes.SopHandOverCycle, "a>b", "b>c", "c>d", "d>b")]
    [InlineData(DomainRuleCodes.SopUnknownHandOver, "a>b", "b>z")]
    [InlineData(DomainRuleCodes.SopDuplicateId, "a", "b", "a")]
    public void A_broken_library_is_refused_with_its_code(string code, params string[] sops)
    {
        var ex = Assert.Throws<DomainRuleException>(() => SopLibrary.Create(Array.ConvertAll(sops, s => s.Split('>') is var p && p.Length == 2 ? OneStep(p[0], 1, null, p[1]) : OneStep(p[0]))));
        Assert.Equal(code, ex.Code);
    }

    [Fact]
    public void A_cycle_is_named_in_the_message()
    {
        var ex = Assert.Throws<DomainRuleException>(() => SopLibrary.Create([OneStep("a", 1, null, "b"), OneStep("b", 1, null, "a")]));
        Assert.Contains("'a' → 'b' → 'a'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_library_is_bounded()
    {
        Assert.Equal("sops", Assert.Throws<ArgumentException>(() => SopLibrary.Create(Enumerable.Range(0, SopLibrary.MaxSops + 1).Select(i => OneStep("s" + i)))).ParamName);
        Assert.Equal("sops", Assert.Throws<ArgumentException>(() => SopLibrary.Create([null!])).ParamName);
        Assert.Equal(SopLibrary.MaxSops, SopLibrary.Create(Enumerable.Range(0, SopLibrary.MaxSops).Select(i => OneStep("s" + i))).Sops.Count);
    }
}
