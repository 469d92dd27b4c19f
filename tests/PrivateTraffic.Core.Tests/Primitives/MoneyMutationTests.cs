using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Primitives;

/// <summary>
/// Money at the boundaries the mutation run found unpinned (docs/quality.md): zero and equal amounts, the edges of
/// decimal's range, the ends of the text grammar, and each operation's exact result, so that a changed operator or
/// a dropped check fails a test.
/// </summary>
public sealed partial class MoneyMutationTests
{
    [Fact]
    public void Zero_is_neither_negative_nor_fractional()
    {
        Assert.True(Money.Yuan(0m).IsZero);
        Assert.False(Money.Yuan(0m).IsNegative);
        Assert.False(Money.Yuan(0.01m).IsZero);
        Assert.False(Money.Yuan(0.01m).IsNegative);
        Assert.True(Money.Yuan(-0.01m).IsNegative);
        Assert.False(Money.Yuan(-0.01m).IsZero);
        Assert.True(Money.Yuan(0m).IsWholeMinorUnits);
        Assert.True(Money.Yuan(1.20m).IsWholeMinorUnits);
        Assert.False(Money.Yuan(1.205m).IsWholeMinorUnits);
        Assert.False(Money.Of(0.5m, Currency.JPY).IsWholeMinorUnits);
    }

    [Fact]
    public void Minor_units_scale_by_the_currency()
    {
        Assert.Equal(Money.Yuan(0.05m), Money.FromMinorUnits(5, Currency.CNY));
        Assert.Equal(Money.Of(5m, Currency.JPY), Money.FromMinorUnits(5, Currency.JPY));
        Assert.Equal(Money.Of(-0.005m, Currency.KWD), Money.FromMinorUnits(-5, Currency.KWD));
        Assert.Equal(12345L, Money.Yuan(123.45m).ToMinorUnits());
        Assert.Equal(-7L, Money.Of(-7m, Currency.JPY).ToMinorUnits());
        Assert.Throws<InvalidOperationException>(() => Money.Yuan(0.005m).ToMinorUnits());
        Assert.Throws<OverflowException>(() => Money.Yuan(1e20m).ToMinorUnits());
    }

    [Fact]
    public void From_double_refuses_both_signs_from_the_stated_limit_on()
    {
        foreach (var beyond in new[] { 7.9e28, -7.9e28, 1e30, -1e30, double.PositiveInfinity })
        {
            Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromDouble(beyond, Currency.CNY, MidpointRounding.ToEven)).ParamName);
        }

        Assert.Equal(Money.Yuan(7.8e26m), Money.FromDouble(7.8e26, Currency.CNY, MidpointRounding.ToEven));
        Assert.Equal(Money.Yuan(-2.5m), Money.FromDouble(-2.5, Currency.CNY, MidpointRounding.ToEven));
        Assert.Equal(Money.Of(3m, Currency.JPY), Money.FromDouble(2.5, Currency.JPY, MidpointRounding.AwayFromZero));
        Assert.Equal(Money.Of(2m, Currency.JPY), Money.FromDouble(2.5, Currency.JPY, MidpointRounding.ToEven));
        Assert.Equal(12.5, Money.Yuan(12.5m).ToDouble());
    }

    [Fact]
    public void Each_arithmetic_operation_gives_its_exact_result()
    {
        var a = Money.Yuan(12.30m);
        var b = Money.Yuan(0.45m);
        Assert.Equal(Money.Yuan(12.75m), a + b);
        Assert.Equal(Money.Yuan(12.75m), a.Add(b));
        Assert.Equal(Money.Yuan(11.85m), a - b);
        Assert.Equal(Money.Yuan(11.85m), a.Subtract(b));
        Assert.Equal(Money.Yuan(-12.30m), -a);
        Assert.Equal(Money.Yuan(-12.30m), a.Negate());
        Assert.Equal(Money.Yuan(12.30m), Money.Yuan(-12.30m).Abs());
        Assert.Equal(Money.Yuan(12.30m), a.Abs());
        Assert.Equal(Money.Yuan(0.105m), Money.Yuan(0.035m) * 3m);
        Assert.Equal(Money.Yuan(0.105m), 3m * Money.Yuan(0.035m));
        Assert.Equal(Money.Yuan(3.08m), a.Multiply(0.25m, MidpointRounding.AwayFromZero));   // 3.075
        Assert.Equal(Money.Yuan(3.07m), a.Multiply(0.25m, MidpointRounding.ToZero));
        Assert.Equal(Money.Yuan(4.10m), a.Divide(3m, MidpointRounding.ToEven));
        Assert.Equal(Money.Yuan(-6.15m), a.Divide(-2m, MidpointRounding.ToEven));
        Assert.Equal(Money.Of(2m, Currency.JPY), Money.Of(10m, Currency.JPY).Divide(4m, MidpointRounding.ToZero));    // 2.5
        Assert.Equal(Money.Of(3m, Currency.JPY), Money.Of(10m, Currency.JPY).Divide(4m, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Both_sums_add_every_value_and_refuse_another_currency()
    {
        Money[] values = [Money.Yuan(1.10m), Money.Yuan(2.20m), Money.Yuan(-0.30m)];
        Assert.Equal(Money.Yuan(3.00m), Money.Sum(values.AsSpan(), Currency.CNY));
        Assert.Equal(Money.Yuan(3.00m), Money.Sum(values.AsEnumerable(), Currency.CNY));
        Assert.Equal(Money.Zero(Currency.USD), Money.Sum(ReadOnlySpan<Money>.Empty, Currency.USD));
        Assert.Equal(Money.Zero(Currency.USD), Money.Sum(new List<Money>(), Currency.USD));
        Assert.Equal(Currency.USD, Money.Sum(new List<Money>(), Currency.USD).Currency);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => Money.Sum(new List<Money> { Money.Yuan(1m), Money.Of(1m, Currency.USD) }, Currency.CNY)).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => Money.Sum(new List<Money> { Money.Yuan(1m) }, Currency.USD)).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => Money.Sum([Money.Yuan(1m)], Currency.USD)).ParamName);
        Assert.Throws<ArgumentNullException>(() => Money.Sum((IEnumerable<Money>)null!, Currency.CNY));
    }

    [Fact]
    public void A_currency_mismatch_names_both_currencies_and_the_way_out()
    {
        var ex = Assert.Throws<ArgumentException>(() => Money.Yuan(1m) - Money.Of(1m, Currency.USD));
        Assert.Equal("other", ex.ParamName);
        Assert.Contains("USD", ex.Message, StringComparison.Ordinal);
        Assert.Contains("CNY", ex.Message, StringComparison.Ordinal);
        Assert.Contains("convert it first", ex.Message, StringComparison.Ordinal);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => Money.Yuan(1m).CompareTo(Money.Of(1m, Currency.JPY))).ParamName);
    }

    [Fact]
    public void Max_and_min_return_the_first_when_equal_and_the_right_one_otherwise()
    {
        // 1.50 and 1.5 are equal but keep their scale, which shows which one was returned.
        var first = Money.Yuan(1.50m);
        var second = Money.Yuan(1.5m);
        Assert.Equal(2, Money.Max(first, second).Amount.Scale);
        Assert.Equal(2, Money.Min(first, second).Amount.Scale);
        Assert.Equal(1, Money.Max(second, first).Amount.Scale);
        Assert.Equal(1, Money.Min(second, first).Amount.Scale);
        Assert.Equal(Money.Yuan(2m), Money.Max(Money.Yuan(1m), Money.Yuan(2m)));
        Assert.Equal(Money.Yuan(2m), Money.Max(Money.Yuan(2m), Money.Yuan(1m)));
        Assert.Equal(Money.Yuan(1m), Money.Min(Money.Yuan(1m), Money.Yuan(2m)));
        Assert.Equal(Money.Yuan(1m), Money.Min(Money.Yuan(2m), Money.Yuan(1m)));
    }

    [Fact]
    public void Operators_at_equality_and_either_side_of_it()
    {
        var one = Money.Yuan(1m);
        var same = Money.Yuan(1.00m);
        var two = Money.Yuan(2m);
        Assert.True(one == same);
        Assert.False(one != same);
        Assert.True(one != two);
        Assert.False(one == two);
        Assert.False(one < same);
        Assert.True(one <= same);
        Assert.False(one > same);
        Assert.True(one >= same);
        Assert.True(one < two && !(two < one));
        Assert.True(one <= two && !(two <= one));
        Assert.True(two > one && !(one > two));
        Assert.True(two >= one && !(one >= two));
        Assert.Equal(0, one.CompareTo(same));
        Assert.True(one.CompareTo(two) < 0);
        Assert.True(two.CompareTo(one) > 0);
        Assert.True(Money.Yuan(1m) != Money.Of(1m, Currency.USD));
        Assert.False(Money.Yuan(1m).Equals(Money.Yuan(2m)));
    }

    [Fact]
    public void Comparing_with_an_object_puts_null_first_and_refuses_other_types()
    {
        IComparable one = Money.Yuan(1m);
        Assert.Equal(1, one.CompareTo(null));
        Assert.Equal(0, one.CompareTo(Money.Yuan(1m)));
        Assert.True(one.CompareTo(Money.Yuan(3m)) < 0);
        Assert.True(one.CompareTo(Money.Yuan(-3m)) > 0);
        Assert.Equal("obj", Assert.Throws<ArgumentException>(() => one.CompareTo(1m)).ParamName);
        Assert.True(Money.Yuan(1m).Equals((object)Money.Yuan(1.0m)));
        Assert.False(Money.Yuan(1m).Equals((object)Money.Yuan(2m)));
        Assert.False(Money.Yuan(1m).Equals(1m));
        Assert.False(Money.Yuan(1m).Equals(null));
        Assert.NotEqual(Money.Yuan(1m).GetHashCode(), Money.Yuan(2m).GetHashCode());
    }

    [DeepProperty]
    public Property Order_and_equality_agree_across_equal_and_near_amounts() =>
        // Drawing from a handful of amounts makes equal pairs common, where < and <= differ.
        Prop.ForAll(Generators.Pair(Gen.Elements(-1m, 0m, 0.01m, 1m, 1.00m).ToArbitrary(), Gen.Elements(-1m, 0m, 0.01m, 1m, 1.0m).ToArbitrary()), t =>
        {
            var (a, b) = (Money.Yuan(t.Item1), Money.Yuan(t.Item2));
            var sign = Math.Sign(t.Item1.CompareTo(t.Item2));
            return Math.Sign(a.CompareTo(b)) == sign && Math.Sign(((IComparable)a).CompareTo(b)) == sign
                && (a < b) == (sign < 0) && (a <= b) == (sign <= 0) && (a > b) == (sign > 0) && (a >= b) == (sign >= 0)
                && (a == b) == (sign == 0) && (a != b) == (sign != 0) && a.Equals((object)b) == (sign == 0)
                && (sign != 0 || a.GetHashCode() == b.GetHashCode());
        });

    [Fact]
    public void Allocation_gives_leftover_units_to_the_largest_remainder_not_the_largest_share()
    {
        // 10 fen by 47:53: ideals 4.7 and 5.3 fen; the leftover fen goes to the 0.7 remainder.
        Assert.Equal([Money.Yuan(0.05m), Money.Yuan(0.05m)], Money.Yuan(0.10m).Allocate(47m, 53m));
        // 10 fen by 1:2:7: ideals 1, 2, 7: nothing left over.
        Assert.Equal([Money.Yuan(0.01m), Money.Yuan(0.02m), Money.Yuan(0.07m)], Money.Yuan(0.10m).Allocate(1m, 2m, 7m));
        // 7 fen by 1:1:1:4: ideals 1, 1, 1, 4.
        Assert.Equal([Money.Yuan(0.01m), Money.Yuan(0.01m), Money.Yuan(0.01m), Money.Yuan(0.04m)], Money.Yuan(0.07m).Allocate(1m, 1m, 1m, 4m));
        // 12 fen by 1:1:1:2:2: ideals 1.71 (three times) and 3.43 (twice); the 3 leftover fen go to the 0.71s.
        Assert.Equal([Money.Yuan(0.02m), Money.Yuan(0.02m), Money.Yuan(0.02m), Money.Yuan(0.03m), Money.Yuan(0.03m)], Money.Yuan(0.12m).Allocate(1m, 1m, 1m, 2m, 2m));
        // The last share has the largest remainder: the fen must travel to the end of the order.
        Assert.Equal([Money.Yuan(0.03m), Money.Yuan(0.03m), Money.Yuan(0.04m)], Money.Yuan(0.10m).Allocate(3.1m, 3.1m, 3.8m));
        // A zero ratio gets nothing, even with leftover units about.
        Assert.Equal([Money.Yuan(0m), Money.Yuan(0.02m), Money.Yuan(0.01m)], Money.Yuan(0.03m).Allocate(0m, 1m, 1m));
        Assert.Equal([Money.Yuan(0.03m)], Money.Yuan(0.03m).Allocate(5m));
    }

    [Fact]
    public void Allocating_or_splitting_zero_gives_zeros()
    {
        Assert.All(Money.Yuan(0m).Allocate(1m, 2m), s => Assert.Equal(Money.Yuan(0m), s));
        Assert.All(Money.Yuan(0m).Split(3), s => Assert.Equal("CNY 0.00", s.ToString()));
        Assert.All(Money.Yuan(0m).Allocate(1m, 2m), s => Assert.Equal("CNY 0.00", s.ToString()));
    }

    [Fact]
    public void Allocation_into_a_destination_needs_one_slot_per_ratio()
    {
        var shares = new Money[2];
        Money.Yuan(1.00m).AllocateInto([1m, 3m], shares);
        Assert.Equal([Money.Yuan(0.25m), Money.Yuan(0.75m)], shares);
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => Money.Yuan(1m).AllocateInto([1m, 1m], new Money[3])).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => Money.Yuan(1m).AllocateInto([1m, 1m], new Money[1])).ParamName);
    }

    [Fact]
    public void Refused_allocations_say_why()
    {
        Assert.Contains("At least one ratio", Assert.Throws<ArgumentException>(() => Money.Yuan(1m).Allocate()).Message, StringComparison.Ordinal);
        Assert.Contains("negative", Assert.Throws<ArgumentException>(() => Money.Yuan(1m).Allocate(2m, -1m)).Message, StringComparison.Ordinal);
        Assert.Contains("positive sum", Assert.Throws<ArgumentException>(() => Money.Yuan(1m).Allocate(0m)).Message, StringComparison.Ordinal);
        var fraction = Assert.Throws<ArgumentException>(() => Money.Yuan(0.005m).Allocate(1m));
        Assert.Contains("fraction of a minor unit", fraction.Message, StringComparison.Ordinal);
        Assert.Equal("this", fraction.ParamName);
        Assert.Contains("fraction of a minor unit", Assert.Throws<ArgumentException>(() => Money.Yuan(0.005m).Split(1)).Message, StringComparison.Ordinal);
        Assert.Equal("parts", Assert.Throws<ArgumentOutOfRangeException>(() => Money.Yuan(1m).Split(Money.MaxSplitParts + 1)).ParamName);
        Assert.Equal(Money.MaxSplitParts, Money.Yuan(0m).Split(Money.MaxSplitParts).Length);
    }

    [Fact]
    public void Split_puts_the_leftover_units_first_and_keeps_the_sign()
    {
        Assert.Equal([Money.Yuan(0.03m), Money.Yuan(0.02m), Money.Yuan(0.02m)], Money.Yuan(0.07m).Split(3));
        Assert.Equal([Money.Yuan(-0.03m), Money.Yuan(-0.02m), Money.Yuan(-0.02m)], Money.Yuan(-0.07m).Split(3));
        Assert.Equal([Money.Yuan(0.02m), Money.Yuan(0.02m)], Money.Yuan(0.04m).Split(2));
        Assert.Equal([Money.Yuan(0.01m), Money.Yuan(0m)], Money.Yuan(0.01m).Split(2));
        Assert.Equal([Money.Of(4m, Currency.JPY), Money.Of(3m, Currency.JPY)], Money.Of(7m, Currency.JPY).Split(2));
        Assert.Equal([Money.Yuan(5m)], Money.Yuan(5m).Split(1));
    }

    [Fact]
    public void Split_conserves_the_amount_even_where_decimal_rounds_the_quotient()
    {
        // 69,999,999,999,999,999,999,999,999,998 yen in 3: the quotient 23,333,…,332.67 rounds to …333 in decimal's 28
        // digits; flooring that gave three shares one yen too large each, and the shares added up to one yen more.
        var amount = Money.Of(69_999_999_999_999_999_999_999_999_998m, Currency.JPY);
        var shares = amount.Split(3);
        Assert.Equal(amount, Money.Sum(shares, Currency.JPY));
        Assert.Equal([Money.Of(23_333_333_333_333_333_333_333_333_333m, Currency.JPY), Money.Of(23_333_333_333_333_333_333_333_333_333m, Currency.JPY), Money.Of(23_333_333_333_333_333_333_333_333_332m, Currency.JPY)], shares);
    }

    [Fact]
    public void Allocation_near_decimals_limit_gives_units_back_or_is_refused_but_never_miscounts()
    {
        // 42,544,206,256,765,961 × 10^12 yen by six equal ratios: 1/6 rounds up in decimal, the six floors overshoot the
        // amount by 4 yen, and the four smallest remainders give one back each.
        var big = Money.Of(42_544_206_256_765_961_000_000_000_000m, Currency.JPY);
        var shares = big.Allocate(1m, 1m, 1m, 1m, 1m, 1m);
        Assert.Equal(big, Money.Sum(shares, Currency.JPY));
        Assert.True(shares.Max(s => s.Amount) - shares.Min(s => s.Amount) <= 1m);

        // 7 × 10^28 yen by thirds: 1/3 rounds down, the floors fall 7 yen short with only 3 shares to take them.
        // That allocation cannot be done exactly in decimal: an OverflowException (as documented), not an index error.
        Assert.Throws<OverflowException>(() => Money.Of(70_000_000_000_000_000_000_000_000_000m, Currency.JPY).Allocate(1m, 1m, 1m));
        Assert.Throws<OverflowException>(() => Money.Of(-70_000_000_000_000_000_000_000_000_000m, Currency.JPY).Allocate(1m, 1m, 1m));
    }

    [DeepProperty]
    public Property Allocation_is_fair_to_the_unit_and_orders_leftovers_by_remainder() =>
        Prop.ForAll(Generators.Pair(Generators.AnyMoney, Generators.Ratios), t =>
        {
            var (money, ratios) = t;
            var shares = money.Allocate(ratios);
            var unit = money.Currency.MinorUnit;
            var units = Math.Abs(money.Amount) / unit;
            var sum = ratios.Sum();
            var ideals = ratios.Select(r => units * (r / sum)).ToArray();
            var got = shares.Select(s => Math.Abs(s.Amount) / unit).ToArray();
            for (var i = 0; i < shares.Length; i++)
            {
                // Each share is its ideal rounded down or up, never further, and carries the amount's sign.
                Assert.True(got[i] == decimal.Floor(ideals[i]) || got[i] == decimal.Floor(ideals[i]) + 1m, $"share {i}");
                Assert.True(shares[i].IsZero || shares[i].IsNegative == money.IsNegative);
                for (var j = 0; j < shares.Length; j++)
                {
                    // A share rounded up never has a smaller remainder than one rounded down.
                    var upI = got[i] > decimal.Floor(ideals[i]);
                    var upJ = got[j] > decimal.Floor(ideals[j]);
                    if (upI && !upJ)
                    {
                        var ri = ideals[i] - decimal.Floor(ideals[i]);
                        var rj = ideals[j] - decimal.Floor(ideals[j]);
                        Assert.True(ri > rj || (ri == rj && i < j), $"share {i} rounded up before share {j}");
                    }
                }
            }
        });
}
