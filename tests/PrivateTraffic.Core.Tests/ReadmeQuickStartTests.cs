using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests;

/// <summary>
/// README's quick start is compiled here (<see cref="QuickStart.Run"/> holds the same lines) and the test checks
/// that README still shows exactly those lines, so the quick start can neither rot nor drift.
/// </summary>
public sealed partial class ReadmeQuickStartTests
{
    [Fact]
    public void The_quick_start_runs() => QuickStart.Run();

    [Fact]
    public void Readme_shows_the_compiled_quick_start()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var block = QuickStartBlock().Match(readme);
        Assert.True(block.Success, "README has no quick-start block");
        var source = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "PrivateTraffic.Core.Tests", "QuickStart.cs")).ReplaceLineEndings("\n");
        var start = source.IndexOf("// begin quick start\n", StringComparison.Ordinal) + "// begin quick start\n".Length;
        var end = source.IndexOf("        // end quick start", StringComparison.Ordinal);
        var body = source[start..end].Split('\n').Select(l => l.Length >= 8 ? l[8..] : l.TrimStart());
        var usings = source.Split('\n').Where(l => l.StartsWith("using ", StringComparison.Ordinal) && !l.Contains("System;", StringComparison.Ordinal) && !l.Contains("System.Linq;", StringComparison.Ordinal));
        var expected = string.Join("\n", usings) + "\n\n" + string.Join("\n", body).TrimEnd() + "\n";
        Assert.Equal(expected, block.Groups[1].Value);
    }

    [GeneratedRegex("<!-- quick-start[^>]*-->\n```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex QuickStartBlock();
}
