using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Primitives;

/// <summary>
/// An amount of money (金额) in one <see cref="Primitives.Currency"/>: a <see cref="decimal"/> amount, never a
/// binary floating-point number, so ¥0.10 + ¥0.20 is exactly ¥0.30.
/// </summary>
/// <remarks>
/// <para><b>Precision.</b> The amount is kept exactly as given, including fractions of the minor unit (a CPM
/// price of ¥0.035 per impression is a valid amount). Only <see cref="RoundToMinorUnit"/>,
/// <see cref="Multiply(decimal, MidpointRounding)"/>, <see cref="Divide(decimal, MidpointRounding)"/>,
/// <see cref="Allocate(ReadOnlySpan{decimal})"/> and <see cref="Split"/> round, and each names its rounding.</para>
/// <para><b>Currencies.</b> Addition, subtraction and comparison need one currency; a mismatch throws
/// <see cref="ArgumentException"/> naming the offending parameter. Amounts are never converted implicitly.</para>
/// <para><b>Range.</b> Amounts span <see cref="decimal"/>'s range (about ±7.9 × 10^28). An operation whose exact result
/// would leave it (a sum, a product, a quotient, an allocation of an amount near the limit, minor units that do not fit a
/// <see cref="long"/>) throws <see cref="OverflowException"/>: it never returns a wrong amount. Inputs from outside
/// (<see cref="FromDouble"/>, <see cref="Parse"/>, JSON) beyond the range are refused at the door instead.</para>
/// <para><b>Default.</b> <c>default(Money)</c> is zero renminbi (¥0.00), because <c>default(Currency)</c> is CNY.</para>
/// <para><b>Text.</b> <see cref="ToString()"/> and <see cref="Parse"/> use the culture-invariant round-trip form
/// <c>CNY 1234.50</c>. <see cref="ToString(string?, IFormatProvider?)"/> with the <c>G</c> (or <c>C</c>) format
/// shows the symbol and the culture's separators: zh-CN gives <c>¥1,234.50</c>.</para>
/// </remarks>
[JsonConverter(typeof(MoneyJsonConverter))]
public readonly partial struct Money : IEquatable<Money>, IComparable<Money>, IComparable, IFormattable
{
    /// <summary>The most shares <see cref="Split"/> makes: a split allocates one share each, so a hostile count such as
    /// <see cref="int.MaxValue"/> is refused rather than exhausting memory.</summary>
    public const int MaxSplitParts = 1_000_000;

    private Money(decimal amount, Currency currency)
    {
        Amount = amount;
        Currency = currency;
    }

    /// <summary>The amount in major units (yuan for CNY), exactly as given or computed; may be negative.</summary>
    public decimal Amount { get; }

    /// <summary>The currency of <see cref="Amount"/>.</summary>
    public Currency Currency { get; }

    /// <summary>Whether the amount is exactly zero.</summary>
    public bool IsZero => Amount == 0m;

    /// <summary>Whether the amount is below zero (a refund, a loss, a net outflow).</summary>
    public bool IsNegative => Amount < 0m;

    /// <summary>Whether the amount is a whole number of minor units (fen for CNY), as payable money is.</summary>
    public bool IsWholeMinorUnits => decimal.Remainder(Amount, Currency.MinorUnit) == 0m;

    /// <summary>Creates an amount of money. The amount is kept exactly; it is not rounded.</summary>
    /// <param name="amount">The amount in major units (yuan for CNY).</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The money.</returns>
    public static Money Of(decimal amount, Currency currency) => new(amount, currency);

    /// <summary>Creates an amount of renminbi (人民币), the library's home currency.</summary>
    /// <param name="amount">The amount in yuan.</param>
    /// <returns>The money.</returns>
    public static Money Yuan(decimal amount) => new(amount, Currency.CNY);

    /// <summary>Zero in the given currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>Zero money.</returns>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Creates money from a count of minor units (fen for CNY, yen for JPY).</summary>
    /// <param name="minorUnits">The count of minor units; may be negative.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The money, exactly <c>minorUnits × currency.MinorUnit</c>.</returns>
    /// <exception cref="OverflowException">The amount leaves decimal's range (never for a long count).</exception>
    public static Money FromMinorUnits(long minorUnits, Currency currency) => new(minorUnits * currency.MinorUnit, currency);

    /// <summary>
    /// The named boundary from statistics (<see cref="double"/>) to money: rounds a model's output, such as an
    /// expected lifetime value, to the currency's minor unit with the given rounding.
    /// </summary>
    /// <param name="amount">A finite amount in major units.</param>
    /// <param name="currency">The currency.</param>
    /// <param name="rounding">How a value halfway between two minor units is rounded.</param>
    /// <returns>The rounded money.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is NaN, infinite or beyond <see cref="decimal"/>'s range.</exception>
    public static Money FromDouble(double amount, Currency currency, MidpointRounding rounding)
    {
        Guard.Against.NotFinite(amount);
        if (Math.Abs(amount) >= 7.9e28)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "The amount is beyond the range of decimal.");
        }

        return new Money((decimal)amount, currency).RoundToMinorUnit(rounding);
    }

    /// <summary>The named boundary from money to statistics: the amount as a <see cref="double"/> (may lose digits past the 15th).</summary>
    /// <returns>The amount as a double.</returns>
    public double ToDouble() => (double)Amount;

    /// <summary>The amount as a count of minor units; the amount must be a whole number of them.</summary>
    /// <returns>The count of minor units (fen for CNY).</returns>
    /// <exception cref="InvalidOperationException">The amount holds a fraction of a minor unit.</exception>
    /// <exception cref="OverflowException">The count of minor units does not fit a long.</exception>
    public long ToMinorUnits()
    {
        if (!IsWholeMinorUnits)
        {
            throw new InvalidOperationException($"{this} is not a whole number of minor units; round it first with RoundToMinorUnit.");
        }

        return decimal.ToInt64(Amount / Currency.MinorUnit);
    }

    /// <summary>Rounds to the currency's minor unit (2 decimals for CNY) with the given rounding.</summary>
    /// <param name="rounding">How a value halfway between two minor units is rounded (<see cref="MidpointRounding.AwayFromZero"/> is the everyday 四舍五入).</param>
    /// <returns>The rounded money; rounding an already rounded amount returns it unchanged.</returns>
    public Money RoundToMinorUnit(MidpointRounding rounding) =>
        new(decimal.Round(Amount, Currency.MinorUnits, rounding), Currency);

    /// <summary>Multiplies by a factor and rounds the product to the minor unit.</summary>
    /// <param name="factor">The factor, such as a rate or a count.</param>
    /// <param name="rounding">How the product is rounded to the minor unit.</param>
    /// <returns>The rounded product.</returns>
    /// <exception cref="OverflowException">The product leaves decimal's range.</exception>
    public Money Multiply(decimal factor, MidpointRounding rounding) =>
        new Money(Amount * factor, Currency).RoundToMinorUnit(rounding);

    /// <summary>Divides by a divisor and rounds the quotient to the minor unit. To share an amount out without
    /// losing a cent, use <see cref="Split"/> or <see cref="Allocate(ReadOnlySpan{decimal})"/> instead.</summary>
    /// <param name="divisor">A non-zero divisor.</param>
    /// <param name="rounding">How the quotient is rounded to the minor unit.</param>
    /// <returns>The rounded quotient.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="divisor"/> is zero.</exception>
    /// <exception cref="OverflowException">The quotient leaves decimal's range.</exception>
    public Money Divide(decimal divisor, MidpointRounding rounding)
    {
        if (divisor == 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(divisor), divisor, "Cannot divide money by zero.");
        }

        return new Money(Amount / divisor, Currency).RoundToMinorUnit(rounding);
    }

    /// <summary>Adds amounts of one currency.</summary>
    /// <param name="values">The amounts; all must be in <paramref name="currency"/>.</param>
    /// <param name="currency">The currency of the sum (and of the zero returned for no values).</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="ArgumentException">An amount is in another currency.</exception>
    /// <exception cref="OverflowException">The total leaves decimal's range.</exception>
    public static Money Sum(ReadOnlySpan<Money> values, Currency currency)
    {
        decimal total = 0m;
        foreach (var value in values)
        {
            if (value.Currency != currency)
            {
                throw MismatchException(currency, value.Currency, nameof(values));
            }

            total += value.Amount;
        }

        return new Money(total, currency);
    }

    /// <summary>Adds amounts of one currency.</summary>
    /// <param name="values">The amounts; all must be in <paramref name="currency"/>.</param>
    /// <param name="currency">The currency of the sum.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="ArgumentException">An amount is in another currency.</exception>
    /// <exception cref="OverflowException">The total leaves decimal's range.</exception>
    public static Money Sum(IEnumerable<Money> values, Currency currency)
    {
        Guard.Against.Null(values);
        decimal total = 0m;
        foreach (var value in values)
        {
            if (value.Currency != currency)
            {
                throw MismatchException(currency, value.Currency, nameof(values));
            }

            total += value.Amount;
        }

        return new Money(total, currency);
    }

    /// <summary>The larger of two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The larger amount (the first when equal).</returns>
    public static Money Max(Money left, Money right) => left >= right ? left : right;

    /// <summary>The smaller of two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The smaller amount (the first when equal).</returns>
    public static Money Min(Money left, Money right) => left <= right ? left : right;

    /// <summary>Adds two amounts of the same currency, exactly.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum leaves decimal's range.</exception>
    public Money Add(Money other)
    {
        RequireSameCurrency(other, nameof(other));
        return new Money(Amount + other.Amount, Currency);
    }

    /// <summary>Subtracts an amount of the same currency, exactly.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference leaves decimal's range.</exception>
    public Money Subtract(Money other)
    {
        RequireSameCurrency(other, nameof(other));
        return new Money(Amount - other.Amount, Currency);
    }

    /// <summary>The same amount with the opposite sign.</summary>
    /// <returns>The negated money.</returns>
    public Money Negate() => new(-Amount, Currency);

    /// <summary>The absolute value.</summary>
    /// <returns>The amount without its sign.</returns>
    public Money Abs() => new(Math.Abs(Amount), Currency);

    /// <inheritdoc/>
    public bool Equals(Money other) => Amount == other.Amount && Currency == other.Currency;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amount, Currency);

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException">The currencies differ: amounts in two currencies have no order.</exception>
    public int CompareTo(Money other)
    {
        RequireSameCurrency(other, nameof(other));
        return Amount.CompareTo(other.Amount);
    }

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException("Object must be Money.", nameof(obj)),
    };

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum leaves decimal's range.</exception>
    public static Money operator +(Money left, Money right) => left.Add(right);

    /// <summary>Subtracts two amounts of the same currency.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference leaves decimal's range.</exception>
    public static Money operator -(Money left, Money right) => left.Subtract(right);

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The amount with the opposite sign.</returns>
    public static Money operator -(Money value) => value.Negate();

    /// <summary>Multiplies by a factor exactly, without rounding (a price × a count). Round the result with
    /// <see cref="RoundToMinorUnit"/> before it is paid, or use <see cref="Multiply(decimal, MidpointRounding)"/>.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The exact product.</returns>
    public static Money operator *(Money money, decimal factor) => new(money.Amount * factor, money.Currency);

    /// <summary>Multiplies by a factor exactly, without rounding.</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="money">The amount.</param>
    /// <returns>The exact product.</returns>
    public static Money operator *(decimal factor, Money money) => money * factor;

    /// <summary>Whether two amounts are equal (same currency and amount; 1.5 and 1.50 are equal).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Whether two amounts differ in currency or amount.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Compares two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is smaller.</returns>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Compares two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is smaller or equal.</returns>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is larger.</returns>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Compares two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is larger or equal.</returns>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    private void RequireSameCurrency(Money other, string paramName)
    {
        if (Currency != other.Currency)
        {
            throw MismatchException(Currency, other.Currency, paramName);
        }
    }

    private void RequireWholeMinorUnits()
    {
        if (!IsWholeMinorUnits)
        {
            throw new ArgumentException($"{this} holds a fraction of a minor unit; round it with RoundToMinorUnit before sharing it out.", "this");
        }
    }

    private static ArgumentException MismatchException(Currency expected, Currency actual, string paramName) =>
        new($"Money in {actual.Code} cannot be combined with money in {expected.Code}; convert it first at a stated rate.", paramName);

}
