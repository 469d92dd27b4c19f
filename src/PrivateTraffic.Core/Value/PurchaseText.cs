using System;
using System.Globalization;
using System.IO;
using NodaTime;
using NodaTime.Text;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// Reads transaction logs from text the caller has opened (the library itself never opens a file): the plain
/// CSV <c>ID,date,amount</c>. (Dataset-specific formats such as raw CDNOW belong to the caller: the CustomerValue
/// sample has a reader for it.) A line that does not parse is a
/// <see cref="FormatException"/> naming its line number.
/// </summary>
public static class PurchaseText
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
    private static readonly LocalDatePattern CompactDate = LocalDatePattern.CreateWithInvariantCulture("yyyyMMdd");

    /// <summary>
    /// Reads a CSV log whose first line is the header <c>ID,date,amount</c> (in that order, case-insensitive),
    /// then one purchase a line: a customer id, a date as <c>yyyy-MM-dd</c> or <c>yyyyMMdd</c>, and a
    /// non-negative decimal amount with a point. Blank lines are skipped; quoting is not supported.
    /// </summary>
    /// <param name="reader">The text.</param>
    /// <param name="currency">The currency of the amounts.</param>
    /// <returns>The log.</returns>
    /// <exception cref="FormatException">The header is missing or a line is malformed; the message names the line.</exception>
    public static PurchaseLog ReadCsv(TextReader reader, Currency currency)
    {
        Guard.Against.Null(reader);
        var header = reader.ReadLine();
        if (header is null || !header.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Equals("ID,date,amount", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException("Line 1: expected the header 'ID,date,amount'.");
        }

        var log = new PurchaseLog();
        var number = 1;
        Span<Range> fields = stackalloc Range[4];
        while (reader.ReadLine() is { } line)
        {
            number++;
            var text = line.AsSpan().Trim();
            if (text.IsEmpty)
            {
                continue;
            }

            if (text.Split(fields, ',') != 3)
            {
                throw new FormatException($"Line {number}: expected three fields ID,date,amount.");
            }

            AddLine(log, number, text[fields[0]].Trim(), text[fields[1]].Trim(), text[fields[2]].Trim(), currency);
        }

        return log;
    }

    private static void AddLine(PurchaseLog log, int number, ReadOnlySpan<char> id, ReadOnlySpan<char> date, ReadOnlySpan<char> amount, Currency currency)
    {
        if (!MemberId.TryFrom(id.ToString(), out var customer))
        {
            throw new FormatException($"Line {number}: '{MessageText.Quote(id.ToString())}' is not a customer id.");
        }

        var dateText = date.ToString();
        var parsed = date.Length == 8 ? CompactDate.Parse(dateText) : IsoDate.Parse(dateText);
        if (!parsed.Success)
        {
            throw new FormatException($"Line {number}: '{MessageText.Quote(dateText)}' is not a date (yyyy-MM-dd or yyyyMMdd).");
        }

        if (!decimal.TryParse(amount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"Line {number}: '{MessageText.Quote(amount.ToString())}' is not a non-negative amount such as 29.33.");
        }

        log.Add(customer, parsed.Value, Money.Of(value, currency));
    }
}
