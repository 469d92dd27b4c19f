using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// The library's JSON contracts: one read-only <see cref="JsonSerializerOptions"/> instance and typed helpers
/// over it. Reading is strict: unknown members, missing required members, null where a value is required,
/// numbers written as strings (and the reverse), NaN, out-of-range numbers and nesting deeper than
/// <see cref="MaxDepth"/> are all refused with a <see cref="JsonException"/> whose <see cref="JsonException.Path"/>
/// says where. All metadata is source-generated, so no reflection runs and the library is AOT-compatible.
/// docs/json.md describes each contract; every contract is version 1 and changes only by adding members.
/// </summary>
public static class PrivateTrafficJson
{
    /// <summary>The deepest nesting a document may have.</summary>
    public const int MaxDepth = 64;

    /// <summary>The options every contract is read and written with. Read-only: it cannot be changed by a caller.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The metadata for one contract type, for use with <see cref="JsonSerializer"/>'s AOT-safe overloads.</summary>
    /// <typeparam name="T">A contract type of the library.</typeparam>
    /// <returns>The type's metadata bound to <see cref="Options"/>.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a contract of the library.</exception>
    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    /// <summary>Writes a contract as compact JSON.</summary>
    /// <typeparam name="T">A contract type of the library.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>());

    /// <summary>Reads a contract from JSON text, strictly.</summary>
    /// <typeparam name="T">A contract type of the library.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid document of the contract; <see cref="JsonException.Path"/> says where.</exception>
    public static T Deserialize<T>(string json)
    {
        Guard.Against.Null(json);
        try
        {
            return JsonSerializer.Deserialize(json, TypeInfo<T>())
                ?? throw new JsonException($"Expected a {typeof(T).Name}, found the JSON literal null.");
        }
        catch (JsonException ex) when (ex.Path is not null && !ex.Message.Contains("Path: ", StringComparison.Ordinal))
        {
            // Converters write messages without the location; readers of logs need it in the message too.
            throw new JsonException($"{ex.Message} Path: {ex.Path} | LineNumber: {ex.LineNumber} | BytePositionInLine: {ex.BytePositionInLine}.", ex.Path, ex.LineNumber, ex.BytePositionInLine, ex);
        }
        catch (Exception ex) when (ex is ArgumentException or DomainRuleException or FormatException or OverflowException)
        {
            // A value that parsed but breaks a rule of its type is still bad input, and bad input is a JsonException.
            throw new JsonException($"The JSON describes an invalid {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            // Every capability's source-generated context; a new capability adds its context here.
            TypeInfoResolver = JsonTypeInfoResolver.Combine(
                PrimitivesJsonContext.Default,
                TrafficJsonContext.Default,
                PoolsJsonContext.Default,
                ValueJsonContext.Default,
                ValueModelsJsonContext.Default),
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            NumberHandling = JsonNumberHandling.Strict,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            MaxDepth = MaxDepth,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.Converters.Add(new InstantJsonConverter());
        options.Converters.Add(new LocalDateJsonConverter());
        options.Converters.Add(new LocalTimeJsonConverter());
        options.Converters.Add(new LocalDateTimeJsonConverter());
        options.Converters.Add(new DurationJsonConverter());
        options.Converters.Add(new PeriodJsonConverter());
        options.Converters.Add(new DateTimeZoneJsonConverter());
        options.Converters.Add(new NameListJsonConverter());
        options.Converters.Add(new ProbabilityListJsonConverter());
        options.MakeReadOnly();
        return options;
    }
}
