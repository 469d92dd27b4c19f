using System;
using System.Diagnostics.CodeAnalysis;

namespace PrivateTraffic.Core.Primitives;

/// <summary>
/// The rules every identifier's text follows: 1 to <see cref="MaxLength"/> characters, no leading or trailing
/// white space, no control characters, no lone surrogate (text that survives UTF-8). Anything else (Chinese, digits, punctuation, a GUID, a WeCom external
/// user id) is allowed, because ids come from many systems and the library only needs to compare them.
/// </summary>
internal static class IdentifierText
{
    public const int MaxLength = 128;

    public static bool IsValid([NotNullWhen(true)] string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c))
            {
                return false;
            }

            // A surrogate must be half of a pair: a lone one is not text and does not survive UTF-8.
            if (char.IsHighSurrogate(c) && (i + 1 == value.Length || !char.IsLowSurrogate(value[++i])))
            {
                return false;
            }

            if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    public static string Validate(string? value, string kind, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (!IsValid(value))
        {
            throw new ArgumentException(
                $"The {kind} must be 1 to {MaxLength} characters with no control characters and no white space at either end.",
                paramName);
        }

        return value;
    }
}
