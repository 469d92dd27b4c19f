using FsCheck;
using System;
using FsCheck.Fluent;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Primitives;

public sealed class ProbabilityTests
{
    private static bool InUnitInterval(Probability p) => p.Value is >= 0.0 and <= 1.0;

    [Theory]
    [InlineData(-0.0001)]
    [InlineData(1.0001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Values_outside_the_unit_interval_are_refused(double value)
    {
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => Probability.From(value)).ParamName);
        Assert.False(Probability.TryFrom(value, out _));
    }

    [Fact]
    public void The_department_store_funnel_composes_to_four_in_a_thousand()
    {
        // 10% pass the counter, 20% of those ask, 20% of those buy: 0.1 × 0.2 × 0.2 = 0.004 (20 of 5,000).
        var buy = Probability.FromPercent(10) * Probability.FromPercent(20) * Probability.FromPercent(20);
        Assert.Equal(20.0, buy.ExpectedOf(5000), 9);
        Assert.Equal(Probability.From(0.2), Probability.FromRatio(100, 500));
    }

    [DeepProperty]
    public Property Every_operation_stays_in_the_unit_interval() =>
        Prop.ForAll(Generators.Triple(Generators.Probabilities, Generators.Probabilities, Gen.Choose(0, 400).ToArbitrary()), t =>
        {
            var (p, q, n) = t;
            return InUnitInterval(p.Complement) && InUnitInterval(p.And(q)) && InUnitInterval(p.Or(q))
                && InUnitInterval(p.Repeated(n)) && InUnitInterval(p.AtLeastOnceIn(n))
                && p.And(q) <= p && p.Or(q) >= p && p.Complement.Complement.Value == 1.0 - (1.0 - p.Value)
                && p.ExpectedOf(1000) <= 1000;
        });

    [DeepProperty]
    public Property Composition_is_commutative_and_or_is_the_complement_of_both_failing() =>
        Prop.ForAll(Generators.Pair(Generators.Probabilities, Generators.Probabilities), t =>
        {
            var (p, q) = t;
            return p.And(q) == q.And(p) && Math.Abs(p.Or(q).Value - p.Complement.And(q.Complement).Complement.Value) < 1e-15;
        });

    [DeepProperty]
    public Property Text_round_trips() =>
        Prop.ForAll(Generators.Probabilities, p => Probability.Parse(p.ToString()) == p);

    [Fact]
    public void Percent_format_uses_the_culture() =>
        Assert.Equal("20.0%", Probability.From(0.2).ToString("P1", System.Globalization.CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal));
}
