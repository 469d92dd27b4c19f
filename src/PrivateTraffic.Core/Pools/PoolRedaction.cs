using System;
using System.Collections.Generic;
using System.Globalization;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>
/// Erasure that still rebuilds (PIPL 删除权): the recipe for a stored pool history once a member was erased. Deleting the
/// erased member's events would break the fold (later events refer to the state they left) or silently change past
/// metrics. Redaction keeps every event and its count, and replaces what identifies the person.
/// </summary>
/// <remarks>
/// <para>For each membership of the member that ended in <see cref="MemberErased"/> (a member id captured again later is
/// a new person, whose events are left as they are), every event about them and every referral naming them as referrer
/// gets the pseudonym instead of their id; their tags are dropped, their purchase categories become <c>category-1</c>,
/// <c>category-2</c>, ... in order of first appearance (so that "bought in a second category" still holds), and their
/// interaction kinds become <c>interaction</c>. Instants, amounts, margins, sources, sub-pools, consents' purposes and
/// channels, the time zone (dormancy is counted in it) and event ids stay, so the history rebuilds to the same pool: the
/// same metrics, the same members, the same tombstone. Event ids must therefore be opaque (not built from a phone number
/// or a name).</para>
/// <para>The recipe: erase the member in the pool (<see cref="PrivatePool.Erase"/>), store that event, then replace the
/// stored history with <see cref="Redact"/>'s result, and drop any snapshot written before the erasure.</para>
/// </remarks>
public static class PoolRedaction
{
    private const string RedactedInteraction = "interaction";

    /// <summary>Redacts an erased member from a pool history.</summary>
    /// <param name="history">The pool's events in stored order, starting with its creation.</param>
    /// <param name="erased">The member who was erased.</param>
    /// <param name="pseudonym">The id to put in their place: opaque, and named by no event of the history.</param>
    /// <returns>The redacted history, event for event (same length, same ids, same order).</returns>
    /// <exception cref="ArgumentException">A null history or item, an unset id, a pseudonym the history already names, or a
    /// member the history never erased.</exception>
    public static IReadOnlyList<PoolEvent> Redact(IReadOnlyList<PoolEvent> history, MemberId erased, MemberId pseudonym)
    {
        Guard.Against.Null(history);
        Guard.Against.Unmet(!erased.IsUnset, "The erased member's id is unset.", nameof(erased));
        Guard.Against.Unmet(!pseudonym.IsUnset && pseudonym != erased, "The pseudonym must be set and differ from the member's id.", nameof(pseudonym));
        var redacted = ErasedMemberships(history, erased, pseudonym);
        var result = new PoolEvent[history.Count];
        var inErasedMembership = false;
        var categories = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < history.Count; k++)
        {
            var e = history[k];
            if (!seen.Add(e.EventId.Value))
            {
                // A repeated event id is skipped by the fold, so it delimits no membership; it still loses the person's id.
                result[k] = Names(e, erased) ? Redacted(e, erased, pseudonym, categories) : e;
                continue;
            }

            if (e is MemberCaptured c && c.Member == erased)
            {
                inErasedMembership = redacted.Contains(k);
                categories.Clear();
            }

            result[k] = inErasedMembership ? Redacted(e, erased, pseudonym, categories) : e;
            if (e is MemberErased x && x.Member == erased)
            {
                inErasedMembership = false;
            }
        }

        return result;
    }

    /// <summary>The positions of the captures of <paramref name="erased"/> whose membership ended in an erasure; checks
    /// that the pseudonym is named nowhere.</summary>
    private static HashSet<int> ErasedMemberships(IReadOnlyList<PoolEvent> history, MemberId erased, MemberId pseudonym)
    {
        var memberships = new HashSet<int>();
        var capturedAt = -1;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < history.Count; k++)
        {
            var e = Guard.Against.Null(history[k], nameof(history));
            Guard.Against.Unmet(!Names(e, pseudonym), "The pseudonym is already named in the history.", nameof(pseudonym));
            if (!seen.Add(e.EventId.Value))
            {
                continue;
            }

            switch (e)
            {
                case MemberCaptured c when c.Member == erased:
                    capturedAt = k;
                    break;
                case MemberErased x when x.Member == erased && capturedAt >= 0:
                    memberships.Add(capturedAt);
                    capturedAt = -1;
                    break;
            }
        }

        Guard.Against.Unmet(memberships.Count > 0, "The history never erased this member: erase them first.", nameof(erased));
        return memberships;
    }

    private static bool Names(PoolEvent e, MemberId id) =>
        e is MemberEvent m && (m.Member == id || (m is MemberReferred r && r.Referrer == id));

    private static PoolEvent Redacted(PoolEvent e, MemberId erased, MemberId pseudonym, Dictionary<string, string> categories)
    {
        if (e is MemberReferred { } r && r.Referrer == erased && r.Member != erased)
        {
            return r with { Referrer = pseudonym };
        }

        if (e is not MemberEvent m || m.Member != erased)
        {
            return e;
        }

        return m switch
        {
            MemberCaptured c => c with { Member = pseudonym, Tags = [] },
            PurchaseRecorded p => p with { Member = pseudonym, Category = CategoryAlias(p.Category, categories) },
            InteractionRecorded x => x with { Member = pseudonym, Kind = RedactedInteraction },
            _ => m with { Member = pseudonym },
        };
    }

    private static string CategoryAlias(string category, Dictionary<string, string> categories)
    {
        if (!categories.TryGetValue(category, out var alias))
        {
            alias = "category-" + (categories.Count + 1).ToString(CultureInfo.InvariantCulture);
            categories.Add(category, alias);
        }

        return alias;
    }
}
