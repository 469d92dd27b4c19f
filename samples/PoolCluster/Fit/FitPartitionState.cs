namespace PoolCluster.Fit;

/// <summary>What a partition stores: where its customers come from, not the customers.</summary>
[GenerateSerializer]
public sealed class FitPartitionState
{
    /// <summary>The base's seed.</summary>
    [Id(0)] public int Seed { get; set; }

    /// <summary>The partition's customers; 0 when not loaded.</summary>
    [Id(1)] public int Customers { get; set; }
}
