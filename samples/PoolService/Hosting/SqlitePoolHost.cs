using NodaTime;
using PoolService.Storage;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Value;

namespace PoolService.Hosting;

/// <summary>
/// The embedded host: pools in one SQLite file (<see cref="SqliteEventStore"/>), one writer per pool through an
/// in-process lock per pool id, the store's expected-version check behind it (so a second process on the same file
/// loses no event either), hot pools kept loaded (<see cref="PoolSlots"/>), a snapshot every
/// <see cref="PoolHostOptions.SnapshotEvery"/> events.
/// </summary>
public sealed class SqlitePoolHost : IPoolHost, IAsyncDisposable
{
    private const int Attempts = 4;

    private readonly PoolHostOptions _options;
    private readonly PoolSlots _slots;
    private readonly MemberStatusRule _statusRule;

    /// <summary>Opens the store (creating or migrating its schema).</summary>
    /// <param name="options">The settings.</param>
    public SqlitePoolHost(PoolHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.SnapshotEvery, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.CachedPools, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxCommitBatch, 1);
        _options = options;
        _statusRule = options.StatusRule();
        _slots = new PoolSlots(options.CachedPools);
        Store = new SqliteEventStore(options.DatabasePath, options.SyncEveryCommit, options.MaxCommitBatch);
    }

    /// <summary>The store underneath (tests look at its tables).</summary>
    public SqliteEventStore Store { get; }

    /// <inheritdoc/>
    public async Task<PoolCommandOutcome> OpenAsync(PoolCreated created, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(created);
        var opened = PrivatePool.Rebuild([created]);   // checks the definition before anything is stored
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var slot = await _slots.EnterAsync(created.Pool, cancellationToken).ConfigureAwait(false);
            try
            {
                if ((slot.Pool ??= Load(created.Pool)) is { } existing)
                {
                    return existing.Definition.EventId == created.EventId
                        ? new PoolCommandOutcome(existing.Version, 0, IsRepeat: true)
                        : throw new PoolConflictException(PoolConflictException.PoolExists, $"Pool '{created.Pool}' was opened by event '{existing.Definition.EventId}'.");
                }

                if (await Store.AppendAsync(created.Pool, 0, [created]).ConfigureAwait(false) == AppendResult.Appended)
                {
                    slot.Pool = opened;
                    return new PoolCommandOutcome(1, 1, IsRepeat: false);
                }

                slot.Pool = null;   // another process opened it first: look again
            }
            finally
            {
                _slots.Exit(slot);
            }
        }

        throw Lost(created.Pool);
    }

    /// <inheritdoc/>
    public async Task<PoolCommandOutcome> ExecuteAsync(PoolId pool, PoolEvent command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var slot = await _slots.EnterAsync(pool, cancellationToken).ConfigureAwait(false);
            try
            {
                var loaded = Require(slot, pool);
                var decision = PoolCommands.Decide(loaded, command);
                if (decision.Events.Count == 0)
                {
                    return new PoolCommandOutcome(loaded.Version, 0, decision.IsRepeat);
                }

                var result = command is MemberErased erased
                    ? await StoreErasureAsync(pool, decision, erased).ConfigureAwait(false)
                    : await Store.AppendAsync(pool, decision.BaseVersion, decision.Events).ConfigureAwait(false);
                switch (result)
                {
                    case AppendResult.Appended:
                        loaded.Apply(decision);
                        if (command is MemberErased)
                        {
                            await Store.CheckpointAsync().ConfigureAwait(false);
                        }
                        else if (loaded.Version / _options.SnapshotEvery > decision.BaseVersion / _options.SnapshotEvery)
                        {
                            await SaveSnapshotAsync(pool, loaded).ConfigureAwait(false);
                        }

                        return new PoolCommandOutcome(loaded.Version, decision.Events.Count, IsRepeat: false);
                    case AppendResult.EventIdKnown:
                        // The store knows the id though the loaded pool does not (older than the ids a snapshot keeps,
                        // or written by another process): a retried request. Reload, so the cache matches the store.
                        slot.Pool = null;
                        return new PoolCommandOutcome(Require(slot, pool).Version, 0, IsRepeat: true);
                    default:
                        slot.Pool = null;   // another writer was first: load again and decide again
                        break;
                }
            }
            finally
            {
                _slots.Exit(slot);
            }
        }

        throw Lost(pool);
    }

    /// <inheritdoc/>
    public Task<PoolMetrics> MetricsAsync(PoolId pool, LocalDate fromDay, LocalDate toDay, CancellationToken cancellationToken = default) =>
        ReadAsync(pool, p => p.Measure(fromDay, toDay), cancellationToken);

    /// <inheritdoc/>
    public Task<ValueCard?> ValueCardAsync(PoolId pool, MemberId member, LocalDate asOf, CancellationToken cancellationToken = default) =>
        ReadAsync(pool, p =>
        {
            // Valued from the whole stored history, read under the pool's lock so it matches the loaded pool.
            var inputs = PoolValueInputs.From(p, Store.ReadAll(pool));
            var valuation = PoolValuation.Score(inputs, asOf, PoolValueModels.Purchases, PoolValueModels.Spend, PoolValueModels.Horizon, PoolValueModels.Policy);
            return valuation.Cards.FirstOrDefault(c => c.Customer == member);
        }, cancellationToken);

    /// <inheritdoc/>
    public Task<PoolComposition> CompositionAsync(PoolId pool, Instant asOf, CancellationToken cancellationToken = default) =>
        ReadAsync(pool, p => PoolComposition.Of(p, _statusRule, asOf), cancellationToken);

    /// <inheritdoc/>
    public Task<EngagementEvaluation> EngagementAsync(PoolId pool, MemberId member, Instant asOf, EngagementRuleSet rules, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return ReadAsync(pool, p => rules.Evaluate(MemberView.Build(p, member, asOf, statusRule: _statusRule)), cancellationToken);
    }

    /// <inheritdoc/>
    public Task<SopPlan> SopPlanAsync(PoolId pool, MemberId member, Instant start, SopDefinition sop, ReachPolicy policy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sop);
        ArgumentNullException.ThrowIfNull(policy);
        return ReadAsync(pool, p => SopPlans.Plan(p, member, start, sop, policy), cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<PoolCommandOutcome> ExecuteGroupAsync(PoolId pool, GroupEvent command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var slot = await _slots.EnterAsync(pool, cancellationToken).ConfigureAwait(false);
            try
            {
                var group = Group(slot, pool, command.Group);
                var change = GroupCommands.Decide(Require(slot, pool), group, command);
                if (change.Events.Count == 0)
                {
                    return new PoolCommandOutcome(change.Version, 0, change.IsRepeat);
                }

                var rows = change.Events.Select(e => (e.EventId.Value, e.Type, PrivateTrafficJson.Serialize(e))).ToArray();
                switch (await Store.AppendStreamAsync(pool, GroupCommands.Stream(command.Group), change.BaseVersion, rows).ConfigureAwait(false))
                {
                    case AppendResult.Appended:
                        slot.Groups![command.Group.Value] = change.Apply(group);
                        return new PoolCommandOutcome(change.Version, change.Events.Count, IsRepeat: false);
                    case AppendResult.EventIdKnown:
                        slot.Groups!.Remove(command.Group.Value);
                        return new PoolCommandOutcome(Group(slot, pool, command.Group)?.Group.Version ?? 0, 0, IsRepeat: true);
                    default:
                        slot.Groups!.Remove(command.Group.Value);   // written by another process: load again and decide again
                        break;
                }
            }
            finally
            {
                _slots.Exit(slot);
            }
        }

        throw Lost(pool);
    }

    /// <inheritdoc/>
    public Task<GroupSnapshot> GroupAsync(PoolId pool, ChannelId group, CancellationToken cancellationToken = default) =>
        ReadSlotAsync(pool, slot => (Group(slot, pool, group)
            ?? throw new StreamNotFoundException(StreamNotFoundException.GroupNotFound, $"No group '{group}' in pool '{pool}'.")).Group.Snapshot(), cancellationToken);

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Store.DisposeAsync();

    private Task<T> ReadAsync<T>(PoolId pool, Func<PrivatePool, T> read, CancellationToken cancellationToken) =>
        ReadSlotAsync(pool, slot => read(Require(slot, pool)), cancellationToken);

    private async Task<T> ReadSlotAsync<T>(PoolId pool, Func<PoolSlot, T> read, CancellationToken cancellationToken)
    {
        var slot = await _slots.EnterAsync(pool, cancellationToken).ConfigureAwait(false);
        try
        {
            return read(slot);
        }
        finally
        {
            _slots.Exit(slot);
        }
    }

    // Erasure replaces the stream in the same transaction that stores the erasure: the history with the new events,
    // redacted (PoolRedaction), with no snapshot left. A crash cannot leave the erasure stored and the data not redacted.
    private Task<AppendResult> StoreErasureAsync(PoolId pool, PoolDecision decision, MemberErased erased)
    {
        var history = Store.ReadAll(pool);
        if (history.Count != decision.BaseVersion)
        {
            return Task.FromResult(AppendResult.PositionTaken);
        }

        history.AddRange(decision.Events);
        var pseudonym = MemberId.From($"erased-{decision.BaseVersion + 1:D8}");
        return Store.ReplaceAsync(pool, decision.BaseVersion, PoolRedaction.Redact(history, erased.Member, pseudonym));
    }

    // The command is stored and applied by now: a snapshot that cannot be written is only a slower load later, so its
    // failure does not fail the command (the next multiple writes one).
    private async Task SaveSnapshotAsync(PoolId pool, PrivatePool loaded)
    {
        try
        {
            await Store.SaveSnapshotAsync(pool, loaded.Version, PrivateTrafficJson.Serialize(loaded.ToSnapshot())).ConfigureAwait(false);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            // Left for the next snapshot.
        }
    }

    private PrivatePool Require(PoolSlot slot, PoolId pool) =>
        slot.Pool ??= Load(pool) ?? throw new KeyNotFoundException($"No pool '{pool}'.");

    // The group as loaded in the slot, or from its stream (the pool must exist); null when the pool has no such group.
    private LoadedGroup? Group(PoolSlot slot, PoolId pool, ChannelId group)
    {
        Require(slot, pool);
        var groups = slot.Groups ??= new Dictionary<string, LoadedGroup>(StringComparer.Ordinal);
        if (groups.TryGetValue(group.Value, out var loaded))
        {
            return loaded;
        }

        var stream = Store.ReadStream(pool, GroupCommands.Stream(group));
        if (stream.Count == 0)
        {
            return null;
        }

        return groups[group.Value] = new LoadedGroup([.. stream.Select(PrivateTrafficJson.Deserialize<GroupEvent>)]);
    }

    private PrivatePool? Load(PoolId pool)
    {
        var (snapshot, later) = Store.Load(pool);
        if (snapshot is not null)
        {
            return PrivatePool.Restore(snapshot, later);
        }

        return later.Count == 0 ? null : PrivatePool.Rebuild(later);
    }

    private static PoolConflictException Lost(PoolId pool) =>
        new(PoolConflictException.ConcurrencyConflict, $"Pool '{pool}' was changed by another writer on every attempt; try again.");
}
