using System;
using System.Collections.Generic;
using NodaTime;

namespace PrivateTraffic.Core.Primitives;

/// <summary>
/// The walk shared by the redaction recipes of the histories that name pool members beside the pool's own (groups,
/// campaigns): the same guards, and every event up to the erasure that names the member rewritten by the recipe.
/// </summary>
internal static class MemberRedaction
{
    public static IReadOnlyList<TEvent> Redact<TEvent>(
        IReadOnlyList<TEvent> history,
        MemberId erased,
        MemberId pseudonym,
        Instant erasedAt,
        Func<TEvent, Instant> at,
        Func<TEvent, MemberId, bool> names,
        Func<TEvent, TEvent> redacted)
        where TEvent : class
    {
        Guard.Against.Null(history);
        Guard.Against.Unmet(!erased.IsUnset, "The erased member's id is unset.", nameof(erased));
        Guard.Against.Unmet(!pseudonym.IsUnset && pseudonym != erased, "The pseudonym must be set and differ from the member's id.", nameof(pseudonym));
        foreach (var e in history)
        {
            Guard.Against.Null(e, nameof(history));
            Guard.Against.Unmet(!names(e, pseudonym), "The pseudonym is already named in the history.", nameof(pseudonym));
        }

        var result = new TEvent[history.Count];
        for (var k = 0; k < history.Count; k++)
        {
            var e = history[k];
            result[k] = at(e) <= erasedAt && names(e, erased) ? redacted(e) : e;
        }

        return result;
    }
}
