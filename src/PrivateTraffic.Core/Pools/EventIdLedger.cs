using System;
using System.Collections.Generic;
using System.Numerics;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>
/// The ids of the events a pool has applied: what makes applying an event twice change nothing.
/// </summary>
/// <remarks>
/// <para>It has two parts. Ids applied one at a time go into a hash set. A long history given to
/// <see cref="PrivatePool.Rebuild"/> is indexed in bulk first (<see cref="IndexHistory"/>): inserting ten million ids
/// into a hash set costs two cache misses each in tables of hundreds of megabytes, while hashing them in order,
/// sorting the hashes and comparing neighbours reads memory mostly in sequence and is several times faster.</para>
/// <para>The bulk index keeps the history's ids by position (a position whose id an earlier position had is
/// cleared: it is a repeat), the distinct ids' keys sorted by hash (hash in the high 32 bits, position in the low
/// 32), and a directory from the top bits of a hash to the run of keys that start with them, so that a lookup reads
/// one directory entry, a few adjacent keys and the matching id.</para>
/// <para>The hash is the runtime's string hash, which is randomised per process: nobody can choose ids that collide,
/// and the index is never written anywhere, so its hashes need not be stable across processes.</para>
/// </remarks>
internal sealed class EventIdLedger
{
    // A key with this position stands for an event without an id (null event or unset id): it is no id at all.
    private const uint NoPosition = uint.MaxValue;

    private readonly HashSet<string> _recent = new(StringComparer.Ordinal);
    private string?[] _history = [];
    private ulong[] _keys = [];
    private int _distinctInHistory;
    private int[] _directory = [];
    private int _directoryShift;

    /// <summary>How many distinct ids the ledger holds.</summary>
    public int Count => _distinctInHistory + _recent.Count;

    /// <summary>The ids in the order they were first applied: the indexed history's, then the others.</summary>
    public IEnumerable<string> Ids
    {
        get
        {
            foreach (var id in _history)
            {
                if (id is not null)
                {
                    yield return id;
                }
            }

            foreach (var id in _recent)
            {
                yield return id;
            }
        }
    }

    /// <summary>Whether the id was applied.</summary>
    public bool Contains(string id) => InHistory(id) || _recent.Contains(id);

    /// <summary>Records the id; false when it was already there.</summary>
    public bool Add(string id) => !InHistory(id) && _recent.Add(id);

    /// <summary>Gives back an id just added by <see cref="Add"/> for an event that was then refused.</summary>
    public void Remove(string id) => _recent.Remove(id);

    /// <summary>Makes room for this many ids added one at a time.</summary>
    public void EnsureCapacity(int count) => _recent.EnsureCapacity(count);

    /// <summary>Whether the event at a position of the indexed history repeats the id of an earlier one.
    /// Meaningful only for an event that has an id.</summary>
    public bool IsRepeatInHistory(int position) => _history[position] is null;

    /// <summary>
    /// Starts the ledger over from a whole history, indexed in bulk: afterwards it holds every distinct id of the
    /// history, and <see cref="IsRepeatInHistory"/> tells which events repeat an earlier id. Events without an id
    /// (null, or an unset id) are left out; the fold refuses them before it asks.
    /// </summary>
    /// <param name="events">The history; it must not change during the call.</param>
    public void IndexHistory(IReadOnlyList<PoolEvent> events)
    {
        // The list is read on this thread only: a caller's list need not be safe to read from several threads.
        var history = new string?[events.Count];
        for (var k = 0; k < history.Length; k++)
        {
            history[k] = events[k] is { EventId.IsUnset: false } e ? e.EventId.Value : null;
        }

        Index(history);
    }

    /// <summary>Starts the ledger over from a list of applied ids, such as a snapshot's, indexed in bulk.</summary>
    /// <param name="ids">The ids, in the order they were applied; repeats and unset ids are left out.</param>
    public void IndexIds(IReadOnlyList<DomainEventId> ids)
    {
        var history = new string?[ids.Count];
        for (var k = 0; k < history.Length; k++)
        {
            history[k] = ids[k].IsUnset ? null : ids[k].Value;
        }

        Index(history);
    }

    /// <summary>Indexes ids by position (null for none), keeping the array as the ledger's history.</summary>
    private void Index(string?[] history)
    {
        var n = history.Length;
        var keys = HashPositions(history);

        // Group equal hashes: a stable sort by the top bits of the hash, so that equal ids meet in one short run of
        // keys, in the order of their positions. About two keys share a run on average.
        var bits = DirectoryBits(n);
        SortByTopBits(keys, bits);

        // One pass over the runs: a key whose id an earlier key of its run had is a repeat (its position is cleared);
        // the others are compacted to the front of the array, and the directory records where each run starts.
        var directory = new int[(1 << bits) + 1];
        var shift = 64 - bits;
        var distinct = 0;
        var run = 0;
        var runStart = 0;
        for (var i = 0; i < n; i++)
        {
            var key = keys[i];
            var position = (uint)key;
            if (position == NoPosition)
            {
                continue;
            }

            var bucket = (int)(key >> shift);
            while (run <= bucket)
            {
                directory[run++] = distinct;
                runStart = distinct;
            }

            // The ids themselves are read only when two hashes match: most keys are alone in their run, and reading
            // their ids would cost two cache misses each.
            var hash = (uint)(key >> 32);
            var repeat = false;
            for (var j = runStart; j < distinct && !repeat; j++)
            {
                repeat = (uint)(keys[j] >> 32) == hash && string.Equals(history[(uint)keys[j]], history[position], StringComparison.Ordinal);
            }

            if (repeat)
            {
                history[position] = null;
            }
            else
            {
                keys[distinct++] = key;
            }
        }

        while (run < directory.Length)
        {
            directory[run++] = distinct;
        }

        _recent.Clear();
        _history = history;
        _keys = keys;
        _distinctInHistory = distinct;
        _directory = directory;
        _directoryShift = 32 - bits;
    }

    private bool InHistory(string id)
    {
        if (_distinctInHistory == 0)
        {
            return false;
        }

        var hash = (uint)id.GetHashCode();
        var bucket = (int)(hash >> _directoryShift);
        for (var i = _directory[bucket]; i < _directory[bucket + 1]; i++)
        {
            var key = _keys[i];
            if ((uint)(key >> 32) == hash && string.Equals(_history[(uint)key], id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Each position's key, each core hashing a share of the ids.</summary>
    private static ulong[] HashPositions(string?[] history)
    {
        var n = history.Length;
        var keys = new ulong[n];
        var parts = Parts(n);
        ParallelWork.For(parts, p =>
        {
            var (from, to) = Share(n, p, parts);
            for (var k = from; k < to; k++)
            {
                keys[k] = history[k] is { } id ? ((ulong)(uint)id.GetHashCode() << 32) | (uint)k : ulong.MaxValue;
            }
        });
        return keys;
    }

    /// <summary>How many shares to split n keys into: one per core, each at least 64K keys.</summary>
    private static int Parts(int n) => Math.Clamp(n / 65_536, 1, Environment.ProcessorCount);

    private static (int From, int To) Share(int n, int part, int parts) =>
        ((int)((long)n * part / parts), (int)((long)n * (part + 1) / parts));

    /// <summary>Enough directory bits for about two to four keys per run, at least 2 and at most 24.</summary>
    private static int DirectoryBits(int n) => Math.Clamp(BitOperations.Log2((uint)Math.Max(n, 1)) - 1, 2, 24);

    /// <summary>
    /// Sorts the keys by their top <paramref name="bits"/> bits, keeping equal ones in their order: two passes of a
    /// least-significant-digit radix sort, each a counting pass and a scattering pass over the keys.
    /// </summary>
    private static void SortByTopBits(ulong[] keys, int bits)
    {
        var low = bits / 2;
        var buffer = new ulong[keys.Length];
        CountingPass(keys, buffer, shift: 64 - bits, low);
        CountingPass(buffer, keys, shift: 64 - bits + low, bits - low);
    }

    /// <summary>
    /// One stable counting pass on the digit at <paramref name="shift"/>. Each share of the keys counts its digits,
    /// then scatters its keys: share p's keys of digit d go after every key of a smaller digit and after the keys of
    /// digit d in earlier shares, which keeps equal digits in their order.
    /// </summary>
    private static void CountingPass(ulong[] from, ulong[] to, int shift, int bits)
    {
        var n = from.Length;
        var parts = Parts(n);
        var digits = 1 << bits;
        var mask = digits - 1;
        var starts = new int[parts][];
        ParallelWork.For(parts, p =>
        {
            var count = starts[p] = new int[digits];
            var (lo, hi) = Share(n, p, parts);
            for (var i = lo; i < hi; i++)
            {
                count[(int)(from[i] >> shift) & mask]++;
            }
        });

        // Counts become starting places, digit by digit, share by share within a digit.
        var next = 0;
        for (var d = 0; d < digits; d++)
        {
            for (var p = 0; p < parts; p++)
            {
                var count = starts[p][d];
                starts[p][d] = next;
                next += count;
            }
        }

        ParallelWork.For(parts, p =>
        {
            var place = starts[p];
            var (lo, hi) = Share(n, p, parts);
            for (var i = lo; i < hi; i++)
            {
                var key = from[i];
                to[place[(int)(key >> shift) & mask]++] = key;
            }
        });
    }
}
