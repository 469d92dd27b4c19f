using System;
using System.IO;
using System.Text.Json;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Community;

/// <summary>Golden files of the community contracts (Golden/v1/community); PT_ACCEPT_GOLDEN=1 rewrites them.</summary>
internal static class CommunityGolden
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Checks that the file reads back as <paramref name="expected"/> and that writing it gives the file again.</summary>
    public static void Check<T>(string file, T expected)
    {
        var text = Text(file, PrivateTrafficJson.Serialize(expected));
        Assert.Equal(expected, PrivateTrafficJson.Deserialize<T>(text));
        Assert.Equal(text, PrivateTrafficJson.Serialize(expected));
    }

    public static string Text(string file, string current)
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "PrivateTraffic.Core.Tests", "Golden", "v1", "community", file);
        if (Environment.GetEnvironmentVariable("PT_ACCEPT_GOLDEN") == "1")
        {
            using var document = JsonDocument.Parse(current);
            File.WriteAllText(path, JsonSerializer.Serialize(document.RootElement, Indented) + "\n");
        }

        using var golden = JsonDocument.Parse(File.ReadAllText(path));
        return JsonSerializer.Serialize(golden.RootElement);
    }

    public static void AssertRefused<T>(string why, string json)
    {
        var ex = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<T>(json));
        Assert.True(ex.Path is not null, $"{why}: the exception has no path ({ex.Message})");
    }

    public static T RoundTrip<T>(T value) => PrivateTrafficJson.Deserialize<T>(PrivateTrafficJson.Serialize(value));
}
