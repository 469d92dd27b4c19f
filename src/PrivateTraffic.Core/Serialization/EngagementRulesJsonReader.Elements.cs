using System;
using System.Collections.Generic;
using System.Text.Json;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Primitives;
using Codes = PrivateTraffic.Core.Primitives.DomainRuleCodes;

namespace PrivateTraffic.Core.Serialization;

/// <content>The element readers: each checks the JSON type and reports a wrong one at the element's path.</content>
internal static partial class EngagementRulesJsonReader
{
    /// <summary>An object's members: every required one present, no unknown one, none twice.</summary>
    private static Dictionary<string, JsonElement> Members(JsonElement e, string path, string[] required, string[] optional)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw Wrong(path, "an object", e);
        }

        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in e.EnumerateObject())
        {
            var at = $"{path}.{(p.Name.Length <= 64 ? p.Name : p.Name[..64] + "…")}";
            if (System.Array.IndexOf(required, p.Name) < 0 && System.Array.IndexOf(optional, p.Name) < 0)
            {
                throw new RuleValidationException(Codes.EngagementInvalidParameter, $"'{MessageText.Quote(p.Name)}' is not a member here; expected {string.Join(", ", [.. required, .. optional])}.", at);
            }

            if (!members.TryAdd(p.Name, p.Value))
            {
                throw new RuleValidationException(Codes.EngagementInvalidParameter, $"'{p.Name}' is given twice.", at);
            }
        }

        foreach (var name in required)
        {
            if (!members.ContainsKey(name))
            {
                throw new RuleValidationException(Codes.EngagementInvalidParameter, $"The member '{name}' is required.", path);
            }
        }

        return members;
    }

    /// <summary>An array of at most <paramref name="max"/> items; the limit is checked before any item is read.</summary>
    private static JsonElement[] Array(JsonElement e, string path, int max)
    {
        if (e.ValueKind != JsonValueKind.Array)
        {
            throw Wrong(path, "an array", e);
        }

        var length = e.GetArrayLength();
        if (length > max)
        {
            throw new RuleValidationException(Codes.EngagementLimitExceeded, $"At most {max} items here; found {length}.", $"{path}[{max}]");
        }

        var items = new JsonElement[length];
        var i = 0;
        foreach (var item in e.EnumerateArray())
        {
            items[i++] = item;
        }

        return items;
    }

    private static string String(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.String)
        {
            throw Wrong(path, "a string", e);
        }

        var text = e.GetString()!;
        return text.Length <= JsonRead.MaxScalarLength
            ? text
            : throw new RuleValidationException(Codes.EngagementInvalidParameter, $"The text is too long ({text.Length} characters; at most {JsonRead.MaxScalarLength}).", path);
    }

    private static int Int(JsonElement e, string path) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var value) ? value : throw Wrong(path, "a whole number in the 32-bit range", e);

    private static double Double(JsonElement e, string path) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out var value) && double.IsFinite(value) ? value : throw Wrong(path, "a finite number", e);

    private static bool Bool(JsonElement e, string path) => e.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Wrong(path, "true or false", e),
    };

    /// <summary>A value of one of the library's contracts (money, an instant, an id, an enumeration name).</summary>
    private static T Value<T>(JsonElement e, string path)
    {
        try
        {
            return e.Deserialize(PrivateTrafficJson.TypeInfo<T>()) ?? throw new JsonException("null is not a value here.");
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or FormatException or OverflowException)
        {
            var inner = ex is JsonException { Path: { Length: > 1 } p } ? path + p[1..] : path;
            var message = ex.Message;
            var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
            throw new RuleValidationException(Codes.EngagementInvalidParameter, cut > 0 ? message[..cut] : message, inner, ex);
        }
    }

    private static RuleValidationException Wrong(string path, string expected, JsonElement found) =>
        new(Codes.EngagementInvalidParameter, $"Expected {expected}, found {Describe(found)}.", path);

    private static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "the number " + (e.GetRawText() is var t && t.Length <= 40 ? t : t[..40] + "…"),
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
