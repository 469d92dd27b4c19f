using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The repeat-purchase summaries of a customer base (重复购买数据), compressed once for model fitting: customers with
/// the same frequency x, recency t_x and age T become one weighted row, so a likelihood over a million customers
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
    private readonly double[] _recency;
    private readonly double[] _age;
    private readonly double[] _weight;
    private readonly int[] _rowOfCustomer;

    private RepeatPurchaseData(TimeUnit unit, double[] frequency, double[] recency, double[] age, double[] weight, int[] rowOfCustomer)
    {
        Unit = unit;
        _frequency = frequency;
        _recency = recency;
        _age = age;
        _weight = weight;
        _rowOfCustomer = rowOfCustomer;
        (DistinctFrequencies, FrequencyIndex) = IndexFrequencies(frequency);
        var maxAge = 0.0;
        foreach (var t in age)
        {
            maxAge = Math.Max(maxAge, t);
        }

        MaxAge = maxAge;
    }

    /// <summary>The time unit of recency and age (and of every model fitted to these data).</summary>
    public TimeUnit Unit { get; }

    /// <summary>How many customers were summarized (the sum of the row weights).</summary>
    public int CustomerCount => _rowOfCustomer.Length;

    /// <summary>How many distinct (x, t_x, T) rows there are.</summary>
    public int RowCount => _frequency.Length;

    /// <summary>The repeat-purchase count x of each row.</summary>
    public ReadOnlySpan<double> Frequency => _frequency;

    /// <summary>The recency t_x of each row, in <see cref="Unit"/>.</summary>
    public ReadOnlySpan<double> Recency => _recency;

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

    /// <summary>Compresses customers given as columns into weighted distinct rows.</summary>
    /// <param name="frequency">x per customer: whole numbers ≥ 0.</param>
    /// <param name="recency">t_x per customer, in <paramref name="unit"/>: 0 when x = 0, else in [0, T].</param>
    /// <param name="age">T per customer, in <paramref name="unit"/>: finite and ≥ 0.</param>
    /// <param name="unit">The unit of recency and age.</param>
    /// <returns>The compressed data.</returns>
    /// <exception cref="ArgumentException">The columns differ in length, or a customer's values break the conventions (the message names the customer's index).</exception>
    public static RepeatPurchaseData Create(ReadOnlySpan<double> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> age, TimeUnit unit)
    {
        Preconditions.Requires(recency.Length == frequency.Length && age.Length == frequency.Length, "frequency, recency and age must have the same length.", nameof(recency));
        var n = frequency.Length;
        var index = new Dictionary<Row, int>(Math.Min(n, 1 << 16));
        var xs = new List<double>();
        var txs = new List<double>();
        var ts = new List<double>();
        var ws = new List<double>();
        var rowOfCustomer = new int[n];
        for (var i = 0; i < n; i++)
        {
            var x = frequency[i];
            var tx = recency[i];
            var t = age[i];
            Validate(x, tx, t, i);
            var key = new Row(x, tx, t);
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(index, key, out var exists);
            if (!exists)
            {
                slot = xs.Count;
                xs.Add(x);
                txs.Add(tx);
                ts.Add(t);
                ws.Add(0.0);
            }

            ws[slot] += 1.0;
            rowOfCustomer[i] = slot;
        }

        return new RepeatPurchaseData(unit, xs.ToArray(), txs.ToArray(), ts.ToArray(), ws.ToArray(), rowOfCustomer);
    }

    /// <summary>Checks one customer's (x, t_x, T) against the conventions.</summary>
    /// <param name="frequency">The repeat-purchase count x.</param>
    /// <param name="recency">The recency t_x.</param>
    /// <param name="age">The age T.</param>
    /// <param name="customer">The customer's index, for the message.</param>
    internal static void Validate(double frequency, double recency, double age, int customer)
    {
        var (x, tx, t) = (frequency, recency, age);
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
            throw new ArgumentOutOfRangeException(nameof(recency), tx, $"Customer {customer}: the recency must lie in [0, T] (T = {t}) and be 0 when the frequency is 0.");
        }
    }

    private static (double[] Distinct, int[] Index) IndexFrequencies(double[] frequency)
    {
        var distinct = new SortedSet<double>(frequency);
        var values = new double[distinct.Count];
        distinct.CopyTo(values);
        var index = new int[frequency.Length];
        for (var i = 0; i < frequency.Length; i++)
        {
            index[i] = Array.BinarySearch(values, frequency[i]);
        }

        return (values, index);
    }

    private readonly record struct Row(double X, double Tx, double T);
}
