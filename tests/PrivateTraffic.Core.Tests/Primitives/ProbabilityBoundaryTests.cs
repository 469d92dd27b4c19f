using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Primitives;

/// <summary>
/// Probability at its edges: the ends of [0, 1] (and of [0, 100] for percentages) are in, the next number out is
/// out; each operation gives the number its formula names; order, equality and text agree with the value.
/// </summary>
public sealed class ProbabilityBoundaryTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.Epsilon)]
    [InlineData(0.25)]
    public void Both_ends_of_the_unit_interval_are_valid(double value)
    {
        Assert.Equal(value, Probability.From(value).Value);
        Assert.True(Probability.TryFrom(value, out var p));
        Assert.Equal(value, p.Value);
        Assert.True(Probability.TryParse(value.ToString("R", CultureInfo.InvariantCulture), out var parsed));
        Assert.Equal(value, parsed.Value);
    }

    [Theory]
    [InlineData(-double.Epsilon)]
    [InlineData(1.0000000000000002)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.NaN)]
    public void The_next_number_beyond_either_end_is_refused(double value)
    {
        Assert.False(Probability.TryFrom(value, out var p));
        Assert.Equal(Probability.Zero, p);
        Assert.Throws<ArgumentOutOfRangeException>(() => Probability.From(value));
    }

    [Fact]
    public void Percentages_span_zero_to_one_hundred_inclusive()
    {
        Assert.Equal(0.0, Probability.FromPercent(0).Value);
        Assert.Equal(1.0, Probability.FromPercent(100).Value);
        Assert.Equal(0.2, Probability.FromPercent(20).Value);
        Assert.Equal(0.001, Probability.FromPercent(0.1).Value);
        foreach (var bad in new[] { -1e-9, 100.000001, double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            Assert.Equal("percent", Assert.Throws<ArgumentOutOfRangeException>(() => Probability.FromPercent(bad)).ParamName);
        }
    }

    [Fact]
    public void A_ratio_needs_a_positive_whole_and_a_part_inside_it()
    {
        Assert.Equal(0.0, Probability.FromRatio(0, 7).Value);
        Assert.Equal(1.0, Probability.FromRatio(7, 7).Value);
        Assert.Equal(0.25, Probability.FromRatio(1, 4).Value);
        Assert.Equal(1.0 / 3.0, Probability.FromRatio(1, 3).Value);
        Assert.Equal("whole", Assert.Throws<ArgumentOutOfRangeException>(() => Probability.FromRatio(0, 0)).ParamName);
        Assert.Equal("whole", Assert.Throws<ArgumentOutOfRangeException>(() => Probability.FromRatio(0, -1)).ParamName);
        Assert.Equal("part", Assert.Throws<ArgumentOutOfRangeException>(() => Probability.FromRatio(-1, 5)).ParamName);
        Assert.Equal("part", Assert.Throws<ArgumentOutOfRangeException>(() => Probability.FromRatio(6, 5)).ParamName);
    }

    [Fact]
    public void Each_operation_gives_the_number_its_formula_names()
    {
        var p = Probability.From(0.5);
        var q = Probability.From(0.25);
        Assert.Equal(0.5, p.Complement.Value);
        Assert.Equal(0.75, q.Complement.Value);
        Assert.Equal(1.0, Probability.Zero.Complement.Value);
        Assert.Equal(0.0, Probability.One.Complement.Value);
        Assert.Equal(0.125, p.And(q).Value);
        Assert.Equal(0.125, (p * q).Value);
        Assert.Equal(0.625, p.Or(q).Value);                      // 1 − 0.5 × 0.75
        Assert.Equal(0.625, q.Or(p).Value);
        Assert.Equal(0.25, q.Or(Probability.Zero).Value);
        Assert.Equal(0.25, Probability.Zero.Or(q).Value);
        Assert.Equal(1.0, Probability.One.Or(q).Value);
        Assert.Equal(0.125, p.Repeated(3).Value);
        Assert.Equal(1.0, q.Repeated(0).Value);
        Assert.Equal(0.875, p.AtLeastOnceIn(3).Value);           // 1 − 0.5³
        Assert.Equal(0.0, p.AtLeastOnceIn(0).Value);
        Assert.Equal(25.0, q.ExpectedOf(100));
        Assert.Equal(0.0, q.ExpectedOf(0));
        Assert.Equal("times", Assert.ThrowsAny<ArgumentException>(() => p.Repeated(-1)).ParamName);
        Assert.Equal("times", Assert.ThrowsAny<ArgumentException>(() => p.AtLeastOnceIn(-1)).ParamName);
        Assert.Equal("population", Assert.ThrowsAny<ArgumentException>(() => p.ExpectedOf(-1)).ParamName);
        Assert.Equal("population", Assert.ThrowsAny<ArgumentException>(() => p.ExpectedOf(double.NaN)).ParamName);
    }

    [DeepProperty]
    public Property Or_is_one_minus_both_failing_and_never_below_either() =>
        Prop.ForAll(Generators.Pair(Generators.Probabilities, Generators.Probabilities), t =>
        {
            var (p, q) = t;
            var or = p.Or(q);
            return Math.Abs(or.Value - (1.0 - ((1.0 - p.Value) * (1.0 - q.Value)))) < 1e-15
                && or >= p && or >= q && or == q.Or(p) && p.Or(Probability.Zero) == p && p.Or(Probability.One) == Probability.One;
        });

    [DeepProperty]
    public Property Order_equality_and_hash_agree_with_the_value() =>
        Prop.ForAll(Generators.Pair(Generators.Probabilities, Generators.Probabilities), t =>
        {
            var (p, q) = t;
            var sign = Math.Sign(p.Value.CompareTo(q.Value));
            return Math.Sign(p.CompareTo(q)) == sign
                && Math.Sign(((IComparable)p).CompareTo(q)) == sign
                && (p < q) == (sign < 0) && (p <= q) == (sign <= 0) && (p > q) == (sign > 0) && (p >= q) == (sign >= 0)
                && (p == q) == (sign == 0) && (p != q) == (sign != 0) && p.Equals((object)q) == (sign == 0)
                && (sign != 0 || p.GetHashCode() == q.GetHashCode());
        });

    [Fact]
    public void Equal_probabilities_are_ordered_as_equal_at_the_boundary()
    {
        var p = Probability.From(0.3);
        var same = Probability.From(0.3);
        Assert.False(p < same);
        Assert.True(p <= same);
        Assert.False(p > same);
        Assert.True(p >= same);
        Assert.Equal(0, p.CompareTo(same));
        Assert.True(Probability.From(0.2) < p && !(p < Probability.From(0.2)));
        Assert.True(p > Probability.From(0.2) && !(Probability.From(0.2) > p));
    }

    [Fact]
    public void Comparing_with_an_object_puts_null_first_and_refuses_other_types()
    {
        IComparable p = Probability.From(0.4);
        Assert.Equal(1, p.CompareTo(null));
        Assert.Equal(0, p.CompareTo(Probability.From(0.4)));
        Assert.True(p.CompareTo(Probability.From(0.5)) < 0);
        Assert.Equal("obj", Assert.Throws<ArgumentException>(() => p.CompareTo(0.4)).ParamName);
        Assert.False(Probability.From(0.4).Equals(0.4));
        Assert.False(Probability.From(0.4).Equals(null));
        Assert.Equal(Probability.From(0.4).GetHashCode(), Probability.From(0.4).GetHashCode());
        Assert.NotEqual(Probability.From(0.4).GetHashCode(), Probability.From(0.6).GetHashCode());
    }

    [Fact]
    public void Text_is_the_invariant_number_and_parse_refuses_the_rest()
    {
        Assert.Equal("0.2", Probability.From(0.2).ToString());
        Assert.Equal("0.2", Probability.From(0.2).ToString(null, null));
        Assert.Equal("0,2", Probability.From(0.2).ToString(null, CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal("0.20", Probability.From(0.2).ToString("F2", null));
        Assert.Equal(Probability.From(0.5), Probability.Parse("0.5"));
        Assert.Equal(Probability.From(0.5), Probability.Parse("5e-1"));
        Assert.False(Probability.TryParse(null, out var none));
        Assert.Equal(Probability.Zero, none);
        Assert.Throws<ArgumentNullException>(() => Probability.Parse(null!));
        foreach (var bad in new[] { "", "x", "1.5", "-0.1", "NaN", "0,5" })
        {
            Assert.False(Probability.TryParse(bad, out var p));
            Assert.Equal(Probability.Zero, p);
            Assert.Throws<FormatException>(() => Probability.Parse(bad));
        }
    }

    [Fact]
    public void No_culture_means_the_invariant_culture_not_the_current_one()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            Assert.Equal("0.25", Probability.From(0.25).ToString(null, null));
            Assert.Equal("0.25", Probability.From(0.25).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Zero_is_the_default_and_one_is_certain()
    {
        Assert.Equal(default, Probability.Zero);
        Assert.Equal(0.0, Probability.Zero.Value);
        Assert.Equal(1.0, Probability.One.Value);
    }
}
