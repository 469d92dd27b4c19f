using System;
using System.IO;
using System.Text.Json;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Engagement;

/// <summary>Golden rule files (Golden/v1/engagement/rules); PT_ACCEPT_GOLDEN=1 rewrites them from what the writer writes.</summary>
internal static class RuleGolden
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Path(string file) =>
        System.IO.Path.Combine(RepositoryPaths.Root, "tests", "PrivateTraffic.Core.Tests", "Golden", "v1", "engagement", "rules", file);

    /// <summary>The articles' rules, as the sample uses them.</summary>
    public static EngagementRuleSet Articles() => PrivateTrafficJson.Deserialize<EngagementRuleSet>(File.ReadAllText(Path("articles.json")));

    /// <summary>The golden file compacted; with PT_ACCEPT_GOLDEN=1 first rewritten from <paramref name="current"/>.</summary>
    public static string Text(string file, string current)
    {
        if (Environment.GetEnvironmentVariable("PT_ACCEPT_GOLDEN") == "1")
        {
            using var document = JsonDocument.Parse(current);
            File.WriteAllText(Path(file), JsonSerializer.Serialize(document.RootElement, Indented) + "\n");
        }

        using var golden = JsonDocument.Parse(File.ReadAllText(Path(file)));
        return JsonSerializer.Serialize(golden.RootElement);
    }

    /// <summary>Asserts that reading the JSON fails with a rule validation error at the path and with the code.</summary>
    public static RuleValidationException AssertRefused(string json, string path, string code)
    {
        var ex = Assert.ThrowsAny<JsonException>(() => PrivateTrafficJson.Deserialize<EngagementRuleSet>(json));
        var rule = Assert.IsType<RuleValidationException>(ex is RuleValidationException ? ex : ex.InnerException);
        Assert.Equal(path, ex.Path);
        Assert.Equal(code, rule.Code);
        return rule;
    }
}
