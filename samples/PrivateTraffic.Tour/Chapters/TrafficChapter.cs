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
        string Yuan(Money m) => m.ToString(null, zh);
        Tour.Heading("2. Traffic 流量: rented public traffic 公域 vs owned private traffic 私域");
        foreach (var channel in new[] { TrafficChannels.Taobao, TrafficChannels.DepartmentStoreCounter, TrafficChannels.PersonalWeChat, TrafficChannels.WeComGroup, TrafficChannels.Sms })
        {
            Console.WriteLine($"  {channel}");
        }

        // The department-store counter (article 003): 5,000 visitors, 10% pass, 20% ask, 20% buy.
        var counter = Funnel.StartWith("visitors").Then("pass the counter", Probability.FromPercent(10))
            .Then("ask", Probability.FromPercent(20)).Then("buy and leave details", Probability.FromPercent(20));
        var fees = PublicCostModel.None(Currency.CNY).WithFixedFees(Money.Yuan(2000m));
        Console.WriteLine("  assumed: the counter's fees are ¥2,000 a day");
        var store = fees.CostOf(counter, 5000);
        Console.WriteLine($"Counter funnel 专柜漏斗 (article 003): {string.Join(" → ", store.Run.People)}; {Yuan(store.CostPerConversion!.Value)} per kept customer");

        // Taobao's customer acquisition cost 获客成本 (article 003).
        var budget = Money.Yuan(30_000m);
        Console.WriteLine($"Taobao CAC (article 003): 2013 ¥30 buys {TrafficEconomics.CustomersFor(budget, Money.Yuan(30m)):N0} customers with {Yuan(budget)} (assumed budget); 2017 ¥250 buys {TrafficEconomics.CustomersFor(budget, Money.Yuan(250m)):N0}");

        // Supermarket vs pool (article 004): about 10,000 people a day, or 10,000 fans reached by one free post.
        var supermarket = fees.CostOf(counter, 10_000);
        var publicPrice = supermarket.CostPerConversion!.Value;
        Console.WriteLine($"Supermarket 商超 (article 004, 10,000 a day) through the counter's rates: {supermarket.Run.Converted} buyers, {Yuan(publicPrice)} each");
        Console.WriteLine("  assumed: ¥5 capture gift per fan, ¥3,000 setup, one operator at ¥6,000 a month (¥0.60 per fan per month),");
        Console.WriteLine("  assumed: one post a day for 90 days converting 0.4% of non-buyers (the counter's rate), 1% repurchase, 0.2% leaving, ¥40 margin a sale");
        var pool = PrivatePoolCostModel.Create(Money.Yuan(5m), Money.Yuan(3000m), Money.Yuan(0.60m), Money.Yuan(0m),
            Probability.FromPercent(0.4), Probability.FromPercent(0.2), Probability.FromPercent(1));
        var fans = TrafficEconomics.Compare(TrafficScenario.Create(10_000, pool, publicPrice, 90, TimeUnit.Days, Money.Yuan(40m)));
        Console.WriteLine($"Pool of 10,000 fans 私域: {Yuan(fans.Curve[0].PrivateCost)} on day 1, {fans.Conversions:N0} sales for {Yuan(fans.PrivateCost)} over 90 days ({Yuan(fans.PrivateCostPerConversion!.Value)} a sale)");
        Console.WriteLine($"Cost crossover 成本交叉点 (a sale from the pool cheaper than a bought one): day {fans.Crossover.Reach}; payback 回本 (margin covers cost): {fans.Payback?.Days} days.");
        Console.WriteLine("See samples/TrafficCosting and docs/concepts/traffic.md.");
    }
}
