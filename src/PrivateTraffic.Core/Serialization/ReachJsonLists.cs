using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PrivateTraffic.Core.Pools;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// A bounded list of the reach contracts: a JSON array of at most <c>maxItems</c> items, none null. Reading stops at the
/// first item past the bound, so a hostile array is refused after reading the bound's worth of items.
/// </summary>
internal abstract class ReachListJsonConverter<T>(int maxItems) : JsonConverter<IReadOnlyList<T>>
{
    protected abstract JsonTypeInfo<T> ItemInfo { get; }

    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a JSON array of at most {maxItems} items, found {reader.TokenType}.");
        }

        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (items.Count == maxItems)
            {
                throw new JsonException($"This list holds at most {maxItems} items.");
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                throw new JsonException("A list item is null.");
            }

            items.Add(JsonSerializer.Deserialize(ref reader, ItemInfo)!);
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
            JsonSerializer.Serialize(writer, item, ItemInfo);
        }

        writer.WriteEndArray();
    }
}

/// <summary>A profile's consent history: at most 1,024 records.</summary>
internal sealed class ConsentRecordListJsonConverter() : ReachListJsonConverter<ConsentRecord>(1_024)
{
    protected override JsonTypeInfo<ConsentRecord> ItemInfo => ReachJsonContext.Default.ConsentRecord;
}

/// <summary>A profile's do-not-contact entries: at most 256.</summary>
internal sealed class DoNotContactEntryListJsonConverter() : ReachListJsonConverter<DoNotContactEntryDto>(256)
{
    protected override JsonTypeInfo<DoNotContactEntryDto> ItemInfo => ReachJsonContext.Default.DoNotContactEntryDto;
}

/// <summary>A profile's overrides: at most 256.</summary>
internal sealed class DoNotContactOverrideListJsonConverter() : ReachListJsonConverter<DoNotContactOverrideDto>(256)
{
    protected override JsonTypeInfo<DoNotContactOverrideDto> ItemInfo => ReachJsonContext.Default.DoNotContactOverrideDto;
}

/// <summary>A profile's pauses: at most 256.</summary>
internal sealed class PauseWindowListJsonConverter() : ReachListJsonConverter<PauseWindowDto>(256)
{
    protected override JsonTypeInfo<PauseWindowDto> ItemInfo => ReachJsonContext.Default.PauseWindowDto;
}

/// <summary>A profile's negative feedback: at most 256.</summary>
internal sealed class TouchFeedbackListJsonConverter() : ReachListJsonConverter<TouchFeedbackDto>(256)
{
    protected override JsonTypeInfo<TouchFeedbackDto> ItemInfo => ReachJsonContext.Default.TouchFeedbackDto;
}

/// <summary>A history's profiles: at most 100,000 (a larger population is planned in several histories; members never affect each other).</summary>
internal sealed class ContactProfileListJsonConverter() : ReachListJsonConverter<ContactProfileDto>(ReachHistoryJsonConverter.MaxProfiles)
{
    protected override JsonTypeInfo<ContactProfileDto> ItemInfo => ReachJsonContext.Default.ContactProfileDto;
}

/// <summary>A history's touch records: at most 1,000,000.</summary>
internal sealed class TouchRecordListJsonConverter() : ReachListJsonConverter<TouchRecordDto>(ReachHistoryJsonConverter.MaxTouches)
{
    protected override JsonTypeInfo<TouchRecordDto> ItemInfo => ReachJsonContext.Default.TouchRecordDto;
}
