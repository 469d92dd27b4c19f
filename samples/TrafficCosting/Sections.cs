using System.Globalization;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Traffic;
using Spectre.Console;

namespace TrafficCosting;

internal static class Sections
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");

    private static string Yuan(Money money) => money.ToString(null, Zh);

    private static string Yuan(Money? money) => money is { } m ? Yuan(m) : "—";

    private static void Title(string text) => AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(text)}[/]").LeftJustified());

    /// <summary>The channel catalogue: public or private is derived from four traits, not set by hand.</summary>
    public static void Channels()
    {
        Title("Channels 流量渠道: public 公域 or private 私域, derived from the traits");
        var table = new Table().AddColumns("Channel", "中文", "Owner", "Who decides reach", "Pricing", "Reuse", "Kind");
        foreach (var c in TrafficChannels.All)
        {
            table.AddRow(c.Name, c.ChineseName, c.Owner.ToString(), c.ReachControl.ToString(), c.Pricing.ToString(), c.Reuse.ToString(),
                c.IsPrivate ? "[green]private 私域[/]" : "[yellow]public 公域[/]");
        }

        AnsiConsole.Write(table);
    }

    /// <summary>The department-store counter (article 003): 5,000 visitors, 10%, 20%, 20%.</summary>
    public static void DepartmentStoreFunnel()
    {
        Title("Department-store funnel 商场专柜转化漏斗 (article 003)");
        var funnel = Funnel.StartWith("visitors 客流")
            .Then("pass the counter 经过专柜", Probability.FromPercent(10))
            .Then("stop to ask 咨询", Probability.FromPercent(20))
            .Then("buy, leave details 购买并留资", Probability.FromPercent(20));

        // Assumed: the counter's rent, booth and management fees and utilities come to ¥2,000 a day.
        var fees = PublicCostModel.None(Currency.CNY).WithFixedFees(Money.Yuan(2000m));
        var costing = fees.CostOf(funnel, 5000);
        var table = new Table().AddColumns("Stage", "Expected", "People", "Cost per person", "Spent on those who stopped here");
        for (var i = 0; i < funnel.Stages.Count; i++)
        {
            table.AddRow(
                funnel.Stages[i],
                costing.Run.Expected[i].ToString("N1", Zh),
                costing.Run.People[i].ToString("N0", Zh),
                Yuan(costing.CostPerPersonAt(i)),
                Yuan(costing.CostByLastStage[i]));
        }

        AnsiConsole.Write(table);
        var chart = new BarChart().Label("People at each stage").Width(70);
        for (var i = 0; i < funnel.Stages.Count; i++)
        {
            chart.AddItem(funnel.Stages[i], costing.Run.People[i], Color.SteelBlue);
        }

        AnsiConsole.Write(chart);
        AnsiConsole.MarkupLine($"A day's fees of {Yuan(costing.Total)} keep the details of only {costing.Run.Converted} customers: {Yuan(costing.CostPerConversion)} each.");
        AnsiConsole.WriteLine();
    }

    /// <summary>Taobao's customer acquisition cost, 2013 and 2017 (article 003).</summary>
    public static void TaobaoCac()
    {
        Title("Taobao customer acquisition cost 淘宝获客成本 (article 003)");
        var budget = Money.Yuan(30_000m);
        (string Year, Money Cac)[] years = [("2013", Money.Yuan(30m)), ("2017", Money.Yuan(250m))];
        var table = new Table().AddColumns("Year", "CAC 获客成本", $"Customers {Yuan(budget)} buys");
        var chart = new BarChart().Label($"Customers bought with {Yuan(budget)}").Width(70);
        foreach (var (year, cac) in years)
        {
            var customers = TrafficEconomics.CustomersFor(budget, cac);
            table.AddRow(year, Yuan(cac), customers.ToString("N0", Zh));
            chart.AddItem(year, customers, year == "2013" ? Color.Green : Color.Red);
        }

        AnsiConsole.Write(table);
        AnsiConsole.Write(chart);
        AnsiConsole.WriteLine();
    }

    /// <summary>A supermarket's footfall against a community account's fans (article 004).</summary>
    public static void MallVersusPool()
    {
        Title("Mall vs community 商场 vs 社群 (article 004)");

        // Article: about 10,000 visitors a day. Assumed: ¥5,000 of fees a day and 2% of visitors buying.
        var supermarket = PublicCostModel.None(Currency.CNY).WithFixedFees(Money.Yuan(5000m))
            .CostOf(Funnel.StartWith("visitors").Then("buyers", Probability.FromPercent(2)), 10_000);
        var publicPrice = supermarket.CostPerConversion!.Value;

        // Article: 10,000 fans reached by one post at no charge. Assumed: 3% buy, 1% unfollow after the post.
        var onePost = TrafficScenario.Create(
            10_000,
            PrivatePoolCostModel.Create(Money.Yuan(0m), Money.Yuan(0m), Money.Yuan(0m), Money.Yuan(0m), Probability.FromPercent(3), Probability.FromPercent(1)),
            publicPrice,
            reaches: 1,
            reachEvery: TimeUnit.Days);
        var post = TrafficEconomics.Compare(onePost);

        var table = new Table().AddColumns("", "Supermarket day 商场一天", "One post to 10,000 fans 一条朋友圈");
        table.AddRow("People reached", "10,000", "10,000");
        table.AddRow("Conversions", supermarket.Run.Converted.ToString("N0", Zh), post.Conversions.ToString("N0", Zh));
        table.AddRow("Cost", Yuan(supermarket.Total), Yuan(post.PrivateCost));
        table.AddRow("Cost of the post's conversions if bought", "", Yuan(post.PublicCost));
        AnsiConsole.Write(table);

        // The honest version: the fans had to be captured first (a ¥5 free sample each), and the pool costs staff.
        var year = TrafficScenario.Create(
            10_000,
            PrivatePoolCostModel.Create(
                capturePerMember: Money.Yuan(5m),
                setup: Money.Yuan(3000m),
                runningPerMemberPerMonth: Money.Yuan(0.2m),
                costPerReach: Money.Yuan(0m),
                conversionPerReach: Probability.FromPercent(2),
                attritionPerReach: Probability.FromPercent(2),
                repurchasePerReach: Probability.FromPercent(10)),
            publicPrice,
            reaches: 52,
            reachEvery: TimeUnit.Weeks,
            valuePerConversion: Money.Yuan(40m));
        var comparison = TrafficEconomics.Compare(year);
        var chart = new BarChart().Label("Cumulative cost per conversion, private pool (¥) vs public ¥" + publicPrice.Amount.ToString("N0", Zh)).Width(70);
        foreach (var point in comparison.Curve.Where(p => p.Reach is 1 or 2 or 4 or 8 or 13 or 26 or 52))
        {
            var perConversion = point.PrivateCostPerConversion ?? 0.0;
            chart.AddItem($"week {point.Reach}", Math.Round(perConversion, 2), perConversion < publicPrice.ToDouble() ? Color.Green : Color.Red);
        }

        AnsiConsole.Write(chart);
        AnsiConsole.MarkupLine($"Captured pool, weekly posts for a year: breakeven 盈亏平衡 at [bold]{comparison.Crossover}[/], payback 回本 after {comparison.Payback?.ToString() ?? "never"}, " +
            $"LTV/CAC {comparison.LtvToCac?.ToString("N1", Zh) ?? "—"}, private CAC {Yuan(comparison.PrivateCac)} vs public {Yuan(publicPrice)}.");
        AnsiConsole.WriteLine();
    }

    /// <summary>How breakeven moves with conversion and capture cost (a slice of the sensitivity surface).</summary>
    public static void Sensitivity()
    {
        Title("Sensitivity 敏感性分析: breakeven week by conversion × capture cost (attrition 2%)");
        var pool = PrivatePoolCostModel.Create(Money.Yuan(5m), Money.Yuan(3000m), Money.Yuan(0.2m), Money.Yuan(0m), Probability.FromPercent(2), Probability.FromPercent(2), Probability.FromPercent(10));
        var scenario = TrafficScenario.Create(10_000, pool, Money.Yuan(25m), 52, TimeUnit.Weeks);
        var grid = SensitivityGrid.Create(
            [Probability.FromPercent(0.5), Probability.FromPercent(1), Probability.FromPercent(2), Probability.FromPercent(5)],
            [Probability.FromPercent(2)],
            [Money.Yuan(0m), Money.Yuan(5m), Money.Yuan(10m), Money.Yuan(20m)]);
        var surface = TrafficEconomics.Sweep(scenario, grid);
        var table = new Table().AddColumn("Conversion per reach");
        foreach (var capture in grid.CaptureCosts)
        {
            table.AddColumn("capture " + Yuan(capture));
        }

        for (var c = 0; c < grid.Conversions.Count; c++)
        {
            var row = new List<string> { grid.Conversions[c].ToString("P1", Zh) };
            for (var m = 0; m < grid.CaptureCosts.Count; m++)
            {
                row.Add(surface.CrossoverAt(c, 0, m).Reach is { } week ? $"week {week}" : "[red]never[/]");
            }

            table.AddRow([.. row]);
        }

        AnsiConsole.Write(table);
    }
}
