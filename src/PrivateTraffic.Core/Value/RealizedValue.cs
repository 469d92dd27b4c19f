using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// 既成价值 realized value: what customers have already brought, measured by a stated basis (margin or revenue)
/// up to a date, optionally carried forward to that date at a stated rate (money earned earlier is worth more
/// today, as if it had been reinvested).
/// </summary>
/// <remarks>
/// <para>For the purchases i with date d_i on or before the as-of date D, with value v_i on the basis (margin, or
/// revenue), a rate r per unit and t_i = (D − d_i) in that unit:</para>
/// <para><c>realized = Σ round(v_i × (1 + r)^t_i)</c>, each term rounded to the minor unit half away from zero
/// (with r = 0 no rounding happens: the sum is exact).</para>
/// <para>Because the rounding is per purchase, the value is conserved to the cent under any split: the totals by
/// customer, by category or by period always add up to <see cref="Total"/>.</para>
/// </remarks>
public sealed class RealizedValue
{
    private RealizedValue(ValueBasis basis, LocalDate asOf, double ratePerUnit, TimeUnit unit)
    {
        Basis = basis;
        AsOf = asOf;
        RatePerUnit = ratePerUnit;
        Unit = unit;
    }

    /// <summary>Margin or revenue.</summary>
    public ValueBasis Basis { get; }

    /// <summary>The last day whose purchases count (inclusive), and the day values are carried to.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The rate per <see cref="Unit"/> at which past value is carried forward; 0 for plain sums.</summary>
    public double RatePerUnit { get; }

    /// <summary>The unit of <see cref="RatePerUnit"/>.</summary>
    public TimeUnit Unit { get; }

    /// <summary>Plain realized value: the exact sum of margin (or revenue) of the purchases up to a date.</summary>
    /// <param name="basis">Margin or revenue.</param>
    /// <param name="asOf">The last day whose purchases count.</param>
    /// <returns>The measure.</returns>
    public static RealizedValue Of(ValueBasis basis, LocalDate asOf) => new(basis, asOf, 0.0, TimeUnit.Days);

    /// <summary>Realized value carried forward to the as-of date at a rate per unit of time.</summary>
    /// <param name="basis">Margin or revenue.</param>
    /// <param name="asOf">The last day whose purchases count and the day values are carried to.</param>
    /// <param name="ratePerUnit">The rate per unit, 0 or more (0.10 per year is 10% a year).</param>
    /// <param name="unit">The unit of the rate; months are 30.436875 days, so a year is 12 of them.</param>
    /// <returns>The measure.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rate is negative or not finite.</exception>
    public static RealizedValue CarriedForward(ValueBasis basis, LocalDate asOf, double ratePerUnit, TimeUnit unit) =>
        new(basis, asOf, Guard.Against.NegativeOrNotFinite(ratePerUnit), unit);

    /// <summary>One purchase's realized value: zero after the as-of date, else its value on the basis, carried forward.</summary>
    /// <param name="purchase">The purchase.</param>
    /// <returns>The value in the purchase's currency.</returns>
    public Money ValueOf(Purchase purchase)
    {
        Guard.Against.Unmet(!purchase.Customer.IsUnset, "The purchase is default.", nameof(purchase));
        if (purchase.Date > AsOf)
        {
            return Money.Zero(purchase.Amount.Currency);
        }

        var value = purchase.ValueOn(Basis);
        if (RatePerUnit == 0.0 || value.IsZero)
        {
            return value;
        }

        var factor = Math.Pow(1.0 + RatePerUnit, Unit.Between(purchase.Date, AsOf));
        return value.Multiply((decimal)factor, MidpointRounding.AwayFromZero);
    }

    /// <summary>The realized value of all the purchases.</summary>
    /// <param name="purchases">The purchases, in <paramref name="currency"/>.</param>
    /// <param name="currency">The currency (needed when there are no purchases).</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentException">A purchase is default or in another currency.</exception>
    public Money Total(IEnumerable<Purchase> purchases, Currency currency)
    {
        Guard.Against.Null(purchases);
        var total = Money.Zero(currency);
        foreach (var purchase in purchases)
        {
            total += Checked(purchase, currency);
        }

        return total;
    }

    /// <summary>The realized value per customer.</summary>
    /// <param name="purchases">The purchases, in <paramref name="currency"/>.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>Each customer who has a purchase (even one after the as-of date, with zero) and their value.</returns>
    public IReadOnlyDictionary<MemberId, Money> ByCustomer(IEnumerable<Purchase> purchases, Currency currency) =>
        Split(purchases, currency, p => p.Customer);

    /// <summary>The realized value per category; purchases without a category are under the empty string.</summary>
    /// <param name="purchases">The purchases, in <paramref name="currency"/>.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>Each category and its value.</returns>
    public IReadOnlyDictionary<string, Money> ByCategory(IEnumerable<Purchase> purchases, Currency currency) =>
        Split(purchases, currency, p => p.Category ?? string.Empty);

    /// <summary>The realized value per period, such as per calendar month.</summary>
    /// <param name="purchases">The purchases, in <paramref name="currency"/>.</param>
    /// <param name="currency">The currency.</param>
    /// <param name="periodOf">The key of a date's period, such as <c>d => d.With(DateAdjusters.StartOfMonth)</c>.</param>
    /// <returns>Each period and its value.</returns>
    public IReadOnlyDictionary<LocalDate, Money> ByPeriod(IEnumerable<Purchase> purchases, Currency currency, Func<LocalDate, LocalDate> periodOf)
    {
        Guard.Against.Null(periodOf);
        return Split(purchases, currency, p => periodOf(p.Date));
    }

    /// <summary>The measure in words, such as <c>margin to 2024-06-30 carried at 0.1 per months</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Basis == ValueBasis.Margin ? "margin" : "revenue")} to {AsOf:yyyy'-'MM'-'dd}")
        + (RatePerUnit == 0.0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" carried at {RatePerUnit} per {Unit}"));

    private Dictionary<TKey, Money> Split<TKey>(IEnumerable<Purchase> purchases, Currency currency, Func<Purchase, TKey> keyOf)
        where TKey : notnull
    {
        Guard.Against.Null(purchases);
        var split = new Dictionary<TKey, Money>();
        foreach (var purchase in purchases)
        {
            var value = Checked(purchase, currency);
            var key = keyOf(purchase);
            split[key] = split.TryGetValue(key, out var sum) ? sum + value : value;
        }

        return split;
    }

    private Money Checked(Purchase purchase, Currency currency)
    {
        if (purchase.Amount.Currency != currency)
        {
            throw new ArgumentException($"A purchase in {purchase.Amount.Currency} cannot be valued in {currency}.", nameof(purchase));
        }

        return ValueOf(purchase);
    }
}
