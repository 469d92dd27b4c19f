namespace PoolService.Storage;

/// <summary>What became of an append.</summary>
public enum AppendResult
{
    /// <summary>The events are stored.</summary>
    Appended,

    /// <summary>Nothing stored: one of the event ids is already in the pool's stream (a retried request).</summary>
    EventIdKnown,

    /// <summary>Nothing stored: another writer took the next position first (the expected version is stale).</summary>
    PositionTaken,
}
