using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PoolCluster.Fit;

/// <summary>The partition grain: its customers live in its memory, rebuilt from the stored seed on activation.</summary>
/// <param name="state">The partition's seed and size (storage "fit").</param>
// Random placement spreads pools and partitions over the silos; the default (resource-optimized) placement keeps a
// new activation on the silo whose gateway took the call while the silos are equally loaded.
[Orleans.Placement.RandomPlacement]
public sealed class FitPartitionGrain([PersistentState("partition", ClusterNames.FitStorage)] IPersistentState<FitPartitionState> state) : Grain, IFitPartitionGrain
{
    private (double[] X, double[] Tx, double[] T) _columns = ([], [], []);
    private RepeatPurchaseData? _data;

    /// <inheritdoc/>
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Customers > 0)
        {
            Fill(state.State.Seed, state.State.Customers);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async Task<PartitionSummary> Load(int seed, int customers)
    {
        if (state.State.Seed != seed || state.State.Customers != customers)
        {
            state.State = new FitPartitionState { Seed = seed, Customers = customers };
            await state.WriteStateAsync();
            Fill(seed, customers);
        }

        return new PartitionSummary(customers, _columns.T.Sum());
    }

    /// <inheritdoc/>
    public Task<LikelihoodContribution> Contribution(BgNbdParameters at) => Task.FromResult(at.Contribution(Data()));

    /// <inheritdoc/>
    public Task<PartitionScore> Score(BgNbdParameters model, double horizon)
    {
        Data();
        var (x, tx, t) = _columns;
        var alive = new double[x.Length];
        var expected = new double[x.Length];
        model.ProbabilityAlive(x, tx, t, alive);
        model.ExpectedPurchases(x, tx, t, horizon, expected);
        return Task.FromResult(new PartitionScore(x.Length, alive.Sum(), expected.Sum()));
    }

    private void Fill(int seed, int customers)
    {
        _columns = SimulatedBase.Partition(seed, (int)this.GetPrimaryKeyLong(), customers);
        _data = RepeatPurchaseData.Create(_columns.X, _columns.Tx, _columns.T, TimeUnit.Weeks);
    }

    private RepeatPurchaseData Data() => _data ?? throw new InvalidOperationException($"Partition {this.GetPrimaryKeyLong()} is not loaded.");
}
