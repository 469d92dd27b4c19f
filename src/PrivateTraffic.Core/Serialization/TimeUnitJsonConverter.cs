using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

/// <summary>A time unit on the wire is its name: "days", "weeks" or "months".</summary>
internal sealed class TimeUnitJsonConverter : JsonConverter<TimeUnit>
{
    public override TimeUnit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var name = JsonRead.String(ref reader, "a time unit (days, weeks or months)");
        return TimeUnit.TryParse(name, out var unit)
            ? unit
            : throw new JsonException($"'{MessageText.Quote(name)}' is not a time unit; use days, weeks or months.");
    }

    public override void Write(Utf8JsonWriter writer, TimeUnit value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Name);
    }
}
