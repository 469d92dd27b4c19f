using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Primitives;
/// <summary>The text of money at its boundaries (part of <see cref="MoneyMutationTests"/>): the wire grammar, every
/// format letter, the culture, and the digits shown.</summary>
public sealed partial class MoneyMutationTests
{
    [Fact]
    public void Round_trip_text_reads_exactly_the_grammar_it_writes()
    {
        Assert.Equal(Money.Of(1m, Currency.JPY), Money.Parse("JPY 1"));                        // the shortest form, 5 characters
        var longest = "CNY 0." + new string('0', 57) + "1";                                   // 64 characters
        Assert.Equal(64, longest.Length);
        Assert.True(Money.TryParse(longest, out var tiny));
        Assert.Equal(Currency.CNY, tiny.Currency);
        Assert.False(Money.TryParse(longest + "0", out _));                                   // 65 characters
        Assert.False(Money.TryParse("CNY ", out _));
        Assert.False(Money.TryParse("CNY 1 ", out _));
        Assert.False(Money.TryParse("CNY\u00A01", out _));
        Assert.False(Money.TryParse(null, out var none));
        Assert.Equal(default, none);
        Assert.Throws<ArgumentNullException>(() => Money.Parse(null!));
        Assert.Equal(Money.Of(-0.5m, Currency.USD), Money.Parse("USD -0.5"));
        Assert.Equal(Money.Yuan(12m), Money.Parse("CNY 12."));
        Assert.Equal(Money.Yuan(0.5m), Money.Parse("CNY .5"));
        Assert.Contains("CNY 1234.50", Assert.Throws<FormatException>(() => Money.Parse("CNY x")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("-1.5", true)]
    [InlineData("", false)]
    [InlineData(" 1", false)]
    [InlineData("1 ", false)]
    [InlineData("+1", false)]
    [InlineData("1e2", false)]
    [InlineData("1,000", false)]
    [InlineData("(1)", false)]
    public void The_wire_amount_grammar_is_sign_digits_point_digits(string text, bool valid)
    {
        Assert.Equal(valid, Money.TryParseAmount(text, out var amount));
        if (!valid)
        {
            Assert.Equal(0m, amount);
        }
    }

    [Fact]
    public void The_wire_amount_grammar_stops_at_64_characters()
    {
        var longest = "0." + new string('0', 61) + "1";
        Assert.Equal(64, longest.Length);
        Assert.True(Money.TryParseAmount(longest, out _));
        Assert.False(Money.TryParseAmount(longest + "0", out _));
    }

    [Fact]
    public void Every_format_letter_gives_its_form()
    {
        var zhCn = CultureInfo.GetCultureInfo("zh-CN");
        var money = Money.Yuan(1234.5m);
        Assert.Equal("¥1,234.50", money.ToString("G", zhCn));
        Assert.Equal("¥1,234.50", money.ToString("C", zhCn));
        Assert.Equal("¥1,234.50", money.ToString("", zhCn));
        Assert.Equal("¥1,234.50", money.ToString(null, null));
        Assert.Equal("1,234.50", money.ToString("N", null));
        Assert.Equal("-1,234.50", (-money).ToString("N", zhCn));
        Assert.Equal("CNY 1234.50", money.ToString("R", zhCn));
        Assert.Equal("¥0.00", Money.Yuan(0m).ToString("G", zhCn));
        Assert.Equal("-¥0.01", Money.Yuan(-0.01m).ToString("G", zhCn));
        Assert.Equal("$0.035", Money.Of(0.035m, Currency.USD).ToString("G", CultureInfo.InvariantCulture));
        Assert.Equal("¥250", Money.Of(250m, Currency.JPY).ToString("G", CultureInfo.InvariantCulture));
        Assert.Contains("'X'", Assert.Throws<FormatException>(() => money.ToString("X", null)).Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => money.ToString("g", null));
    }

    [Fact]
    public void No_culture_means_the_invariant_culture_not_the_current_one()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            Assert.Equal("¥1,234.50", Money.Yuan(1234.5m).ToString(null, null));
            Assert.Equal("1,234.50", Money.Yuan(1234.5m).ToString("N", null));
            Assert.Equal("CNY 1234.50", Money.Yuan(1234.5m).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("1.50", "CNY 1.50")]
    [InlineData("1.500000", "CNY 1.50")]
    [InlineData("0.035", "CNY 0.035")]
    [InlineData("0.0350", "CNY 0.035")]
    [InlineData("100", "CNY 100.00")]
    [InlineData("100.000", "CNY 100.00")]
    [InlineData("-0.10", "CNY -0.10")]
    [InlineData("12.3456789", "CNY 12.3456789")]
    [InlineData("0.0000000000000000000000000001", "CNY 0.0000000000000000000000000001")]
    public void Text_shows_the_minor_digits_and_any_finer_digit_but_no_trailing_zero_beyond(string amount, string expected) =>
        Assert.Equal(expected, Money.Yuan(decimal.Parse(amount, CultureInfo.InvariantCulture)).ToString());

    [Theory]
    [InlineData("250", "JPY 250")]
    [InlineData("250.0", "JPY 250")]
    [InlineData("2500", "JPY 2500")]
    [InlineData("0.5", "JPY 0.5")]
    public void Yen_text_has_no_minor_digits_unless_the_amount_holds_a_fraction(string amount, string expected) =>
        Assert.Equal(expected, Money.Of(decimal.Parse(amount, CultureInfo.InvariantCulture), Currency.JPY).ToString());
}
