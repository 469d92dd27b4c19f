using System.IO;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Samples;

/// <summary>samples/EngagementRules runs, shows each part issue 12 asks for, and reads the articles' rule file the tests pin.</summary>
public sealed class EngagementRulesSampleTests
{
    [Fact]
    public void The_samples_rule_file_is_the_golden_articles_file()
    {
        var sample = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "samples", "EngagementRules", "articles-rules.json"));
        var golden = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "PrivateTraffic.Core.Tests", "Golden", "v1", "engagement", "rules", "articles.json"));
        Assert.Equal(golden.ReplaceLineEndings(), sample.ReplaceLineEndings());
        Assert.Equal(7, PrivateTrafficJson.Deserialize<EngagementRuleSet>(sample).Rules.Count);
    }

    [Fact]
    public void The_sample_runs_and_shows_decisions_reasons_the_SOP_calendar_and_the_planners_counts()
    {
        var (exitCode, output, error) = BuiltProgram.Run("samples/EngagementRules", "EngagementRules.dll");
        Assert.True(exitCode == 0, error);
        Assert.Contains("fires the same rules", output, System.StringComparison.Ordinal);
        Assert.Contains("Why, for", output, System.StringComparison.Ordinal);
        Assert.Contains("Allow", output, System.StringComparison.Ordinal);
        Assert.Contains("Defer", output, System.StringComparison.Ordinal);
        Assert.Contains("Deny", output, System.StringComparison.Ordinal);
        Assert.Contains("7 days of moments", output, System.StringComparison.Ordinal);
        Assert.Contains("Assumed", output, System.StringComparison.Ordinal);
    }
}
