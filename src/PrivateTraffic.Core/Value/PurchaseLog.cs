using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// A transaction log (交易流水): purchases in one currency, kept as columns (customer, day, amount, margin,
/// category) so that millions of them take little memory and can be summarized without a per-purchase object.
/// Customers are numbered densely in the order they first appear; a purchase is read back with the indexer.
/// </summary>
/// <remarks>
/// The log only grows (<see cref="Add(Purchase)"/>); the currency is fixed by the first purchase, and a purchase
/// in another currency is refused. Amounts are kept as whole ten-thousandths of the major unit (exact for any
/// amount with at most four decimals, up to ±922 billion), so an amount with more decimals is refused: round it
/// first. Adding is amortized O(1) and allocates only when a column grows.
/// </remarks>
public sealed class PurchaseLog : IReadOnlyList<Purchase>
{
    // Keyed by the id's text with the ordinal comparer, whose hashing is the fast non-randomized one (falling back to a
    // randomized one on many collisions), and which a reader can query with a span (TryFindCustomer).
    private readonly Dictionary<string, int> _customerIndex = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _customerByText;
#endif
    private readonly List<MemberId> _customers = [];
    private readonly Dictionary<string, int> _categoryIndex = new(StringComparer.Ordinal);
    private readonly List<string> _categories = [];
    private int[] _customer;
    private int[] _day;
    private long[] _amount;
    private decimal[]? _margin;
    private bool[]? _hasMargin;
    private int[]? _category;
    private Currency? _currency;
    private MemberId _lastCustomer;
    private int _lastIndex = -1;

    /// <summary>Creates an empty log.</summary>
    /// <param name="capacity">How many purchases to make room for at first (the log grows past it as needed).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public PurchaseLog(int capacity = 16)
    {
        Guard.Against.BelowZero(capacity);
#if NET9_0_OR_GREATER
        _customerByText = _customerIndex.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        _customer = new int[capacity];
        _day = new int[capacity];
        _amount = new long[capacity];
    }

    /// <summary>Creates a log holding the given purchases, in order.</summary>
    /// <param name="purchases">The purchases, all in one currency.</param>
    /// <returns>The log.</returns>
    /// <exception cref="ArgumentException">A purchase is <c>default</c>, in another currency than the first, or has an amount with more than four decimals.</exception>
    public static PurchaseLog Of(IEnumerable<Purchase> purchases)
    {
        Guard.Against.Null(purchases);
        var log = new PurchaseLog(purchases is IReadOnlyCollection<Purchase> c ? c.Count : 16);
        foreach (var purchase in purchases)
        {
            log.Add(purchase);
        }

        return log;
    }

    /// <summary>The number of purchases.</summary>
    public int Count { get; private set; }

    /// <summary>The currency of every amount, or null while the log is empty.</summary>
    public Currency? Currency => _currency;

    /// <summary>The distinct customers, in the order they first appear.</summary>
    public IReadOnlyList<MemberId> Customers => _customers;

    /// <summary>The purchase at a position.</summary>
    /// <param name="index">0 to <see cref="Count"/> − 1.</param>
    /// <returns>The purchase as it was added.</returns>
    public Purchase this[int index]
    {
        get
        {
            Guard.Against.NotBetween(index, 0, Count - 1);
            var currency = _currency!.Value;
            Money? margin = _hasMargin is not null && _hasMargin[index] ? Money.Of(_margin![index], currency) : null;
            string? category = _category is not null && _category[index] >= 0 ? _categories[_category[index]] : null;
            return Purchase.On(_customers[_customer[index]], DayNumbers.ToDate(_day[index]), Money.Of(FromScaled(_amount[index]), currency), margin, category);
        }
    }

    /// <summary>Appends a purchase.</summary>
    /// <param name="purchase">The purchase; not <c>default</c>, in the log's currency, its amount with at most four decimals.</param>
    /// <exception cref="ArgumentException">The purchase is <c>default</c>, in another currency, or its amount has more than four decimals or is too large.</exception>
    public void Add(Purchase purchase)
    {
        Guard.Against.Unmet(!purchase.Customer.IsUnset, "The purchase is default: it has no customer.", nameof(purchase));
        var scaled = Scaled(purchase.Amount, nameof(purchase));
        _currency = purchase.Amount.Currency;

        // Logs usually list a customer's purchases together: the previous customer is checked before the index.
        var customer = _lastIndex >= 0 && purchase.Customer == _lastCustomer ? _lastIndex : -1;
        if (customer < 0)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_customerIndex, purchase.Customer.Value, out var known);
            if (!known)
            {
                slot = _customers.Count;
                _customers.Add(purchase.Customer);
            }

            customer = slot;
        }

        Append(customer, purchase.Date, scaled, purchase.Margin, purchase.Category);
    }

    /// <summary>
    /// Appends a purchase of a customer the log already has, named by its position in <see cref="Customers"/>, so a
    /// reader that has found the customer once (<see cref="TryFindCustomer"/>) does not look the id up again. The purchase
    /// is checked as <see cref="Add(MemberId, LocalDate, Money, Money?, string?)"/> checks it.
    /// </summary>
    /// <param name="customer">The customer's position in <see cref="Customers"/>: 0 to <c>Customers.Count</c> − 1.</param>
    /// <param name="date">The purchase date.</param>
    /// <param name="amount">The revenue: not negative, in the log's currency, with at most four decimals.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customer"/> is not the position of a customer of the log.</exception>
    /// <exception cref="ArgumentException">The amount is negative, in another currency, or has more than four decimals or is too large.</exception>
    public void Add(int customer, LocalDate date, Money amount)
    {
        Guard.Against.NotBetween(customer, 0, _customers.Count - 1);
        var purchase = Purchase.On(_customers[customer], date, amount);
        var scaled = Scaled(purchase.Amount, nameof(amount));
        Append(customer, purchase.Date, scaled, null, null);
    }

    /// <summary>Finds a customer of the log by the id's text, without making a <see cref="MemberId"/> of it.</summary>
    /// <param name="customer">The id's text (compared ordinally).</param>
    /// <param name="index">The customer's position in <see cref="Customers"/>, or −1.</param>
    /// <returns>Whether the customer has a purchase in the log.</returns>
    public bool TryFindCustomer(ReadOnlySpan<char> customer, out int index)
    {
#if NET9_0_OR_GREATER
        var found = _customerByText.TryGetValue(customer, out index);
#else
        // .NET 8 has no look-up by span: the text is made a string.
        var found = _customerIndex.TryGetValue(customer.ToString(), out index);
#endif
        if (found)
        {
            return true;
        }

        index = -1;
        return false;
    }

    /// <summary>Appends a purchase made on a local date (see <see cref="Purchase.On"/>).</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="date">The purchase date.</param>
    /// <param name="amount">The revenue.</param>
    /// <param name="margin">The margin, or null.</param>
    /// <param name="category">The category, or null.</param>
    /// <exception cref="ArgumentException">As for <see cref="Purchase.On"/> and <see cref="Add(Purchase)"/>.</exception>
    public void Add(MemberId customer, LocalDate date, Money amount, Money? margin = null, string? category = null) =>
        Add(Purchase.On(customer, date, amount, margin, category));

    /// <summary>Enumerates the purchases in the order they were added.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<Purchase> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // The columns the summarizer reads; only the first Count entries are purchases.
    internal ReadOnlySpan<int> CustomerColumn => _customer.AsSpan(0, Count);

    internal ReadOnlySpan<int> DayColumn => _day.AsSpan(0, Count);

    /// <summary>The amounts in ten-thousandths of the major unit.</summary>
    internal ReadOnlySpan<long> AmountColumn => _amount.AsSpan(0, Count);

    /// <summary>How many ten-thousandths make one major unit.</summary>
    internal const decimal Scale = 10_000m;

    /// <summary>Ten-thousandths back to an exact decimal (no division: the decimal is built with scale 4).</summary>
    internal static decimal FromScaled(long amount)
    {
        var negative = amount < 0;
        var magnitude = negative ? (ulong)-amount : (ulong)amount;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, negative, 4);
    }

    /// <summary>Checks the currency and the scale of an amount and gives it in ten-thousandths.</summary>
    private long Scaled(Money amount, string paramName)
    {
        if (_currency is { } logCurrency && logCurrency != amount.Currency)
        {
            throw new ArgumentException($"The log is in {logCurrency}; a purchase in {amount.Currency} cannot join it.", paramName);
        }

        return TryScale(amount.Amount, out var units)
            ? units
            : throw new ArgumentException($"The amount {amount} has more than four decimals or is too large for a transaction log; round it first.", paramName);
    }

    /// <summary>Writes a checked purchase at the end of the columns.</summary>
    private void Append(int customer, LocalDate date, long scaled, Money? margin, string? category)
    {
        if (Count == _customer.Length)
        {
            Grow();
        }

        (_lastCustomer, _lastIndex) = (_customers[customer], customer);
        var i = Count;
        _customer[i] = customer;
        _day[i] = DayNumbers.Of(date);
        _amount[i] = scaled;
        if (margin is { } m)
        {
            _margin ??= new decimal[_customer.Length];
            _hasMargin ??= new bool[_customer.Length];
            _margin[i] = m.Amount;
            _hasMargin[i] = true;
        }

        if (category is { } name)
        {
            if (_category is null)
            {
                _category = new int[_customer.Length];
                _category.AsSpan(0, i).Fill(-1);
            }

            if (!_categoryIndex.TryGetValue(name, out var index))
            {
                index = _categories.Count;
                _categoryIndex.Add(name, index);
                _categories.Add(name);
            }

            _category[i] = index;
        }
        else if (_category is not null)
        {
            _category[i] = -1;
        }

        Count++;
    }

    private static bool TryScale(decimal amount, out long units)
    {
        units = 0;
        if (Math.Abs(amount) >= 900_000_000_000_000m)
        {
            return false;
        }

        var scaled = amount * Scale;
        if (scaled != decimal.Truncate(scaled))
        {
            return false;
        }

        units = (long)scaled;
        return true;
    }

    private void Grow()
    {
        var size = Math.Max(16, _customer.Length * 2);
        Array.Resize(ref _customer, size);
        Array.Resize(ref _day, size);
        Array.Resize(ref _amount, size);
        if (_margin is not null)
        {
            Array.Resize(ref _margin, size);
            Array.Resize(ref _hasMargin, size);
        }

        if (_category is not null)
        {
            Array.Resize(ref _category, size);
        }
    }
}
