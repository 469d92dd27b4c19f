using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// Writes an enum as its camelCase name and reads only a defined name: numbers, numeric strings, undefined
/// names and flag combinations are refused with a <see cref="JsonException"/>.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class StrictEnumJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
    private static readonly string[] Names = Array.ConvertAll(Values, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonRead.String(ref reader, "a " + typeof(TEnum).Name + " name");
        for (var i = 0; i < Names.Length; i++)
        {
            if (string.Equals(Names[i], text, StringComparison.Ordinal))
            {
                return Values[i];
            }
        }

        throw new JsonException($"'{Primitives.MessageText.Quote(text)}' is not a {typeof(TEnum).Name}; expected one of {string.Join(", ", Names)}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var i = Array.IndexOf(Values, value);
        if (i < 0)
        {
            throw new JsonException($"{value} is not a defined {typeof(TEnum).Name}.");
        }

        writer.WriteStringValue(Names[i]);
    }
}
