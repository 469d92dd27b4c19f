namespace PoolCluster;

/// <summary>The names the silos and the grains agree on.</summary>
public static class ClusterNames
{
    /// <summary>The grain storage of the pool grains.</summary>
    public const string PoolStorage = "pools";

    /// <summary>The grain storage of the fit partitions (their seed and size, not their customers).</summary>
    public const string FitStorage = "fit";

    /// <summary>The Orleans service id.</summary>
    public const string ServiceId = "private-traffic";

    /// <summary>The Orleans cluster id.</summary>
    public const string ClusterId = "pool-cluster";

    /// <summary>The ADO.NET invariant of PostgreSQL (Npgsql).</summary>
    public const string PostgresInvariant = "Npgsql";
}
