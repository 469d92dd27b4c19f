using System;
using System.Collections.Generic;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The repeat-purchase summaries of a customer base (重复购买数据), compressed once for model fitting: customers with
/// the same frequency x, time of last purchase t_x and age T become one weighted row, so a likelihood over a million customers
/// costs as many evaluations as there are distinct (x, t_x, T) triples (a few thousand when times come from
/// daily data).
/// </summary>
/// <remarks>
/// The conventions are those of the CDNOW summaries: x is the number of repeat purchases (a whole number ≥ 0,
/// the first purchase not counted), t_x the time of the last repeat purchase measured from the first purchase
/// (0 when x = 0) and T the time from the first purchase to the end of the calibration period, all in
/// <see cref="Unit"/>, with 0 ≤ t_x ≤ T. Rows keep the order in which each distinct triple first appears, and
/// <see cref="RowOfCustomer"/> maps every input customer to its row, so per-row results can be spread back.
/// </remarks>
public sealed class RepeatPurchaseData
{
    private readonly double[] _frequency;
    private readonly double[] _timeOfLastPurchase;
    private readonly double[] _age;
    private readonly double[] _weight;
    private readonly int[] _rowOfCustomer;

    private RepeatPurchaseData(TimeUnit unit, double[] frequency, double[] timeOfLastPurchase, double[] age, double[] weight, int[] rowOfCustomer)
    {
        Unit = unit;
        _frequency = frequency;
        _timeOfLastPurchase = timeOfLastPurchase;
        _age = age;
        _weight = weight;
        _rowOfCustomer = rowOfCustomer;
        (DistinctFrequencies, FrequencyIndex) = IndexDistinct(frequency);
        (DistinctTimesOfLastPurchase, TimeOfLastPurchaseIndex) = IndexDistinct(timeOfLastPurchase);
        (DistinctAges, AgeIndex) = IndexDistinct(age);
        var maxAge = 0.0;
        foreach (var t in age)
        {
            maxAge = Math.Max(maxAge, t);
        }

        MaxAge = maxAge;
    }

    /// <summary>The time unit of t_x and T (and of every model fitted to these data).</summary>
    public TimeUnit Unit { get; }

    /// <summary>How many customers were summarized (the sum of the row weights).</summary>
    public int CustomerCount => _rowOfCustomer.Length;

    /// <summary>How many distinct (x, t_x, T) rows there are.</summary>
    public int RowCount => _frequency.Length;

    /// <summary>The repeat-purchase count x of each row.</summary>
    public ReadOnlySpan<double> Frequency => _frequency;

    /// <summary>
    /// t_x of each row: the time of the last repeat purchase, measured from the first purchase, in <see cref="Unit"/>
    /// (0 when x = 0). Not RFM's recency, which is the time since the last purchase (T − t_x).
    /// </summary>
    public ReadOnlySpan<double> TimeOfLastPurchase => _timeOfLastPurchase;

    /// <summary>The age T of each row, in <see cref="Unit"/>.</summary>
    public ReadOnlySpan<double> Age => _age;

    /// <summary>How many customers each row stands for (a whole number ≥ 1, as a double for the likelihood sums).</summary>
    public ReadOnlySpan<double> Weight => _weight;

    /// <summary>The row of each input customer, in input order.</summary>
    public ReadOnlySpan<int> RowOfCustomer => _rowOfCustomer;

    /// <summary>The largest age T (0 when there are no customers).</summary>
    public double MaxAge { get; }

    /// <summary>The distinct values of x in ascending order (for per-x caches of the likelihood).</summary>
    internal double[] DistinctFrequencies { get; }

    /// <summary>For each row, the index of its x in <see cref="DistinctFrequencies"/>.</summary>
    internal int[] FrequencyIndex { get; }

    /// <summary>The distinct values of t_x in ascending order (for per-t_x caches of ln(α + t_x)).</summary>
    internal double[] DistinctTimesOfLastPurchase { get; }

    /// <summary>For each row, the index of its t_x in <see cref="DistinctTimesOfLastPurchase"/>.</summary>
    internal int[] TimeOfLastPurchaseIndex { get; }

    /// <summary>The distinct values of T in ascending order (for per-T caches of ln(α + T)).</summary>
    internal double[] DistinctAges { get; }

    /// <summary>For each row, the index of its T in <see cref="DistinctAges"/>.</summary>
    internal int[] AgeIndex { get; }

    /// <summary>Compresses customers given as columns into weighted distinct rows.</summary>
    /// <param name="frequency">x per customer: whole numbers ≥ 0.</param>
    /// <param name="timeOfLastPurchase">t_x per customer, in <paramref name="unit"/>: 0 when x = 0, else in [0, T].</param>
    /// <param name="age">T per customer, in <paramref name="unit"/>: finite and ≥ 0.</param>
    /// <param name="unit">The unit of t_x and T.</param>
    /// <returns>The compressed data.</returns>
    /// <exception cref="ArgumentException">The columns differ in length, or a customer's values break the conventions (the message names the customer's index).</exception>
    public static RepeatPurchaseData Create(ReadOnlySpan<double> frequency, ReadOnlySpan<double> timeOfLastPurchase, ReadOnlySpan<double> age, TimeUnit unit)
    {
        Guard.Against.Unmet(timeOfLastPurchase.Length == frequency.Length && age.Length == frequency.Length, "frequency, timeOfLastPurchase and age must have the same length.", nameof(timeOfLastPurchase));
        var n = frequency.Length;
        var table = new RowTable(n);
        var rowOfCustomer = new int[n];
        for (var i = 0; i < n; i++)
        {
            var x = frequency[i];
            var tx = timeOfLastPurchase[i];
            var t = age[i];
            Validate(x, tx, t, i);
            rowOfCustomer[i] = table.Add(x, tx, t);
        }

        var (xs, txs, ts, ws) = table.Rows();
        return new RepeatPurchaseData(unit, xs, txs, ts, ws, rowOfCustomer);
    }

    /// <summary>Checks one customer's (x, t_x, T) against the conventions.</summary>
    /// <param name="frequency">The repeat-purchase count x.</param>
    /// <param name="timeOfLastPurchase">The time of the last purchase t_x.</param>
    /// <param name="age">The age T.</param>
    /// <param name="customer">The customer's index, for the message.</param>
    internal static void Validate(double frequency, double timeOfLastPurchase, double age, int customer)
    {
        var (x, tx, t) = (frequency, timeOfLastPurchase, age);
        if (!(x >= 0.0 && x == Math.Floor(x) && x < 1e9))
        {
            throw new ArgumentOutOfRangeException(nameof(frequency), x, $"Customer {customer}: the frequency must be a whole number ≥ 0.");
        }

        if (!(t >= 0.0 && double.IsFinite(t)))
        {
            throw new ArgumentOutOfRangeException(nameof(age), t, $"Customer {customer}: the age T must be finite and ≥ 0.");
        }

        if (!(tx >= 0.0 && tx <= t) || (x == 0.0 && tx != 0.0))
        {
            throw new ArgumentOutOfRangeException(nameof(timeOfLastPurchase), tx, $"Customer {customer}: the time of the last purchase t_x must lie in [0, T] (T = {t}) and be 0 when the frequency is 0.");
        }
    }

    private static (double[] Distinct, int[] Index) IndexDistinct(double[] values)
    {
        var positions = new Dictionary<double, int>();
        foreach (var v in values)
        {
            positions.TryAdd(v, 0);
        }

        var distinct = new double[positions.Count];
        positions.Keys.CopyTo(distinct, 0);
        Array.Sort(distinct);
        for (var j = 0; j < distinct.Length; j++)
        {
            positions[distinct[j]] = j;
        }

        var index = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            index[i] = positions[values[i]];
        }

        return (distinct, index);
    }

    /// <summary>An open-addressing hash table of distinct (x, t_x, T) rows with their counts (much faster than a dictionary of tuples).</summary>
    private sealed class RowTable(int expected)
    {
        private int[] _slots = new int[InitialCapacity(expected)];
        private double[] _x = new double[16];
        private double[] _tx = new double[16];
        private double[] _t = new double[16];
        private double[] _w = new double[16];
        private int _count;

        public int Add(double x, double tx, double t)
        {
            var mask = _slots.Length - 1;
            var slot = Hash(x, tx, t) & mask;
            while (true)
            {
                var entry = _slots[slot];
                if (entry == 0)
                {
                    break;
                }

                var row = entry - 1;
                if (_x[row] == x && _tx[row] == tx && _t[row] == t)
                {
                    _w[row] += 1.0;
                    return row;
                }

                slot = (slot + 1) & mask;
            }

            if (_count == _x.Length)
            {
                Array.Resize(ref _x, 2 * _count);
                Array.Resize(ref _tx, 2 * _count);
                Array.Resize(ref _t, 2 * _count);
                Array.Resize(ref _w, 2 * _count);
            }

            var added = _count++;
            (_x[added], _tx[added], _t[added], _w[added]) = (x, tx, t, 1.0);
            _slots[slot] = added + 1;
            if (2 * _count > _slots.Length)
            {
                Grow();
            }

            return added;
        }

        public (double[] X, double[] Tx, double[] T, double[] W) Rows() =>
            (_x[.._count], _tx[.._count], _t[.._count], _w[.._count]);

        private static int InitialCapacity(int expected)
        {
            var capacity = 1024;
            while (capacity < expected / 4 && capacity < (1 << 26))
            {
                capacity <<= 1;
            }

            return capacity;
        }

        private static int Hash(double x, double tx, double t)
        {
            var h = (ulong)BitConverter.DoubleToInt64Bits(x);
            h = (h ^ (h >> 31)) * 0x9E3779B97F4A7C15UL;
            h = (h ^ (ulong)BitConverter.DoubleToInt64Bits(tx)) * 0xC2B2AE3D27D4EB4FUL;
            h = (h ^ (h >> 29) ^ (ulong)BitConverter.DoubleToInt64Bits(t)) * 0x165667B19E3779F9UL;
            return (int)((h ^ (h >> 32)) & 0x7FFFFFFF);
        }

        private void Grow()
        {
            _slots = new int[_slots.Length * 2];
            var mask = _slots.Length - 1;
            for (var row = 0; row < _count; row++)
            {
                var slot = Hash(_x[row], _tx[row], _t[row]) & mask;
                while (_slots[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                _slots[slot] = row + 1;
            }
        }
    }}
