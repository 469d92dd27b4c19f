using CustomerValue;
using System;
using System.IO;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value;

public sealed class PurchaseTextTests
{
    [Fact]
    public void Csv_with_the_header_reads_both_date_forms()
    {
        var log = PurchaseText.ReadCsv(new StringReader("ID,date,amount\r\na,2024-01-01,10.50\r\n\r\nb,20240102,7\r\n"), Currency.CNY);
        Assert.Equal(2, log.Count);
        Assert.Equal(Purchase.On(MemberId.From("b"), new LocalDate(2024, 1, 2), Money.Yuan(7m)), log[1]);
    }

    [Theory]
    [InlineData("id,when,amount\na,2024-01-01,1", "Line 1")]
    [InlineData("ID,date,amount\na,2024-13-01,1", "Line 2")]
    [InlineData("ID,date,amount\na,2024-01-01,1\na,2024-01-01,-1", "Line 3")]
    [InlineData("ID,date,amount\na,2024-01-01", "Line 2")]
    public void Malformed_csv_names_the_line(string text, string line) =>
        Assert.StartsWith(line, Assert.Throws<FormatException>(() => PurchaseText.ReadCsv(new StringReader(text), Currency.CNY)).Message, StringComparison.Ordinal);

    [Fact]
    public void Cdnow_lines_use_the_second_column_without_leading_zeros_as_the_customer()
    {
        var log = CdnowText.Read(new StringReader(" 00004 0001 19970101  2   29.33\r\n 00004 0001 19970118  2   29.73\r\n"), Currency.USD);
        Assert.Equal(Purchase.On(MemberId.From("1"), new LocalDate(1997, 1, 18), Money.Of(29.73m, Currency.USD)), log[1]);
        Assert.StartsWith("Line 1", Assert.Throws<FormatException>(() => CdnowText.Read(new StringReader("00004 0001 19970101 2"), Currency.USD)).Message, StringComparison.Ordinal);
    }
}
