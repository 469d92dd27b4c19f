using System.Globalization;
using NodaTime;
using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using Spectre.Console;

namespace Fission;

/// <summary>The free-lesson campaign, section by section.</summary>
internal static class FreeLesson
{
    // Article 002: share with 2 friends, hear one lesson free.
    private const int Friends = 2;

    // Assumed (the articles give none of these).
    private const double Conversion = 0.6;
    private const int Seeds = 200;
    private const int Market = 100_000;
    private const int Generations = 30;
    private const int Runs = 1_000;
    private const int Seed = 2024;
    private static readonly Duration Cycle = Duration.FromDays(3);
    private static readonly Money LessonCost = Money.Yuan(9.90m);
    private static readonly Money Budget = Money.Yuan(60_000m);

    // Article 003: Taobao's customer acquisition cost.
    private static readonly Money Taobao2013 = Money.Yuan(30m);
    private static readonly Money Taobao2017 = Money.Yuan(250m);

    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");

    private static ViralGrowthModel Model { get; } =
        ViralGrowthModel.Create(Seeds, Friends, Probability.From(Conversion), Cycle, Generations, cap: Market);

    private static string Yuan(Money m) => m.ToString(null, Zh);

    public static void Assumptions()
    {
        AnsiConsole.Write(new Rule("[bold]Fission 裂变: share with 2 friends, hear one lesson free[/]").LeftJustified());
        AnsiConsole.MarkupLine($"article 002: each participant shares with [bold]{Friends}[/] friends");
        AnsiConsole.MarkupLine("article 003: Taobao's CAC was about ¥30 a customer in 2013 and ¥250 in 2017");
        AnsiConsole.MarkupLine($"[grey]assumed: {Conversion * 100:0}% of invited friends join (so K = {Model.K:0.##}); {Seeds} seed users; a cycle of {Cycle.Days} days[/]");
        AnsiConsole.MarkupLine($"[grey]assumed: an addressable market of {Market:N0}; {Generations} generations; {Runs:N0} Monte Carlo runs, seed {Seed}[/]");
        AnsiConsole.MarkupLine($"[grey]assumed: a lesson costs the school {Yuan(LessonCost)}; the campaign's budget is {Yuan(Budget)}[/]");
        AnsiConsole.WriteLine();
    }

    public static void GrowthCurve()
    {
        var expected = Model.ExpectedCurve();
        var bands = ViralSimulation.Run(Model, Runs, Seed).Bands();
        var table = new Table().Border(TableBorder.Rounded).Title("Members after each generation (expected, and the 5–95% band of the runs)");
        table.AddColumns("gen", "day", "expected", "P5", "median", "P95", "");
        const int Width = 40;
        for (var g = 0; g <= Generations; g += 2)
        {
            var b = bands[g];
            var low = (int)(b.P5 / Market * Width);
            var mid = (int)(b.P50 / Market * Width);
            var high = (int)(b.P95 / Market * Width);
            var bar = new string('█', low) + new string('▓', Math.Max(0, mid - low)) + new string('░', Math.Max(0, high - mid));
            table.AddRow(
                g.ToString(CultureInfo.InvariantCulture), (g * Cycle.Days).ToString(CultureInfo.InvariantCulture),
                expected[g].ToString("N0", CultureInfo.InvariantCulture), b.P5.ToString("N0", CultureInfo.InvariantCulture),
                b.P50.ToString("N0", CultureInfo.InvariantCulture), b.P95.ToString("N0", CultureInfo.InvariantCulture), $"[green]{bar}[/]");
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"Without a cap the total would grow without end (K > 1); with the market of {Market:N0} it levels off near {expected[Generations]:N0}: z ≈ 1 − e^(−K·z).");
        AnsiConsole.WriteLine();
    }

    public static void CampaignAgainstTaobao()
    {
        var campaign = RunCampaign(out var refused);
        var cost = FissionEconomics.CostOf(campaign);
        var table = new Table().Border(TableBorder.Rounded).Title("One seeded run, credited through the campaign's rules");
        table.AddColumns("", "");
        table.AddRow("new members attributed", cost.Acquired.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("friends refused (already members: only new members count)", refused.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("free lessons unlocked (paid)", Yuan(cost.PaidToReferrers));
        table.AddRow("cost per new member", cost.CostPerMember is { } each ? Yuan(each) : "-");
        table.AddRow("campaign ended", campaign.EndReason?.ToString() ?? "no, budget left: " + Yuan(campaign.Remaining));
        foreach (var (year, cac) in new[] { ("2013", Taobao2013), ("2017", Taobao2017) })
        {
            var bought = cost.ComparedWith(cac);
            table.AddRow($"bought on Taobao at {Yuan(cac)} ({year})", $"{Yuan(bought.BoughtCost)} (saving {Yuan(bought.Saving)})");
        }

        AnsiConsole.Write(table);
        AnsiConsole.WriteLine();
    }

    public static void Checklist()
    {
        var campaign = Launch();
        var plan = new FissionPlan(
            Platform: "assumed: the school's official account and its WeChat groups",
            Creativity: null,
            FunAndSatisfaction: "assumed: the lesson unlocks the moment the second friend joins",
            Technology: "assumed: a poster with a personal tracking code");
        var table = new Table().Border(TableBorder.Rounded).Title("Success factors (article 002): a checklist, not arithmetic");
        table.AddColumns("factor", "met", "finding");
        foreach (var f in FissionChecklist.Assess(campaign, plan))
        {
            table.AddRow(f.Factor.ToString(), f.Met ? "[green]yes[/]" : "[red]no[/]", Markup.Escape(f.Finding));
        }

        AnsiConsole.Write(table);
    }

    private static FissionCampaign Launch() => FissionCampaign.Launch(
        CampaignId.From("free-lesson"), "Share with 2 friends, hear one lesson free", ReferralMechanic.BenefitUnlock, "one free lesson",
        RewardRules.BenefitUnlock(Friends, LessonCost), Budget, Instant.FromUtc(2024, 3, 1, 0, 0), DomainEventId.From("launch"),
        Enumerable.Range(0, Seeds).Select(i => MemberId.From("seed-" + i)));

    // Member by member: each participant shares with 2 friends; a friend joins with the assumed conversion, and is
    // already a member with the share of the market already in (then the campaign refuses them: not new).
    private static FissionCampaign RunCampaign(out int refused)
    {
        var random = new Random(Seed);
        var campaign = Launch();
        var queue = new Queue<(MemberId Member, int Generation)>(campaign.Definition.SeedUsers.Select(m => (m, 0)));
        var start = campaign.Definition.At;
        var next = 0;
        refused = 0;
        while (queue.Count > 0 && !campaign.IsEnded)
        {
            var (member, generation) = queue.Dequeue();
            if (generation >= Generations)
            {
                continue;
            }

            for (var f = 0; f < Friends && !campaign.IsEnded; f++)
            {
                if (random.NextDouble() >= Conversion)
                {
                    continue;
                }

                var inAlready = random.NextDouble() < (double)(Seeds + campaign.Referred) / Market;
                var friend = MemberId.From("m-" + next++);
                var at = start + (Cycle * (generation + 1));
                try
                {
                    var decision = campaign.DecideReferral(member, friend, Max(at, campaign.LatestAt), DomainEventId.From("r-" + next), alreadyMember: inAlready);
                    campaign.Apply(decision);
                    queue.Enqueue((friend, generation + 1));
                }
                catch (DomainRuleException ex) when (ex.Code == DomainRuleCodes.FissionNotNewMember)
                {
                    refused++;
                }
            }
        }

        return campaign;
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;
}
