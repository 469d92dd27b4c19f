using System.IO;

namespace PrivateTraffic.Core.Tests.Support;

/// <summary>Golden JSON files: version 1 of every contract, kept in the repository and read back by tests.</summary>
public static class Golden
{
    public static string Read(string area, string name) =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "PrivateTraffic.Core.Tests", "Golden", "v1", area, name));
}
