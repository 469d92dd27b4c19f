using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// Every string of every contract (names, owners, categories, messages) is read through <see cref="JsonRead.String"/>,
/// so a hostile document cannot make the library hold a 10 MB "name": at most <see cref="JsonRead.MaxScalarLength"/>
/// bytes, or a <see cref="JsonException"/> with the path.
/// </summary>
internal sealed class BoundedStringJsonConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonRead.String(ref reader, "a string");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        return length <= JsonRead.MaxScalarLength
            ? reader.GetString()!
            : throw new JsonException($"A key is too long ({length} bytes; at most {JsonRead.MaxScalarLength}).");
    }

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value);
    }
}
