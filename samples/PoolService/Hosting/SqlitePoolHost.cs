using NodaTime;
using PoolService.Storage;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Fission;
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
                            slot.Streams = null;   // redacted in the store: load them again
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
    public Task<PoolCommandOutcome> ExecuteGroupAsync(PoolId pool, GroupEvent command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return ExecuteStreamAsync(pool, GroupCommands.Stream(command.Group), LoadedGroup.Load, g => g.Group.Version,
            (p, group) => GroupCommands.Decide(p, group, command), cancellationToken);
    }

    /// <inheritdoc/>
    public Task<GroupSnapshot> GroupAsync(PoolId pool, ChannelId group, CancellationToken cancellationToken = default) =>
        ReadSlotAsync(pool, slot => (Stream(slot, pool, GroupCommands.Stream(group), LoadedGroup.Load)
            ?? throw new StreamNotFoundException(StreamNotFoundException.GroupNotFound, $"No group '{group}' in pool '{pool}'.")).Group.Snapshot(), cancellationToken);

    /// <inheritdoc/>
    public Task<PoolCommandOutcome> LaunchCampaignAsync(PoolId pool, CampaignLaunched launched, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(launched);
        return ExecuteStreamAsync(pool, CampaignCommands.Stream(launched.Campaign), CampaignCommands.Load, c => c.Version,
            (p, campaign) => CampaignCommands.Launch(p, campaign, launched), cancellationToken);
    }

    /// <inheritdoc/>
    public Task<PoolCommandOutcome> CreditReferralAsync(PoolId pool, CampaignId campaign, MemberId referrer, MemberId referee, Instant at, DomainEventId eventId, CancellationToken cancellationToken = default) =>
        ExecuteStreamAsync(pool, CampaignCommands.Stream(campaign), CampaignCommands.Load, c => c.Version,
            (p, loaded) => CampaignCommands.Referral(p, loaded, campaign, referrer, referee, at, eventId), cancellationToken);

    /// <inheritdoc/>
    public Task<CampaignSnapshot> CampaignAsync(PoolId pool, CampaignId campaign, CancellationToken cancellationToken = default) =>
        ReadSlotAsync(pool, slot => (Stream(slot, pool, CampaignCommands.Stream(campaign), CampaignCommands.Load)
            ?? throw new StreamNotFoundException(StreamNotFoundException.CampaignNotFound, $"No campaign '{campaign}' in pool '{pool}'.")).ToSnapshot(), cancellationToken);

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
    // redacted (PoolRedaction), with no snapshot left, and the streams beside the pool (GroupRedaction,
    // CampaignRedaction). A crash cannot leave the erasure stored and the data not redacted.
    private Task<AppendResult> StoreErasureAsync(PoolId pool, PoolDecision decision, MemberErased erased)
    {
        var history = Store.ReadAll(pool);
        if (history.Count != decision.BaseVersion)
        {
            return Task.FromResult(AppendResult.PositionTaken);
        }

        history.AddRange(decision.Events);
        var pseudonym = MemberId.From($"erased-{decision.BaseVersion + 1:D8}");
        // The streams beside the pool (groups, campaigns) are redacted in the same transaction, with the same pseudonym.
        var streams = Store.ReadStreams(pool).ToDictionary(s => s.Key, s => StreamRedaction.Redact(s.Key, s.Value, erased.Member, pseudonym, erased.At), StringComparer.Ordinal);
        return Store.ReplaceAsync(pool, decision.BaseVersion, PoolRedaction.Redact(history, erased.Member, pseudonym), streams);
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

    // A command on a stream beside the pool, under the pool's lock: decide against the pool and the stream's state,
    // append with the stream's expected-version and event-id keys, then apply; as ExecuteAsync does for the pool.
    private async Task<PoolCommandOutcome> ExecuteStreamAsync<T>(PoolId pool, string key, Func<IReadOnlyList<string>, T> load, Func<T, int> versionOf,
        Func<PrivatePool, T?, StreamChange<T>> decide, CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var slot = await _slots.EnterAsync(pool, cancellationToken).ConfigureAwait(false);
            try
            {
                var current = Stream(slot, pool, key, load);
                var change = decide(Require(slot, pool), current);
                if (change.Rows.Count == 0)
                {
                    return new PoolCommandOutcome(change.Version, 0, change.IsRepeat);
                }

                switch (await Store.AppendStreamAsync(pool, key, change.BaseVersion, change.Rows).ConfigureAwait(false))
                {
                    case AppendResult.Appended:
                        slot.Streams![key] = change.Apply(current);
                        return new PoolCommandOutcome(change.Version, change.Rows.Count, IsRepeat: false);
                    case AppendResult.EventIdKnown:
                        slot.Streams!.Remove(key);
                        return new PoolCommandOutcome(Stream(slot, pool, key, load) is { } reloaded ? versionOf(reloaded) : 0, 0, IsRepeat: true);
                    default:
                        slot.Streams!.Remove(key);   // written by another process: load again and decide again
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

    // A stream's state as loaded in the slot, or from the store (the pool must exist); null when the stream is empty.
    private T? Stream<T>(PoolSlot slot, PoolId pool, string key, Func<IReadOnlyList<string>, T> load)
        where T : class
    {
        Require(slot, pool);
        var streams = slot.Streams ??= new Dictionary<string, object>(StringComparer.Ordinal);
        if (streams.TryGetValue(key, out var loaded))
        {
            return (T)loaded;
        }

        var stored = Store.ReadStream(pool, key);
        if (stored.Count == 0)
        {
            return null;
        }

        var state = load(stored);
        streams[key] = state;
        return state;
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
