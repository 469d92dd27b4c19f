using System.Globalization;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PoolService.Storage;

/// <summary>
/// The pools' events and snapshots in one SQLite file. Reads open pooled connections (WAL lets them run beside the
/// writer). Every write goes through one writer connection that commits the writes waiting at that moment together
/// (group commit): one transaction, and so one WAL sync, for many requests, each in its own savepoint so that one
/// refused append does not undo its neighbours.
/// </summary>
public sealed partial class SqliteEventStore : IAsyncDisposable
{
    // SQLite's extended result codes for the two unique keys of pool_events.
    private const int PrimaryKeyViolation = 1555;
    private const int UniqueViolation = 2067;

    private readonly string _connectionString;
    private readonly SqliteConnection _writer;
    private readonly Channel<WriteRequest> _queue = Channel.CreateUnbounded<WriteRequest>(new() { SingleReader = true });
    private readonly int _maxBatch;
    private readonly Task _loop;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _insertStream;

    /// <summary>Opens (and creates or migrates) the database.</summary>
    /// <param name="path">The SQLite file.</param>
    /// <param name="synchronousFull">Whether every commit is synced to disk (see <see cref="SqliteSchema.Configure"/>).</param>
    /// <param name="maxBatch">The most writes committed together.</param>
    public SqliteEventStore(string path, bool synchronousFull, int maxBatch)
    {
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        _maxBatch = maxBatch;
        _writer = new SqliteConnection(_connectionString);
        _writer.Open();
        SqliteSchema.Configure(_writer, synchronousFull);
        PreviousSchemaVersion = SqliteSchema.EnsureCurrent(_writer);
        _insert = _writer.CreateCommand();
        _insert.CommandText = "INSERT INTO pool_events (pool_id, position, event_id, type, json) VALUES ($pool, $position, $id, $type, $json);";
        foreach (var name in (string[])["$pool", "$position", "$id", "$type", "$json"])
        {
            _insert.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        _insert.Prepare();
        _insertStream = _writer.CreateCommand();
        _insertStream.CommandText = "INSERT INTO stream_events (pool_id, stream, position, event_id, type, json) VALUES ($pool, $stream, $position, $id, $type, $json);";
        foreach (var name in (string[])["$pool", "$stream", "$position", "$id", "$type", "$json"])
        {
            _insertStream.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        _insertStream.Prepare();
        _loop = Task.Run(WriteLoopAsync);
    }

    /// <summary>The schema version the file had when it was opened (0 for a new file).</summary>
    public int PreviousSchemaVersion { get; }

    /// <summary>Appends a command's events at the positions after <paramref name="expectedVersion"/>.</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="expectedVersion">The version the stream must be at.</param>
    /// <param name="events">The events, in order.</param>
    /// <returns>Whether they were stored, and if not, why.</returns>
    public Task<AppendResult> AppendAsync(PoolId pool, int expectedVersion, IReadOnlyList<PoolEvent> events)
    {
        var rows = new (string Id, string Type, string Json)[events.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            // Serialized on the caller's thread, so the writer spends its time in SQLite only.
            rows[i] = (events[i].EventId.Value, events[i].Type, PrivateTrafficJson.Serialize(events[i]));
        }

        return Enqueue(_ =>
        {
            for (var i = 0; i < rows.Length; i++)
            {
                Insert(pool, expectedVersion + i + 1, rows[i]);
            }

            return AppendResult.Appended;
        });
    }

    /// <summary>Stores the pool's snapshot, replacing an older one.</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="version">The version it captures.</param>
    /// <param name="json">Its JSON.</param>
    /// <returns>When stored.</returns>
    public Task SaveSnapshotAsync(PoolId pool, int version, string json) =>
        Enqueue(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = "INSERT OR REPLACE INTO pool_snapshots (pool_id, version, json) VALUES ($pool, $version, $json);";
            command.Parameters.AddWithValue("$pool", pool.Value);
            command.Parameters.AddWithValue("$version", version);
            command.Parameters.AddWithValue("$json", json);
            command.ExecuteNonQuery();
            return AppendResult.Appended;
        });

    /// <summary>Replaces a pool's whole stream and drops its snapshot, in one transaction (erasure only): the stream must
    /// be at <paramref name="expectedVersion"/>, and the new one holds the old events (redacted) and the new ones. The
    /// streams beside the pool given in <paramref name="streams"/> are replaced in the same transaction.</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="expectedVersion">The version the stored stream must be at.</param>
    /// <param name="events">The whole new history.</param>
    /// <param name="streams">Streams beside the pool to replace whole (redacted), by key; none when null.</param>
    /// <returns>Whether it was replaced, and if not, why.</returns>
    public Task<AppendResult> ReplaceAsync(PoolId pool, int expectedVersion, IReadOnlyList<PoolEvent> events,
        IReadOnlyDictionary<string, IReadOnlyList<(string Id, string Type, string Json)>>? streams = null)
    {
        var rows = events.Select(e => (Id: e.EventId.Value, e.Type, Json: PrivateTrafficJson.Serialize(e))).ToArray();
        return Enqueue(c =>
        {
            using var version = c.CreateCommand();
            version.CommandText = "SELECT coalesce(max(position), 0) FROM pool_events WHERE pool_id = $pool;";
            version.Parameters.AddWithValue("$pool", pool.Value);
            if (Convert.ToInt32(version.ExecuteScalar(), CultureInfo.InvariantCulture) != expectedVersion)
            {
                return AppendResult.PositionTaken;
            }

            using var delete = c.CreateCommand();
            delete.CommandText = "DELETE FROM pool_events WHERE pool_id = $pool; DELETE FROM pool_snapshots WHERE pool_id = $pool;";
            delete.Parameters.AddWithValue("$pool", pool.Value);
            delete.ExecuteNonQuery();
            for (var i = 0; i < rows.Length; i++)
            {
                Insert(pool, i + 1, rows[i]);
            }

            ReplaceStreams(c, pool, streams);
            return AppendResult.Appended;
        });
    }

    /// <summary>Moves the write-ahead log into the database and empties it, so that rows an erasure replaced are not
    /// left in the log's old frames. Best effort: a reader still on an old frame keeps them until the next checkpoint.</summary>
    /// <returns>When done.</returns>
    public Task CheckpointAsync() =>
        Enqueue(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
            return AppendResult.Appended;
        }, inTransaction: false);

    /// <summary>Loads a pool: its snapshot, if any, and the events stored after it.</summary>
    /// <param name="pool">The pool.</param>
    /// <returns>The snapshot (or null) and the later events; both empty/null for an unknown pool.</returns>
    public (PoolSnapshot? Snapshot, List<PoolEvent> Later) Load(PoolId pool)
    {
        using var connection = Open();
        PoolSnapshot? snapshot = null;
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT json FROM pool_snapshots WHERE pool_id = $pool;";
            read.Parameters.AddWithValue("$pool", pool.Value);
            if (read.ExecuteScalar() is string json)
            {
                snapshot = PrivateTrafficJson.Deserialize<PoolSnapshot>(json);
            }
        }

        return (snapshot, ReadEvents(connection, pool, snapshot?.Version ?? 0));
    }

    /// <summary>A pool's whole stored history, oldest first.</summary>
    /// <param name="pool">The pool.</param>
    /// <returns>The events.</returns>
    public List<PoolEvent> ReadAll(PoolId pool)
    {
        using var connection = Open();
        return ReadEvents(connection, pool, 0);
    }

    /// <summary>Opens a pooled connection on the file, for reads or for tests that look at the tables.</summary>
    /// <returns>The open connection.</returns>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        _insert.Dispose();
        _insertStream.Dispose();
        await _writer.DisposeAsync().ConfigureAwait(false);
    }

    private void Insert(PoolId pool, int position, (string Id, string Type, string Json) row)
    {
        _insert.Parameters[0].Value = pool.Value;
        _insert.Parameters[1].Value = position;
        _insert.Parameters[2].Value = row.Id;
        _insert.Parameters[3].Value = row.Type;
        _insert.Parameters[4].Value = row.Json;
        Run(_insert);
    }

    private static void Run(SqliteCommand insert)
    {
        try
        {
            insert.ExecuteNonQuery();
        }
        catch (SqliteException ex) when (ex.SqliteExtendedErrorCode is PrimaryKeyViolation or UniqueViolation)
        {
            throw new RefusedAppend(ex.SqliteExtendedErrorCode == UniqueViolation ? AppendResult.EventIdKnown : AppendResult.PositionTaken);
        }
    }

    private static List<PoolEvent> ReadEvents(SqliteConnection connection, PoolId pool, int after)
    {
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT json FROM pool_events WHERE pool_id = $pool AND position > $after ORDER BY position;";
        read.Parameters.AddWithValue("$pool", pool.Value);
        read.Parameters.AddWithValue("$after", after);
        using var reader = read.ExecuteReader();
        var events = new List<PoolEvent>();
        while (reader.Read())
        {
            events.Add(PrivateTrafficJson.Deserialize<PoolEvent>(reader.GetString(0)));
        }

        return events;
    }

    private Task<AppendResult> Enqueue(Func<SqliteConnection, AppendResult> write, bool inTransaction = true)
    {
        var request = new WriteRequest(write, inTransaction);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(request), this);

        return request.Done.Task;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<WriteRequest>(_maxBatch);
        var results = new List<(AppendResult Result, Exception? Error)>(_maxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            results.Clear();
            while (batch.Count < _maxBatch && _queue.Reader.TryPeek(out var next) && (next.InTransaction || batch.Count == 0))
            {
                _queue.Reader.TryRead(out var request);
                batch.Add(request!);
                if (!request!.InTransaction)
                {
                    break;
                }
            }

            if (!batch[0].InTransaction)
            {
                RunAlone(batch[0]);
                continue;
            }

            try
            {
                SqliteSchema.Execute(_writer, "BEGIN IMMEDIATE;");
                foreach (var request in batch)
                {
                    results.Add(RunInSavepoint(request));
                }

                SqliteSchema.Execute(_writer, "COMMIT;");
            }
            catch (Exception ex)
            {
                // Whatever failed the batch fails its requests, never the loop: later writes must still be served.
                TryRollback();
                foreach (var request in batch)
                {
                    request.Done.TrySetException(ex);
                }

                continue;
            }

            for (var i = 0; i < batch.Count; i++)
            {
                if (results[i].Error is { } error)
                {
                    batch[i].Done.TrySetException(error);
                }
                else
                {
                    batch[i].Done.TrySetResult(results[i].Result);
                }
            }
        }
    }

    private void RunAlone(WriteRequest request)
    {
        try
        {
            request.Done.TrySetResult(request.Write(_writer));
        }
        catch (Exception ex)
        {
            request.Done.TrySetException(ex);
        }
    }

    private (AppendResult, Exception?) RunInSavepoint(WriteRequest request)
    {
        SqliteSchema.Execute(_writer, "SAVEPOINT w;");
        try
        {
            var result = request.Write(_writer);
            SqliteSchema.Execute(_writer, "RELEASE w;");
            return (result, null);
        }
        catch (RefusedAppend refused)
        {
            SqliteSchema.Execute(_writer, "ROLLBACK TO w; RELEASE w;");
            return (refused.Result, null);
        }
        catch (Exception ex) when (ex is not RefusedAppend)
        {
            SqliteSchema.Execute(_writer, "ROLLBACK TO w; RELEASE w;");
            return (AppendResult.Appended, ex);
        }
    }

    private void TryRollback()
    {
        try
        {
            SqliteSchema.Execute(_writer, "ROLLBACK;");
        }
        catch (SqliteException)
        {
            // No transaction was open: nothing to undo.
        }
    }

    private sealed class WriteRequest(Func<SqliteConnection, AppendResult> write, bool inTransaction)
    {
        public Func<SqliteConnection, AppendResult> Write { get; } = write;

        // A checkpoint cannot run inside a transaction: it goes alone, after the batch in front of it commits.
        public bool InTransaction { get; } = inTransaction;

        public TaskCompletionSource<AppendResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class RefusedAppend(AppendResult result) : Exception
    {
        public AppendResult Result { get; } = result;
    }
}
