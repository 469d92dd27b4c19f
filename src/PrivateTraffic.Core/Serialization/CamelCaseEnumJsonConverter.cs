using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// An enumeration on the wire is its member name in camelCase, such as <c>"platform"</c> or <c>"freeToReach"</c>.
/// Reading is exact: numbers, other casings, combinations and unknown names are refused. The same names are used
/// when the enumeration is a dictionary key (<c>{"prospect":80,"firstPurchase":15}</c>), with the same strictness.
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

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(JsonRead.String(ref reader, $"a {typeof(T).Name} name"));

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(NameOf(value));
    }

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(KeyText(ref reader));

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(NameOf(value));
    }

    private static string KeyText(ref Utf8JsonReader reader)
    {
        // A key is as bounded as a value: a hostile 10 MB key is refused before it becomes a string.
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        return length <= JsonRead.MaxScalarLength
            ? reader.GetString()!
            : throw new JsonException($"A {typeof(T).Name} key is too long ({length} bytes; at most {JsonRead.MaxScalarLength}).");
    }

    private T Parse(string text)
    {
        var index = Array.IndexOf(_names, text);
        if (index < 0)
        {
            throw new JsonException($"'{Primitives.MessageText.Quote(text)}' is not a {typeof(T).Name}; expected one of {string.Join(", ", _names)}.");
        }

        return _values[index];
    }

    private string NameOf(T value)
    {
        var index = Array.IndexOf(_values, value);
        return index >= 0 ? _names[index] : throw new JsonException($"{value} is not a defined {typeof(T).Name}.");
    }
}
