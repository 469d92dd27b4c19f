using System;
using System.IO;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PublicApiGenerator;

namespace PrivateTraffic.Core.Tests.PublicApi;

/// <summary>
/// The public surface is snapshotted: any change to it shows as a diff of PrivateTraffic.Core.approved.txt in
/// review. When a change is intended, run the tests with PT_ACCEPT_API=1 to rewrite the approved file.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_approved_snapshot()
    {
        var actual = typeof(Money).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute"],
        }).ReplaceLineEndings("\n");
        var approvedPath = Path.Combine(RepositoryPaths.Root, "tests", "PrivateTraffic.Core.Tests", "PublicApi", "PrivateTraffic.Core.approved.txt");
        var receivedPath = approvedPath.Replace(".approved.txt", ".received.txt", StringComparison.Ordinal);

        if (Environment.GetEnvironmentVariable("PT_ACCEPT_API") == "1")
        {
            File.WriteAllText(approvedPath, actual);
        }

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (approved != actual)
        {
            File.WriteAllText(receivedPath, actual);
            Assert.Fail($"The public API changed. Compare {receivedPath} with {approvedPath}; if the change is intended, run the tests with PT_ACCEPT_API=1.");
        }
    }
}
