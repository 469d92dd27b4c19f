using System.Collections.Concurrent;
using System.Globalization;
using Orleans.Storage;

namespace PoolCluster.Hosting;

/// <summary>
/// Grain storage that lives as long as the process, shared by every silo started in it: the sample's stand-in for a
/// database when no PostgreSQL is given. Unlike Orleans' memory storage (which keeps state in grains, lost with the silo
/// that hosts them), a silo can stop and its pools reactivate on another silo from here. Writes check the ETag, as a
/// database provider does, and store the state serialized (Orleans' serializer), never a live object.
/// </summary>
public sealed class ProcessGrainStore
{
    private readonly ConcurrentDictionary<string, (BinaryData Data, long Version)> _rows = new(StringComparer.Ordinal);

    /// <summary>How many rows the store holds.</summary>
    public int Count => _rows.Count;

    /// <summary>How many rows hold <paramref name="text"/> in their stored bytes (UTF-8), as a check that an erasure left
    /// nothing behind: strings are stored as UTF-8 by Orleans' serializer.</summary>
    /// <param name="text">The text, for example a member id in quotes as it appears in event JSON.</param>
    /// <returns>The number of rows.</returns>
    public int RowsHolding(string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return _rows.Values.Count(row => row.Data.ToMemory().Span.IndexOf(bytes) >= 0);
    }

    /// <summary>The storage provider of one silo over this store.</summary>
    /// <param name="serializer">The silo's grain storage serializer.</param>
    /// <returns>The provider.</returns>
    public IGrainStorage Provider(IGrainStorageSerializer serializer) => new Storage(this, serializer);

    private sealed class Storage(ProcessGrainStore store, IGrainStorageSerializer serializer) : IGrainStorage
    {
        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            if (store._rows.TryGetValue(Key(stateName, grainId), out var row))
            {
                grainState.State = serializer.Deserialize<T>(row.Data);
                grainState.ETag = row.Version.ToString(CultureInfo.InvariantCulture);
                grainState.RecordExists = true;
            }

            return Task.CompletedTask;
        }

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            var key = Key(stateName, grainId);
            var data = serializer.Serialize(grainState.State);
            lock (store._rows)
            {
                var current = store._rows.TryGetValue(key, out var row) ? row.Version.ToString(CultureInfo.InvariantCulture) : null;
                if (current != grainState.ETag)
                {
                    throw new InconsistentStateException($"Stored version {current ?? "none"}, the grain expected {grainState.ETag ?? "none"}.", current, grainState.ETag);
                }

                var version = row.Version + 1;
                store._rows[key] = (data, version);
                grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
                grainState.RecordExists = true;
            }

            return Task.CompletedTask;
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            store._rows.TryRemove(Key(stateName, grainId), out _);
            grainState.ETag = null;
            grainState.RecordExists = false;
            return Task.CompletedTask;
        }

        private static string Key(string stateName, GrainId grainId) => $"{stateName}/{grainId}";
    }
}
