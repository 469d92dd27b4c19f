using System;
using System.Text.Json;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// Small strict readers shared by the hand-written converters. Each refuses the wrong token type and
/// over-long text with a <see cref="JsonException"/>; the serializer adds the JSON path to it.
/// </summary>
internal static class JsonRead
{
    /// <summary>The longest string any scalar of the library accepts (amounts, codes, dates, ids).</summary>
    public const int MaxScalarLength = 1024;

    public static string String(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected {what} as a JSON string, found {reader.TokenType}.");
        }

        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxScalarLength)
        {
            throw new JsonException($"The text for {what} is too long ({length} bytes; at most {MaxScalarLength}).");
        }

        return reader.GetString()!;
    }

    public static Currency Currency(ref Utf8JsonReader reader)
    {
        var code = String(ref reader, "a currency code");
        if (!Primitives.Currency.TryFromCode(code, out var currency))
        {
            throw new JsonException($"Unknown currency code '{MessageText.Quote(code)}'.");
        }

        return currency;
    }
}
