using PrivateTraffic.Core.Value;

namespace PoolCluster.Fit;

/// <summary>
/// One partition of a customer base (keyed by its number): it holds its customers' repeat-purchase data and answers
/// with sums only (a likelihood contribution, aggregate scores), so no customer's data leave it.
/// </summary>
public interface IFitPartitionGrain : IGrainWithIntegerKey
{
    /// <summary>Loads the partition's share of a simulated base (<see cref="SimulatedBase.Partition"/>); its seed and size are stored, so a reactivation reloads it.</summary>
    /// <param name="seed">The base's seed.</param>
    /// <param name="customers">How many customers this partition holds.</param>
    /// <returns>Its count and the sum of its ages.</returns>
    Task<PartitionSummary> Load(int seed, int customers);

    /// <summary>The partition's log-likelihood and gradient at the parameters.</summary>
    /// <param name="at">The parameters.</param>
    /// <returns>The contribution.</returns>
    Task<LikelihoodContribution> Contribution(BgNbdParameters at);

    /// <summary>Scores the partition's customers and returns the sums.</summary>
    /// <param name="model">The fitted model.</param>
    /// <param name="horizon">The horizon of the expected purchases, in the model's unit.</param>
    /// <returns>The sums.</returns>
    Task<PartitionScore> Score(BgNbdParameters model, double horizon);
}
