using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PrivateTraffic.Core.Engagement;

namespace PoolService.Http;

/// <summary>Reads a <see cref="SopPlanRequest"/> with the library's contracts inside it, and puts the member's name in
/// front of a refusal's path: the library's readers give paths relative to the document they read (docs/json-sop.md),
/// so <c>$.steps[0]</c> inside <c>sop</c> is answered as <c>$.sop.steps[0]</c>. Strict like every body: both members
/// required, once each, nothing else.</summary>
public sealed class SopPlanRequestConverter : JsonConverter<SopPlanRequest>
{
    /// <inheritdoc/>
    public override SopPlanRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("The body must be an object with 'sop' and 'policy'.", "$", null, null);
        }

        SopDefinition? sop = null;
        ReachPolicy? policy = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "sop" when sop is null:
                    sop = Nested<SopDefinition>(ref reader, options, "sop");
                    break;
                case "policy" when policy is null:
                    policy = Nested<ReachPolicy>(ref reader, options, "policy");
                    break;
                default:
                    throw new JsonException($"'{Cut(name)}' is not a member of the body, or is given twice.", "$." + Cut(name), null, null);
            }
        }

        return sop is not null && policy is not null
            ? new SopPlanRequest(sop, policy)
            : throw new JsonException("The body needs both 'sop' and 'policy'.", "$", null, null);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, SopPlanRequest value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStartObject();
        writer.WritePropertyName("sop");
        JsonSerializer.Serialize(writer, value.Sop, (JsonTypeInfo<SopDefinition>)options.GetTypeInfo(typeof(SopDefinition)));
        writer.WritePropertyName("policy");
        JsonSerializer.Serialize(writer, value.Policy, (JsonTypeInfo<ReachPolicy>)options.GetTypeInfo(typeof(ReachPolicy)));
        writer.WriteEndObject();
    }

    /// <summary>Reads a library contract that is a member of a larger body, with the member's name in the path of a refusal.</summary>
    /// <typeparam name="T">The contract.</typeparam>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="options">The options (the library's contracts added).</param>
    /// <param name="member">The member's name in the body.</param>
    /// <returns>The value; a JSON null is refused.</returns>
    public static T Nested<T>(ref Utf8JsonReader reader, JsonSerializerOptions options, string member)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            return JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)))
                ?? throw new JsonException($"'{member}' must not be null.", "$", null, null);
        }
        catch (JsonException ex)
        {
            var path = ex.Path is { Length: > 0 } p && p[0] == '$' ? p[1..] : string.Empty;
            throw new JsonException(ex.Message, $"$.{member}{path}", ex.LineNumber, ex.BytePositionInLine, ex);
        }
    }

    private static string Cut(string? text) => text is null ? "?" : text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
