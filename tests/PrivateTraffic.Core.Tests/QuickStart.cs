using System;
using System.Globalization;
using System.Linq;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Tests;

/// <summary>README's quick start, line for line (README drops the System and System.Linq usings it gets implicitly).</summary>
internal static class QuickStart
{
    public static void Run()
    {
        // begin quick start
        // The department-store counter (article 003): 5,000 visitors a day, 10% pass the counter,
        // 20% of those stop to ask, 20% of those buy and leave their details.
        var buys = Probability.FromPercent(10) * Probability.FromPercent(20) * Probability.FromPercent(20);
        Console.WriteLine($"{buys.ExpectedOf(5_000)} customers a day keep in touch"); // 20

        // Taobao's acquisition cost rose from about ¥30 a customer (2013) to about ¥250 (2017).
        var budget = Money.Yuan(30_000m);
        Console.WriteLine($"2013: {budget.Amount / 30m} customers, 2017: {budget.Amount / 250m} customers");

        // Money is exact: sharing ¥100 among three clerks loses no fen.
        var shares = Money.Yuan(100m).Split(3);   // ¥33.34, ¥33.33, ¥33.33
        Console.WriteLine(string.Join(" + ", shares.Select(s => s.ToString(null, CultureInfo.GetCultureInfo("zh-CN")))));

        // Every contract is strict, source-generated JSON.
        var json = PrivateTrafficJson.Serialize(shares[0]);  // {"amount":"33.34","currency":"CNY"}
        Money back = PrivateTrafficJson.Deserialize<Money>(json);
        // end quick start
        Assert.Equal(shares[0], back);
        Assert.Equal(20.0, buys.ExpectedOf(5_000), 9);
    }
}
