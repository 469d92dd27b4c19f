using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// Reads and writes a NodaTime value as a JSON string through one of NodaTime's own ISO patterns, so the
/// text on the wire is exactly what NodaTime documents. A malformed value is a <see cref="JsonException"/>.
/// </summary>
/// <typeparam name="T">The NodaTime type.</typeparam>
public abstract class NodaPatternJsonConverter<T> : JsonConverter<T>
{
    private readonly IPattern<T> _pattern;
    private readonly string _description;

    /// <summary>Creates the converter for a pattern.</summary>
    /// <param name="pattern">The NodaTime pattern used both ways.</param>
    /// <param name="description">What the value is, for error messages (for example "an ISO date such as 2026-11-24").</param>
    protected NodaPatternJsonConverter(IPattern<T> pattern, string description)
    {
        _pattern = pattern ?? throw new ArgumentNullException(nameof(pattern));
        _description = description ?? throw new ArgumentNullException(nameof(description));
    }

    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonRead.String(ref reader, _description);
        var result = _pattern.Parse(text);
        if (!result.Success)
        {
            throw new JsonException($"'{MessageText.Quote(text)}' is not {_description}.");
        }

        return result.Value;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(_pattern.Format(value));
    }
}
