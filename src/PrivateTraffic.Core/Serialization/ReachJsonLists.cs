using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PrivateTraffic.Core.Pools;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// A bounded list of the reach contracts: a <see cref="ShortListJsonConverter{T}"/> with the reach contract's own bound,
/// each item read and written through its source-generated metadata.
/// </summary>
internal abstract class ReachListJsonConverter<T>(int maxItems) : ShortListJsonConverter<T>(maxItems)
{
    protected abstract JsonTypeInfo<T> ItemInfo { get; }

    protected override T ReadItem(ref Utf8JsonReader reader, JsonSerializerOptions options) => JsonSerializer.Deserialize(ref reader, ItemInfo)!;

    protected override void WriteItem(Utf8JsonWriter writer, T item, JsonSerializerOptions options) => JsonSerializer.Serialize(writer, item, ItemInfo);
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
