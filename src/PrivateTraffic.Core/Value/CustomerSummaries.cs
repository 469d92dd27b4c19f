using System;
using System.Collections;
using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The summaries of a customer base (客户摘要表) at one calibration end, in one time unit and one currency, kept as
/// columns: the spans <see cref="Frequency"/> (x), <see cref="TimeOfLastPurchase"/> (t_x), <see cref="Age"/> (T) and
/// <see cref="MonetaryValue"/> (mean repeat spend) are exactly what customer-base models take. The indexer gives
/// one customer's <see cref="CustomerSummary"/>.
/// </summary>
/// <remarks>
/// Built by <see cref="Summarize(PurchaseLog, LocalDate, TimeUnit)"/> from a transaction log, or by
/// <see cref="From"/> from summaries made elsewhere. Customers are in the order they first appear in the log;
/// each customer's figures do not depend on the order of the log. Immutable.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CustomerSummariesJsonConverter))]
public sealed class CustomerSummaries : IReadOnlyList<CustomerSummary>
{
    private readonly MemberId[] _customers;
    private readonly int[] _firstDay;
    private readonly int[] _lastDay;
    private readonly double[] _frequency;
    private readonly double[] _timeOfLastPurchase;
    private readonly double[] _age;
    private readonly double[] _monetary;
    private readonly decimal[] _meanRepeatSpend;
    private readonly decimal[] _totalSpend;
    private readonly int _endDay;
    private Dictionary<MemberId, int>? _index;

    internal CustomerSummaries(LocalDate calibrationEnd, TimeUnit unit, Currency currency, int count)
    {
        CalibrationEnd = calibrationEnd;
        _endDay = DayNumbers.Of(calibrationEnd);
        Unit = unit;
        Currency = currency;
        _customers = new MemberId[count];
        _firstDay = new int[count];
        _lastDay = new int[count];
        _frequency = new double[count];
        _timeOfLastPurchase = new double[count];
        _age = new double[count];
        _monetary = new double[count];
        _meanRepeatSpend = new decimal[count];
        _totalSpend = new decimal[count];
    }

    /// <summary>The last day whose purchases count (inclusive).</summary>
    public LocalDate CalibrationEnd { get; }

    /// <summary>The unit of every time column.</summary>
    public TimeUnit Unit { get; }

    /// <summary>The currency of every spend.</summary>
    public Currency Currency { get; }

    /// <summary>The number of customers.</summary>
    public int Count => _customers.Length;

    /// <summary>The customers, one per row.</summary>
    public ReadOnlySpan<MemberId> Customers => _customers;

    /// <summary>x per customer: repeat purchase days (whole numbers, as doubles for the models).</summary>
    public ReadOnlySpan<double> Frequency => _frequency;

    /// <summary>
    /// t_x per customer: the time of the last repeat purchase, measured from the first purchase, in <see cref="Unit"/>
    /// (0 when x = 0). Not RFM's recency, which is the time since the last purchase, T − t_x.
    /// </summary>
    public ReadOnlySpan<double> TimeOfLastPurchase => _timeOfLastPurchase;


    /// <summary>T per customer: time from the first purchase to the calibration end, in <see cref="Unit"/>.</summary>
    public ReadOnlySpan<double> Age => _age;

    /// <summary>z̄ per customer: the mean repeat spend as a double (0 when x = 0), for the spend model.</summary>
    public ReadOnlySpan<double> MonetaryValue => _monetary;

    /// <summary>One customer's summary.</summary>
    /// <param name="index">0 to <see cref="Count"/> − 1.</param>
    /// <returns>The summary.</returns>
    public CustomerSummary this[int index]
    {
        get
        {
            Guard.Against.NotBetween(index, 0, Count - 1);
            return CustomerSummary.Trusted(
                _customers[index], DayNumbers.ToDate(_firstDay[index]), DayNumbers.ToDate(_lastDay[index]), (int)_frequency[index],
                Money.Of(_meanRepeatSpend[index], Currency), Money.Of(_totalSpend[index], Currency), CalibrationEnd, Unit);
        }
    }

    /// <summary>
    /// Summarizes a transaction log at a calibration end. Purchases after the calibration end are ignored; a
    /// customer whose first purchase comes after it has no summary. Purchases on one day are one purchase day
    /// whose spend is their sum. Runs on all cores for large logs and allocates nothing per purchase.
    /// </summary>
    /// <param name="log">The transaction log; not empty.</param>
    /// <param name="calibrationEnd">The last day whose purchases count (inclusive: CDNOW's 1997-09-30).</param>
    /// <param name="unit">The unit of t_x and T (CDNOW uses weeks of 7 days).</param>
    /// <returns>The summaries, customers in the order they first appear in the log.</returns>
    /// <exception cref="ArgumentException">The log is null or empty.</exception>
    public static CustomerSummaries Summarize(PurchaseLog log, LocalDate calibrationEnd, TimeUnit unit)
    {
        Guard.Against.Null(log);
        Guard.Against.Unmet(log.Count > 0, "The log has no purchases to summarize.", nameof(log));
        return Summarizer.Run(log, calibrationEnd, unit);
    }

    /// <summary>Summarizes purchases (see <see cref="Summarize(PurchaseLog, LocalDate, TimeUnit)"/>).</summary>
    /// <param name="purchases">The purchases, in one currency; at least one.</param>
    /// <param name="calibrationEnd">The last day whose purchases count (inclusive).</param>
    /// <param name="unit">The time unit.</param>
    /// <returns>The summaries.</returns>
    /// <exception cref="ArgumentException">No purchases, a default purchase, mixed currencies, or an amount with more
    /// than four decimals (see <see cref="PurchaseLog"/>).</exception>
    public static CustomerSummaries Summarize(IEnumerable<Purchase> purchases, LocalDate calibrationEnd, TimeUnit unit) =>
        Summarize(purchases as PurchaseLog ?? PurchaseLog.Of(purchases), calibrationEnd, unit);

    /// <summary>Gathers summaries made elsewhere (read from storage, or built by hand) into one table.</summary>
    /// <param name="calibrationEnd">The calibration end every summary shares.</param>
    /// <param name="unit">The unit every summary shares.</param>
    /// <param name="currency">The currency every summary shares.</param>
    /// <param name="summaries">The summaries; each customer at most once.</param>
    /// <returns>The table, in the given order.</returns>
    /// <exception cref="ArgumentException">A summary is default, differs in calibration end, unit or currency, or a customer repeats.</exception>
    public static CustomerSummaries From(LocalDate calibrationEnd, TimeUnit unit, Currency currency, IEnumerable<CustomerSummary> summaries)
    {
        Guard.Against.Null(summaries);
        var list = new List<CustomerSummary>(summaries);
        var table = new CustomerSummaries(calibrationEnd, unit, currency, list.Count);
        var seen = new HashSet<MemberId>();
        for (var i = 0; i < list.Count; i++)
        {
            var s = list[i];
            Guard.Against.Unmet(!s.Customer.IsUnset, $"Summary {i} is default.", nameof(summaries));
            Guard.Against.Unmet(s.CalibrationEnd == calibrationEnd && s.Unit == unit, $"Summary {i} ({s.Customer}) has another calibration end or unit.", nameof(summaries));
            Guard.Against.Unmet(s.TotalSpend.Currency == currency, $"Summary {i} ({s.Customer}) is in {s.TotalSpend.Currency}, not {currency}.", nameof(summaries));
            Guard.Against.Unmet(seen.Add(s.Customer), $"Customer {s.Customer} appears twice.", nameof(summaries));
            table.Set(i, s.Customer, DayNumbers.Of(s.FirstPurchase), DayNumbers.Of(s.LastPurchase), s.Frequency, s.MeanRepeatSpend.Amount, s.TotalSpend.Amount);
        }

        return table;
    }

    /// <summary>Finds a customer's row.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="index">The row, or −1.</param>
    /// <returns>Whether the customer has a summary.</returns>
    public bool TryFind(MemberId customer, out int index)
    {
        _index ??= BuildIndex();
        if (_index.TryGetValue(customer, out index))
        {
            return true;
        }

        index = -1;
        return false;
    }

    /// <summary>Enumerates the summaries in row order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<CustomerSummary> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The columns as memory, for the parallel scorer.</summary>
    internal ReadOnlyMemory<double> FrequencyColumn => _frequency;

    internal ReadOnlyMemory<double> TimeOfLastPurchaseColumn => _timeOfLastPurchase;

    internal ReadOnlyMemory<double> AgeColumn => _age;

    internal ReadOnlyMemory<double> MonetaryValueColumn => _monetary;

    internal MemberId[] CustomerColumn => _customers;

    /// <summary>A row's total spend, without building the whole <see cref="CustomerSummary"/>.</summary>
    internal decimal TotalSpendAt(int row) => _totalSpend[row];

    /// <summary>Writes one row; days are day numbers. The summarizer calls it from several threads for distinct rows.</summary>
    internal void Set(int row, MemberId customer, int firstDay, int lastDay, int repeatDays, decimal meanRepeatSpend, decimal totalSpend)
    {
        var perUnit = Unit.DaysPerUnit;
        _customers[row] = customer;
        _firstDay[row] = firstDay;
        _lastDay[row] = lastDay;
        _frequency[row] = repeatDays;
        _timeOfLastPurchase[row] = (lastDay - firstDay) / perUnit;
        _age[row] = (_endDay - firstDay) / perUnit;
        _monetary[row] = (double)meanRepeatSpend;
        _meanRepeatSpend[row] = meanRepeatSpend;
        _totalSpend[row] = totalSpend;
    }

    private Dictionary<MemberId, int> BuildIndex()
    {
        var index = new Dictionary<MemberId, int>(Count);
        for (var i = 0; i < Count; i++)
        {
            index.Add(_customers[i], i);
        }

        return index;
    }
}
