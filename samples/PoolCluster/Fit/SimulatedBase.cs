using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PoolCluster.Fit;

/// <summary>
/// A simulated customer base split into partitions: partition k's customers come from their own seeded generator, so a
/// partition grain can load its share anywhere and a local fit can rebuild the same base. Ages are uniform in 1 to 78
/// weeks (to two decimals) and purchases follow BG/NBD at CDNOW's published parameters (assumptions, printed).
/// </summary>
public static class SimulatedBase
{
    /// <summary>The model the purchases are drawn from.</summary>
    public static readonly BgNbdParameters Truth = BgNbdParameters.Create(0.243, 4.414, 0.793, 2.426, TimeUnit.Weeks);

    /// <summary>Partition <paramref name="partition"/>'s customers (x, t_x, T in weeks).</summary>
    /// <param name="seed">The base's seed.</param>
    /// <param name="partition">The partition number, from 0.</param>
    /// <param name="customers">How many customers the partition holds.</param>
    /// <returns>The columns.</returns>
    public static (double[] X, double[] Tx, double[] T) Partition(int seed, int partition, int customers)
    {
        // A fixed mix of the two (HashCode.Combine is randomized per process, so it would change the base every run).
        var random = new Random(unchecked((seed * 1_000_003) + partition));
        var t = new double[customers];
        for (var i = 0; i < customers; i++)
        {
            t[i] = 1.0 + Math.Round(random.NextDouble() * 77.0, 2);
        }

        var x = new double[customers];
        var tx = new double[customers];
        BgNbdModel.Simulate(Truth, t, random, x, tx);
        return (x, tx, t);
    }

    /// <summary>The whole base, partitions in order (for the local fit it is compared with).</summary>
    /// <param name="seed">The base's seed.</param>
    /// <param name="partitions">How many partitions.</param>
    /// <param name="customersPerPartition">Customers in each.</param>
    /// <returns>The base.</returns>
    public static RepeatPurchaseData Whole(int seed, int partitions, int customersPerPartition)
    {
        var parts = Enumerable.Range(0, partitions).Select(p => Partition(seed, p, customersPerPartition)).ToArray();
        return RepeatPurchaseData.Create(
            parts.SelectMany(p => p.X).ToArray(), parts.SelectMany(p => p.Tx).ToArray(), parts.SelectMany(p => p.T).ToArray(), TimeUnit.Weeks);
    }
}
