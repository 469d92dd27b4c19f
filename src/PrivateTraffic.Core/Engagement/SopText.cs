using System;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>The text rules of the SOP model (names, tags), checked in one place.</summary>
internal static class SopText
{
    /// <summary>The longest SOP name, in UTF-16 code units.</summary>
    public const int MaxNameLength = 256;

    public static string Tag(string? tag, string paramName) => Bounded(tag, SopExitCondition.MaxTagLength, "tag", paramName);

    public static string Name(string? name, string paramName) => Bounded(name, MaxNameLength, "name", paramName);

    public static T Defined<T>(T value, string paramName)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(paramName, value, $"Not a defined {typeof(T).Name}.");

    private static string Bounded(string? text, int maxLength, string what, string paramName)
    {
        Guard.Against.NullOrWhiteSpace(text, paramName);
        if (text.Length > maxLength || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.AsSpan().ContainsAnyInRange('\0', '\u001f'))
        {
            throw new ArgumentException($"The {what} '{MessageText.Quote(text)}' must be 1 to {maxLength} characters, with no control characters and no white space at either end.", paramName);
        }

        return text;
    }
}
