using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// Reads a contract through its plain DTO and then its validating factory, so a type with invariants is never
/// half-built from JSON; a broken rule becomes a <see cref="JsonException"/> (the serializer adds the path).
/// </summary>
internal abstract class DtoJsonConverter<T, TDto> : JsonConverter<T>
    where TDto : class
{
    protected abstract JsonTypeInfo<TDto> DtoInfo { get; }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var dto = JsonSerializer.Deserialize(ref reader, DtoInfo) ?? throw new JsonException($"Expected a {typeof(T).Name}, found null.");
        try
        {
            return FromDto(dto);
        }
        catch (Exception ex) when (ex is ArgumentException or DomainRuleException)
        {
            throw new JsonException($"Invalid {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, ToDto(value), DtoInfo);

    protected abstract T FromDto(TDto dto);

    protected abstract TDto ToDto(T value);

    /// <summary>A decimal as invariant text without trailing zeros ("29.33", not "29.3300").</summary>
    /// <remarks>Dividing by 1 written with 33 zeros makes decimal drop its trailing zeros (its scale is minimised).</remarks>
    protected static string Text(decimal value) =>
        (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    protected static decimal ParseAmount(string text, string member) =>
        Money.TryParseAmount(text, out var amount) ? amount : throw new ArgumentException($"'{MessageText.Quote(text)}' is not a decimal amount.", member);
}
