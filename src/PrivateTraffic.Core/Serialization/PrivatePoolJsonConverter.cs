using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Serialization;

/// <summary>
/// Writes a <see cref="PrivatePool"/> as its snapshot and reads it back through <see cref="PrivatePool.Restore"/>, so a
/// pool is never half-built from JSON: a snapshot the pool refuses is a <see cref="JsonException"/>. No pool rule lives
/// here; the snapshot's shape is <see cref="PoolSnapshotJsonConverter"/>'s.
/// </summary>
internal sealed class PrivatePoolJsonConverter : JsonConverter<PrivatePool>
{
    public override PrivatePool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var snapshot = JsonSerializer.Deserialize(ref reader, Info(options)) ?? throw new JsonException("Expected a pool snapshot, found null.");
        try
        {
            return PrivatePool.Restore(snapshot);
        }
        catch (Exception ex) when (ex is ArgumentException or DomainRuleException)
        {
            throw new JsonException($"The pool snapshot is invalid: {ex.Message}", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, PrivatePool value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        JsonSerializer.Serialize(writer, value.ToSnapshot(), Info(options));
    }

    private static JsonTypeInfo<PoolSnapshot> Info(JsonSerializerOptions options) =>
        (JsonTypeInfo<PoolSnapshot>)options.GetTypeInfo(typeof(PoolSnapshot));
}
