using System.Threading.Tasks;
using PoolCluster.Fit;
using PrivateTraffic.Core.Tests.Cluster;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Guides;

/// <summary>docs/guide/scale-out.md runs on the in-process cluster, and shows exactly the code that runs.</summary>
[Collection(InProcessClusterGroup.Name)]
public sealed class ScaleOutGuideTests(InProcessClusterFixture fixture)
{
    [Fact]
    public void The_guide_shows_the_compiled_code()
    {
        var mismatches = GuideSnippets.Mismatches("docs/guide/scale-out.md", "tests/PrivateTraffic.Core.Tests/Guides/ScaleOutGuide.cs", out var blocks);
        Assert.Equal(3, blocks);
        Assert.Empty(mismatches);
    }

    [Fact]
    public void The_silo_configuration_builds()
    {
        using var host = ScaleOutGuide.Silo("Host=127.0.0.1;Username=orleans;Database=postgres", 11111, 30000);
        Assert.NotNull(host.Services);
    }

    [SkippableFact]
    public async Task The_commands_and_the_fit_run_on_the_cluster()
    {
        var cluster = fixture.Require();
        var outcome = await ScaleOutGuide.Command(cluster.Client);
        Assert.Equal(2, outcome.Stored);   // the purchase and the member's first-purchase stage change

        var fit = await ScaleOutGuide.Fit(cluster.Client);
        var local = BgNbdModel.Fit(SimulatedBase.Whole(11, 8, 500));
        Value.Models.ModelFitSessionTests.AssertSameFit(local, fit);
    }
}
