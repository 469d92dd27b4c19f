using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

/// <summary>Writes a currency as its ISO 4217 code; reads only known codes.</summary>
internal sealed class CurrencyJsonConverter : JsonConverter<Currency>
{
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonRead.Currency(ref reader);

    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Code);
    }
}
