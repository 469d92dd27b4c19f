using System.Collections.Generic;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>
/// What a command would do to a pool, decided without changing it: the events it would raise, in order, and the pool's
/// <see cref="PrivatePool.Version"/> when it was decided. A service stores <see cref="Events"/> (expecting the store to be at
/// <see cref="BaseVersion"/>), then applies the decision with <see cref="PrivatePool.Apply(PoolDecision)"/>, so the pool is
/// never ahead of its store.
/// </summary>
/// <remarks>Every rule the events must pass was checked when the decision was made, against the pool as it was then;
/// applying it to that pool, unchanged since, cannot fail half-way. A pool that changed in between refuses it whole
/// (<see cref="DomainRuleCodes.PoolStaleDecision"/>).</remarks>
public sealed class PoolDecision
{
    internal PoolDecision(PrivatePool pool, IReadOnlyList<PoolEvent> events, int baseVersion, bool isRepeat = false)
    {
        IsRepeat = isRepeat;
        Pool = pool;
        Events = events;
        BaseVersion = baseVersion;
    }

    /// <summary>The events the command raises, in the order they are applied; empty for a repeated command.</summary>
    public IReadOnlyList<PoolEvent> Events { get; }

    /// <summary>The pool's version when the command was decided: where a store must be for the append to be current.</summary>
    public int BaseVersion { get; }

    /// <summary>Whether the command was already applied (its event id is known): nothing to store, nothing to apply.</summary>
    public bool IsRepeat { get; }

    internal PrivatePool Pool { get; }
}
