using Microsoft.Data.Sqlite;
using PrivateTraffic.Core.Primitives;

namespace PoolService.Storage;

/// <summary>The streams that live beside a pool (its community groups), in <c>stream_events</c>.</summary>
public sealed partial class SqliteEventStore
{
    /// <summary>Appends events to a stream beside a pool (a community group's) at the positions after
    /// <paramref name="expectedVersion"/>, with the same checks as <see cref="AppendAsync"/>.</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="stream">The stream's key within the pool (for example <c>group:</c> and the group's channel id).</param>
    /// <param name="expectedVersion">The version the stream must be at.</param>
    /// <param name="events">The events, in order, each as its id, type and JSON.</param>
    /// <returns>Whether they were stored, and if not, why.</returns>
    public Task<AppendResult> AppendStreamAsync(PoolId pool, string stream, int expectedVersion, IReadOnlyList<(string Id, string Type, string Json)> events)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var rows = events.ToArray();
        return Enqueue(_ =>
        {
            for (var i = 0; i < rows.Length; i++)
            {
                var p = _insertStream.Parameters;
                p[0].Value = pool.Value;
                p[1].Value = stream;
                p[2].Value = expectedVersion + i + 1;
                p[3].Value = rows[i].Id;
                p[4].Value = rows[i].Type;
                p[5].Value = rows[i].Json;
                Run(_insertStream);
            }

            return AppendResult.Appended;
        });
    }

    /// <summary>A stream beside a pool, oldest first, as the stored JSON of its events.</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="stream">The stream's key.</param>
    /// <returns>The events' JSON; empty for an unknown stream.</returns>
    public List<string> ReadStream(PoolId pool, string stream)
    {
        using var connection = Open();
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT json FROM stream_events WHERE pool_id = $pool AND stream = $stream ORDER BY position;";
        read.Parameters.AddWithValue("$pool", pool.Value);
        read.Parameters.AddWithValue("$stream", stream);
        using var reader = read.ExecuteReader();
        var events = new List<string>();
        while (reader.Read())
        {
            events.Add(reader.GetString(0));
        }

        return events;
    }

    /// <summary>Every stream beside a pool, by key, as the stored JSON of its events, oldest first.</summary>
    /// <param name="pool">The pool.</param>
    /// <returns>The streams; empty when the pool has none.</returns>
    public Dictionary<string, List<string>> ReadStreams(PoolId pool)
    {
        using var connection = Open();
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT stream, json FROM stream_events WHERE pool_id = $pool ORDER BY stream, position;";
        read.Parameters.AddWithValue("$pool", pool.Value);
        using var reader = read.ExecuteReader();
        var streams = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var key = reader.GetString(0);
            if (!streams.TryGetValue(key, out var events))
            {
                streams[key] = events = [];
            }

            events.Add(reader.GetString(1));
        }

        return streams;
    }

    // Inside the erasure's transaction: each given stream deleted and written again whole.
    private void ReplaceStreams(SqliteConnection connection, PoolId pool, IReadOnlyDictionary<string, IReadOnlyList<(string Id, string Type, string Json)>>? streams)
    {
        foreach (var (key, rows) in streams ?? new Dictionary<string, IReadOnlyList<(string Id, string Type, string Json)>>())
        {
            // Redaction is event for event: a stream that grew since it was read (another process) is a lost race.
            using var count = connection.CreateCommand();
            count.CommandText = "SELECT count(*) FROM stream_events WHERE pool_id = $pool AND stream = $stream;";
            count.Parameters.AddWithValue("$pool", pool.Value);
            count.Parameters.AddWithValue("$stream", key);
            if (Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != rows.Count)
            {
                throw new RefusedAppend(AppendResult.PositionTaken);
            }

            using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM stream_events WHERE pool_id = $pool AND stream = $stream;";
            delete.Parameters.AddWithValue("$pool", pool.Value);
            delete.Parameters.AddWithValue("$stream", key);
            delete.ExecuteNonQuery();
            for (var i = 0; i < rows.Count; i++)
            {
                var p = _insertStream.Parameters;
                p[0].Value = pool.Value;
                p[1].Value = key;
                p[2].Value = i + 1;
                p[3].Value = rows[i].Id;
                p[4].Value = rows[i].Type;
                p[5].Value = rows[i].Json;
                Run(_insertStream);
            }
        }
    }
}
