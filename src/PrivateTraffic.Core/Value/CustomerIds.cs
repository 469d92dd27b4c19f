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
        var seen = new HashSet<MemberId>(customers.Length);
        foreach (var customer in customers)
        {
            Guard.Against.Unmet(!customer.IsUnset, $"A customer id is unset.", paramName);
            Guard.Against.Unmet(seen.Add(customer), $"Customer '{customer}' appears twice; each customer must appear once.", paramName);
        }
    }
}
