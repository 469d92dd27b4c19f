using System;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

/// <summary>Writes a set of flags (an int-based <c>[Flags]</c> enum) as an array of camelCase names in flag order;
/// reads it back, refusing unknown names, repeated names, numbers and nulls.</summary>
internal class FlagSetJsonConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private readonly (int Flag, string Name)[] _names;

    public FlagSetJsonConverter()
    {
        var values = Enum.GetValues<T>();
        _names = new (int, string)[values.Length];
        var n = 0;
        foreach (var value in values)
        {
            var v = value;
            var bits = Unsafe.As<T, int>(ref v);
            if (bits != 0)
            {
                _names[n++] = (bits, JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));
            }
        }

        Array.Resize(ref _names, n);
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a {typeof(T).Name} set as a JSON array of names, found {reader.TokenType}.");
        }

        var set = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var name = JsonRead.String(ref reader, $"a {typeof(T).Name} name");
            var flag = Array.Find(_names, n => n.Name == name).Flag;
            if (flag == 0)
            {
                throw new JsonException($"Unknown {typeof(T).Name} name '{MessageText.Quote(name)}'.");
            }

            if ((set & flag) != 0)
            {
                throw new JsonException($"The {typeof(T).Name} name '{name}' is given twice.");
            }

            set |= flag;
        }

        return Unsafe.As<int, T>(ref set);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var bits = Unsafe.As<T, int>(ref value);
        writer.WriteStartArray();
        foreach (var (flag, name) in _names)
        {
            if ((bits & flag) != 0)
            {
                writer.WriteStringValue(name);
            }
        }

        writer.WriteEndArray();
    }
}

/// <summary>The kinds of a community as an array of names.</summary>
internal sealed class CommunityTypesJsonConverter : FlagSetJsonConverter<CommunityTypes>;

/// <summary>The content a group forbids outright as an array of names.</summary>
internal sealed class ForbiddenContentJsonConverter : FlagSetJsonConverter<ForbiddenContent>;

/// <summary>A role's permissions as an array of names.</summary>
internal sealed class RolePermissionsJsonConverter : FlagSetJsonConverter<RolePermissions>;

/// <summary>A monetisation plan's channels as an array of names.</summary>
internal sealed class MonetisationChannelsJsonConverter : FlagSetJsonConverter<MonetisationChannels>;
