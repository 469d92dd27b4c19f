using FsCheck;
using FsCheck.Fluent;
using System;
using System.Globalization;
using PrivateTraffic.Cli;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Cli;

/// <summary>The tool reads plain amounts without decimal.TryParse; the decimal must be the runtime's, digits and scale.</summary>
public sealed class ToolAmountTextTests
{
    private static readonly Arbitrary<string> Amounts =
        Gen.OneOf(
                Gen.Choose(0, int.MaxValue).SelectMany(_ => Gen.Choose(0, 6), (v, d) =>
                {
                    var digits = v.ToString(CultureInfo.InvariantCulture).PadLeft(d + 1, '0');
                    return d == 0 ? digits : digits.Insert(digits.Length - d, ".");
                }),
                Gen.Elements("0", "0.0", "0.0000", "007.50", "29.33", "29.30", "999999999999999999", "9999999999999999999", "0.000000000000000001",
                    "1.", ".5", "-1", "-0", "+2", "1e3", " 1", "1 ", "1,5", "1..2", "", ".", "١٢", "12345678901234567.8", "1234567890123456789.0"))
            .ToArbitrary();

    [DeepProperty]
    public Property A_plain_amount_is_the_decimal_the_runtime_parses_and_anything_else_is_left_to_it() =>
        Prop.ForAll(Amounts, text =>
        {
            if (AmountText.TryParsePlain(text, out var value))
            {
                Assert.True(decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var expected));
                Assert.Equal(decimal.GetBits(expected), decimal.GetBits(value));
            }
            else
            {
                Assert.True(text.Length == 0 || text.Length > 18 || text.AsSpan().IndexOfAnyExceptInRange('0', '9') >= 0);
            }
        });
}
