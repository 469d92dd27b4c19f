// The command switch and the value models are the service's (PoolService is referenced under an alias: see
// GrainPoolHost), so the cluster decides and values exactly as the single process does.
extern alias service;

using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Value;
using service::PoolService.Hosting;

namespace PoolCluster.Grains;

/// <summary>
/// The pool grain: restores the pool from its snapshot and later events on activation, and runs each command as decide,
/// store, apply. Orleans runs one call at a time per activation and one activation per pool cluster-wide, so the pool
/// has one writer; the store write comes before the apply, so a failed write leaves the pool (and its state) unchanged.
/// </summary>
/// <param name="state">The stored history and snapshot (storage "pools").</param>
// Random placement spreads pools and partitions over the silos; the default (resource-optimized) placement keeps a
// new activation on the silo whose gateway took the call while the silos are equally loaded.
[Orleans.Placement.RandomPlacement]
public sealed class PoolGrain([PersistentState("pool", ClusterNames.PoolStorage)] IPersistentState<PoolGrainState> state) : Grain, IPoolGrain
{
    private PrivatePool? _pool;

    // The version of the stored snapshot (0 when there is none), kept beside it so that a command does not parse the
    // snapshot's JSON again only to learn when the next one is due.
    private int _snapshotVersion;

    /// <inheritdoc/>
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var stored = state.State;
        if (stored.Events.Count > 0)
        {
            if (stored.Snapshot is { } json)
            {
                var snapshot = PrivateTrafficJson.Deserialize<PoolSnapshot>(json);
                _pool = PrivatePool.Restore(snapshot, stored.Events.Skip(snapshot.Version).Select(PrivateTrafficJson.Deserialize<PoolEvent>));
                _snapshotVersion = snapshot.Version;
            }
            else
            {
                _pool = PrivatePool.Rebuild(stored.Events.Select(PrivateTrafficJson.Deserialize<PoolEvent>));
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async Task<PoolCommandOutcome> Open(string createdJson)
    {
        var created = PrivateTrafficJson.Deserialize<PoolCreated>(createdJson);
        if (created.Pool.Value != this.GetPrimaryKeyString())
        {
            throw new InvalidOperationException($"The definition is for pool '{created.Pool}', not '{this.GetPrimaryKeyString()}'.");
        }

        if (_pool is not null)
        {
            var first = PrivateTrafficJson.Deserialize<PoolEvent>(state.State.Events[0]);
            return first.EventId == created.EventId
                ? new PoolCommandOutcome(_pool.Version, 0, true)
                : throw new InvalidOperationException($"Pool '{created.Pool}' was opened by event '{first.EventId}'.");
        }

        var pool = PrivatePool.Rebuild([created]);
        await Store(new PoolGrainState { Events = [PrivateTrafficJson.Serialize<PoolEvent>(created)] });
        _pool = pool;
        return new PoolCommandOutcome(pool.Version, 1, false);
    }

    /// <inheritdoc/>
    public async Task<PoolCommandOutcome> Execute(string commandJson)
    {
        var pool = Require();
        var command = PrivateTrafficJson.Deserialize<PoolEvent>(commandJson);
        PoolDecision decision;
        try
        {
            decision = PoolCommands.Decide(pool, command);
        }
        catch (DomainRuleException refused)
        {
            return new PoolCommandOutcome(pool.Version, 0, false, refused.Code, refused.Message);
        }

        if (decision.Events.Count == 0)
        {
            return new PoolCommandOutcome(pool.Version, 0, decision.IsRepeat);
        }

        if (command is MemberErased erased)
        {
            await Store(Redacted(decision, erased));
            _snapshotVersion = 0;
        }
        else
        {
            await Append(pool, decision);
        }

        pool.Apply(decision);
        return new PoolCommandOutcome(pool.Version, decision.Events.Count, false);
    }

    /// <inheritdoc/>
    public Task<string> Metrics(LocalDate fromDay, LocalDate toDay) =>
        Task.FromResult(PrivateTrafficJson.Serialize(Require().Measure(fromDay, toDay)));

    /// <inheritdoc/>
    public Task<string?> ValueCard(string member, LocalDate asOf)
    {
        var pool = Require();
        var inputs = PoolValueInputs.From(pool, ReadHistory());
        var valuation = PoolValuation.Score(inputs, asOf, PoolValueModels.Purchases, PoolValueModels.Spend, PoolValueModels.Horizon, PoolValueModels.Policy);
        var card = valuation.Cards.FirstOrDefault(c => c.Customer.Value == member);
        return Task.FromResult(card is null ? null : PrivateTrafficJson.Serialize(card));
    }

    /// <inheritdoc/>
    public Task<string> Composition(Instant asOf) =>
        Task.FromResult(PrivateTrafficJson.Serialize(PoolComposition.Of(Require(), PoolValueSettings.StatusRule, asOf)));

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> History() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Events]);

    /// <inheritdoc/>
    public Task<string> Silo() => Task.FromResult(RuntimeIdentity);

    /// <summary>
    /// Appends a decision's events to the stored history and writes the state; every
    /// <see cref="PoolValueSettings.SnapshotInterval"/> events the snapshot moves up to the pool before the decision.
    /// The list grows in place (no copy of the history per command); a failed write takes the additions back, so the
    /// grain's state is as it was.
    /// </summary>
    private async Task Append(PrivatePool pool, PoolDecision decision)
    {
        var stored = state.State;
        var before = stored.Events.Count;
        var previousSnapshot = stored.Snapshot;
        var snapshotDue = before - _snapshotVersion >= PoolValueSettings.SnapshotInterval;
        stored.Events.AddRange(decision.Events.Select(e => PrivateTrafficJson.Serialize(e)));
        if (snapshotDue)
        {
            stored.Snapshot = PrivateTrafficJson.Serialize(pool.ToSnapshot());
        }

        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            stored.Events.RemoveRange(before, stored.Events.Count - before);
            stored.Snapshot = previousSnapshot;
            throw;
        }

        if (snapshotDue)
        {
            _snapshotVersion = pool.Version;
        }
    }

    /// <summary>The state after an erasure: the whole history with the decision's events, redacted, and no snapshot
    /// (a snapshot would still hold the member).</summary>
    private PoolGrainState Redacted(PoolDecision decision, MemberErased erased)
    {
        var history = ReadHistory().Concat(decision.Events).ToList();
        var redacted = PoolRedaction.Redact(history, erased.Member, MemberId.From($"erased-{erased.EventId.Value}"));
        return new PoolGrainState { Events = [.. redacted.Select(e => PrivateTrafficJson.Serialize(e))] };
    }

    /// <summary>Writes the new state; on failure the grain keeps the old state and rethrows, so nothing changed.</summary>
    private async Task Store(PoolGrainState next)
    {
        var previous = state.State;
        state.State = next;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = previous;
            throw;
        }
    }

    private List<PoolEvent> ReadHistory() => [.. state.State.Events.Select(PrivateTrafficJson.Deserialize<PoolEvent>)];

    // The same exception (and message) as the service's SQLite host for an unknown pool, so a front maps both alike.
    private PrivatePool Require() => _pool ?? throw new KeyNotFoundException($"No pool '{this.GetPrimaryKeyString()}'.");
}
