using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// A short list on the wire (funnel stages and conversions, sub-pools, tags): a JSON array of at most
/// <see cref="MaxItems"/> items, none null. Reading stops at the first item past the limit, so a hostile array of
/// millions of items is refused after reading 64 of them.
/// </summary>
internal abstract class ShortListJsonConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    /// <summary>The most items a short list holds on the wire.</summary>
    public const int MaxItems = 64;

    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a JSON array of at most {MaxItems} items, found {reader.TokenType}.");
        }

        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (items.Count == MaxItems)
            {
                throw new JsonException($"This list holds at most {MaxItems} items.");
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                throw new JsonException("A list item is null.");
            }

            items.Add(ReadItem(ref reader, options));
        }

        return items.ToArray();
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        foreach (var item in value)
        {
            WriteItem(writer, item, options);
        }

        writer.WriteEndArray();
    }

    protected abstract T ReadItem(ref Utf8JsonReader reader, JsonSerializerOptions options);

    protected abstract void WriteItem(Utf8JsonWriter writer, T item, JsonSerializerOptions options);
}

/// <summary>A short list of names: funnel stages, sub-pools, tags.</summary>
internal sealed class NameListJsonConverter : ShortListJsonConverter<string>
{
    protected override string ReadItem(ref Utf8JsonReader reader, JsonSerializerOptions options) => JsonRead.String(ref reader, "a name");

    protected override void WriteItem(Utf8JsonWriter writer, string item, JsonSerializerOptions options) => writer.WriteStringValue(item);
}

/// <summary>A short list of probabilities: a funnel's conversions.</summary>
internal sealed class ProbabilityListJsonConverter : ShortListJsonConverter<Probability>
{
    private static readonly ProbabilityJsonConverter Item = new();

    protected override Probability ReadItem(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        Item.Read(ref reader, typeof(Probability), options);

    protected override void WriteItem(Utf8JsonWriter writer, Probability item, JsonSerializerOptions options) =>
        Item.Write(writer, item, options);
}
