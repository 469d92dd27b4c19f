using System;
using System.Collections.Generic;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>The check that batch scorers share: every customer is set and appears once (a customer counted twice would
/// shift every band and quintile cut for the others).</summary>
internal static class CustomerIds
{
    public static void RequireSetAndDistinct(ReadOnlySpan<MemberId> customers, string paramName)
    {
        // Keyed by the ids' text with the ordinal comparer (MemberId's own equality): a set of strings under
        // StringComparer.Ordinal takes the runtime's fast path for string keys, measurably quicker on a million ids.
        var seen = new HashSet<string>(customers.Length, StringComparer.Ordinal);
        foreach (var customer in customers)
        {
            Guard.Against.Unmet(!customer.IsUnset, $"A customer id is unset.", paramName);
            Guard.Against.Unmet(seen.Add(customer.Value), $"Customer '{customer}' appears twice; each customer must appear once.", paramName);
        }
    }
}
