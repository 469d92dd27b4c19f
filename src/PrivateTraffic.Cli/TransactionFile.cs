using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using nietras.SeparatedValues;
using NodaTime;
using NodaTime.Text;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Cli;

/// <summary>How the columns of a generic transaction CSV are named and its dates written.</summary>
/// <param name="Id">The customer id column.</param>
/// <param name="Date">The purchase date column.</param>
/// <param name="Amount">The amount column.</param>
/// <param name="DateFormat">A NodaTime date pattern such as yyyy-MM-dd (fast paths for yyyy-MM-dd and yyyyMMdd).</param>
internal sealed record TransactionColumns(string Id, string Date, string Amount, string DateFormat);

/// <summary>
/// Reads a transaction log into the library's columnar <see cref="PurchaseLog"/>: a generic CSV (Sep; any separator
/// Sep detects from the header, columns chosen by name) or the two native CDNOW layouts (white-space separated, read
/// byte by byte). A row that is not valid stops the read with its line number.
/// </summary>
internal static class TransactionFile
{
    public static PurchaseLog ReadCsv(string path, TransactionColumns columns, Currency currency)
    {
        var log = new PurchaseLog(1 << 16);
        var ids = new LogCustomers(log);
        var dates = new DateParser(columns.DateFormat);
        using var reader = Open(path);
        var id = Column(reader, path, columns.Id, "--id");
        var date = Column(reader, path, columns.Date, "--date");
        var amount = Column(reader, path, columns.Amount, "--amount");
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (row.ColCount <= Math.Max(id, Math.Max(date, amount)))
            {
                throw InputException.AtLine(path, line, $"expected at least {Math.Max(id, Math.Max(date, amount)) + 1} fields, found {row.ColCount}.");
            }

            var customer = ids.Get(row[id].Span, path, line);
            var day = dates.Parse(row[date].Span, path, line);
            var money = Amount(row[amount].Span, currency, path, line);
            ids.Add(customer, day, money, path, line);
        }

        return log;
    }

    /// <summary>
    /// The CDNOW text: the 1/10th sample (no header; master id, customer id, yyyymmdd, CDs, dollars) or the master file
    /// (a header line; customer id, yyyymmdd, CDs, dollars). The layout is told by the number of fields; the customer id
    /// loses its leading zeros, as in the published summaries.
    /// </summary>
    public static PurchaseLog ReadCdnow(string path, Currency currency)
    {
        var text = ReadAllBytes(path);
        var log = new PurchaseLog(Math.Max(16, text.Length / 28));
        var ids = new LogCustomers(log);
        Span<Range> fields = stackalloc Range[6];
        Span<char> chars = stackalloc char[64];
        var line = 0;
        int? layout = null;
        var at = 0;
        while (at < text.Length)
        {
            line++;
            var end = Array.IndexOf(text, (byte)'\n', at);
            if (end < 0)
            {
                end = text.Length;
            }

            var bytes = text.AsSpan(at, end - at);
            at = end + 1;
            var count = Split(bytes, fields);
            if (count == 0)
            {
                continue;
            }

            if (layout is null && !IsDigits(bytes[fields[0]]))
            {
                // The master file's header: customer_id date number_of_cds dollar_value.
                continue;
            }

            layout ??= count;
            if (count != layout || count is not (4 or 5))
            {
                throw InputException.AtLine(path, line, count is 4 or 5
                    ? $"found {count} fields where earlier lines have {layout}."
                    : $"expected 5 fields (master id, customer id, yyyymmdd, CDs, dollars) or 4 (customer id, yyyymmdd, CDs, dollars); found {count}.");
            }

            var shift = count - 4;
            var customer = ids.Get(Ascii(bytes[fields[shift]].TrimStart((byte)'0'), chars, "0"), path, line);
            var day = CompactDate(bytes[fields[shift + 1]], path, line);
            var amountText = Ascii(bytes[fields[shift + 3]], chars, string.Empty);
            ids.Add(customer, day, Amount(amountText, currency, path, line), path, line);
        }

        return log;
    }

    private static SepReader Open(string path) => InputFile.OpenCsv(path);

    private static byte[] ReadAllBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(InputFile.Check(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: {e.Message}");
        }
    }

    /// <summary>The column by its exact name, else by its name in any case (ID, id and Id are one column).</summary>
    private static int Column(SepReader reader, string path, string name, string option)
    {
        if (reader.Header.TryIndexOf(name, out var index))
        {
            return index;
        }

        var names = reader.Header.ColNames;
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new InputException($"{path}: no column '{name}' ({option}); the header has {string.Join(", ", names)}.");
    }

    internal static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }

    private static Money Amount(ReadOnlySpan<char> text, Currency currency, string path, long line) =>
        (AmountText.TryParsePlain(text, out var value) || decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)) && value >= 0m
            ? Money.Of(value, currency)
            : throw InputException.AtLine(path, line, $"'{text}' is not an amount ≥ 0 such as 29.33.");

    private static LocalDate CompactDate(ReadOnlySpan<byte> text, string path, long line)
    {
        if (text.Length == 8 && IsDigits(text))
        {
            var y = Digits(text[..4]);
            var m = Digits(text[4..6]);
            var d = Digits(text[6..]);
            if (m is >= 1 and <= 12 && d >= 1 && d <= CalendarSystem.Iso.GetDaysInMonth(y, m))
            {
                return new LocalDate(y, m, d);
            }
        }

        throw InputException.AtLine(path, line, $"'{System.Text.Encoding.ASCII.GetString(text)}' is not a date yyyymmdd.");
    }

    private static int Split(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        var count = 0;
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && line[i] is (byte)' ' or (byte)'\t' or (byte)'\r')
            {
                i++;
            }

            if (i == line.Length)
            {
                break;
            }

            var start = i;
            while (i < line.Length && line[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                i++;
            }

            if (count < fields.Length)
            {
                fields[count] = start..i;
            }

            count++;
        }

        return count;
    }

    private static bool IsDigits(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return !text.IsEmpty;
    }

    private static int Digits(ReadOnlySpan<byte> text)
    {
        var value = 0;
        foreach (var b in text)
        {
            value = (value * 10) + (b - '0');
        }

        return value;
    }

    private static ReadOnlySpan<char> Ascii(ReadOnlySpan<byte> bytes, Span<char> buffer, string whenEmpty)
    {
        if (bytes.IsEmpty)
        {
            return whenEmpty;
        }

        var n = Math.Min(bytes.Length, buffer.Length);
        for (var i = 0; i < n; i++)
        {
            buffer[i] = (char)bytes[i];
        }

        return buffer[..n];
    }

    /// <summary>Parses dates with a fast path for the two usual layouts and a NodaTime pattern for the rest.</summary>
    internal sealed class DateParser(string format, string unit = "line")
    {
        private readonly LocalDatePattern? _pattern = format is "yyyy-MM-dd" or "yyyyMMdd" ? null : Pattern(format);

        public LocalDate Parse(ReadOnlySpan<char> text, string path, long line)
        {
            if (_pattern is null)
            {
                var dashed = format.Length == 10;
                if (text.Length == format.Length && (!dashed || (text[4] == '-' && text[7] == '-')))
                {
                    var (y, m, d) = dashed ? (Number(text[..4]), Number(text[5..7]), Number(text[8..])) : (Number(text[..4]), Number(text[4..6]), Number(text[6..]));
                    if (y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= CalendarSystem.Iso.GetDaysInMonth(y, m))
                    {
                        return new LocalDate(y, m, d);
                    }
                }

                throw InputException.AtLine(path, line, $"'{text}' is not a date {format}.", unit);
            }

            var result = _pattern.Parse(text.ToString());
            return result.Success ? result.Value : throw InputException.AtLine(path, line, $"'{text}' is not a date {format}.", unit);
        }

        private static int Number(ReadOnlySpan<char> digits)
        {
            var value = 0;
            foreach (var c in digits)
            {
                if (c is < '0' or > '9')
                {
                    return -1;
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }

        private static LocalDatePattern Pattern(string format)
        {
            try
            {
                return LocalDatePattern.CreateWithInvariantCulture(format);
            }
            catch (InvalidPatternException e)
            {
                throw new InputException($"--date-format '{format}' is not a date pattern: {e.Message}");
            }
        }
    }
}
