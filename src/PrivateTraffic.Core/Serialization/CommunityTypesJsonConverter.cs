using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

/// <summary>Writes a <see cref="CommunityTypes"/> set as an array of camelCase names in flag order; reads it back,
/// refusing unknown names, repeated names, numbers and nulls.</summary>
internal sealed class CommunityTypesJsonConverter : JsonConverter<CommunityTypes>
{
    private static readonly (CommunityTypes Flag, string Name)[] Names =
    [
        (CommunityTypes.Product, "product"), (CommunityTypes.Interest, "interest"), (CommunityTypes.Brand, "brand"),
        (CommunityTypes.Knowledge, "knowledge"), (CommunityTypes.Tool, "tool"),
    ];

    public override CommunityTypes Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected the community types as a JSON array of names, found {reader.TokenType}.");
        }

        var types = CommunityTypes.None;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var name = JsonRead.String(ref reader, "a community type name");
            var flag = Array.Find(Names, n => n.Name == name).Flag;
            if (flag == CommunityTypes.None)
            {
                throw new JsonException($"Unknown community type '{MessageText.Quote(name)}'.");
            }

            if ((types & flag) != 0)
            {
                throw new JsonException($"The community type '{name}' is given twice.");
            }

            types |= flag;
        }

        return types;
    }

    public override void Write(Utf8JsonWriter writer, CommunityTypes value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray();
        foreach (var (flag, name) in Names)
        {
            if ((value & flag) != 0)
            {
                writer.WriteStringValue(name);
            }
        }

        writer.WriteEndArray();
    }
}
