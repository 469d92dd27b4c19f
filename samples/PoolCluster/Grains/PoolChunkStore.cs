using Orleans.Storage;

namespace PoolCluster.Grains;

/// <summary>
/// A pool grain's sealed history chunks (<see cref="PoolHistoryChunk"/>) in the pools' grain storage, one row per chunk
/// under the state name <c>chunk-{n}</c>: the same storage (in the process, or PostgreSQL) as the grain's own state.
/// </summary>
/// <param name="storage">The pools' grain storage.</param>
/// <param name="grain">The pool grain.</param>
internal sealed class PoolChunkStore(IGrainStorage storage, GrainId grain)
{
    /// <summary>Reads chunk <paramref name="number"/>.</summary>
    public async Task<PoolHistoryChunk> ReadAsync(int number)
    {
        var row = await ReadRowAsync(number);
        return row.RecordExists && row.State is { } chunk ? chunk : throw new InvalidOperationException($"Chunk {number} of {grain} is missing from storage.");
    }

    /// <summary>Writes chunk <paramref name="number"/>, over whatever the row held (a chunk written by a command whose
    /// state write then failed, or one an erasure rewrites).</summary>
    public async Task WriteAsync(int number, PoolHistoryChunk chunk)
    {
        // The row's ETag is read first: the storage refuses a write that does not name the version it replaces.
        var row = await ReadRowAsync(number);
        row.State = chunk;
        await storage.WriteStateAsync(Name(number), grain, row);
    }

    /// <summary>Deletes chunk <paramref name="number"/>; nothing happens when the row is absent.</summary>
    public async Task ClearAsync(int number)
    {
        var row = await ReadRowAsync(number);
        if (row.RecordExists)
        {
            await storage.ClearStateAsync(Name(number), grain, row);
        }
    }

    private async Task<GrainState<PoolHistoryChunk>> ReadRowAsync(int number)
    {
        var row = new GrainState<PoolHistoryChunk>(new PoolHistoryChunk());
        await storage.ReadStateAsync(Name(number), grain, row);
        return row;
    }

    private static string Name(int number) => $"chunk-{number}";
}
