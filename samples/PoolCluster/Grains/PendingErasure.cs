namespace PoolCluster.Grains;

/// <summary>
/// An erasure stored in the pool's state whose streams are not all redacted yet: the grain finishes it (rows not yet
/// redacted by it) before its next command, and on activation.
/// </summary>
[GenerateSerializer]
public sealed class PendingErasure
{
    /// <summary>The erasure's event id.</summary>
    [Id(0)]
    public string EventId { get; set; } = string.Empty;

    /// <summary>The erased member's id.</summary>
    [Id(1)]
    public string Member { get; set; } = string.Empty;

    /// <summary>The pseudonym the pool's history got in their place.</summary>
    [Id(2)]
    public string Pseudonym { get; set; } = string.Empty;

    /// <summary>When the member was erased, as an ISO instant (the text keeps every nanosecond).</summary>
    [Id(3)]
    public string At { get; set; } = string.Empty;
}
