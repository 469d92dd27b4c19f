using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
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
public static partial class PrivateTrafficJson
{
    /// <summary>The deepest nesting a document may have.</summary>
    public const int MaxDepth = 64;

    /// <summary>Every capability's source-generated context; a new capability adds its context here.</summary>
    private static readonly IJsonTypeInfoResolver Contexts = JsonTypeInfoResolver.Combine(
        PrimitivesJsonContext.Default,
        TrafficJsonContext.Default,
        PoolsJsonContext.Default,
        PoolReadModelsJsonContext.Default,
        ValueJsonContext.Default,
        ValueModelsJsonContext.Default,
        FissionJsonContext.Default,
        CommunityJsonContext.Default,
        SopJsonContext.Default,
        ReachJsonContext.Default,
        EngagementRulesJsonContext.Default);

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
                ?? throw new JsonException($"Expected a {typeof(T).Name}, found the JSON literal null.", "$", null, null);
        }
        catch (NotSupportedException ex) when (IsPolymorphic(TypeInfo<T>()))
        {
            // The serializer refuses a polymorphic object without its "type" (an abstract PoolEvent cannot be made) with a
            // NotSupportedException whose message ends with the location; bad input is a JsonException, so carry it over.
            var path = PathInMessage().Match(ex.Message) is { Success: true } m ? m.Groups[1].Value : "$";
            throw new JsonException($"The JSON does not name a known type for {typeof(T).Name}: {ex.Message}", path, null, null, ex);
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

    /// <summary>
    /// Adds the library's contracts to options you already have, such as ASP.NET Core's
    /// (<c>builder.Services.ConfigureHttpJsonOptions(o =&gt; o.SerializerOptions.AddPrivateTraffic())</c>) or a
    /// <c>new JsonSerializerOptions(JsonSerializerDefaults.Web)</c>. The library's source-generated resolvers go first in
    /// <see cref="JsonSerializerOptions.TypeInfoResolverChain"/>, ahead of any the options already have, so no reflection
    /// runs for the library's types and the options stay AOT-safe.
    /// </summary>
    /// <remarks>
    /// Every type of the library keeps its contract whatever the options say: it is read and written exactly as with
    /// <see cref="Options"/> (member names, which a naming policy does not change; unknown members, missing required
    /// members and nulls refused; numbers never read from strings; the library's own converters for money, ids,
    /// enumerations and NodaTime values, ahead of a <c>JsonStringEnumConverter</c> or NodaTime converters of yours).
    /// What the options still decide: how the document is written (indentation, character escaping), the reader's
    /// syntax rules and depth limit for the document as a whole, collections and dictionaries of the library's types
    /// (their duplicate keys follow <see cref="JsonSerializerOptions.AllowDuplicateProperties"/>), and everything
    /// about your own types. The library's NodaTime converters are added last, so they apply to your own types only
    /// where you have none. docs/json.md has the full list.
    /// </remarks>
    /// <param name="options">Options that are not yet read-only (not yet used to serialize).</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> is read-only (it has been used already).</exception>
    public static JsonSerializerOptions AddPrivateTraffic(this JsonSerializerOptions options)
    {
        Guard.Against.Null(options);
        if (options.IsReadOnly)
        {
            throw new InvalidOperationException("These JsonSerializerOptions are read-only (they have been used); add the library's contracts before the first use.");
        }

        if (options.Converters.Any(c => c is ContractConverterFactory))
        {
            return options;
        }

        options.TypeInfoResolverChain.Insert(0, ContractConverterFactory.Resolver(Contexts));
        options.Converters.Insert(0, new ContractConverterFactory());
        foreach (var converter in NodaConverters())
        {
            options.Converters.Add(converter);
        }

        return options;
    }

    private static JsonConverter[] NodaConverters() =>
    [
        new InstantJsonConverter(), new LocalDateJsonConverter(), new LocalTimeJsonConverter(), new LocalDateTimeJsonConverter(),
        new YearMonthJsonConverter(), new DurationJsonConverter(), new PeriodJsonConverter(), new DateTimeZoneJsonConverter(),
    ];

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = Contexts,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            NumberHandling = JsonNumberHandling.Strict,
            AllowTrailingCommas = false,
            AllowDuplicateProperties = false,
            // A pool event's "type" may come after its other members: the reader buffers the object to find it.
            AllowOutOfOrderMetadataProperties = true,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            MaxDepth = MaxDepth,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        foreach (var converter in NodaConverters())
        {
            options.Converters.Add(converter);
        }

        options.Converters.Add(new BoundedStringJsonConverter());
        options.Converters.Add(new FiniteDoubleJsonConverter());
        options.Converters.Add(new NonNullListJsonConverter<Pools.PoolEvent>());
        options.Converters.Add(new NonNullListJsonConverter<Value.ValueCard>());
        options.Converters.Add(new NonNullListJsonConverter<Pools.MemberSnapshot>());
        options.Converters.Add(new NameListJsonConverter());
        options.Converters.Add(new ProbabilityListJsonConverter());
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Whether a contract is polymorphic (read by its "type"), or a list of such contracts.</summary>
    private static bool IsPolymorphic(JsonTypeInfo info) =>
        info.PolymorphismOptions is not null || (info.ElementType is { } item && Options.GetTypeInfo(item).PolymorphismOptions is not null);

    [GeneratedRegex(@"Path: (\S+) \|")]
    private static partial Regex PathInMessage();
}
