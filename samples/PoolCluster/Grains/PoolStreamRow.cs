namespace PoolCluster.Grains;

/// <summary>
/// A stream beside a pool (a community group's or a fission campaign's events) in its own row, written by that stream's
/// commands only: a pool command does not rewrite it, and a stream command does not rewrite the pool's.
/// </summary>
[GenerateSerializer]
public sealed class PoolStreamRow
{
    /// <summary>The stream's events in order, each as the library's JSON.</summary>
    [Id(0)]
    public List<string> Events { get; set; } = [];

    /// <summary>The erasures (their event ids) already redacted in this row, so finishing an interrupted erasure never
    /// redacts a row twice.</summary>
    [Id(1)]
    public List<string> RedactedBy { get; set; } = [];
}
