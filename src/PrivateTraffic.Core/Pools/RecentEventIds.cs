using System;
using System.Collections.Generic;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>
/// The ids of the last few events a pool applied, oldest first: what a snapshot keeps so that it stays bounded by the
/// pool's state rather than by its history (<see cref="PoolSnapshot.RememberedEventIds"/>). A ring buffer: adding to a
/// full one drops the oldest id.
/// </summary>
internal sealed class RecentEventIds(int capacity)
{
    private readonly DomainEventId[] _ring = new DomainEventId[capacity];
    private int _next;
    private int _count;

    public void Add(DomainEventId id)
    {
        _ring[_next] = id;
        _next = (_next + 1) % _ring.Length;
        _count = Math.Min(_count + 1, _ring.Length);
    }

    public void Clear()
    {
        _next = 0;
        _count = 0;
    }

    /// <summary>The ids, oldest first.</summary>
    public IReadOnlyList<DomainEventId> ToList()
    {
        var ids = new DomainEventId[_count];
        var start = (_next - _count + _ring.Length) % _ring.Length;
        for (var k = 0; k < _count; k++)
        {
            ids[k] = _ring[(start + k) % _ring.Length];
        }

        return ids;
    }
}
