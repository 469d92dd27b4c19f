// The counter-to-WeChat case (article 003): a department-store counter invites the ~100 people a day who stop to
// ask to add the clerk's personal WeChat for a free sample, instead of keeping only the ~20 who buy on the spot.
// Run with `dotnet run --project samples/PoolLifecycle`. Everything is seeded, so every run prints the same.
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Value;
using Spectre.Console;

var shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
var random = new Random(2017);
var clerk = ChannelId.From("wechat-personal:clerk-li");
var counter = ChannelId.From("counter-sample");
var referral = ChannelId.From("friend-referral");
var eventNumber = 0;
DomainEventId NextId() => DomainEventId.From($"e{++eventNumber}");
Instant At(LocalDate day, int hour, int minute = 0) => day.At(new LocalTime(hour, minute)).InZoneLeniently(shanghai).ToInstant();

var opened = new LocalDate(2024, 3, 1);
var pool = PrivatePool.Open(PoolId.From("brand-a-counter"), "Brand A (department-store counter)", clerk,
    ChannelKind.PersonalWeChat, ["prospects", "customers"], At(opened, 9), NextId());

// Four counter days, one a month: ~100 askers each take a free sample and add the clerk (潜客, prospects).
var members = new List<MemberId>();
for (var month = 0; month < 4; month++)
{
    var day = opened.PlusMonths(month);
    var askers = 95 + random.Next(11);
    for (var i = 0; i < askers; i++)
    {
        var member = MemberId.From($"m{members.Count + 1:0000}");
        pool.Capture(member, counter, At(day, 10 + (i / 12), i % 60), NextId(), tags: ["free-sample"]);
        if (random.NextDouble() < 0.9)
        {
            pool.GrantConsent(member, ConsentPurpose.Marketing, clerk, At(day, 10 + (i / 12), i % 60), NextId());
        }

        members.Add(member);
    }

    // Over the next 7 days they see curated moments posts (朋友圈); about one in five orders (首购).
    foreach (var member in members.Skip(members.Count - askers))
    {
        var buyDay = day.PlusDays(1 + random.Next(7));
        if (random.NextDouble() < 0.6)
        {
            pool.RecordInteraction(member, "moments-like", At(day.PlusDays(1), 20), NextId());
        }

        if (random.NextDouble() < 0.2)
        {
            pool.RecordPurchase(member, "skincare", Money.Yuan(199m), At(buyDay, 21), NextId());
            pool.Move(member, "customers", At(buyDay, 21, 5), NextId());
        }
    }
}

// The following weeks: some buyers come back (复购), some try another category (多品类), some bring a friend (裂变),
// and a few delete the clerk (流失).
var buyers = pool.Members.Where(m => m.PurchaseCount > 0).Select(m => m.Id).ToList();
var later = new LocalDate(2024, 7, 10);
foreach (var buyer in buyers)
{
    var roll = random.NextDouble();
    if (roll < 0.45)
    {
        pool.RecordPurchase(buyer, roll < 0.15 ? "makeup" : "skincare", Money.Yuan(159m), At(later, 20), NextId());
    }

    if (roll < 0.12)
    {
        var friend = MemberId.From($"m{members.Count + 1:0000}");
        pool.Capture(friend, referral, At(later.PlusDays(1), 12), NextId(), referredBy: new(buyer));
        members.Add(friend);
    }
}

foreach (var member in members.Where((_, i) => i % 23 == 0))
{
    pool.Leave(member, LeaveReason.Left, At(later.PlusDays(2), 9), NextId());
}

// A daily review at the end of September marks those who have gone quiet (沉睡).
pool.Review(At(new LocalDate(2024, 9, 30), 23), NextId());

AnsiConsole.Write(new Rule("[bold]私域流量池: counter → clerk's WeChat[/]"));
var stream = new Table().Title("The event stream (first of each kind)").AddColumns("event", "at (Asia/Shanghai)", "member", "detail");
// One event of each kind, in the order they first happened.
foreach (var e in pool.PendingEvents.GroupBy(e => e.GetType()).Select(g => g.First()).OrderBy(e => e.At))
{
    var detail = e switch
    {
        MemberCaptured c => $"captured from {c.Source} into {c.SubPool}",
        PurchaseRecorded p => $"bought {p.Category} for {p.Amount}",
        StageChanged s => $"{s.From} → {s.To}",
        MemberMoved m => $"{m.From} → {m.To}",
        InteractionRecorded x => x.Kind,
        ConsentGranted g => $"{g.Purpose} on {g.Channel}",
        MemberReferred r => $"brought by {r.Referrer}",
        MemberLeft l => l.Reason.ToString(),
        _ => string.Empty,
    };
    var member = e is MemberEvent me ? me.Member.Value : string.Empty;
    stream.AddRow(e.GetType().Name, e.At.InZone(shanghai).ToString("yyyy-MM-dd HH:mm", null), member, Markup.Escape(detail));
}

AnsiConsole.Write(stream);
AnsiConsole.MarkupLine($"[grey]… {pool.PendingEvents.Count:N0} events in all; the pool is their fold.[/]");

var metrics = pool.Measure(opened, new LocalDate(2024, 9, 30), shanghai);
AnsiConsole.MarkupLine($"Captured [bold]{metrics.Captures}[/] ({string.Join(", ", metrics.CapturesBySource.Select(p => $"{p.Key}: {p.Value}"))}), " +
    $"present now [bold]{metrics.SizeAtEnd}[/], leave rate 退出率 {metrics.LeaveRate:P1}, repurchase rate 复购率 {metrics.RepurchaseRate:P1}.");

var stageNames = new Dictionary<LifecycleStage, string>
{
    [LifecycleStage.Prospect] = "潜客 prospect",
    [LifecycleStage.FirstPurchase] = "首购 first purchase",
    [LifecycleStage.Repeat] = "复购 repeat",
    [LifecycleStage.CrossCategory] = "多品类 cross-category",
    [LifecycleStage.Advocate] = "裂变 advocate",
    [LifecycleStage.Dormant] = "沉睡 dormant",
    [LifecycleStage.Churned] = "流失 churned",
};
var chart = new BarChart().Label("[bold]Stage distribution on 2024-09-30[/]").Width(70);
foreach (var (stage, count) in metrics.StageDistribution)
{
    chart.AddItem(stageNames[stage], count, Color.SteelBlue);
}

AnsiConsole.Write(chart);

var funnel = new Table().AddColumns("the pool's funnel", "reached", "went on", "rate");
foreach (var step in metrics.Conversions)
{
    funnel.AddRow($"{stageNames[step.From]} → {stageNames[step.To]}", step.Reached.ToString(), step.Converted.ToString(), step.Rate.ToString("P1"));
}

AnsiConsole.Write(funnel);

var cohorts = new Table().Title("Monthly cohort retention (cohort = capture month; share still in the pool at each month end)");
cohorts.AddColumn("cohort");
cohorts.AddColumn("size");
for (var k = 0; k < metrics.Cohorts.Count; k++)
{
    cohorts.AddColumn($"M+{k}");
}

foreach (var row in metrics.Cohorts.Where(r => r.Size > 0))
{
    var cells = new List<string> { row.Month.ToString("yyyy-MM", null), row.Size.ToString() };
    cells.AddRange(Enumerable.Range(0, row.Retained.Count).Select(k => row.Rate(k).ToString("P0")));
    cohorts.AddRow(cells.ToArray());
}

AnsiConsole.Write(cohorts);
var someone = members[1];
AnsiConsole.MarkupLine($"May we send {someone} a promotion on the clerk's WeChat today? " +
    $"[bold]{(pool.HasConsent(someone, ConsentPurpose.Marketing, clerk, At(new LocalDate(2024, 9, 30), 12)) ? "yes" : "no")}[/] (PIPL consent per purpose and channel).");

// The pool is the fold of its events. Store them as JSON, read them back and rebuild: the two pools are equal.
// Replaying the history on the rebuilt pool changes nothing, because an event id is applied once only.
IReadOnlyList<PoolEvent> history = pool.PendingEvents;
var stored = PrivateTrafficJson.Serialize(history);
var rebuilt = PrivatePool.Rebuild(PrivateTrafficJson.Deserialize<IReadOnlyList<PoolEvent>>(stored));
var equal = PrivateTrafficJson.Serialize(rebuilt) == PrivateTrafficJson.Serialize(pool);
var changedByReplay = history.Count(rebuilt.Apply);
AnsiConsole.MarkupLine($"Stored as JSON ({stored.Length:N0} characters) and rebuilt: the pools are [bold]{(equal ? "equal" : "different")}[/]; " +
    $"applying all {history.Count:N0} events again changed [bold]{changedByReplay}[/] of them.");

// Erasure (PIPL) that still rebuilds: erase one member, redact the stored history, rebuild; the pools are equal.
var leaving = members[2];
pool.Erase(leaving, At(new LocalDate(2024, 10, 1), 9), NextId());
var redacted = PoolRedaction.Redact(pool.PendingEvents, leaving, MemberId.From("erased-0001"));
var sameAfterRedaction = PrivateTrafficJson.Serialize(PrivatePool.Rebuild(redacted)) == PrivateTrafficJson.Serialize(pool);
var stillNamed = redacted.OfType<MemberEvent>().Count(e => e.Member == leaving);
AnsiConsole.MarkupLine($"Erased {leaving} and redacted the stored history: it names them in [bold]{stillNamed}[/] events and rebuilds to " +
    $"[bold]{(sameAfterRedaction ? "the same pool" : "a different pool")}[/].");

// The pool → value path in two calls: the pool's value inputs, then the valuation.
// Assumed: the articles fit no model, so CDNOW's published BG/NBD and Gamma-Gamma fits stand in for this brand's.
var valuation = PoolValuation.Score(
    PoolValueInputs.From(pool, redacted),
    new LocalDate(2024, 9, 30),
    BgNbdParameters.Create(0.243, 4.414, 0.793, 2.426, TimeUnit.Weeks),
    GammaGammaParameters.Create(6.25, 3.74, 15.44),
    LifetimeValueHorizon.Create(12, TimeUnit.Months, 0.01),
    TierPolicy.Create("bands", [
        TierPolicyRule.For(ValueTier.Top, null, TierAction.Of("one-to-one", "一对一维护")),
        TierPolicyRule.For(ValueTier.Middle, null, TierAction.Of("nurture", "朋友圈与社群培育")),
        TierPolicyRule.For(ValueTier.Bottom, null, TierAction.Of("low-touch", "低成本群发")),
    ]));
var top = new Table().Title("The pool valued on 2024-09-30: the five most valuable buyers").AddColumns("member", "既成 realized", "潜在 potential", "模型 model", "band", "RFM", "action");
foreach (var card in valuation.Cards.OrderByDescending(c => c.ValueWithReferrals.Amount).Take(5))
{
    top.AddRow(card.Customer.Value, card.Realized.ToString(), card.Potential.ToString(), card.Model.ToString(), card.Tier.ToString(), card.Rfm.ToString(), card.Action.Code);
}

AnsiConsole.Write(top);
AnsiConsole.MarkupLine($"{valuation.Prospects.Count} prospects (潜客) are worth {valuation.ProspectEstimate.Value} each: " +
    $"P(first purchase within 90 days) {valuation.ProspectEstimate.FirstPurchaseProbability:P1} × a new customer's {valuation.ProspectEstimate.NewCustomerValue}.");
AnsiConsole.MarkupLine($"The pool: {Markup.Escape(valuation.Base.ToString())}.");
AnsiConsole.MarkupLine("[grey]assumed: CDNOW's published model fits (BG/NBD r 0.243, α 4.414, a 0.793, b 2.426; Gamma-Gamma p 6.25, q 3.74, γ 15.44), 12 months at 1% a month.[/]");

// Retention: members leave a pool observably (a deleted friend, a member who left the group), the contractual setting.
// The pool's monthly capture poolCohorts → the shifted-beta-geometric model → the projected survival of a new member.
var poolCohorts = PoolRetentionCohorts.Of(pool, opened, new LocalDate(2024, 9, 30), shanghai);
var retention = ShiftedBetaGeometricModel.Fit(poolCohorts);
AnsiConsole.MarkupLine($"Retention cohorts (池留存队列): {string.Join("; ", poolCohorts.Select(c => $"{c.Label} {string.Join("→", c.Survivors)}"))}.");
if (retention.Parameters is { } churn)
{
    const int projectedMonths = 6; // assumed: how far ahead to project
    const double monthlyDiscount = 0.01; // assumed: the discount rate per month for DERL
    var survival = new Table().Title($"Projected survival of a new member ({Markup.Escape(churn.ToString())})").AddColumns("month", "survival", "retention");
    for (var month = 1; month <= projectedMonths; month++)
    {
        survival.AddRow(month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ShiftedBetaGeometricModel.Survival(churn, month).ToString("P1", System.Globalization.CultureInfo.InvariantCulture),
            ShiftedBetaGeometricModel.RetentionRate(churn, month).ToString("P1", System.Globalization.CultureInfo.InvariantCulture));
    }

    AnsiConsole.Write(survival);
    AnsiConsole.MarkupLine($"A member who has just joined stays about {ShiftedBetaGeometricModel.DiscountedExpectedResidualLifetime(churn, 0, monthlyDiscount):F1} more (discounted) months.");
    AnsiConsole.MarkupLine($"[grey]assumed: a projection of {projectedMonths} months and a discount rate of {monthlyDiscount:P0} a month; the fit is on this small pool's own {poolCohorts.Count} cohorts.[/]");
}
else
{
    // The sBG model without heterogeneity (α, β → ∞ at a fixed ratio) is one churn probability θ for everyone, estimated as leavers per
    // member-month at risk, and survival (1 − θ)^t.
    var (left, atRisk) = (0, 0);
    foreach (var cohort in poolCohorts)
    {
        for (var k = 1; k < cohort.Survivors.Count; k++)
        {
            left += cohort.Survivors[k - 1] - cohort.Survivors[k];
            atRisk += cohort.Survivors[k - 1];
        }
    }

    var theta = atRisk > 0 ? (double)left / atRisk : 0.0;
    const int projectedMonths = 6; // assumed: how far ahead to project
    AnsiConsole.MarkupLine($"The cohorts do not identify the sBG model's heterogeneity ({retention.Status}: {Markup.Escape(retention.Message ?? "")}); " +
        $"its limit without heterogeneity is one monthly churn θ = {left}/{atRisk} = {theta:P2} for everyone.");
    AnsiConsole.MarkupLine("Projected survival of a new member: " + string.Join(", ",
        Enumerable.Range(1, projectedMonths).Select(t => $"month {t} {Math.Pow(1 - theta, t):P1}")) + ".");
    AnsiConsole.MarkupLine($"[grey]assumed: a projection of {projectedMonths} months; the churn is estimated on this small pool's own {poolCohorts.Count} cohorts.[/]");
}
