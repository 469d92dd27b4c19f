using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// A look-ahead over an SOP document before it is read: any array longer than <see cref="MaxArrayItems"/> is refused at
/// its first item past the limit, with that item's path, so a hostile array of millions of steps or SOPs costs a scan of
/// 257 items, not a million objects. The tighter limits of each list (64 steps, 16 conditions, 8 end actions) are the
/// model's own and are checked after reading, also with their paths.
/// </summary>
internal static class SopJsonScan
{
    /// <summary>The longest array an SOP document may hold (the most SOPs of a library).</summary>
    public const int MaxArrayItems = Engagement.SopLibrary.MaxSops;

    /// <summary>Scans the value at the reader's position; the reader is a copy, so the caller's position does not move.</summary>
    public static void CheckArrays(Utf8JsonReader reader)
    {
        // Each open container: the path segment it was reached by, whether it is an array, and its items so far.
        var frames = new List<(string Segment, bool IsArray, int Items)>();
        string? property = null;
        do
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    continue;
                case JsonTokenType.EndArray or JsonTokenType.EndObject:
                    frames.RemoveAt(frames.Count - 1);
                    continue;
            }

            var segment = Enter(frames, property);
            property = null;
            if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject)
            {
                frames.Add((segment, reader.TokenType == JsonTokenType.StartArray, 0));
            }
        }
        while (frames.Count > 0 && reader.Read());
    }

    /// <summary>Counts a value into its container and gives the path segment that reaches it.</summary>
    private static string Enter(List<(string Segment, bool IsArray, int Items)> frames, string? property)
    {
        if (frames.Count == 0)
        {
            return "$";
        }

        var (segment, isArray, items) = frames[^1];
        if (!isArray)
        {
            return "." + property;
        }

        if (items == MaxArrayItems)
        {
            throw new JsonException($"This array holds more than {MaxArrayItems} items; an SOP document holds no longer list.", Path(frames) + $"[{items}]", null, null);
        }

        frames[^1] = (segment, isArray, items + 1);
        return $"[{items}]";
    }

    private static string Path(List<(string Segment, bool IsArray, int Items)> frames)
    {
        var path = new StringBuilder();
        foreach (var frame in frames)
        {
            path.Append(frame.Segment);
        }

        return path.ToString();
    }
}
