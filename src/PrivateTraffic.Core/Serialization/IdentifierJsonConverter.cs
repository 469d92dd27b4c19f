using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

/// <summary>Writes an identifier as its text, and reads it back with the identifier's own validation.</summary>
/// <typeparam name="TId">The identifier type.</typeparam>
internal sealed class IdentifierJsonConverter<TId> : JsonConverter<TId>
    where TId : struct, IIdentifier<TId>
{
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected an identifier as a JSON string, found {reader.TokenType}.");
        }

        return ParseText(ref reader);
    }

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }

    public override TId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ParseText(ref reader);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Value);
    }

    private static TId ParseText(ref Utf8JsonReader reader)
    {
        // Refuse over-long text before it is turned into a string: a hostile 10 MB id costs nothing.
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > IdentifierText.MaxLength * 6)
        {
            throw new JsonException($"An identifier is at most {IdentifierText.MaxLength} characters.");
        }

        var text = reader.GetString();
        if (!TId.TryFrom(text, out var id))
        {
            throw new JsonException($"'{text}' is not a valid identifier: 1 to {IdentifierText.MaxLength} characters, no control characters, no white space at either end.");
        }

        return id;
    }
}
