using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PoolCluster.Fit;

/// <summary>
/// The coordinator of the distributed fit: it loads the partitions, then drives the library's ask/tell fit
/// (<see cref="BgNbdModel.BeginFit"/>), each evaluation a fan-out to every partition whose contributions it merges. It
/// awaits the partitions and never blocks a thread, so it may run in a client, a grain or a request handler.
/// </summary>
/// <param name="grains">The cluster's grain factory.</param>
/// <param name="partitions">How many partitions (grain keys 0 to partitions − 1).</param>
public sealed class FitCoordinator(IGrainFactory grains, int partitions)
{
    private IFitPartitionGrain[] Partitions { get; } = [.. Enumerable.Range(0, partitions).Select(p => grains.GetGrain<IFitPartitionGrain>(p))];

    /// <summary>Loads each partition's share of a simulated base.</summary>
    /// <param name="seed">The base's seed.</param>
    /// <param name="customersPerPartition">Customers in each partition.</param>
    /// <returns>The whole base's count and age sum.</returns>
    public async Task<PartitionSummary> LoadSimulatedAsync(int seed, int customersPerPartition)
    {
        var parts = await Task.WhenAll(Partitions.Select(p => p.Load(seed, customersPerPartition)));
        return new PartitionSummary(parts.Sum(p => p.Customers), parts.Sum(p => p.AgeSum));
    }

    /// <summary>Fits BG/NBD over the partitions.</summary>
    /// <param name="summary">The base's count and age sum (from <see cref="LoadSimulatedAsync"/>).</param>
    /// <param name="options">Optimizer settings; the default when null.</param>
    /// <returns>The fit and how many fan-outs it took.</returns>
    public async Task<(ModelFit<BgNbdParameters> Fit, int Evaluations)> FitAsync(PartitionSummary summary, ModelFitOptions? options = null)
    {
        var meanAge = summary.Customers > 0 ? summary.AgeSum / summary.Customers : 0.0;
        var session = BgNbdModel.BeginFit(summary.Customers, meanAge, TimeUnit.Weeks, options);
        while (!session.IsFinished)
        {
            var at = session.NextParameters;
            var contributions = await Task.WhenAll(Partitions.Select(p => p.Contribution(at)));
            session.Tell(contributions.Aggregate(default(LikelihoodContribution), (sum, c) => sum.Merge(c)));
        }

        return (session.Result, session.Evaluations);
    }

    /// <summary>Scores every partition's customers and adds up the sums.</summary>
    /// <param name="model">The model.</param>
    /// <param name="horizon">The horizon, in the model's unit.</param>
    /// <returns>The base's sums.</returns>
    public async Task<PartitionScore> ScoreAsync(BgNbdParameters model, double horizon)
    {
        var scores = await Task.WhenAll(Partitions.Select(p => p.Score(model, horizon)));
        return scores.Aggregate(new PartitionScore(0, 0.0, 0.0), (sum, s) => sum.Merge(s));
    }
}
