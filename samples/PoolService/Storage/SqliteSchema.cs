using Microsoft.Data.Sqlite;

namespace PoolService.Storage;

/// <summary>
/// The service's tables, created on start and migrated forward. Version 1 (the first release) kept only
/// <c>pool_events(pool_id, position, type, json)</c>; version 2 adds the <c>event_id</c> column with its unique key
/// (idempotency across restarts, beyond the ids a snapshot remembers) and the <c>pool_snapshots</c> table; version 3
/// adds <c>stream_events</c>, the streams that live beside a pool (its community groups and fission campaigns), keyed by pool and stream.
/// </summary>
public static class SqliteSchema
{
    /// <summary>The version this build writes.</summary>
    public const int CurrentVersion = 3;

    /// <summary>The version-1 schema, kept so that a test can make a database the first release would have made.</summary>
    public const string Version1 = """
        CREATE TABLE schema_version (version INTEGER NOT NULL);
        INSERT INTO schema_version (version) VALUES (1);
        CREATE TABLE pool_events (
            pool_id  TEXT    NOT NULL,
            position INTEGER NOT NULL,
            type     TEXT    NOT NULL,
            json     TEXT    NOT NULL,
            PRIMARY KEY (pool_id, position)
        ) WITHOUT ROWID;
        """;

    /// <summary>The version-2 schema, kept so that a test can make a database the second release would have made.</summary>
    public const string Version2 = $"""
        CREATE TABLE schema_version (version INTEGER NOT NULL);
        INSERT INTO schema_version (version) VALUES (2);
        {Version2Tables}
        """;

    // A pool's side streams (a group is "group:" and its channel id, a campaign "campaign:" and its id): the same
    // expected-version check (the position key) and idempotency by event id (unique within the stream) as the pool's.
    private const string Version3Tables = """
        CREATE TABLE stream_events (
            pool_id  TEXT    NOT NULL,
            stream   TEXT    NOT NULL,
            position INTEGER NOT NULL,
            event_id TEXT    NOT NULL,
            type     TEXT    NOT NULL,
            json     TEXT    NOT NULL,
            PRIMARY KEY (pool_id, stream, position)
        ) WITHOUT ROWID;
        CREATE UNIQUE INDEX stream_events_event_id ON stream_events (pool_id, stream, event_id);
        """;

    private const string Version2Tables = """
        CREATE TABLE pool_events (
            pool_id  TEXT    NOT NULL,
            position INTEGER NOT NULL,
            event_id TEXT    NOT NULL,
            type     TEXT    NOT NULL,
            json     TEXT    NOT NULL,
            PRIMARY KEY (pool_id, position)
        ) WITHOUT ROWID;
        CREATE UNIQUE INDEX pool_events_event_id ON pool_events (pool_id, event_id);
        CREATE TABLE pool_snapshots (
            pool_id TEXT    NOT NULL PRIMARY KEY,
            version INTEGER NOT NULL,
            json    TEXT    NOT NULL
        ) WITHOUT ROWID;
        """;

    /// <summary>Sets the connection's pragmas: WAL (readers never block the writer), NORMAL sync (durable at each WAL
    /// checkpoint; a commit survives a crash of the process, not of the machine, until then), a busy timeout, and
    /// secure delete (an erased member's rows are overwritten, not left in free pages), a 64 MiB page cache and 256 MiB
    /// of memory-mapped reads (measured: the default 2 MiB cache sent the writer to the kernel for pages of 1,000 pools'
    /// B-trees on every batch).</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="synchronousFull">FULL instead of NORMAL: every commit fsyncs, so it survives a power cut.</param>
    public static void Configure(SqliteConnection connection, bool synchronousFull)
    {
        Execute(connection, $"""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = {(synchronousFull ? "FULL" : "NORMAL")};
            PRAGMA busy_timeout = 5000;
            PRAGMA secure_delete = ON;
            PRAGMA cache_size = -65536;
            PRAGMA mmap_size = 268435456;
            PRAGMA temp_store = MEMORY;
            """);
    }

    /// <summary>Creates the schema in an empty database, or migrates an older one to <see cref="CurrentVersion"/>.</summary>
    /// <param name="connection">An open connection.</param>
    /// <returns>The version the database had before (0 when empty).</returns>
    /// <exception cref="InvalidOperationException">The database is newer than this build.</exception>
    public static int EnsureCurrent(SqliteConnection connection)
    {
        using var tx = connection.BeginTransaction();
        var before = VersionOf(connection);
        if (before > CurrentVersion)
        {
            throw new InvalidOperationException($"The database is at schema version {before}; this build knows up to {CurrentVersion}.");
        }

        if (before == 0)
        {
            Execute(connection, "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version (version) VALUES (0);");
            Execute(connection, Version2Tables);
            Execute(connection, Version3Tables);
        }
        else if (before == 1)
        {
            // Version 1 has no event_id: move its rows into the new table, reading each id from its event's JSON.
            Execute(connection, "ALTER TABLE pool_events RENAME TO pool_events_v1;");
            Execute(connection, Version2Tables);
            Execute(connection, """
                INSERT INTO pool_events (pool_id, position, event_id, type, json)
                SELECT pool_id, position, json_extract(json, '$.eventId'), type, json FROM pool_events_v1 ORDER BY pool_id, position;
                DROP TABLE pool_events_v1;
                """);
        }

        if (before is 1 or 2)
        {
            Execute(connection, Version3Tables);
        }

        Execute(connection, $"UPDATE schema_version SET version = {CurrentVersion};");
        tx.Commit();
        return before;
    }

    /// <summary>The database's schema version: 0 when it has no schema table.</summary>
    /// <param name="connection">An open connection.</param>
    /// <returns>The version.</returns>
    public static int VersionOf(SqliteConnection connection)
    {
        using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version';";
        if (Convert.ToInt64(exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return 0;
        }

        using var read = connection.CreateCommand();
        read.CommandText = "SELECT version FROM schema_version;";
        return Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
