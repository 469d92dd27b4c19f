using System;
using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// Erasure in a group's stored history (PIPL 删除权), the companion of <see cref="Pools.PoolRedaction"/>: once a member
/// was erased from the pool, every group event up to the erasure that names them (as the one who joined, left or took a
/// role, or as the one who invited) names a pseudonym instead. Events keep their ids, instants, methods, reasons, roles,
/// tiers and fees, so the history rebuilds to the same group: the same number of members, the same roles.
/// </summary>
/// <remarks>
/// The member's id in events after the erasure instant is a new person (captured into the pool again) and is kept.
/// Use the same pseudonym as in the pool's redaction, so the group's and the pool's histories still agree on who is
/// who. A group history does not hold the erasure itself, so the instant is the pool's <c>MemberErased.At</c>.
/// </remarks>
public static class GroupRedaction
{
    /// <summary>Redacts an erased member from a group's history.</summary>
    /// <param name="history">The group's events in stored order.</param>
    /// <param name="erased">The member erased from the pool.</param>
    /// <param name="pseudonym">The id to put in their place: set, different from the member's, and named by no event.</param>
    /// <param name="erasedAt">When the member was erased from the pool; later events are left as they are.</param>
    /// <returns>The redacted history, event for event (same length, ids and order).</returns>
    /// <exception cref="ArgumentException">A null history or item, an unset id, or a pseudonym the history already names.</exception>
    public static IReadOnlyList<GroupEvent> Redact(IReadOnlyList<GroupEvent> history, MemberId erased, MemberId pseudonym, Instant erasedAt) =>
        MemberRedaction.Redact(history, erased, pseudonym, erasedAt, e => e.At, Names, e => Redacted(e, erased, pseudonym));

    private static bool Names(GroupEvent e, MemberId id) => e switch
    {
        MemberJoinedGroup j => j.Member == id || j.InvitedBy == id,
        MemberLeftGroup l => l.Member == id,
        MemberRoleAssigned r => r.Member == id,
        _ => false,
    };

    private static GroupEvent Redacted(GroupEvent e, MemberId erased, MemberId pseudonym) => e switch
    {
        MemberJoinedGroup j => j with
        {
            Member = j.Member == erased ? pseudonym : j.Member,
            InvitedBy = j.InvitedBy == erased ? pseudonym : j.InvitedBy,
        },
        MemberLeftGroup l => l with { Member = pseudonym },
        MemberRoleAssigned r => r with { Member = pseudonym },
        _ => e,
    };
}
