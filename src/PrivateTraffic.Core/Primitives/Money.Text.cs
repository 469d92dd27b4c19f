using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PrivateTraffic.Core.Primitives;

// Money as text: the invariant round-trip form (CNY 1234.50) and culture formatting (¥1,234.50).
public readonly partial struct Money
{
    /// <summary>Parses the invariant round-trip form <c>CNY 1234.50</c> (code, one space, amount with '.' as the decimal point).</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The money.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not in the round-trip form or names an unknown currency.</exception>
    public static Money Parse(string text)
    {
        Guard.Against.Null(text);
        if (!TryParse(text, out var money))
        {
            throw new FormatException($"'{MessageText.Quote(text)}' is not money in the form 'CNY 1234.50'.");
        }

        return money;
    }

    /// <summary>Parses the invariant round-trip form <c>CNY 1234.50</c> without throwing.</summary>
    /// <param name="text">The text to parse; may be null.</param>
    /// <param name="money">The parsed money, or zero renminbi when parsing fails.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Money money)
    {
        money = default;
        if (text is null || text.Length < 5 || text.Length > 64 || text[3] != ' ')
        {
            return false;
        }

        var span = text.AsSpan();
        if (!Currency.TryFromCode(span[..3], out var currency))
        {
            return false;
        }

        if (!TryParseAmount(span[4..], out var amount))
        {
            return false;
        }

        money = new Money(amount, currency);
        return true;
    }

    // The one grammar for amounts on the wire and in the round-trip form: optional '-', digits, optional
    // '.' and digits. No exponent, no grouping, no culture, at most 64 characters. The number styles allow no
    // white space at either end; '+' is the one sign they allow that the grammar does not.
    internal static bool TryParseAmount(ReadOnlySpan<char> text, out decimal amount)
    {
        amount = 0m;
        if (text.IsEmpty || text.Length > 64 || text[0] == '+')
        {
            return false;
        }

        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    /// <summary>The invariant round-trip form, such as <c>CNY 1234.50</c> (what <see cref="Parse"/> reads).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats the money. Formats: <c>G</c> or <c>C</c> (the default): symbol and the culture's separators, such
    /// as <c>¥1,234.50</c> for zh-CN; <c>N</c>: the number alone with the culture's separators (<c>1,234.50</c>);
    /// <c>R</c>: the invariant round-trip form <c>CNY 1234.50</c>. At least the currency's minor digits are shown,
    /// more when the amount holds a fraction of a minor unit (nothing is hidden by rounding).
    /// </summary>
    /// <param name="format">G, C, N or R; null means G.</param>
    /// <param name="formatProvider">The culture for separators and the negative sign; null means invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var numbers = NumberFormatInfo.GetInstance(formatProvider ?? CultureInfo.InvariantCulture);
        var digits = Math.Max(Currency.MinorUnits, SignificantScale(Amount));
        switch (format)
        {
            case null or "" or "G" or "C":
                var number = Math.Abs(Amount).ToString("N" + digits.ToString(CultureInfo.InvariantCulture), numbers);
                return Amount < 0m ? numbers.NegativeSign + Currency.Symbol + number : Currency.Symbol + number;
            case "N":
                return Amount.ToString("N" + digits.ToString(CultureInfo.InvariantCulture), numbers);
            case "R":
                return Currency.Code + " " + InvariantAmount();
            default:
                throw new FormatException($"Unknown money format '{format}'. Use G, C, N or R.");
        }
    }

    /// <summary>The amount alone in the invariant round-trip form (<c>1234.50</c>), as JSON carries it.</summary>
    internal string InvariantAmount()
    {
        var digits = Math.Max(Currency.MinorUnits, SignificantScale(Amount));
        return Amount.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    // The number of decimals the amount really needs (1.50m needs 1, 0.035m needs 3): drop the last decimal while
    // dropping it changes nothing.
    private static int SignificantScale(decimal value)
    {
        var scale = value.Scale;
        while (scale > 0 && decimal.Round(value, scale - 1) == value)
        {
            scale--;
        }

        return scale;
    }
}
