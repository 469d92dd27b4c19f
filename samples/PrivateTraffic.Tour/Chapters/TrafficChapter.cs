using System.Globalization;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Traffic;

namespace PrivateTraffic.Tour;

/// <summary>Public traffic (公域流量) against private traffic (私域流量), with the articles' figures.</summary>
internal static class TrafficChapter
{
    public static void Show()
    {
        var zh = CultureInfo.GetCultureInfo("zh-CN");
        Tour.Heading("2. Traffic 流量: rented public traffic 公域 vs owned private traffic 私域");
        foreach (var channel in new[] { TrafficChannels.Taobao, TrafficChannels.DepartmentStoreCounter, TrafficChannels.PersonalWeChat, TrafficChannels.Sms })
        {
            Console.WriteLine($"  {channel}");
        }

        // The department-store counter (article 003). The ¥2,000 of daily fees is an assumption.
        var funnel = Funnel.StartWith("visitors").Then("pass the counter", Probability.FromPercent(10))
            .Then("ask", Probability.FromPercent(20)).Then("buy and leave details", Probability.FromPercent(20));
        var costing = PublicCostModel.None(Currency.CNY).WithFixedFees(Money.Yuan(2000m)).CostOf(funnel, 5000);
        Console.WriteLine($"Counter funnel 专柜漏斗: {string.Join(" → ", costing.Run.People)}; {costing.CostPerConversion?.ToString(null, zh)} per kept customer");

        // Taobao's customer acquisition cost 获客成本 (article 003): what ¥30,000 buys.
        var budget = Money.Yuan(30_000m);
        Console.WriteLine($"Taobao CAC: 2013 ¥30 buys {TrafficEconomics.CustomersFor(budget, Money.Yuan(30m)):N0}; 2017 ¥250 buys {TrafficEconomics.CustomersFor(budget, Money.Yuan(250m)):N0}");

        // Mall vs community (article 004): 10,000 visitors a day, or 10,000 fans reached by one free post.
        // Assumed: ¥5,000 of fees and 2% buying at the mall; 3% buying and 1% unfollowing after the post.
        var mall = PublicCostModel.None(Currency.CNY).WithFixedFees(Money.Yuan(5000m))
            .CostOf(Funnel.StartWith("visitors").Then("buyers", Probability.FromPercent(2)), 10_000);
        var post = TrafficEconomics.Compare(TrafficScenario.Create(
            10_000,
            PrivatePoolCostModel.Create(Money.Yuan(0m), Money.Yuan(0m), Money.Yuan(0m), Money.Yuan(0m), Probability.FromPercent(3), Probability.FromPercent(1)),
            mall.CostPerConversion!.Value,
            reaches: 1,
            reachEvery: TimeUnit.Days));
        Console.WriteLine($"Mall day 商场: {mall.Run.Converted} buyers for {mall.Total.ToString(null, zh)}; one post 一条朋友圈: {post.Conversions:N0} for {post.PrivateCost.ToString(null, zh)} (bought: {post.PublicCost.ToString(null, zh)})");
        Console.WriteLine($"Breakeven 盈亏平衡: {post.Crossover}. See samples/TrafficCosting and docs/concepts/traffic.md.");
    }
}
