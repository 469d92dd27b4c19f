namespace PoolCluster.Grains;

/// <summary>
/// A pool grain's stored state, written by one grain storage write per command (so a command is stored entirely or not
/// at all): the pool's latest events as the library's event JSON. Older events sit in sealed chunks
/// (<see cref="PoolHistoryChunk"/>), each written once, so a command writes a bounded state rather than the whole
/// history: the cost of a command does not grow with the pool's age.
/// </summary>
[GenerateSerializer]
public sealed class PoolGrainState
{
    /// <summary>The events after the sealed chunks, in order, each as the library's JSON (<c>PrivateTrafficJson.Serialize</c>).
    /// With no chunk, the whole history (a new pool, or one just rewritten by an erasure).</summary>
    [Id(0)]
    public List<string> Events { get; set; } = [];

    /// <summary>How many chunks are sealed: rows <c>0</c> to <c>Chunks - 1</c> of the chunk store.</summary>
    [Id(1)]
    public int Chunks { get; set; }

    /// <summary>How many events the sealed chunks hold, so <see cref="Events"/> starts at this position of the history.</summary>
    [Id(2)]
    public int ChunkedEvents { get; set; }

    /// <summary>Chunk rows left from before an erasure rewrote the history into <see cref="Events"/>: rows <see cref="Chunks"/>
    /// to <c>StaleChunks - 1</c> may still hold the erased member (the last one may be left by a seal whose state write
    /// failed) and are deleted right after the erasure, or on the next activation if that was interrupted.</summary>
    [Id(3)]
    public int StaleChunks { get; set; }

    /// <summary>The keys of the streams beside the pool (its community groups and fission campaigns, <c>group:</c> or
    /// <c>campaign:</c> and the id); each stream is a row of its own (<see cref="PoolStreamRow"/>).</summary>
    [Id(5)]
    public List<string> StreamKeys { get; set; } = [];

    /// <summary>An erasure whose streams are not all redacted yet, or null.</summary>
    [Id(6)]
    public PendingErasure? PendingErasure { get; set; }
}
