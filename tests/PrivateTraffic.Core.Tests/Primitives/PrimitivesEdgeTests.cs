using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using Guard = Ardalis.GuardClauses.Guard;

namespace PrivateTraffic.Core.Tests.Primitives;

/// <summary>
/// The small primitives at their edges: currencies in order, the guards at both sides of each bound, time units by
/// name, quoted text cut at 32 characters, and parallel work that rethrows a part's own exception. Written against the
/// mutants Stryker left alive in these files (docs/quality.md).
/// </summary>
public sealed class PrimitivesEdgeTests
{
    [Fact]
    public void Currencies_are_ordered_by_their_code_and_every_operator_agrees_with_CompareTo()
    {
        foreach (var a in Currency.All)
        {
            foreach (var b in Currency.All)
            {
                var expected = Math.Sign(string.CompareOrdinal(a.Code, b.Code));
                Assert.Equal(expected, Math.Sign(a.CompareTo(b)));
                Assert.Equal(expected, Math.Sign(((IComparable)a).CompareTo(b)));
                Assert.Equal(expected < 0, a < b);
                Assert.Equal(expected <= 0, a <= b);
                Assert.Equal(expected > 0, a > b);
                Assert.Equal(expected >= 0, a >= b);
                Assert.Equal(expected == 0, a == b);
                Assert.Equal(expected != 0, a != b);
                Assert.Equal(expected == 0, a.Equals((object)b));
                Assert.Equal(expected == 0, a.GetHashCode() == b.GetHashCode());
            }
        }
    }

    [Fact]
    public void A_currency_compared_with_null_comes_after_and_with_another_type_is_refused()
    {
        IComparable cny = Currency.CNY;
        Assert.Equal(1, cny.CompareTo(null));
        Assert.Equal("obj", Assert.Throws<ArgumentException>(() => cny.CompareTo("CNY")).ParamName);
        Assert.False(Currency.CNY.Equals("CNY"));
    }

    [Theory]
    [InlineData("CNY", "0.01", "¥")]
    [InlineData("JPY", "1", "¥")]
    [InlineData("KWD", "0.001", "KD")]
    [InlineData("HKD", "0.01", "HK$")]
    public void A_currency_s_minor_unit_and_symbol(string code, string minorUnit, string symbol)
    {
        var currency = Currency.FromCode(code);
        Assert.Equal(decimal.Parse(minorUnit, CultureInfo.InvariantCulture), currency.MinorUnit);
        Assert.Equal(symbol, currency.Symbol);
        Assert.Equal(code, currency.ToString());
    }

    [Fact]
    public void Currency_codes_are_exact_upper_case_and_an_unknown_one_is_refused_with_the_known_list()
    {
        Assert.False(Currency.TryFromCode("cny", out var lower));
        Assert.Equal(Currency.CNY, lower);
        Assert.False(Currency.TryFromCode((string?)null, out _));
        Assert.False(Currency.TryFromCode("CNYX".AsSpan(), out _));
        Assert.True(Currency.TryFromCode("KWD".AsSpan(), out var kwd));
        Assert.Equal(Currency.KWD, kwd);
        Assert.Throws<ArgumentNullException>(() => Currency.FromCode(null!));
        var refused = Assert.Throws<ArgumentException>(() => Currency.FromCode("XXX"));
        Assert.Equal("code", refused.ParamName);
        Assert.Contains("CNY, USD, EUR", refused.Message, StringComparison.Ordinal);
        Assert.Contains("KWD", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_number_guards_hold_at_both_sides_of_each_bound_and_name_the_parameter()
    {
        var tiny = double.Epsilon;
        foreach (var bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            Assert.Equal("bad", Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.NotFinite(bad)).ParamName);
            Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.NegativeOrNotFinite(bad));
            Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.NotFinitePositive(bad));
            Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.OutsideUnitInterval(bad));
        }

        Assert.Equal(-1e300, Guard.Against.NotFinite(-1e300));
        Assert.Equal(0.0, Guard.Against.NegativeOrNotFinite(0.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.NegativeOrNotFinite(-tiny));
        Assert.Equal(tiny, Guard.Against.NotFinitePositive(tiny));
        Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.NotFinitePositive(0.0));
        Assert.Equal(0.0, Guard.Against.OutsideUnitInterval(0.0));
        Assert.Equal(1.0, Guard.Against.OutsideUnitInterval(1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.OutsideUnitInterval(-tiny));
        Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.OutsideUnitInterval(Math.BitIncrement(1.0)));

        Assert.Equal(0, Guard.Against.BelowZero(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.BelowZero(-1));
        Assert.Equal(1m, Guard.Against.ZeroOrBelow(1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.ZeroOrBelow(0m));
        Assert.Equal(3, Guard.Against.NotBetween(3, 3, 5));
        Assert.Equal(5, Guard.Against.NotBetween(5, 3, 5));
        var low = 2;
        Assert.Equal("low", Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.NotBetween(low, 3, 5)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.NotBetween(6, 3, 5));
    }

    [Fact]
    public void Unmet_throws_only_when_the_condition_fails_and_formats_its_message_only_then_in_the_invariant_culture()
    {
        Guard.Against.Unmet(true, "never", "p");
        Assert.Equal("p", Assert.Throws<ArgumentException>(() => Guard.Against.Unmet(false, "plain", "p")).ParamName);

        var counted = new CountingText();
        Guard.Against.Unmet(true, $"not formatted: {counted}", "p");
        Assert.Equal(0, counted.Calls);

        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var refused = Assert.Throws<ArgumentException>(() => Guard.Against.Unmet(false, $"rate {1.5} for {counted} at {0.25:P0}", "rate"));
            Assert.StartsWith("rate 1.5 for counted at 25", refused.Message, StringComparison.Ordinal);
            Assert.Equal("rate", refused.ParamName);
            Assert.Equal(1, counted.Calls);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData("days", "days", 1.0)]
    [InlineData("DAY", "days", 1.0)]
    [InlineData("Week", "weeks", 7.0)]
    [InlineData("weeks", "weeks", 7.0)]
    [InlineData("month", "months", 30.436875)]
    [InlineData("MONTHS", "months", 30.436875)]
    public void Time_units_parse_by_name_in_either_number_and_any_case(string text, string name, double days)
    {
        Assert.True(TimeUnit.TryParse(text, out var unit));
        Assert.Equal(name, unit.Name);
        Assert.Equal(name, unit.ToString());
        Assert.Equal(days, unit.DaysPerUnit, 12);
        Assert.Equal(unit, TimeUnit.Parse(text));
    }

    [Fact]
    public void Time_units_are_equal_only_to_themselves_and_convert_both_ways()
    {
        TimeUnit[] units = [TimeUnit.Days, TimeUnit.Weeks, TimeUnit.Months];
        foreach (var a in units)
        {
            foreach (var b in units)
            {
                var same = a.Name == b.Name;
                Assert.Equal(same, a == b);
                Assert.Equal(!same, a != b);
                Assert.Equal(same, a.Equals((object)b));
                Assert.Equal(same, a.GetHashCode() == b.GetHashCode());
            }
        }

        Assert.False(TimeUnit.TryParse(null, out var none));
        Assert.Equal(TimeUnit.Days, none);
        Assert.False(TimeUnit.Days.Equals("days"));
        Assert.Equal(-1.0, TimeUnit.Weeks.Between(new LocalDate(2026, 1, 8), new LocalDate(2026, 1, 1)), 12);
        Assert.Equal(Duration.FromDays(14), TimeUnit.Weeks.ToDuration(2));
        Assert.Equal(Duration.FromDays(365.2425), TimeUnit.Months.ToDuration(12));
        Assert.Equal("units", Assert.Throws<ArgumentOutOfRangeException>(() => TimeUnit.Days.ToDuration(double.NaN)).ParamName);
        Assert.Throws<ArgumentNullException>(() => TimeUnit.Parse(null!));
    }

    [Fact]
    public void Quoted_text_is_cut_after_32_characters()
    {
        var exactly = new string('x', 32);
        Assert.Equal(exactly, MessageText.Quote(exactly));
        Assert.Equal(exactly + "…", MessageText.Quote(exactly + "y"));
        Assert.Equal("null", MessageText.Quote(null));
        Assert.Equal(string.Empty, MessageText.Quote(string.Empty));
        Assert.Contains(exactly + "…", Assert.Throws<ArgumentException>(() => TimeUnit.Parse(exactly + "zzz")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_domain_rule_exception_keeps_its_code_message_and_cause()
    {
        var cause = new InvalidOperationException("cause");
        var ex = new DomainRuleException(DomainRuleCodes.PoolCapacityExceeded, "full", cause);
        Assert.Equal(DomainRuleCodes.PoolCapacityExceeded, ex.Code);
        Assert.Equal("full", ex.Message);
        Assert.Same(cause, ex.InnerException);
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => new DomainRuleException(null!, "m")).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => new DomainRuleException("", "m", cause)).ParamName);
    }

    [Fact]
    public void Parallel_work_runs_every_part_and_rethrows_a_part_s_own_exception_unwrapped()
    {
        var done = new int[64];
        ParallelWork.For(done.Length, i => Interlocked.Increment(ref done[i]));
        Assert.All(done, d => Assert.Equal(1, d));

        var refused = Assert.Throws<DomainRuleException>(() => ParallelWork.For(8, i =>
        {
            if (i == 5)
            {
                throw new DomainRuleException(DomainRuleCodes.PoolCapacityExceeded, "part 5");
            }
        }));
        Assert.Equal("part 5", refused.Message);
        Assert.Contains(nameof(Parallel_work_runs_every_part_and_rethrows_a_part_s_own_exception_unwrapped), refused.StackTrace, StringComparison.Ordinal);
    }

    private sealed class CountingText
    {
        public int Calls { get; private set; }

        public override string ToString()
        {
            Calls++;
            return "counted";
        }
    }
}
