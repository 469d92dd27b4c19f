using FsCheck;
using FsCheck.Fluent;
using System;
using System.Globalization;
using System.Linq;
using System.Text;
using PrivateTraffic.Cli;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Cli;

/// <summary>The tool writes numbers by integer arithmetic where it can; the text must be the runtime's, digit for digit.</summary>
public sealed class ToolNumberFormatTests
{
    /// <summary>Doubles where formatting is hard: ties at 2 and 4 decimals (k/8, k/32), values next to them, cents, wide magnitudes, -0, NaN, ∞.</summary>
    private static readonly Arbitrary<double> Hard =
        Gen.OneOf(
                Gen.Choose(0, 1_000_000).Select(k => k / 8.0),
                Gen.Choose(0, 1_000_000).Select(k => k / 32.0),
                Gen.Choose(0, 1_000_000).Select(k => Math.BitIncrement(k / 32.0)),
                Gen.Choose(0, 1_000_000).Select(k => Math.BitDecrement(k / 32.0)),
                Gen.Choose(0, 10_000_000).Select(k => k / 100.0),
                Gen.Choose(-1_000, 1_000).SelectMany(m => Gen.Choose(-12, 14), (m, e) => m * Math.Pow(10, e) / 7.0),
                Gen.Elements(0.0, -0.0, double.NaN, double.PositiveInfinity, 99999999.99995, 1e12, 0.00005, 0.005, 1e15, 123456789012.5))
            .ToArbitrary();

    [DeepProperty]
    public Property Fixed_decimals_are_the_runtimes_F2_and_F4() =>
        Prop.ForAll(Hard, v =>
        {
            Assert.Equal(v.ToString("F4", CultureInfo.InvariantCulture), Text(line => line.Fixed(v, 4)));
            Assert.Equal(v.ToString("F2", CultureInfo.InvariantCulture), Text(line => line.Fixed(v, 2)));
        });

    [DeepProperty]
    public Property Shortest_is_the_runtimes_round_trip_text() =>
        Prop.ForAll(Hard, v => Assert.Equal(v.ToString(CultureInfo.InvariantCulture), Text(line => line.Shortest(v))));

    /// <summary>One buffer writes many values, as a chunk of rows does: repeated values (whole days over 7, as recency and T
    /// are) come from the kept texts, others share their slots; every text is still the runtime's.</summary>
    [DeepProperty]
    public Property Shortest_is_the_runtimes_text_when_values_repeat_in_one_buffer() =>
        Prop.ForAll(Gen.OneOf(Hard.Generator, Gen.Choose(0, 800).Select(days => days / 7.0)).ArrayOf().ToArbitrary(), values =>
        {
            var line = new Utf8Line(8);
            var expected = new StringBuilder();
            foreach (var v in values.Concat(values).Concat(values.Select(v => -v)))
            {
                line.Shortest(v);
                line.Byte((byte)',');
                expected.Append(v.ToString(CultureInfo.InvariantCulture)).Append(',');
            }

            Assert.Equal(expected.ToString(), Encoding.UTF8.GetString(line.Written));
        });

    private static string Text(Action<Utf8Line> write)
    {
        var line = new Utf8Line(8);
        write(line);
        return Encoding.UTF8.GetString(line.Written);
    }
}
