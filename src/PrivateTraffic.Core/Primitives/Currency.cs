using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Primitives;

/// <summary>
/// A currency (货币) known by its ISO 4217 code, with the number of digits of its minor unit (CNY has 2: the
/// 分 fen; JPY has 0). Money is always rounded to this many decimal places when it is allocated, split or
/// rounded to the minor unit.
/// </summary>
/// <remarks>
/// <para>Only the currencies in <see cref="All"/> are known; an unknown code is refused rather than guessed,
/// because a wrong minor unit would silently create or lose money.</para>
/// <para>The default value (<c>default(Currency)</c>) is <see cref="CNY"/>, the renminbi: the library's home
/// currency, so that <c>default(Money)</c> is a valid ¥0.00 rather than an invalid half-built value.</para>
/// </remarks>
[JsonConverter(typeof(CurrencyJsonConverter))]
public readonly struct Currency : IEquatable<Currency>, IComparable<Currency>, IComparable
{
    // One row per known currency. The struct stores only the row index, so Currency is one byte of state
    // and default(Currency) is row 0, the renminbi.
    private static readonly (string Code, int MinorUnits, string Symbol)[] Table =
    [
        ("CNY", 2, "¥"),
        ("USD", 2, "$"),
        ("EUR", 2, "€"),
        ("GBP", 2, "£"),
        ("HKD", 2, "HK$"),
        ("MOP", 2, "MOP$"),
        ("TWD", 2, "NT$"),
        ("SGD", 2, "S$"),
        ("JPY", 0, "¥"),
        ("KRW", 0, "₩"),
        ("KWD", 3, "KD"),
    ];

    private readonly byte _index;

    private Currency(byte index) => _index = index;

    /// <summary>Chinese yuan renminbi (人民币), 2 minor digits (分). Also <c>default(Currency)</c>.</summary>
    public static Currency CNY => new(0);

    /// <summary>US dollar, 2 minor digits.</summary>
    public static Currency USD => new(1);

    /// <summary>Euro, 2 minor digits.</summary>
    public static Currency EUR => new(2);

    /// <summary>Pound sterling, 2 minor digits.</summary>
    public static Currency GBP => new(3);

    /// <summary>Hong Kong dollar, 2 minor digits.</summary>
    public static Currency HKD => new(4);

    /// <summary>Macanese pataca, 2 minor digits.</summary>
    public static Currency MOP => new(5);

    /// <summary>New Taiwan dollar, 2 minor digits (ISO 4217; cash often uses 0).</summary>
    public static Currency TWD => new(6);

    /// <summary>Singapore dollar, 2 minor digits.</summary>
    public static Currency SGD => new(7);

    /// <summary>Japanese yen, no minor unit.</summary>
    public static Currency JPY => new(8);

    /// <summary>South Korean won, no minor unit.</summary>
    public static Currency KRW => new(9);

    /// <summary>Kuwaiti dinar, 3 minor digits (a currency with a minor unit of 1/1000, kept to test the rule).</summary>
    public static Currency KWD => new(10);

    /// <summary>Every currency the library knows, in a stable order.</summary>
    public static IReadOnlyList<Currency> All { get; } = CreateAll();

    /// <summary>The three-letter ISO 4217 code, upper case (for example <c>CNY</c>).</summary>
    public string Code => Table[_index].Code;

    /// <summary>Digits after the decimal point in the minor unit: 2 for CNY (分), 0 for JPY, 3 for KWD.</summary>
    public int MinorUnits => Table[_index].MinorUnits;

    /// <summary>The symbol used by the symbol format (<c>C</c>) of <see cref="Money"/>, such as ¥ or $.</summary>
    public string Symbol => Table[_index].Symbol;

    /// <summary>The smallest amount that can be paid: 0.01 for CNY, 1 for JPY.</summary>
    public decimal MinorUnit => MinorUnits switch
    {
        0 => 1m,
        1 => 0.1m,
        2 => 0.01m,
        _ => 0.001m,
    };

    /// <summary>Returns the currency with the given ISO 4217 code (case-sensitive, upper case).</summary>
    /// <param name="code">An ISO 4217 code such as <c>CNY</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">The code is not one of <see cref="All"/>.</exception>
    public static Currency FromCode(string code)
    {
        Guard.Against.Null(code);
        if (!TryFromCode(code, out var currency))
        {
            throw new ArgumentException($"Unknown currency code '{MessageText.Quote(code)}'. Known codes: {string.Join(", ", KnownCodes())}.", nameof(code));
        }

        return currency;
    }

    /// <summary>Looks up a currency by its ISO 4217 code without throwing.</summary>
    /// <param name="code">An ISO 4217 code such as <c>CNY</c>; may be null.</param>
    /// <param name="currency">The currency when found, else <see cref="CNY"/>.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryFromCode([NotNullWhen(true)] string? code, out Currency currency)
    {
        if (code is null)
        {
            currency = default;
            return false;
        }

        return TryFromCode(code.AsSpan(), out currency);
    }

    /// <summary>Looks up a currency by its ISO 4217 code given as characters, without allocating.</summary>
    /// <param name="code">The code's characters.</param>
    /// <param name="currency">The currency when found, else <see cref="CNY"/>.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryFromCode(ReadOnlySpan<char> code, out Currency currency)
    {
        for (var i = 0; i < Table.Length; i++)
        {
            if (code.SequenceEqual(Table[i].Code))
            {
                currency = new Currency((byte)i);
                return true;
            }
        }

        currency = default;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(Currency other) => _index == other._index;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Currency other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _index;

    /// <summary>Orders currencies by their ISO code, ordinally.</summary>
    /// <param name="other">The currency to compare with.</param>
    /// <returns>Negative, zero or positive as for <see cref="string.CompareOrdinal(string, string)"/>.</returns>
    public int CompareTo(Currency other) => string.CompareOrdinal(Code, other.Code);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Currency other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a Currency.", nameof(obj)),
    };

    /// <summary>The ISO code.</summary>
    /// <returns>The code, such as <c>CNY</c>.</returns>
    public override string ToString() => Code;

    /// <summary>Whether two currencies are the same.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Currency left, Currency right) => left.Equals(right);

    /// <summary>Whether two currencies differ.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Currency left, Currency right) => !left.Equals(right);

    /// <summary>Ordinal order of the ISO codes.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(Currency left, Currency right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order of the ISO codes.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>True when <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(Currency left, Currency right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order of the ISO codes.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(Currency left, Currency right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order of the ISO codes.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>True when <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(Currency left, Currency right) => left.CompareTo(right) >= 0;

    private static Currency[] CreateAll()
    {
        var all = new Currency[Table.Length];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = new Currency((byte)i);
        }

        return all;
    }

    private static IEnumerable<string> KnownCodes()
    {
        foreach (var row in Table)
        {
            yield return row.Code;
        }
    }
}
