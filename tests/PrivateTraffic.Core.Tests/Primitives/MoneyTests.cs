using FsCheck;
using System;
using System.Globalization;
using System.Linq;
using FsCheck.Fluent;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Primitives;

public sealed class MoneyTests
{
    private static readonly CultureInfo ZhCn = CultureInfo.GetCultureInfo("zh-CN");

    [Fact]
    public void Zh_cn_shows_the_yuan_sign_and_grouping()
    {
        Assert.Equal("¥1,234.50", Money.Yuan(1234.5m).ToString(null, ZhCn));
        Assert.Equal("-¥1,234.50", Money.Yuan(-1234.5m).ToString("C", ZhCn));
        Assert.Equal("1,234.50", Money.Yuan(1234.5m).ToString("N", ZhCn));
    }

    [Fact]
    public void The_round_trip_form_is_code_space_amount()
    {
        Assert.Equal("CNY 1234.50", Money.Yuan(1234.5m).ToString());
        Assert.Equal("JPY 250", Money.Of(250m, Currency.JPY).ToString());
        Assert.Equal("CNY 0.035", Money.Yuan(0.035m).ToString());
        Assert.Equal(Money.Yuan(-7.5m), Money.Parse("CNY -7.50"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("CNY")]
    [InlineData("CNY1.00")]
    [InlineData("cny 1.00")]
    [InlineData("XXX 1.00")]
    [InlineData("CNY 1,000.00")]
    [InlineData("CNY 1e3")]
    [InlineData("CNY +1")]
    [InlineData("CNY  1")]
    [InlineData("CNY 99999999999999999999999999999999")]
    public void Parse_refuses_anything_but_the_round_trip_form(string text)
    {
        Assert.False(Money.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Money.Parse(text));
    }

    [Fact]
    public void Default_is_zero_renminbi()
    {
        Assert.Equal(Money.Zero(Currency.CNY), default);
        Assert.Equal("CNY 0.00", default(Money).ToString());
    }

    [Fact]
    public void Mixing_currencies_is_an_argument_exception_naming_the_parameter()
    {
        var ex = Assert.Throws<ArgumentException>(() => Money.Yuan(1m) + Money.Of(1m, Currency.USD));
        Assert.Equal("other", ex.ParamName);
        Assert.Throws<ArgumentException>(() => Money.Yuan(1m) < Money.Of(1m, Currency.USD));
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => Money.Sum([Money.Yuan(1m), Money.Of(1m, Currency.JPY)], Currency.CNY)).ParamName);
    }

    [Fact]
    public void Split_conserves_every_fen() =>
        Assert.Equal([Money.Yuan(33.34m), Money.Yuan(33.33m), Money.Yuan(33.33m)], Money.Yuan(100m).Split(3));

    [Fact]
    public void Allocate_gives_the_leftover_fen_to_the_largest_remainder() =>
        // ¥0.05 by 1:1:1 → ideals 1.67, 1.67, 1.67 fen: two get 2 fen, one gets 1 fen, earliest first on ties.
        Assert.Equal([Money.Yuan(0.02m), Money.Yuan(0.02m), Money.Yuan(0.01m)], Money.Yuan(0.05m).Allocate(1m, 1m, 1m));

    [Fact]
    public void Allocating_a_negative_amount_mirrors_the_positive_one() =>
        Assert.Equal([Money.Yuan(-0.02m), Money.Yuan(-0.02m), Money.Yuan(-0.01m)], Money.Yuan(-0.05m).Allocate(1m, 1m, 1m));

    [Fact]
    public void Bad_allocations_are_refused_with_the_parameter_name()
    {
        Assert.Equal("ratios", Assert.Throws<ArgumentException>(() => Money.Yuan(1m).Allocate()).ParamName);
        Assert.Equal("ratios", Assert.Throws<ArgumentException>(() => Money.Yuan(1m).Allocate(1m, -1m)).ParamName);
        Assert.Equal("ratios", Assert.Throws<ArgumentException>(() => Money.Yuan(1m).Allocate(0m, 0m)).ParamName);
        Assert.Throws<ArgumentException>(() => Money.Yuan(0.005m).Split(2));
        Assert.Equal("parts", Assert.Throws<ArgumentOutOfRangeException>(() => Money.Yuan(1m).Split(0)).ParamName);
        Assert.Equal("divisor", Assert.Throws<ArgumentOutOfRangeException>(() => Money.Yuan(1m).Divide(0m, MidpointRounding.ToEven)).ParamName);
    }

    [Fact]
    public void Rounding_modes_are_named_and_honoured()
    {
        Assert.Equal(Money.Yuan(0.13m), Money.Yuan(0.125m).RoundToMinorUnit(MidpointRounding.AwayFromZero));
        Assert.Equal(Money.Yuan(0.12m), Money.Yuan(0.125m).RoundToMinorUnit(MidpointRounding.ToEven));
        Assert.Equal(Money.Of(3m, Currency.JPY), Money.Of(2.5m, Currency.JPY).RoundToMinorUnit(MidpointRounding.AwayFromZero));
        Assert.Equal(Money.Yuan(33.33m), Money.Yuan(100m).Divide(3m, MidpointRounding.ToEven));
        Assert.Equal(Money.Yuan(7.50m), Money.Yuan(30m).Multiply(0.25m, MidpointRounding.ToEven));
    }

    [Fact]
    public void From_double_is_the_named_boundary_and_refuses_nan()
    {
        Assert.Equal(Money.Yuan(1.23m), Money.FromDouble(1.2345, Currency.CNY, MidpointRounding.ToEven));
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromDouble(double.NaN, Currency.CNY, MidpointRounding.ToEven)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromDouble(1e30, Currency.CNY, MidpointRounding.ToEven));
    }

    [DeepProperty]
    public Property Addition_is_commutative_and_associative_within_a_currency() =>
        Prop.ForAll(Generators.Triple(Generators.AnyYuan, Generators.AnyYuan, Generators.AnyYuan), t =>
        {
            var (a, b, c) = t;
            return a + b == b + a && (a + b) + c == a + (b + c) && (a + b) - b == a && a - a == Money.Zero(a.Currency);
        });

    [DeepProperty]
    public Property Subtraction_undoes_addition_and_negation_is_an_involution() =>
        Prop.ForAll(Generators.Pair(Generators.AnyMoney, Generators.AnyMoney), t =>
        {
            var (a, b) = t;
            var b2 = Money.Of(b.Amount, a.Currency);
            return (a - b2) + b2 == a && -(-a) == a && a + (-a) == Money.Zero(a.Currency) && (a - b2) == -(b2 - a);
        });

    [DeepProperty]
    public Property Allocation_conserves_the_total_and_stays_within_a_minor_unit_of_the_ideal() =>
        Prop.ForAll(Generators.Pair(Generators.AnyMoney, Generators.Ratios), t =>
        {
            var (money, ratios) = t;
            var shares = money.Allocate(ratios);
            Assert.Equal(money, Money.Sum(shares, money.Currency));
            var sum = ratios.Sum();
            for (var i = 0; i < shares.Length; i++)
            {
                Assert.True(shares[i].IsWholeMinorUnits);
                var ideal = money.Amount * (ratios[i] / sum);
                Assert.True(Math.Abs(shares[i].Amount - ideal) < money.Currency.MinorUnit, $"share {i}: {shares[i]} vs ideal {ideal}");
            }
        });

    [Fact]
    public void Allocation_over_many_shares_is_also_exact_and_breaks_ties_by_position()
    {
        var equal = Enumerable.Repeat(1m, 40).ToArray();
        var shares = Money.Yuan(1.00m).Allocate(equal);   // 100 fen over 40 shares: 2.5 each
        Assert.Equal(Money.Yuan(1.00m), Money.Sum(shares, Currency.CNY));
        Assert.All(shares[..20], s => Assert.Equal(Money.Yuan(0.03m), s));
        Assert.All(shares[20..], s => Assert.Equal(Money.Yuan(0.02m), s));
        PropertyTest.ForAll(Generators.Pair(Generators.AnyMoney, Gen.Choose(33, 120).SelectMany(n => Gen.Choose(0, 1000).ArrayOf(n)).Where(a => a.Sum() > 0).ToArbitrary()), t =>
        {
            var (money, weights) = t;
            var ratios = weights.Select(w => (decimal)w).ToArray();
            Assert.Equal(money, Money.Sum(money.Allocate(ratios), money.Currency));
        });
    }

    [DeepProperty]
    public Property Split_conserves_the_total_and_shares_differ_by_at_most_one_minor_unit() =>
        Prop.ForAll(Generators.Pair(Generators.AnyMoney, Gen.Choose(1, 50).ToArbitrary()), t =>
        {
            var (money, parts) = t;
            var shares = money.Split(parts);
            Assert.Equal(parts, shares.Length);
            Assert.Equal(money, Money.Sum(shares, money.Currency));
            var amounts = shares.Select(s => s.Amount).ToArray();
            Assert.True(amounts.Max() - amounts.Min() <= money.Currency.MinorUnit);
        });

    [DeepProperty]
    public Property Rounding_to_the_minor_unit_is_idempotent_for_every_mode() =>
        Prop.ForAll(Generators.UnroundedMoney, money =>
        {
            foreach (var mode in Enum.GetValues<MidpointRounding>())
            {
                var once = money.RoundToMinorUnit(mode);
                Assert.True(once.IsWholeMinorUnits);
                Assert.Equal(once, once.RoundToMinorUnit(mode));
                Assert.True(Math.Abs(once.Amount - money.Amount) <= money.Currency.MinorUnit);
            }
        });

    [DeepProperty]
    public Property Parse_of_format_is_the_identity() =>
        Prop.ForAll(Generators.UnroundedMoney, money => Money.Parse(money.ToString()) == money);

    [DeepProperty]
    public Property Ordering_agrees_with_the_amount() =>
        Prop.ForAll(Generators.Pair(Generators.AnyYuan, Generators.AnyYuan), t =>
        {
            var (a, b) = t;
            return (a < b) == (a.Amount < b.Amount) && (a >= b) == (a.Amount >= b.Amount) && a.CompareTo(b) == a.Amount.CompareTo(b.Amount)
                && Money.Max(a, b) >= Money.Min(a, b);
        });

    [Fact]
    public void Equal_amounts_with_different_scales_are_equal_and_hash_alike()
    {
        Assert.Equal(Money.Yuan(1.5m), Money.Yuan(1.50m));
        Assert.Equal(Money.Yuan(1.5m).GetHashCode(), Money.Yuan(1.50m).GetHashCode());
        Assert.NotEqual(Money.Yuan(1m), Money.Of(1m, Currency.USD));
    }

    [DeepProperty]
    public Property Minor_units_round_trip() =>
        Prop.ForAll(Generators.AnyMoney, money => Money.FromMinorUnits(money.ToMinorUnits(), money.Currency) == money);
}
