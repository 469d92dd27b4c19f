using System;

namespace PrivateTraffic.Core.Primitives;

/// <summary>Helpers for error messages that quote what the caller sent.</summary>
internal static class MessageText
{
    /// <summary>At most 32 characters of the input: a hostile 10 MB value must not become a 10 MB message.</summary>
    public static string Quote(string? text) =>
        text is null ? "null" : text.Length <= 32 ? text : string.Concat(text.AsSpan(0, 32), "…");
}
