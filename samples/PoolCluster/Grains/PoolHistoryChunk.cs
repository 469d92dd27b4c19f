namespace PoolCluster.Grains;

/// <summary>
/// A sealed stretch of a pool's history: its events as the library's JSON and the pool's snapshot after the last of them,
/// from which the grain is restored with the events after it. Written once, when the grain seals it; an erasure deletes
/// the chunks (their events and snapshots still hold the erased member) and starts the history again in the grain's state.
/// </summary>
[GenerateSerializer]
public sealed class PoolHistoryChunk
{
    /// <summary>The events, in order.</summary>
    [Id(0)]
    public List<string> Events { get; set; } = [];

    /// <summary>The <c>PoolSnapshot</c> JSON as of the last event.</summary>
    [Id(1)]
    public string Snapshot { get; set; } = string.Empty;
}
