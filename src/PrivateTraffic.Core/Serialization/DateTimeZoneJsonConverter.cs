using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// A <see cref="DateTimeZone"/> by its IANA time zone database (TZDB) id, such as <c>Asia/Shanghai</c>. Only
/// ids known to the TZDB bundled with NodaTime are read; an unknown id is a <see cref="JsonException"/>.
/// </summary>
public sealed class DateTimeZoneJsonConverter : JsonConverter<DateTimeZone>
{
    /// <inheritdoc/>
    public override DateTimeZone Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var id = JsonRead.String(ref reader, "a TZDB time zone id such as Asia/Shanghai");
        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)
            ?? throw new JsonException($"'{MessageText.Quote(id)}' is not a TZDB time zone id (such as Asia/Shanghai).");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DateTimeZone value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Id);
    }
}
