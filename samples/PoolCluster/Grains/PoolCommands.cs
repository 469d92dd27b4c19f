using PrivateTraffic.Core.Pools;

namespace PoolCluster.Grains;

/// <summary>Turns a command, given as the event it would raise, into the pool's decision: capture, purchase, interaction,
/// leave and review through their own Decide method (they derive stage changes), the rest through <see cref="PrivatePool.Decide"/>.</summary>
public static class PoolCommands
{
    /// <summary>Decides a command on a pool; nothing changes.</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="command">The command, for this pool.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentException">The command is for another pool, or is a creation.</exception>
    public static PoolDecision Decide(PrivatePool pool, PoolEvent command)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(command);
        if (command.Pool != pool.Id)
        {
            throw new ArgumentException($"The command is for pool '{command.Pool}', not '{pool.Id}'.", nameof(command));
        }

        return command switch
        {
            MemberCaptured c => pool.DecideCapture(c.Member, c.Source, c.At, c.EventId, c.SubPool.Length == 0 ? null : c.SubPool, timeZone: c.TimeZone, tags: c.Tags, joinedBy: c.JoinedBy),
            PurchaseRecorded p => pool.DecidePurchase(p.Member, p.Category, p.Amount, p.At, p.EventId, p.Margin),
            InteractionRecorded i => pool.DecideInteraction(i.Member, i.Kind, i.At, i.EventId),
            MemberLeft l => pool.DecideLeave(l.Member, l.Reason, l.At, l.EventId),
            PoolReviewed r => pool.DecideReview(r.At, r.EventId),
            PoolCreated => throw new ArgumentException("A pool is opened, not commanded: use Open.", nameof(command)),
            _ => pool.Decide(command),
        };
    }
}
