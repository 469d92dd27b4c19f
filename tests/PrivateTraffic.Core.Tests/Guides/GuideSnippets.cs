using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Guides;

/// <summary>
/// Keeps a guide's code honest: every <c>&lt;!-- compiled: NAME --&gt;</c> block of a markdown page must equal, line for line
/// (indentation of the region removed), the region <c>// begin NAME</c> … <c>// end NAME</c> of a C# file the tests compile.
/// </summary>
internal static partial class GuideSnippets
{
    /// <summary>The names of the page's compiled blocks whose text differs from the source region, or is missing there.</summary>
    public static IReadOnlyList<string> Mismatches(string markdownPath, string sourcePath, out int checkedBlocks)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, markdownPath)).ReplaceLineEndings("\n");
        var source = File.ReadAllText(Path.Combine(RepositoryPaths.Root, sourcePath)).ReplaceLineEndings("\n");
        var mismatches = new List<string>();
        var blocks = CompiledBlock().Matches(page);
        checkedBlocks = blocks.Count;
        foreach (Match block in blocks)
        {
            var name = block.Groups[1].Value;
            var region = Region(source, name);
            if (region is null || region != block.Groups[2].Value.TrimEnd('\n'))
            {
                mismatches.Add(name);
            }
        }

        return mismatches;
    }

    private static string? Region(string source, string name)
    {
        var lines = source.Split('\n');
        var start = Array.FindIndex(lines, l => l.Trim() == "// begin " + name);
        var end = Array.FindIndex(lines, l => l.Trim() == "// end " + name);
        if (start < 0 || end <= start)
        {
            return null;
        }

        var body = lines[(start + 1)..end];
        var indent = body.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join("\n", body.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    [GeneratedRegex("<!-- compiled: ([A-Za-z0-9-]+) -->\n```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CompiledBlock();
}
