using System;
using System.IO;
using System.Text.Json;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Engagement;

/// <summary>Golden files of the SOP contracts (Golden/v1/engagement/sop); PT_ACCEPT_GOLDEN=1 rewrites them.</summary>
internal static class SopGolden
{
    public const string Area = "engagement/sop";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Checks that the file reads back as <paramref name="expected"/> and that writing it gives the file again.</summary>
    public static void Check<T>(string file, T expected)
    {
        var current = PrivateTrafficJson.Serialize(expected);
        if (Environment.GetEnvironmentVariable("PT_ACCEPT_GOLDEN") == "1")
        {
            using var document = JsonDocument.Parse(current);
            File.WriteAllText(Path.Combine(RepositoryPaths.Root, "tests", "PrivateTraffic.Core.Tests", "Golden", "v1", Area, file), JsonSerializer.Serialize(document.RootElement, Indented) + "\n");
        }

        using var golden = JsonDocument.Parse(Golden.Read(Area, file));
        var text = JsonSerializer.Serialize(golden.RootElement);
        Assert.Equal(expected, PrivateTrafficJson.Deserialize<T>(text));
        Assert.Equal(text, current);
    }

    /// <summary>Asserts that <paramref name="json"/> is refused with a <see cref="JsonException"/> at <paramref name="path"/>.</summary>
    public static JsonException Refused<T>(string json, string path)
    {
        var ex = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<T>(json));
        Assert.Equal(path, ex.Path);
        return ex;
    }
}
