using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// An enumeration on the wire is its member name in camelCase, such as <c>"platform"</c> or <c>"freeToReach"</c>.
/// Reading is exact: numbers, other casings, combinations and unknown names are refused.
/// </summary>
internal sealed class CamelCaseEnumJsonConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private readonly T[] _values = Enum.GetValues<T>();
    private readonly string[] _names;

    public CamelCaseEnumJsonConverter()
    {
        _names = new string[_values.Length];
        for (var i = 0; i < _values.Length; i++)
        {
            _names[i] = JsonNamingPolicy.CamelCase.ConvertName(_values[i].ToString());
        }
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonRead.String(ref reader, $"a {typeof(T).Name} name");
        var index = Array.IndexOf(_names, text);
        if (index < 0)
        {
            throw new JsonException($"'{Primitives.MessageText.Quote(text)}' is not a {typeof(T).Name}; expected one of {string.Join(", ", _names)}.");
        }

        return _values[index];
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var index = Array.IndexOf(_values, value);
        if (index < 0)
        {
            throw new JsonException($"{value} is not a defined {typeof(T).Name}.");
        }

        writer.WriteStringValue(_names[index]);
    }
}
