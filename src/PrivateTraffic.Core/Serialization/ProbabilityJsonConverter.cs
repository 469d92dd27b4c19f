using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

/// <summary>A probability on the wire is a JSON number in [0, 1], such as <c>0.2</c>.</summary>
internal sealed class ProbabilityJsonConverter : JsonConverter<Probability>
{
    public override Probability Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var value))
        {
            throw new JsonException($"Expected a probability as a JSON number in [0, 1], found {reader.TokenType}.");
        }

        if (!Probability.TryFrom(value, out var probability))
        {
            throw new JsonException($"{value} is not a probability: it must lie in [0, 1].");
        }

        return probability;
    }

    public override void Write(Utf8JsonWriter writer, Probability value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Value);
    }
}
