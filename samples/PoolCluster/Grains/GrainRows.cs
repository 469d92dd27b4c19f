using Orleans.Storage;

namespace PoolCluster.Grains;

/// <summary>
/// Rows of a pool grain beside its own state, in the same grain storage (in the process, or PostgreSQL), one row per
/// name under the state name <c>{prefix}{name}</c>: the sealed history chunks (<see cref="PoolHistoryChunk"/>) and the
/// streams beside the pool (<see cref="PoolStreamRow"/>). Each is written on its own, so a command writes only the rows
/// it changes.
/// </summary>
/// <typeparam name="TRow">The row's type.</typeparam>
/// <param name="storage">The pools' grain storage.</param>
/// <param name="grain">The pool grain.</param>
/// <param name="prefix">The state names' prefix, such as <c>chunk-</c>.</param>
internal sealed class GrainRows<TRow>(IGrainStorage storage, GrainId grain, string prefix)
    where TRow : class, new()
{
    /// <summary>Reads a row; null when it is absent.</summary>
    public async Task<TRow?> FindAsync(string name)
    {
        var row = await ReadRowAsync(name);
        return row.RecordExists ? row.State : null;
    }

    /// <summary>Reads a row that must exist.</summary>
    public async Task<TRow> ReadAsync(string name) =>
        await FindAsync(name) ?? throw new InvalidOperationException($"Row {prefix}{name} of {grain} is missing from storage.");

    /// <summary>Writes a row, over whatever it held (a row written by a command whose state write then failed, or one
    /// an erasure rewrites).</summary>
    public async Task WriteAsync(string name, TRow value)
    {
        // The row's ETag is read first: the storage refuses a write that does not name the version it replaces.
        var row = await ReadRowAsync(name);
        row.State = value;
        await storage.WriteStateAsync(prefix + name, grain, row);
    }

    /// <summary>Deletes a row; nothing happens when it is absent.</summary>
    public async Task ClearAsync(string name)
    {
        var row = await ReadRowAsync(name);
        if (row.RecordExists)
        {
            await storage.ClearStateAsync(prefix + name, grain, row);
        }
    }

    private async Task<GrainState<TRow>> ReadRowAsync(string name)
    {
        var row = new GrainState<TRow>(new TRow());
        await storage.ReadStateAsync(prefix + name, grain, row);
        return row;
    }
}
