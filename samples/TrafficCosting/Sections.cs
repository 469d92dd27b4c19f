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

    private static void Article(string number, string text) => AnsiConsole.MarkupLine($"[blue]article {number}:[/] {Markup.Escape(text)}");

    private static string Day(CostCrossover crossover) => crossover.Reach is { } day ? $"day {day}" : crossover.ToString();

    private static void Assumed(string text) => AnsiConsole.MarkupLine($"[grey]assumed:[/] {Markup.Escape(text)}");

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
        Article("003", "a department store sees 5,000 people a day; 10% pass the counter, 20% of them ask, 20% of those buy and leave details");
        var fees = PublicCostModel.None(Currency.CNY).WithFixedFees(WorkedExample.CounterFeesPerDay);
        Assumed($"the counter's rent, booth and management fees and utilities come to {Yuan(WorkedExample.CounterFeesPerDay)} a day");
        var costing = fees.CostOf(WorkedExample.Counter, 5000);
        var table = new Table().AddColumns("Stage", "Expected", "People", "Cost per person", "Spent on those who stopped here");
        var stages = WorkedExample.Counter.Stages;
        for (var i = 0; i < stages.Count; i++)
        {
            table.AddRow(
                stages[i],
                costing.Run.Expected[i].ToString("N1", Zh),
                costing.Run.People[i].ToString("N0", Zh),
                Yuan(costing.CostPerPersonAt(i)),
                Yuan(costing.CostByLastStage[i]));
        }

        AnsiConsole.Write(table);
        var chart = new BarChart().Label("People at each stage").Width(70);
        for (var i = 0; i < stages.Count; i++)
        {
            chart.AddItem(stages[i], costing.Run.People[i], Color.SteelBlue);
        }

        AnsiConsole.Write(chart);
        AnsiConsole.MarkupLine($"A day's fees of {Yuan(costing.Total)} keep the details of only {costing.Run.Converted} customers: {Yuan(costing.CostPerConversion)} each.");
        AnsiConsole.WriteLine();
    }

    /// <summary>Taobao's customer acquisition cost, 2013 and 2017 (article 003).</summary>
    public static void TaobaoCac()
    {
        Title("Taobao customer acquisition cost 淘宝获客成本 (article 003)");
        Article("003", "Taobao's CAC was about ¥30 a customer in 2013 and ¥250 in 2017");
        var budget = Money.Yuan(30_000m);
        Assumed($"a budget of {Yuan(budget)}");
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

    /// <summary>A supermarket's footfall against a pool of fans reached by a daily post (articles 003 and 004).</summary>
    public static void SupermarketVersusPool()
    {
        Title("Supermarket vs pool 商超 vs 私域流量池 (articles 003 and 004)");
        Article("004", "a mid-size supermarket in a third-tier city sees about 10,000 people a day");
        Article("004", "an account with 10,000 fans reaches them with one post, at no charge");
        Article("003", "of a store's footfall, 10% pass a counter, 20% of them ask, 20% of those buy");
        foreach (var assumption in WorkedExample.Assumptions(Yuan))
        {
            Assumed(assumption);
        }

        var day = WorkedExample.SupermarketDay;
        var publicPrice = day.CostPerConversion!.Value;
        var comparison = TrafficEconomics.Compare(WorkedExample.PoolAgainst(publicPrice));
        AnsiConsole.MarkupLine($"A day at the counter: {string.Join(" → ", day.Run.People.Select(p => p.ToString("N0", Zh)))} buyers for {Yuan(day.Total)}: {Yuan(publicPrice)} a buyer.");
        AnsiConsole.MarkupLine($"The pool before its first post: {Yuan(WorkedExample.BeforeTheFirstPost)} (capture gifts and setup), then one free post a day and the operator's salary.");

        var table = new Table().AddColumns("Day", "Sales, pool", "Cost, pool", "Cost per sale, pool", "Same sales bought at the counter", "Pool margin − cost");
        foreach (var point in comparison.Curve.Where(p => p.Reach is 1 or 7 or 14 or 21 or 27 or 28 or 35 or 36 or 60 or 90))
        {
            var perSale = point.PrivateCostPerConversion ?? double.PositiveInfinity;
            var net = WorkedExample.MarginPerSale.ToDouble() * point.Conversions - point.PrivateCost.ToDouble();
            table.AddRow(
                point.Reach.ToString(Zh),
                point.Conversions.ToString("N0", Zh),
                Yuan(point.PrivateCost),
                perSale < publicPrice.ToDouble() ? $"[green]¥{perSale:N2}[/]" : $"[red]¥{perSale:N2}[/]",
                Yuan(point.PublicCost),
                net >= 0 ? $"[green]{net.ToString("¥#,0", Zh)}[/]" : $"[red]{net.ToString("−¥#,0;−¥#,0", Zh)}[/]");
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"Cost crossover 成本交叉点: [bold]{Day(comparison.Crossover)}[/]. From then on a sale grown in the pool has cost less, on average, than one bought at the counter ({Yuan(publicPrice)}).");
        AnsiConsole.MarkupLine($"Payback 回本: [bold]{comparison.Payback?.Days.ToString(Zh) ?? "never"} days[/]. By then the pool's margin ({Yuan(WorkedExample.MarginPerSale)} a sale) has covered everything it cost.");
        AnsiConsole.MarkupLine($"A buyer bought at the counter costs {Yuan(publicPrice)} and brings {Yuan(WorkedExample.MarginPerSale)}: the bought sale never pays for itself, whatever the day.");

        // The same pool against Taobao's CAC (article 003): the crossover moves with the price of a bought customer, payback does not.
        foreach (var (year, cac) in new[] { ("2013", Money.Yuan(30m)), ("2017", Money.Yuan(250m)) })
        {
            var against = TrafficEconomics.Compare(WorkedExample.PoolAgainst(cac));
            AnsiConsole.MarkupLine($"Against Taobao's {year} CAC of {Yuan(cac)}: crossover {Day(against.Crossover)}, payback after {against.Payback?.Days.ToString(Zh) ?? "never"} days.");
        }

        AnsiConsole.WriteLine();
    }

    /// <summary>How the cost crossover moves with conversion and capture cost (a slice of the sensitivity surface).</summary>
    public static void Sensitivity()
    {
        Title("Sensitivity 敏感性分析: crossover day by conversion per post × capture gift");
        Assumed("every other figure is the worked example's above (supermarket price, staff, setup, repurchase, attrition, 90 daily posts)");
        var day = WorkedExample.SupermarketDay;
        var scenario = WorkedExample.PoolAgainst(day.CostPerConversion!.Value);
        var grid = SensitivityGrid.Create(
            [Probability.FromPercent(0.1), Probability.FromPercent(0.2), Probability.FromPercent(0.4), Probability.FromPercent(1)],
            [WorkedExample.AttritionPerPost],
            [Money.Yuan(0m), Money.Yuan(5m), Money.Yuan(10m), Money.Yuan(20m)]);
        var surface = TrafficEconomics.Sweep(scenario, grid);
        var table = new Table().AddColumn("Conversion per post");
        foreach (var capture in grid.CaptureCosts)
        {
            table.AddColumn("capture gift " + Yuan(capture));
        }

        for (var c = 0; c < grid.Conversions.Count; c++)
        {
            var row = new List<string> { grid.Conversions[c].ToString("P1", Zh) };
            for (var m = 0; m < grid.CaptureCosts.Count; m++)
            {
                row.Add(surface.CrossoverAt(c, 0, m).Reach is { } crossover ? $"day {crossover}" : "[red]never[/]");
            }

            table.AddRow([.. row]);
        }

        AnsiConsole.Write(table);
    }
}
