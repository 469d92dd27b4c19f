using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// Every number of every contract read as a <see cref="double"/> is finite: "1e400" parses to infinity, which no contract
/// can hold and no JSON can write back, so it is refused on reading with a <see cref="JsonException"/> and the path.
/// </summary>
internal sealed class FiniteDoubleJsonConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException($"Expected a JSON number, found {reader.TokenType}.");
        }

        var value = reader.GetDouble();
        return double.IsFinite(value) ? value : throw new JsonException("The number is beyond the range of a double.");
    }

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }
}
