using System.Collections.Concurrent;
using PrivateTraffic.Core.Primitives;

namespace PoolService.Hosting;

/// <summary>
/// One slot per pool in use: the pool's lock (one writer, and no reader during a write) and its loaded
/// <c>PrivatePool</c>, so a command does not replay the pool's history. Bounded: past the capacity the least recently
/// used slots whose lock is free are dropped (their pools load again from the store when next used).
/// </summary>
internal sealed class PoolSlots(int capacity)
{
    private readonly ConcurrentDictionary<PoolId, PoolSlot> _slots = new();
    private long _clock;
    private int _trimming;

    /// <summary>Waits for the pool's lock and returns its slot, held.</summary>
    public async Task<PoolSlot> EnterAsync(PoolId pool, CancellationToken cancellationToken)
    {
        while (true)
        {
            var slot = _slots.GetOrAdd(pool, static _ => new PoolSlot());
            await slot.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (!slot.Dropped)
            {
                slot.LastUsed = Interlocked.Increment(ref _clock);
                return slot;
            }

            // Dropped while we waited: a fresh slot took its place.
            slot.Gate.Release();
        }
    }

    /// <summary>Releases the pool's lock, and trims the cache when it is over capacity.</summary>
    public void Exit(PoolSlot slot)
    {
        slot.Gate.Release();
        if (_slots.Count > capacity && Interlocked.Exchange(ref _trimming, 1) == 0)
        {
            try
            {
                Trim();
            }
            finally
            {
                Volatile.Write(ref _trimming, 0);
            }
        }
    }

    private void Trim()
    {
        var target = capacity - Math.Max(1, capacity / 10);
        foreach (var (pool, slot) in _slots.ToArray().OrderBy(s => s.Value.LastUsed))
        {
            if (_slots.Count <= target)
            {
                return;
            }

            if (slot.Gate.Wait(0))
            {
                slot.Dropped = true;
                slot.Pool = null;
                slot.Streams = null;
                _slots.TryRemove(new KeyValuePair<PoolId, PoolSlot>(pool, slot));
                slot.Gate.Release();
            }
        }
    }
}
