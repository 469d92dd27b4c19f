using NodaTime;
using PoolCluster.Grains;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Value;

namespace PoolCluster.Hosting;

/// <summary>
/// The pool grains in the library's own types, with the meaning of the service's <c>IPoolHost</c>: a refusal is the
/// pool's <see cref="DomainRuleException"/> again, results are the library's read models. A <c>GrainPoolHost</c> is a
/// thin translation of this.
/// </summary>
/// <param name="grains">The cluster's grain factory.</param>
public sealed class PoolGrainClient(IGrainFactory grains)
{
    /// <summary>Opens a pool; the same event id again is a repeat.</summary>
    /// <param name="created">The pool's definition.</param>
    /// <returns>The outcome.</returns>
    public Task<PoolCommandOutcome> OpenAsync(PoolCreated created) =>
        Pool(created.Pool).Open(PrivateTrafficJson.Serialize(created));

    /// <summary>Runs a command on its pool: decide, store, apply, in the pool's grain.</summary>
    /// <param name="command">The command, as the event it would raise.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="DomainRuleException">The pool refused the command; nothing was stored.</exception>
    public async Task<PoolCommandOutcome> ExecuteAsync(PoolEvent command)
    {
        var outcome = await Pool(command.Pool).Execute(PrivateTrafficJson.Serialize(command));
        return outcome.RefusedCode is { } code ? throw new DomainRuleException(code, outcome.RefusedMessage!) : outcome;
    }

    /// <summary>The pool's metrics over a range of days.</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="fromDay">The first day.</param>
    /// <param name="toDay">The last day.</param>
    /// <returns>The metrics.</returns>
    public async Task<PoolMetrics> MetricsAsync(PoolId pool, LocalDate fromDay, LocalDate toDay) =>
        PrivateTrafficJson.Deserialize<PoolMetrics>(await Pool(pool).Metrics(fromDay, toDay));

    /// <summary>A buyer's value card as of a day; null for a prospect or an unknown member.</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="member">The member.</param>
    /// <param name="asOf">The valuation day.</param>
    /// <returns>The card, or null.</returns>
    public async Task<ValueCard?> ValueCardAsync(PoolId pool, MemberId member, LocalDate asOf) =>
        await Pool(pool).ValueCard(member.Value, asOf) is { } json ? PrivateTrafficJson.Deserialize<ValueCard>(json) : null;

    /// <summary>The pool's 271 composition at an instant.</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="asOf">The instant.</param>
    /// <returns>The composition.</returns>
    public async Task<PoolComposition> CompositionAsync(PoolId pool, Instant asOf) =>
        PrivateTrafficJson.Deserialize<PoolComposition>(await Pool(pool).Composition(asOf));

    /// <summary>The pool's stored history, rebuilt into events.</summary>
    /// <param name="pool">The pool.</param>
    /// <returns>The events.</returns>
    public async Task<IReadOnlyList<PoolEvent>> HistoryAsync(PoolId pool) =>
        [.. (await Pool(pool).History()).Select(PrivateTrafficJson.Deserialize<PoolEvent>)];

    /// <summary>The grain of a pool.</summary>
    /// <param name="pool">The pool.</param>
    /// <returns>The grain reference.</returns>
    public IPoolGrain Pool(PoolId pool) => grains.GetGrain<IPoolGrain>(pool.Value);
}
