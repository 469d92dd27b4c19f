using System;
using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// What value needs from a private pool (私域池的价值输入): its members' purchase log and its referral graph, taken from the
/// pool and its history in one call, so that a service needs no glue between Pools and Value.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Each purchase is dated on the calendar day of the member's own time zone (the zone they were captured with).</item>
/// <item>Erased members are left out entirely. A member id captured again after an erasure is a new person: the purchases
/// made before the erasure belong to the erased person and are never counted for the new one.</item>
/// <item>Members who left are kept: what they bought is realized value, and the models judge whether they are still alive.</item>
/// <item>The referral graph is the pool's own (<see cref="PrivatePool.Referrals"/>).</item>
/// </list>
/// </remarks>
public sealed class PoolValueInputs
{
    private PoolValueInputs(PrivatePool pool, PurchaseLog purchases, ReferralGraph referrals, IReadOnlyList<MemberId> members, IReadOnlyList<PurchaseRecorded> events)
    {
        PurchaseEvents = events;
        Pool = pool;
        Purchases = purchases;
        Referrals = referrals;
        Members = members;
    }

    /// <summary>The pool the inputs were taken from.</summary>
    public PrivatePool Pool { get; }

    /// <summary>The purchases of the pool's current members (not erased): member by member in capture order, each member's in history order.</summary>
    public PurchaseLog Purchases { get; }

    /// <summary>The pool's referral graph.</summary>
    public ReferralGraph Referrals { get; }

    /// <summary>Every member not erased, buyers and prospects alike, in capture order.</summary>
    public IReadOnlyList<MemberId> Members { get; }

    /// <summary>The purchase events behind <see cref="Purchases"/>, for estimates that need their instants.</summary>
    internal IReadOnlyList<PurchaseRecorded> PurchaseEvents { get; }

    /// <summary>Takes the value inputs of a pool from the pool and its stored history.</summary>
    /// <param name="pool">The pool, as it stands after <paramref name="history"/>.</param>
    /// <param name="history">The pool's events in stored order (redacted or not), from its creation on.</param>
    /// <returns>The inputs.</returns>
    /// <exception cref="ArgumentException">A null argument or event, or a history that is not the pool's: another pool's
    /// events, or purchase counts that disagree with the pool's members (a stale or partial history).</exception>
    public static PoolValueInputs From(PrivatePool pool, IEnumerable<PoolEvent> history)
    {
        Guard.Against.Null(pool);
        Guard.Against.Null(history);
        // Purchases per membership: a capture opens one, an erasure throws it away.
        var open = new Dictionary<MemberId, (DateTimeZone Zone, List<PurchaseRecorded> Purchases)>();
        foreach (var e in history)
        {
            Guard.Against.Null(e, nameof(history));
            Guard.Against.Unmet(e.Pool == pool.Id, "The history holds another pool's events.", nameof(history));
            switch (e)
            {
                case MemberCaptured c:
                    open[c.Member] = (c.TimeZone, []);
                    break;
                case PurchaseRecorded p when open.TryGetValue(p.Member, out var membership):
                    membership.Purchases.Add(p);
                    break;
                case MemberErased x:
                    open.Remove(x.Member);
                    break;
            }
        }

        var purchases = new PurchaseLog();
        var events = new List<PurchaseRecorded>();
        var members = new List<MemberId>(pool.MemberCount);
        foreach (var known in pool.Members)
        {
            Guard.Against.Unmet(open.Remove(known.Id, out var membership) && known.PurchaseCount == membership.Purchases.Count,
                "The history disagrees with the pool's members: pass the pool's whole history, up to the pool's version.", nameof(history));
            members.Add(known.Id);
            events.AddRange(membership.Purchases);
            foreach (var p in membership.Purchases)
            {
                purchases.Add(Purchase.At(known.Id, p.At, membership.Zone, p.Amount, p.Margin, p.Category));
            }
        }

        Guard.Against.Unmet(open.Count == 0, "The history captures members the pool does not have.", nameof(history));
        return new PoolValueInputs(pool, purchases, pool.Referrals(), members, events);
    }
}
