using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// A short list on the wire (funnel stages and conversions, sub-pools, tags): a JSON array of at most
/// <see cref="MaxItems"/> items (or the bound a subclass gives), none null. Reading stops at the first item past the
/// limit, so a hostile array of millions of items is refused after reading the limit's worth of them.
/// </summary>
internal abstract class ShortListJsonConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    /// <summary>The most items a short list holds on the wire unless a subclass says otherwise.</summary>
    public const int MaxItems = 64;

    private readonly int _maxItems;

    protected ShortListJsonConverter()
        : this(MaxItems)
    {
    }

    protected ShortListJsonConverter(int maxItems) => _maxItems = maxItems;

    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a JSON array of at most {_maxItems} items, found {reader.TokenType}.");
        }

        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (items.Count == _maxItems)
            {
                throw new JsonException($"This list holds at most {_maxItems} items.");
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
