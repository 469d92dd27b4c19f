using System.Globalization;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Tour;

/// <summary>Customer value: the three values, the 271 layering and RFM, on a handful of customers.</summary>
internal static class ValueChapter
{
    public static void Show()
    {
        var inv = CultureInfo.InvariantCulture;
        Tour.Heading("4. 客户价值 Customer value: realized, potential, model");
        var end = new LocalDate(2024, 6, 30);
        var names = new[] { "张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴" };
        var log = new PurchaseLog();
        for (var i = 0; i < names.Length; i++)
        {
            // Customer i buys (i + 1) times, a fortnight apart, 100 yuan each time with 40% margin.
            for (var k = 0; k <= i; k++)
            {
                log.Add(MemberId.From(names[i]), new LocalDate(2024, 1, 1).PlusDays(14 * k + i), Money.Yuan(100m), Money.Yuan(40m));
            }
        }

        var summaries = CustomerSummaries.Summarize(log, end, TimeUnit.Weeks);
        var first = summaries[9];
        Console.WriteLine(string.Create(inv, $"Summary of {first.Customer}: x = {first.Frequency} repeat purchases, t_x = {first.Recency:0.00}, T = {first.Age:0.00} weeks, mean repeat spend {first.MeanRepeatSpend:G}"));
        var realized = RealizedValue.Of(ValueBasis.Margin, end);
        Console.WriteLine($"既成价值 realized margin of the base: {realized.Total(log, Currency.CNY).ToString("G", inv)}");

        // 模型价值: 张 brought 王 and 李 in, and was paid a 20 yuan red packet for it.
        var graph = ReferralGraph.From([Referral.Of(MemberId.From("张"), MemberId.From("王")), Referral.Of(MemberId.From("张"), MemberId.From("李"))]);
        var own = realized.ByCustomer(log, Currency.CNY);
        var model = ModelValue.Attribute(graph, own, new Dictionary<MemberId, Money> { [MemberId.From("张")] = Money.Yuan(20m) }, Currency.CNY);
        Console.WriteLine($"模型价值 model value of 张 (referees' margin − reward): {model[MemberId.From("张")].ToString("G", inv)}");

        var ids = summaries.Customers.ToArray();
        var totals = ids.Select(id => own[id] + model.GetValueOrDefault(id, Money.Yuan(0m))).ToArray();
        var tiers = TierLayering.Assign(ids, totals);
        Console.WriteLine("271 分层: " + string.Join("  ", Enum.GetValues<ValueTier>().Select(t =>
            $"{t} {string.Concat(ids.Where((_, i) => tiers[i] == t).Select(id => id.Value))}")));
        var rfm = RfmScore.ScoreAll(summaries);
        Console.WriteLine($"RFM of {ids[9]}: {rfm[9]} → {RfmSegmentNames.Chinese(rfm[9].Segment)} ({RfmSegmentNames.English(rfm[9].Segment)}); of {ids[0]}: {rfm[0]} → {RfmSegmentNames.Chinese(rfm[0].Segment)}");
        Console.WriteLine("潜在价值 potential value comes from a fitted BG/NBD + Gamma-Gamma model: see the value-models chapter.");
    }
}
