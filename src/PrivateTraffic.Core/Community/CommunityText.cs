using System;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>The bounds every free text of the community model shares (names, topics, reasons written by a caller).</summary>
public static class CommunityText
{
    /// <summary>The longest free text accepted, in UTF-16 code units.</summary>
    public const int MaxLength = 256;

    internal static string Require(string? text, string paramName)
    {
        Guard.Against.NullOrWhiteSpace(text, paramName);
        Guard.Against.Unmet(text.Length <= MaxLength, $"'{paramName}' is {text.Length} characters long; at most {MaxLength} are accepted.", paramName);
        return text;
    }

    internal static string? Optional(string? text, string paramName) => text is null ? null : Require(text, paramName);

    internal static T Defined<T>(T value, string paramName)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(paramName, value, $"Not a defined {typeof(T).Name}: {MessageText.Quote(value.ToString())}.");
}
