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
}
