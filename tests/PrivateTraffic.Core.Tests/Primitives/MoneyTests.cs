using System;
using System.Globalization;
using System.Linq;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Primitives;

public sealed class MoneyTests
{
    [Fact]
    public void Zh_cn_shows_the_yuan_sign_and_grouping() =>
        Assert.Equal("¥1,234.50", Money.Yuan(1234.5m).ToString(null, CultureInfo.GetCultureInfo("zh-CN")));

    [Fact]
    public void Split_conserves_every_fen() =>
        Assert.Equal([Money.Yuan(33.34m), Money.Yuan(33.33m), Money.Yuan(33.33m)], Money.Yuan(100m).Split(3));

    [Fact]
    public void Addition_is_commutative_and_associative_within_a_currency() =>
        PropertyTest.ForAll(Generators.Triple(Generators.AnyYuan, Generators.AnyYuan, Generators.AnyYuan), t =>
        {
            var (a, b, c) = t;
            return a + b == b + a && (a + b) + c == a + (b + c) && (a + b) - b == a;
        });

    [Fact]
    public void Allocation_conserves_the_total_and_stays_within_a_minor_unit_of_the_ideal() =>
        PropertyTest.ForAll(Generators.Pair(Generators.AnyMoney, Generators.Ratios), t =>
        {
            var (money, ratios) = t;
            var shares = money.Allocate(ratios);
            Assert.Equal(money, Money.Sum(shares, money.Currency));
            var sum = ratios.Sum();
            for (var i = 0; i < shares.Length; i++)
            {
                var ideal = money.Amount * (ratios[i] / sum);
                Assert.True(Math.Abs(shares[i].Amount - ideal) < money.Currency.MinorUnit, $"share {i}: {shares[i]} vs ideal {ideal}");
            }
        });
}
