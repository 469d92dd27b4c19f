using System;
using System.Globalization;
using System.IO;
using NodaTime;
using NodaTime.Text;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace CustomerValue;

/// <summary>
/// Reads the raw CDNOW transaction log (Fader &amp; Hardie's 1/10th sample): no header, one purchase a line, five
/// fields separated by white space (master id, customer id, <c>yyyyMMdd</c>, number of CDs, dollars). The customer id
/// is the second field without its leading zeros ("0001" is customer "1"), as in the published summaries. A line
/// that does not parse is a <see cref="FormatException"/> naming its line number. Dataset-specific, so it lives here
/// and not in the library.
/// </summary>
internal static class CdnowText
{
    private static readonly LocalDatePattern CompactDate = LocalDatePattern.CreateWithInvariantCulture("yyyyMMdd");

    /// <summary>Reads the log.</summary>
    /// <param name="reader">The text (CRLF or LF line ends).</param>
    /// <param name="currency">The currency of the amounts (US dollars for CDNOW).</param>
    /// <returns>The log.</returns>
    public static PurchaseLog Read(TextReader reader, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var log = new PurchaseLog();
        var number = 0;
        Span<Range> fields = stackalloc Range[6];
        while (reader.ReadLine() is { } line)
        {
            number++;
            var text = line.AsSpan().Trim();
            if (text.IsEmpty)
            {
                continue;
            }

            if (text.SplitAny(fields, " \t", StringSplitOptions.RemoveEmptyEntries) != 5)
            {
                throw new FormatException($"Line {number}: expected five fields (master id, customer id, yyyymmdd, quantity, amount).");
            }

            var id = text[fields[1]].TrimStart('0');
            var idText = id.IsEmpty ? "0" : id.ToString();
            var dateText = text[fields[2]].ToString();
            var amountText = text[fields[4]];
            if (!MemberId.TryFrom(idText, out var customer))
            {
                throw new FormatException($"Line {number}: '{idText}' is not a customer id.");
            }

            var date = CompactDate.Parse(dateText);
            if (!date.Success)
            {
                throw new FormatException($"Line {number}: '{dateText}' is not a date (yyyyMMdd).");
            }

            if (!decimal.TryParse(amountText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                throw new FormatException($"Line {number}: '{amountText}' is not a non-negative amount such as 29.33.");
            }

            log.Add(customer, date.Value, Money.Of(amount, currency));
        }

        return log;
    }
}
