// PoolService is a program too: its public Program type would clash with this one's (CS0436), so it is referenced
// under its own alias.
extern alias service;

using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Value;
using PoolGrainOutcome = PoolCluster.Grains.PoolCommandOutcome;
using service::PoolService.Hosting;

namespace PoolCluster.Hosting;

/// <summary>
/// The service's <see cref="IPoolHost"/> over the pool grains, so the service's routes run in front of the cluster: a
/// thin translation of <see cref="PoolGrainClient"/>. A grain's refusal is the same <see cref="DomainRuleException"/>
/// (code and message), a second definition of an open pool is the service's <see cref="PoolConflictException"/>, an
/// unknown pool a <see cref="KeyNotFoundException"/>.
/// </summary>
/// <param name="pools">The grains, in the library's types.</param>
public sealed class GrainPoolHost(PoolGrainClient pools) : IPoolHost
{
    /// <inheritdoc/>
    public async Task<PoolCommandOutcome> OpenAsync(PoolCreated created, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(created);
        PrivatePool.Rebuild([created]);   // a malformed definition is the caller's ArgumentException, as over SQLite
        try
        {
            return Outcome(await pools.OpenAsync(created).WaitAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (InvalidOperationException opened)
        {
            // The client routes a definition to its own pool's grain, so the grain's only refusal left is another opening.
            throw new PoolConflictException(PoolConflictException.PoolExists, opened.Message);
        }
    }

    /// <inheritdoc/>
    public async Task<PoolCommandOutcome> ExecuteAsync(PoolId pool, PoolEvent command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Pool != pool)
        {
            throw new ArgumentException($"The command is for pool '{command.Pool}', not '{pool}'.", nameof(command));
        }

        return Outcome(await pools.ExecuteAsync(command).WaitAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc/>
    public Task<PoolMetrics> MetricsAsync(PoolId pool, LocalDate fromDay, LocalDate toDay, CancellationToken cancellationToken = default) =>
        pools.MetricsAsync(pool, fromDay, toDay).WaitAsync(cancellationToken);

    /// <inheritdoc/>
    public Task<ValueCard?> ValueCardAsync(PoolId pool, MemberId member, LocalDate asOf, CancellationToken cancellationToken = default) =>
        pools.ValueCardAsync(pool, member, asOf).WaitAsync(cancellationToken);

    /// <inheritdoc/>
    public Task<PoolComposition> CompositionAsync(PoolId pool, Instant asOf, CancellationToken cancellationToken = default) =>
        pools.CompositionAsync(pool, asOf).WaitAsync(cancellationToken);

    /// <inheritdoc/>
    /// <remarks>The grain has no engagement call: the pool is rebuilt here from the grain's history and evaluated as
    /// the SQLite host does, with the grains' 271 rule. A read of the whole history per call: fine for a sample.</remarks>
    public async Task<EngagementEvaluation> EngagementAsync(PoolId pool, MemberId member, Instant asOf, EngagementRuleSet rules, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var loaded = await RebuildAsync(pool, cancellationToken).ConfigureAwait(false);
        return rules.Evaluate(MemberView.Build(loaded, member, asOf, statusRule: Grains.PoolValueSettings.StatusRule));
    }

    /// <inheritdoc/>
    /// <remarks>Planned here, in the front, from the grain's history, as <see cref="EngagementAsync"/> is.</remarks>
    public async Task<SopPlan> SopPlanAsync(PoolId pool, MemberId member, Instant start, SopDefinition sop, ReachPolicy policy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sop);
        ArgumentNullException.ThrowIfNull(policy);
        return SopPlans.Plan(await RebuildAsync(pool, cancellationToken).ConfigureAwait(false), member, start, sop, policy);
    }

    /// <inheritdoc/>
    public async Task<PoolCommandOutcome> ExecuteGroupAsync(PoolId pool, GroupEvent command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return Refused(await pools.Pool(pool).ExecuteGroup(PrivateTrafficJson.Serialize(command)).WaitAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc/>
    public async Task<GroupSnapshot> GroupAsync(PoolId pool, ChannelId group, CancellationToken cancellationToken = default) =>
        await pools.Pool(pool).Group(group.Value).WaitAsync(cancellationToken).ConfigureAwait(false) is { } json
            ? PrivateTrafficJson.Deserialize<GroupSnapshot>(json)
            : throw new StreamNotFoundException(StreamNotFoundException.GroupNotFound, $"No group '{group}' in pool '{pool}'.");

    /// <inheritdoc/>
    public async Task<PoolCommandOutcome> LaunchCampaignAsync(PoolId pool, CampaignLaunched launched, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(launched);
        return Refused(await pools.Pool(pool).LaunchCampaign(PrivateTrafficJson.Serialize(launched)).WaitAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc/>
    public async Task<PoolCommandOutcome> CreditReferralAsync(PoolId pool, CampaignId campaign, MemberId referrer, MemberId referee, Instant at, DomainEventId eventId, CancellationToken cancellationToken = default) =>
        Refused(await pools.Pool(pool).CreditReferral(campaign.Value, referrer.Value, referee.Value, at, eventId.Value).WaitAsync(cancellationToken).ConfigureAwait(false));

    /// <inheritdoc/>
    public async Task<CampaignSnapshot> CampaignAsync(PoolId pool, CampaignId campaign, CancellationToken cancellationToken = default) =>
        await pools.Pool(pool).Campaign(campaign.Value).WaitAsync(cancellationToken).ConfigureAwait(false) is { } json
            ? PrivateTrafficJson.Deserialize<CampaignSnapshot>(json)
            : throw new StreamNotFoundException(StreamNotFoundException.CampaignNotFound, $"No campaign '{campaign}' in pool '{pool}'.");

    // A stream command's refusal, rethrown as the exception the SQLite host throws for it.
    private static PoolCommandOutcome Refused(PoolGrainOutcome outcome) => outcome.RefusedCode switch
    {
        null => Outcome(outcome),
        StreamNotFoundException.GroupNotFound or StreamNotFoundException.CampaignNotFound => throw new StreamNotFoundException(outcome.RefusedCode, outcome.RefusedMessage!),
        PoolConflictException.GroupExists or PoolConflictException.CampaignExists => throw new PoolConflictException(outcome.RefusedCode, outcome.RefusedMessage!),
        { } code => throw new DomainRuleException(code, outcome.RefusedMessage!),
    };

    private async Task<PrivatePool> RebuildAsync(PoolId pool, CancellationToken cancellationToken)
    {
        var history = await pools.HistoryAsync(pool).WaitAsync(cancellationToken).ConfigureAwait(false);
        return history.Count == 0 ? throw new KeyNotFoundException($"No pool '{pool}'.") : PrivatePool.Rebuild(history);
    }

    private static PoolCommandOutcome Outcome(PoolGrainOutcome outcome) => new(outcome.Version, outcome.Stored, outcome.IsRepeat);
}
