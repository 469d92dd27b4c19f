using FsCheck;
using FsCheck.Fluent;
using System;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Primitives;

public sealed class CurrencyTests
{
    [Theory]
    [InlineData("CNY", 2)]
    [InlineData("USD", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KWD", 3)]
    public void Minor_units_follow_iso_4217(string code, int minorUnits) =>
        Assert.Equal(minorUnits, Currency.FromCode(code).MinorUnits);

    [Fact]
    public void Default_is_the_renminbi() => Assert.Equal(Currency.CNY, default);

    [Fact]
    public void An_unknown_code_is_refused_not_guessed()
    {
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => Currency.FromCode("XBT")).ParamName);
        Assert.Throws<ArgumentNullException>(() => Currency.FromCode(null!));
        Assert.False(Currency.TryFromCode("cny", out _));
    }

    [DeepProperty]
    public Property Every_known_currency_round_trips_through_its_code() =>
        Prop.ForAll(Generators.Currencies, c => Currency.FromCode(c.Code) == c && c.ToString() == c.Code);
}
