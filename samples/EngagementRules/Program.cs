// Engagement rules (articles 002–004): "when, and whom, I decide". A year of a fashion brand's WeCom pool is valued,
// each member is seen as one flat view, the articles' rules (a JSON file other teams can change without a release)
// decide what to do, and the reach planner answers every proposed touch with allow, defer or deny and the reason.
// Then one new member's SOP calendar: the counter's free sample and seven days of moments posts (article 003).
// Run with `dotnet run --project samples/EngagementRules`. Everything is seeded; every default is printed as assumed.
using EngagementRules;
using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Value;
using Spectre.Console;

var asOfDay = new LocalDate(2026, 11, 30);
var asOf = SimulatedPool.At(asOfDay, 10);
var sim = SimulatedPool.Run();
var pool = sim.Pool;

AnsiConsole.Write(new Rule("[bold]1. The rules, loaded and compiled from JSON[/]").LeftJustified());
// Loading validates and compiles every rule: a misspelt field or a type mismatch fails here, with its JSON path.
var rules = PrivateTrafficJson.Deserialize<EngagementRuleSet>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "articles-rules.json")));
foreach (var rule in rules.Rules)
{
    AnsiConsole.MarkupLine($"  {rule.Priority,5}  [bold]{Markup.Escape(rule.Id)}[/]: {Markup.Escape(rule.Name)}{(rule.StopProcessing ? " [grey](stops lower rules)[/]" : "")}");
}

AnsiConsole.MarkupLine("[grey]Assumed (the articles give no numbers): 30 quiet days as dormant, P(alive) ≥ 0.2 worth a coupon, a ¥20 coupon.[/]");

AnsiConsole.Write(new Rule("[bold]2. Each member as one view: pool + value + community[/]").LeftJustified());
// Assumed: the articles fit no model, so CDNOW's published BG/NBD and Gamma-Gamma fits stand in for this brand's.
var purchases = BgNbdParameters.Create(0.243, 4.414, 0.793, 2.426, TimeUnit.Weeks);
var valuation = PoolValuation.Score(
    PoolValueInputs.From(pool, pool.PendingEvents), asOfDay, purchases, GammaGammaParameters.Create(6.25, 3.74, 15.44),
    LifetimeValueHorizon.Create(12, TimeUnit.Months, 0.01),
    TierPolicy.Create("bands", [
        TierPolicyRule.For(ValueTier.Top, null, TierAction.Of("one-to-one", "一对一维护")),
        TierPolicyRule.For(ValueTier.Middle, null, TierAction.Of("nurture", "朋友圈与社群培育")),
        TierPolicyRule.For(ValueTier.Bottom, null, TierAction.Of("low-touch", "低成本群发")),
    ]));
var cards = valuation.Cards.ToDictionary(c => c.Customer);
var summaries = valuation.Summaries;
var pAlive = new Dictionary<MemberId, Probability>();
for (var i = 0; i < summaries.Count; i++)
{
    pAlive[summaries.Customers[i]] = Probability.From(purchases.ProbabilityAlive(summaries.Frequency[i], summaries.TimeOfLastPurchase[i], summaries.Age[i]));
}

// Assumed group statistics for the last 30 days: the members' group holds a weekly activity and talks; the deals group
// only receives two promotions a day (the articles' carrots group).
var health = new Dictionary<ChannelId, GroupHealth>
{
    [SimulatedPool.MembersGroup] = GroupHealthMonitor.Assess(Days(d => GroupDayStats.Create(d, 72, 20, 60, 8, activitiesHeld: d.DayOfWeek == IsoDayOfWeek.Saturday ? 1 : 0))).Health,
    [SimulatedPool.DealsGroup] = GroupHealthMonitor.Assess(Days(d => GroupDayStats.Create(d, 38, 1, 2, 2))).Health,
};
var statusRule = MemberStatusRule.Create(Duration.FromDays(30));
var views = pool.Members.Where(m => m.LeftAt is null).Select(m => MemberView.Build(pool, m.Id, asOf,
    cards.GetValueOrDefault(m.Id), statusRule, pAlive.TryGetValue(m.Id, out var p) ? p : null,
    sim.LastPurchase.TryGetValue(m.Id, out var last) ? last : null, sim.Groups, health)).ToList();
AnsiConsole.MarkupLine($"{views.Count} members seen at {asOf}; group health: members' group [bold]{health[SimulatedPool.MembersGroup]}[/], deals group [bold]{health[SimulatedPool.DealsGroup]}[/].");
AnsiConsole.MarkupLine("[grey]Assumed: CDNOW's published fits (BG/NBD r 0.243, α 4.414, a 0.793, b 2.426; Gamma-Gamma p 6.25, q 3.74, γ 15.44), 12 months at 1% a month; the groups' 30-day statistics.[/]");

AnsiConsole.Write(new Rule("[bold]3. Decisions with their reasons[/]").LeftJustified());
var evaluations = views.Select(rules.Evaluate).ToList();
var fired = new Table().AddColumns("rule", "fired for", "stopped by a higher rule");
foreach (var rule in rules.Rules)
{
    fired.AddRow(Markup.Escape(rule.Id),
        evaluations.Count(e => e.Fired.Contains(rule)).ToString(),
        evaluations.Count(e => e.Decisions.Any(d => d.Rule == rule && d.Outcome == RuleOutcome.Stopped)).ToString());
}

AnsiConsole.Write(fired);
foreach (var example in new[] { evaluations.First(e => e.Fired.Count > 1), evaluations.First(e => e.Decisions.Any(d => d.Outcome == RuleOutcome.Stopped)) })
{
    AnsiConsole.MarkupLine($"Why, for [bold]{example.Member}[/]:");
    foreach (var decision in example.Decisions.Where(d => d.Outcome != RuleOutcome.NotMet || d.Rule.Priority >= 800))
    {
        AnsiConsole.MarkupLine($"  {decision.Outcome,-9} {Markup.Escape(decision.Rule.Id)}: {Markup.Escape(decision.Trace?.Explanation ?? "not evaluated")}");
    }
}

// The columnar batch gives the same answers with nothing allocated per member (the path for millions).
var columns = MemberViewColumns.From(asOf, Currency.CNY, views);
var masks = new ulong[views.Count * rules.MaskWords];
rules.EvaluateBatch(columns, masks);
var agree = Enumerable.Range(0, views.Count).All(row => Enumerable.Range(0, rules.Rules.Count)
    .All(k => rules.HasFired(masks, row, k) == evaluations[row].Fired.Contains(rules.Rules[k])));
AnsiConsole.MarkupLine($"The columnar batch over the same {views.Count} views fires [bold]{(agree ? "the same rules" : "different rules")}[/].");

AnsiConsole.Write(new Rule("[bold]4. The reach planner: allow, defer or deny[/]").LeftJustified());
var history = new ReachHistory(pool.Members.Select(m => ContactProfile.Of(m)));
var planner = new ReachPlanner(ReachPolicy.Assumed);
var proposed = evaluations.SelectMany(e => e.ProposedTouches()).ToList();
var decisions = planner.Plan(proposed, history);
var outcomes = new Table().AddColumns("answer", "reason", "touches", "example");
foreach (var group in decisions.Select((d, i) => (d, i)).GroupBy(x => (x.d.Kind, x.d.Reason)).OrderBy(g => g.Key.Kind))
{
    var (d, i) = group.First();
    outcomes.AddRow(group.Key.Kind.ToString(), group.Key.Reason.ToString(), group.Count().ToString(), Markup.Escape($"{proposed[i].Member} ({proposed[i].Origin}): {Local(d)}"));
}

AnsiConsole.Write(outcomes);
AnsiConsole.MarkupLine("[grey]Assumed: ReachPolicy.Assumed (quiet hours, caps, gap, cooldowns, fatigue and WeCom's limits, each listed in docs/concepts/reach.md).[/]");

AnsiConsole.Write(new Rule("[bold]5. One new member's SOP: the counter's free sample and 7 days of moments[/]").LeftJustified());
var newcomer = MemberId.From("m-newcomer");
var capturedAt = SimulatedPool.At(asOfDay, 16, 30);
pool.Capture(newcomer, SimulatedPool.Counter, capturedAt, sim.NextId(), tags: ["free-sample"]);
pool.GrantConsent(newcomer, ConsentPurpose.Marketing, SimulatedPool.WeCom, capturedAt, sim.NextId());
var sop = SopLibrary.CounterSampleSevenDayMoments(SimulatedPool.WeCom, accountKind: ChannelKind.WeComContact);
var run = SopRun.Start(sop, newcomer, SimulatedPool.Shanghai, capturedAt);
var sopDecisions = planner.Plan(run.Touches.ToList(), new ReachHistory([ContactProfile.Of(pool.Find(newcomer)!)]));
var calendar = new Table().AddColumns("day", "local time", "mode", "content", "planner");
foreach (var (step, decision) in run.Schedule.Zip(sopDecisions))
{
    calendar.AddRow(step.Local.Date.ToString("ddd dd MMM", null), step.Local.TimeOfDay.ToString("HH:mm", null), step.Step.Mode.ToString(), step.Step.Content.ToString(), Markup.Escape(Local(decision)));
}

AnsiConsole.Write(calendar);
AnsiConsole.MarkupLine("The SOP asks for a post a day; the assumed policy's weekly cap and fatigue push the later posts out. Either the SOP or the policy must give way, and the planner says which rule binds.");
var marks = sop.CheckHitMarks();
AnsiConsole.MarkupLine($"The five marks of a hit (有认知, 门槛低, 痛点, 刚需, 高频): the plan carries {marks.PlanMarks}; missing {marks.PlanMissing}.");
var bought = run.Progress(SopMemberFacts.Create([SopFact.Purchased(capturedAt.Plus(Duration.FromDays(3)))]), capturedAt.Plus(Duration.FromDays(8)));
AnsiConsole.MarkupLine($"If they buy on day 3, the SOP is [bold]{bought.Outcome}[/] at {bought.ExitAt?.InZone(SimulatedPool.Shanghai).LocalDateTime:yyyy-MM-dd HH:mm}: " +
    $"{bought.Due.Count} posts went out before, {bought.Skipped.Count} are skipped.");
AnsiConsole.MarkupLine($"[grey]Assumed (article 003 gives no schedule): one moments post a day on days 1–7 at {SopLibrary.CounterSampleAssumedPostingTime}, results on odd days and promotions on even days; ContentMarks.Assumed.[/]");

AnsiConsole.Write(new Rule("[bold]6. Two delivery modes, and why daily is not seven times weekly[/]").LeftJustified());
// Assumed: 2% of seen marketing messages convert; moments posts are seen with DeliveryModel.AssumedMomentsVisibility.
var model = new DeliveryModel(Probability.From(0.02), FatigueModel.Assumed);
var start = asOf;
Instant[] Every(int days, int count) => [.. Enumerable.Range(0, count).Select(k => start.Plus(Duration.FromDays(days * k)))];
foreach (var mode in new[] { DeliveryMode.DirectMessage, DeliveryMode.MomentsPost })
{
    var daily = model.Expect(mode, Every(1, 28));
    var weekly = model.Expect(mode, Every(7, 4));
    AnsiConsole.MarkupLine($"  {mode,-14} 28 daily touches: {daily.ExpectedConversions:F3} expected conversions; 4 weekly: {weekly.ExpectedConversions:F3} ({daily.ExpectedConversions / weekly.ExpectedConversions:F1}×, not 7×)");
}

AnsiConsole.MarkupLine($"[grey]Assumed: 2% of seen messages convert; moments visibility {model.MomentsVisibility}; fatigue half-life {FatigueModel.Assumed.HalfLife.TotalDays} days.[/]");

// A decision in the members' zone: what a clerk reads.
static string Local(ReachDecision d) => d.Kind switch
{
    ReachDecisionKind.Allow => $"allow at {d.At.InZone(SimulatedPool.Shanghai).LocalDateTime:MM-dd HH:mm}",
    ReachDecisionKind.Defer => $"defer to {d.At.InZone(SimulatedPool.Shanghai).LocalDateTime:MM-dd HH:mm} ({d.Reason})",
    _ => $"deny ({d.Reason})",
};

static IReadOnlyList<GroupDayStats> Days(Func<LocalDate, GroupDayStats> day) =>
    [.. Enumerable.Range(0, 30).Select(i => day(new LocalDate(2026, 10, 31).PlusDays(i)))];
