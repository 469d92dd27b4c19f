namespace PoolCluster.Grains;

/// <summary>
/// A pool grain's stored state: the pool's history as the library's event JSON (the source of truth, redacted after
/// an erasure) and the latest snapshot JSON, from which the grain is restored with the events after its version.
/// Written whole by one grain storage write per command, so a command is stored entirely or not at all.
/// </summary>
[GenerateSerializer]
public sealed class PoolGrainState
{
    /// <summary>Every event of the pool in order, each as the library's JSON (<c>PrivateTrafficJson.Serialize</c>).</summary>
    [Id(0)]
    public List<string> Events { get; set; } = [];

    /// <summary>The latest <c>PoolSnapshot</c> as JSON, or null when none was taken since the pool was opened or a member erased.</summary>
    [Id(1)]
    public string? Snapshot { get; set; }

    /// <summary>The streams beside the pool (its community groups and fission campaigns, keyed <c>group:</c> or <c>campaign:</c> and the id), each event as the library's JSON.</summary>
    [Id(2)]
    public Dictionary<string, List<string>> Streams { get; set; } = [];
}
