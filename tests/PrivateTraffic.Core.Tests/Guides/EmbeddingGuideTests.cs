namespace PrivateTraffic.Core.Tests.Guides;

/// <summary>docs/guide/embedding.md runs, and shows exactly the code that runs.</summary>
public sealed class EmbeddingGuideTests
{
    [Fact]
    public void The_embedding_walk_runs_end_to_end()
    {
        var valuation = EmbeddingGuide.Run();
        // Wang was erased: only Zhang is left, a buyer with a card.
        Assert.Single(valuation.Cards);
        Assert.Equal(1, valuation.Base.Customers);
    }

    [Fact]
    public void The_guide_shows_the_compiled_code()
    {
        var mismatches = GuideSnippets.Mismatches("docs/guide/embedding.md", "tests/PrivateTraffic.Core.Tests/Guides/EmbeddingGuide.cs", out var blocks);
        Assert.Equal(6, blocks);
        Assert.Empty(mismatches);
    }
}
