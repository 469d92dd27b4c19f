using System;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// One purchase (购买记录) in a transaction log: who bought, on which day, for how much, and optionally the margin
/// it earned and its category. Customer-base models count purchase <em>days</em>, so a purchase keeps its local
/// calendar date; <see cref="At"/> turns an <see cref="Instant"/> into that date in a stated time zone.
/// </summary>
/// <remarks>
/// <para>The amount is the revenue (营业额) of the purchase and is never negative: a refund is not a purchase.
/// The margin (毛利), when known, is in the same currency and may be negative (a loss leader), but not above the
/// amount. The category is 1 to 64 characters with no white space at either end.</para>
/// <para><c>default(Purchase)</c> has an unset customer and is refused by every operation that reads purchases.</para>
/// </remarks>
public readonly struct Purchase : IEquatable<Purchase>
{
    private const int MaxCategoryLength = 64;

    private Purchase(MemberId customer, LocalDate date, Money amount, Money? margin, string? category)
    {
        Customer = customer;
        Date = date;
        Amount = amount;
        Margin = margin;
        Category = category;
    }

    /// <summary>The customer who bought.</summary>
    public MemberId Customer { get; }

    /// <summary>The local calendar date of the purchase (ISO calendar).</summary>
    public LocalDate Date { get; }

    /// <summary>The revenue of the purchase; zero or more.</summary>
    public Money Amount { get; }

    /// <summary>The margin the purchase earned, in the currency of <see cref="Amount"/>; null when not known.</summary>
    public Money? Margin { get; }

    /// <summary>The product category, or null.</summary>
    public string? Category { get; }

    /// <summary>Records a purchase made on a local date.</summary>
    /// <param name="customer">The customer; not the unset id.</param>
    /// <param name="date">The purchase date; other calendars are converted to ISO.</param>
    /// <param name="amount">The revenue; not negative.</param>
    /// <param name="margin">The margin, in the same currency, at most the amount; or null.</param>
    /// <param name="category">The category (1 to 64 characters, trimmed), or null.</param>
    /// <returns>The purchase.</returns>
    /// <exception cref="ArgumentException">An argument breaks the rules above.</exception>
    public static Purchase On(MemberId customer, LocalDate date, Money amount, Money? margin = null, string? category = null)
    {
        Guard.Against.Unmet(!customer.IsUnset, "The customer must be set.", nameof(customer));
        Guard.Against.Unmet(!amount.IsNegative, "A purchase amount must not be negative; record a refund separately.", nameof(amount));
        if (margin is { } m)
        {
            Guard.Against.Unmet(m.Currency == amount.Currency, "The margin must be in the currency of the amount.", nameof(margin));
            Guard.Against.Unmet(m <= amount, "The margin cannot exceed the amount.", nameof(margin));
        }

        if (category is not null)
        {
            Guard.Against.Unmet(
                category.Length is > 0 and <= MaxCategoryLength && category.Trim().Length == category.Length,
                "A category is 1 to 64 characters with no white space at either end.",
                nameof(category));
        }

        var iso = date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);
        return new Purchase(customer, iso, amount, margin, category);
    }

    /// <summary>Records a purchase made at an instant, dated in the given time zone (a purchase at 23:30 in
    /// Shanghai belongs to that Shanghai day, whatever the UTC date).</summary>
    /// <param name="customer">The customer; not the unset id.</param>
    /// <param name="when">When the purchase was made.</param>
    /// <param name="zone">The zone whose calendar day the purchase counts on.</param>
    /// <param name="amount">The revenue; not negative.</param>
    /// <param name="margin">The margin, or null.</param>
    /// <param name="category">The category, or null.</param>
    /// <returns>The purchase.</returns>
    /// <exception cref="ArgumentException">An argument breaks the rules of <see cref="On"/>, or the zone is null.</exception>
    public static Purchase At(MemberId customer, Instant when, DateTimeZone zone, Money amount, Money? margin = null, string? category = null)
    {
        Guard.Against.Null(zone);
        return On(customer, when.InZone(zone).Date, amount, margin, category);
    }

    /// <summary>The value the purchase contributes under a basis: its margin, or its revenue.</summary>
    /// <param name="basis">Margin or revenue.</param>
    /// <returns>The margin (zero when not known) or the amount.</returns>
    public Money ValueOn(ValueBasis basis) => basis == ValueBasis.Revenue ? Amount : Margin ?? Money.Zero(Amount.Currency);

    /// <inheritdoc/>
    public bool Equals(Purchase other) =>
        Customer == other.Customer && Date == other.Date && Amount == other.Amount
        && Nullable.Equals(Margin, other.Margin) && string.Equals(Category, other.Category, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Purchase other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Customer, Date, Amount, Margin, Category);

    /// <summary>A short description such as <c>c1 on 1997-01-01: CNY 29.33</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Customer} on {Date:yyyy'-'MM'-'dd}: {Amount}";

    /// <summary>Whether two purchases are equal in every field.</summary>
    /// <param name="left">The first purchase.</param>
    /// <param name="right">The second purchase.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Purchase left, Purchase right) => left.Equals(right);

    /// <summary>Whether two purchases differ.</summary>
    /// <param name="left">The first purchase.</param>
    /// <param name="right">The second purchase.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Purchase left, Purchase right) => !left.Equals(right);
}
