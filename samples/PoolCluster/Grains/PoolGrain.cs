// The command switch and the value models are the service's (PoolService is referenced under an alias: see
// GrainPoolHost), so the cluster decides and values exactly as the single process does.
extern alias service;

using NodaTime;
using NodaTime.Text;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Value;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using service::PoolService.Hosting;

namespace PoolCluster.Grains;

/// <summary>
/// The pool grain: restores the pool from the snapshot of its last sealed chunk and the later events on activation, and
/// runs each command as decide, store, apply. Orleans runs one call at a time per activation and one activation per pool cluster-wide, so the pool
/// has one writer; the store write comes before the apply, so a failed write leaves the pool (and its state) unchanged.
/// </summary>
/// <param name="state">The stored history and snapshot (storage "pools").</param>
// Random placement spreads pools and partitions over the silos; the default (resource-optimized) placement keeps a
// new activation on the silo whose gateway took the call while the silos are equally loaded.
[Orleans.Placement.RandomPlacement]
public sealed partial class PoolGrain([PersistentState("pool", ClusterNames.PoolStorage)] IPersistentState<PoolGrainState> state) : Grain, IPoolGrain
{
    private PrivatePool? _pool;
    private GrainRows<PoolHistoryChunk>? _chunkStore;

    // The sealed chunks' events, read from storage on first need (history reads, value cards, erasures), then kept
    // up to date as chunks are sealed. Commands do not need them: the pool is restored from the last chunk's snapshot.
    private List<string>? _sealed;

    private GrainRows<PoolHistoryChunk> Chunks => _chunkStore ??= new GrainRows<PoolHistoryChunk>(
        ServiceProvider.GetRequiredKeyedService<IGrainStorage>(ClusterNames.PoolStorage), this.GetGrainId(), "chunk-");

    /// <inheritdoc/>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var stored = state.State;
        await DeleteStaleChunks();
        if (stored.Chunks > 0)
        {
            var snapshot = PrivateTrafficJson.Deserialize<PoolSnapshot>((await Chunks.ReadAsync(ChunkName(stored.Chunks - 1))).Snapshot);
            if (snapshot.Version != stored.ChunkedEvents)
            {
                throw new InvalidOperationException($"Pool '{this.GetPrimaryKeyString()}': the last chunk's snapshot is at version {snapshot.Version}, the chunks hold {stored.ChunkedEvents} events.");
            }

            _pool = PrivatePool.Restore(snapshot, stored.Events.Select(PrivateTrafficJson.Deserialize<PoolEvent>));
        }
        else if (stored.Events.Count > 0)
        {
            _pool = PrivatePool.Rebuild(stored.Events.Select(PrivateTrafficJson.Deserialize<PoolEvent>));
        }

        await FinishPendingErasure();
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
            var first = PrivateTrafficJson.Deserialize<PoolEvent>((await StoredHistory())[0]);
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
        await FinishPendingErasure();
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
            await StoreRedacted(decision, erased);
            pool.Apply(decision);
            await DeleteStaleChunks();
            await FinishPendingErasure();
        }
        else
        {
            await Append(pool, decision);
            pool.Apply(decision);
        }

        return new PoolCommandOutcome(pool.Version, decision.Events.Count, false);
    }

    /// <inheritdoc/>
    public Task<string> Metrics(LocalDate fromDay, LocalDate toDay) =>
        Task.FromResult(PrivateTrafficJson.Serialize(Require().Measure(fromDay, toDay)));

    /// <inheritdoc/>
    public async Task<string?> ValueCard(string member, LocalDate asOf)
    {
        var pool = Require();
        var inputs = PoolValueInputs.From(pool, [.. (await StoredHistory()).Select(PrivateTrafficJson.Deserialize<PoolEvent>)]);
        var valuation = PoolValuation.Score(inputs, asOf, PoolValueModels.Purchases, PoolValueModels.Spend, PoolValueModels.Horizon, PoolValueModels.Policy);
        var card = valuation.Cards.FirstOrDefault(c => c.Customer.Value == member);
        return card is null ? null : PrivateTrafficJson.Serialize(card);
    }

    /// <inheritdoc/>
    public Task<string> Composition(Instant asOf) =>
        Task.FromResult(PrivateTrafficJson.Serialize(PoolComposition.Of(Require(), PoolValueSettings.StatusRule, asOf)));

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> History() => await StoredHistory();

    /// <inheritdoc/>
    public Task<string> Silo() => Task.FromResult(RuntimeIdentity);

    /// <summary>
    /// Stores a decision's events. Usually they are appended to the state's events in place (no copy of the history per
    /// command; a failed write takes them back). Once <see cref="PoolValueSettings.SnapshotInterval"/> events have
    /// gathered, they are first sealed into a chunk with the snapshot of the pool before the decision, and the state
    /// starts again from the decision's events: so the state written per command stays bounded.
    /// </summary>
    private async Task Append(PrivatePool pool, PoolDecision decision)
    {
        var stored = state.State;
        var added = decision.Events.Select(e => PrivateTrafficJson.Serialize(e)).ToList();
        if (stored.Events.Count < PoolValueSettings.SnapshotInterval)
        {
            var before = stored.Events.Count;
            stored.Events.AddRange(added);
            try
            {
                await state.WriteStateAsync();
            }
            catch
            {
                stored.Events.RemoveRange(before, added.Count);
                throw;
            }

            return;
        }

        // The chunk is written first: until the state names it, a chunk row past the state's count is only rewritten.
        var chunk = new PoolHistoryChunk { Events = stored.Events, Snapshot = PrivateTrafficJson.Serialize(pool.ToSnapshot()) };
        await Chunks.WriteAsync(ChunkName(stored.Chunks), chunk);
        await Store(new PoolGrainState
        {
            Events = added,
            Chunks = stored.Chunks + 1,
            ChunkedEvents = stored.ChunkedEvents + chunk.Events.Count,
            StaleChunks = stored.StaleChunks,
            StreamKeys = stored.StreamKeys,
        });
        _sealed?.AddRange(chunk.Events);
    }

    /// <summary>
    /// Stores an erasure: the whole history with the decision's events, redacted, becomes the state's events in one write,
    /// with no chunk (their snapshots still hold the member). The old chunk rows are then stale and deleted.
    /// </summary>
    private async Task StoreRedacted(PoolDecision decision, MemberErased erased)
    {
        var history = (await StoredHistory()).Select(PrivateTrafficJson.Deserialize<PoolEvent>).Concat(decision.Events).ToList();
        var pseudonym = MemberId.From($"erased-{erased.EventId.Value}");
        var redacted = PoolRedaction.Redact(history, erased.Member, pseudonym);
        var stored = state.State;
        await Store(new PoolGrainState
        {
            Events = [.. redacted.Select(e => PrivateTrafficJson.Serialize(e))],
            // One row past the sealed ones too: a seal whose state write failed may have left a chunk there.
            StaleChunks = Math.Max(stored.Chunks + 1, stored.StaleChunks),
            StreamKeys = stored.StreamKeys,
            // The streams' rows are redacted next, one by one (FinishPendingErasure); until then the state says so.
            PendingErasure = stored.StreamKeys.Count == 0 ? null : new PendingErasure
            {
                EventId = erased.EventId.Value,
                Member = erased.Member.Value,
                Pseudonym = pseudonym.Value,
                At = InstantPattern.ExtendedIso.Format(erased.At),
            },
        });
        _sealed = [];
    }

    /// <summary>Deletes the chunk rows an erasure left behind (they hold the erased member), then forgets them.</summary>
    private async Task DeleteStaleChunks()
    {
        var stored = state.State;
        if (stored.StaleChunks == 0)
        {
            return;
        }

        // Rows below Chunks were sealed again since the erasure and are current; the rest are deleted.
        for (var number = stored.Chunks; number < stored.StaleChunks; number++)
        {
            await Chunks.ClearAsync(ChunkName(number));
        }

        stored.StaleChunks = 0;
        await state.WriteStateAsync();
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

    /// <summary>The whole stored history as event JSON: the sealed chunks' events, then the state's.</summary>
    private async Task<List<string>> StoredHistory()
    {
        if (_sealed is null)
        {
            var events = new List<string>(state.State.ChunkedEvents);
            for (var number = 0; number < state.State.Chunks; number++)
            {
                events.AddRange((await Chunks.ReadAsync(ChunkName(number))).Events);
            }

            _sealed = events;
        }

        return [.. _sealed, .. state.State.Events];
    }

    private static string ChunkName(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // The same exception (and message) as the service's SQLite host for an unknown pool, so a front maps both alike.
    private PrivatePool Require() => _pool ?? throw new KeyNotFoundException($"No pool '{this.GetPrimaryKeyString()}'.");
}
