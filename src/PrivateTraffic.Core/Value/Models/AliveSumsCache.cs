using System;
using System.Buffers;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// A batch scorer's table from a customer's (x, T) to the sums that do not depend on anything else about them: the
/// discounted and the total expected purchases of a customer known to be alive. Customers of one base share few
/// distinct pairs, so one worker computes each pair about once. The arrays are rented from the shared pool, and a
/// miss only costs a recomputation, never a wrong value.
/// </summary>
/// <remarks>
/// Open addressing with linear probing over <see cref="Capacity"/> slots. A key is stored as two doubles, x then T;
/// an empty slot holds x = −1, which no customer has (x ≥ 0 is validated before the table is asked). A pair whose
/// <see cref="MaxProbes"/> neighbouring slots are all taken is not stored: the table never grows and never evicts.
/// </remarks>
internal sealed class AliveSumsCache
{
    /// <summary>Slots in the table, a power of two so that a slot index wraps with a mask.</summary>
    internal const int Capacity = 8192;

    /// <summary>Slots looked at from a pair's home slot before giving up.</summary>
    internal const int MaxProbes = 8;

    /// <summary>The marker of an empty slot, in the place of x.</summary>
    private const double Empty = -1.0;

    private readonly double[] _keys;
    private readonly double[] _values;

    private AliveSumsCache(double[] keys, double[] values)
    {
        _keys = keys;
        _values = values;
    }

    /// <summary>An empty table on arrays rented from the shared pool; give them back with <see cref="Return"/>.</summary>
    public static AliveSumsCache Rent()
    {
        var cache = new AliveSumsCache(ArrayPool<double>.Shared.Rent(2 * Capacity), ArrayPool<double>.Shared.Rent(2 * Capacity));

        // A rented array holds whatever its last user left, so every slot is marked empty first.
        Array.Fill(cache._keys, Empty, 0, 2 * Capacity);
        return cache;
    }

    /// <summary>Gives the arrays back to the shared pool. The table must not be used after this.</summary>
    public void Return()
    {
        ArrayPool<double>.Shared.Return(_keys);
        ArrayPool<double>.Shared.Return(_values);
    }

    /// <summary>The sums stored for (x, T), if they are.</summary>
    public bool TryGet(double x, double t, out double discounted, out double total)
    {
        var slot = HomeSlot(x, t);
        for (var probe = 0; probe < MaxProbes; probe++, slot = Next(slot))
        {
            var storedX = _keys[2 * slot];
            if (storedX == Empty)
            {
                // Add fills a neighbourhood from its home slot on, so nothing for this pair lies past an empty slot.
                break;
            }

            if (storedX == x && _keys[(2 * slot) + 1] == t)
            {
                discounted = _values[2 * slot];
                total = _values[(2 * slot) + 1];
                return true;
            }
        }

        discounted = 0.0;
        total = 0.0;
        return false;
    }

    /// <summary>Stores the sums for (x, T) in the first free slot of its neighbourhood; returns false when there is none.</summary>
    public bool Add(double x, double t, double discounted, double total)
    {
        var slot = HomeSlot(x, t);
        for (var probe = 0; probe < MaxProbes; probe++, slot = Next(slot))
        {
            if (_keys[2 * slot] == Empty)
            {
                _keys[2 * slot] = x;
                _keys[(2 * slot) + 1] = t;
                _values[2 * slot] = discounted;
                _values[(2 * slot) + 1] = total;
                return true;
            }
        }

        // The neighbourhood is full: the pair is simply recomputed the next time it is met.
        return false;
    }

    /// <summary>
    /// The slot a pair's search starts from: both halves' bits are multiplied by large odd constants (Fibonacci-style
    /// hashing) so that near-equal doubles spread out, and the top 13 bits of the mix pick one of the 8192 slots.
    /// </summary>
    internal static int HomeSlot(double x, double t)
    {
        var h = (ulong)BitConverter.DoubleToInt64Bits(t) * 0x9E3779B97F4A7C15UL;
        h ^= (ulong)BitConverter.DoubleToInt64Bits(x) * 0xC2B2AE3D27D4EB4FUL;
        return (int)(h >> 51) & (Capacity - 1);
    }

    private static int Next(int slot) => (slot + 1) & (Capacity - 1);
}
