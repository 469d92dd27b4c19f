// Community playbook (社群, articles 000–002): design a knowledge community and a store group, assess both, run a
// month of the knowledge community's calendar, put the articles' oysters group beside their carrots group, and
// report a store's customers as the store-plus-community funnel (capture → link → activate → grow value).
// Run with `dotnet run --project samples/CommunityPlaybook`. Nothing is random; every default is printed as an
// assumption, since the articles give no thresholds, fees or counts beyond the ones quoted.
using NodaTime;
using NodaTime.Text;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using Spectre.Console;

var shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
var monthStart = new LocalDate(2026, 12, 1);
Instant Midnight(LocalDate d) => d.AtStartOfDayInZone(shanghai).ToInstant();

AnsiConsole.Write(new Rule("[bold]1. Two designs[/]").LeftJustified());

// A knowledge community in the manner of Luogic Thinking: product + knowledge + interest, spiritual first.
var knowledge = CommunityPositioning.Create(
    CommunityTypes.Knowledge | CommunityTypes.Product | CommunityTypes.Interest,
    CommunityOrientation.Spiritual,
    CommunityCentre.Create(CentreKind.Person, "the founder who explains one book a day"),
    VerticalFocus.Create("one useful book a week, applied at work", "young professionals in tier-1 cities"),
    niche: "people who would rather pay for spirit than for function",
    kolOrTeam: "the founder and a three-person editorial team");

// A supermarket's store group (门店+社群): material first, the store at the centre, no KOL.
var store = CommunityPositioning.Create(
    CommunityTypes.Product,
    CommunityOrientation.Material,
    CommunityCentre.Create(CentreKind.Brand, "the neighbourhood supermarket"),
    VerticalFocus.Create("fresh food at good prices, collected in store", "families within 3 km"));

foreach (var (name, positioning) in new[] { ("Knowledge community", knowledge), ("Store group", store) })
{
    var table = new Table().Title($"[bold]{name}[/] ({positioning.Types}{(positioning.IsHybrid ? ", hybrid 交叉型" : "")})")
        .AddColumns("finding", "severity", "reason", "the article's point");
    foreach (var f in PositioningAssessment.Assess(positioning))
    {
        table.AddRow(Markup.Escape(f.Code.ToString()), f.Severity.ToString(), Markup.Escape(f.Reason), Markup.Escape(f.ArticlePoint));
    }

    AnsiConsole.Write(table);
}

var blueprint = CommunityBlueprint.Create(
    "Read one useful book a week together, and apply it",
    ["give first, share first", "depth over headcount"],
    ManagementRole.AssumedDefaults,
    [MembershipTier.Create("reader", Money.Yuan(0m), ["weekly lecture"]), MembershipTier.Create("patron", Money.Yuan(199m), ["monthly meetup", "annotated book list"])],
    AdmissionPolicy.Application,
    "a welcome post naming the newcomer's first book",
    MonetisationPlan.Create(MonetisationChannels.Membership | MonetisationChannels.Knowledge | MonetisationChannels.Goods, backEnd: true, givesBeforeCharging: true));
AnsiConsole.MarkupLine("[grey]Assumption:[/] the roles' permissions are ManagementRole.AssumedDefaults; the ¥199 patron fee and the benefits are this sample's.");
var blueprintFindings = BlueprintAssessment.Assess(blueprint);
AnsiConsole.MarkupLine($"Blueprint findings: {(blueprintFindings.Count == 0 ? "none" : string.Join(", ", blueprintFindings.Select(f => f.Code)))}");
var people = new Table().AddColumns("人货场", "mall", "community");
foreach (var (aspect, mall, community) in PeopleGoodsVenue.Comparison)
{
    people.AddRow(aspect, mall, community);
}

AnsiConsole.Write(people);

var rules = GroupRuleSet.Create(
    [CommunityRole.StoreManager, CommunityRole.Member, CommunityRole.SeedUser],
    [ContentClass.Text, ContentClass.Image, ContentClass.Voice, ContentClass.MiniProgram],
    AdvertisingPolicy.Create([CommunityRole.StoreManager], 0.2),
    ForbiddenContent.QrCodes | ForbiddenContent.Links | ForbiddenContent.ContactCards,
    ["加微信", "代购"],
    PenaltyLadder.Create([PenaltyStep.Warn(1, Duration.FromDays(7)), PenaltyStep.Mute(2, Duration.FromDays(7), Duration.FromHours(24)), PenaltyStep.Remove(3, Duration.FromDays(30))]));
AnsiConsole.MarkupLine("[grey]Assumption:[/] the store group's rules (promotions by the store manager only, at most 20 %; warn at 1, mute 24 h at 2 in 7 days, remove at 3 in 30 days) are this sample's: the articles ask for explicit rules but give none.");
foreach (var (role, content, promotion, text) in new[]
{
    (CommunityRole.Member, ContentClass.Text, false, "今天的生蚝真新鲜"),
    (CommunityRole.Member, ContentClass.Text, false, "有需要的加微信"),
    (CommunityRole.Member, ContentClass.Text, true, "我家的蜂蜜特价"),
    (CommunityRole.StoreManager, ContentClass.Text, true, "明天到店提货,生蚝预定中"),
})
{
    var verdict = rules.Check(new GroupMessage(role, content, promotion, windowMessages: 60, windowPromotions: 6), text);
    AnsiConsole.MarkupLine($"  {role,-13} {Markup.Escape(text),-16} → {(verdict.Allowed ? "[green]allowed[/]" : "[red]refused[/]")} by {verdict.DecidedBy}");
}

AnsiConsole.Write(new Rule("[bold]2. A month of the knowledge community's calendar[/]").LeftJustified());
var calendar = ActivityCalendar.Create(
    [
        RecurringActivity.Create("Tuesday night lecture", ActivityKind.OnlineLecture, Recurrence.Weekly(IsoDayOfWeek.Tuesday, new LocalTime(20, 0), shanghai, new LocalDate(2026, 9, 1))),
        RecurringActivity.Create("Daily reading check-in (Mondays)", ActivityKind.CheckIn, Recurrence.Weekly(IsoDayOfWeek.Monday, new LocalTime(7, 30), shanghai, new LocalDate(2026, 9, 1))),
        RecurringActivity.Create("First-Saturday meetup", ActivityKind.OfflineMeetup, Recurrence.MonthlyNthWeekday(1, IsoDayOfWeek.Saturday, new LocalTime(14, 0), shanghai, new LocalDate(2026, 9, 1))),
    ],
    Duration.FromDays(7));
AnsiConsole.MarkupLine("[grey]Assumption:[/] a cadence of 7 days; 4 online and 1 offline occurrence per 30 days count as regular.");
var pattern = ZonedDateTimePattern.CreateWithInvariantCulture("ddd uuuu-MM-dd HH:mm", null);
var (from, until) = (Midnight(monthStart), Midnight(monthStart.PlusMonths(1)));
foreach (var o in calendar.Occurrences(from, until))
{
    AnsiConsole.MarkupLine($"  {pattern.Format(o.At)}  {o.Activity.Kind,-13} {Markup.Escape(o.Activity.Name)}");
}

AnsiConsole.MarkupLine($"  gaps longer than the cadence: {calendar.Gaps(from, until).Count}");
foreach (var f in FourFeelings.Assess(blueprint.Admission is AdmissionPolicy.Invitation or AdmissionPolicy.Application, blueprint.JoiningRitual is not null, calendar, from, until))
{
    AnsiConsole.MarkupLine($"  {f.Feeling,-16} {f.Level,-8} {Markup.Escape(f.Reason)} {Markup.Escape(f.WhatToDo)}");
}

AnsiConsole.Write(new Rule("[bold]3. The oysters group beside the carrots group[/]").LeftJustified());
AnsiConsole.MarkupLine("[grey]Assumption:[/] both groups' headcounts and daily counts are this sample's; the articles give only ¥~10,000 of oysters in a day (ordered day one, collected day two) and carrots at a few jiao a jin on Mid-Autumn day.");
var oysters = Enumerable.Range(0, 30).Select(i =>
{
    var date = new LocalDate(2026, 11, 1).PlusDays(i);
    return i switch
    {
        28 => GroupDayStats.Create(date, 400, 150, 400, 20, activitiesHeld: 1, joins: 6, leaves: 1, sales: Money.Yuan(9_800m)),
        29 => GroupDayStats.Create(date, 405, 100, 200, 10, activitiesHeld: 1, joins: 5, sales: Money.Yuan(0m)),
        _ => GroupDayStats.Create(date, 400, 60, 150, 30, activitiesHeld: i % 7 == 0 ? 1 : 0, joins: 1, leaves: 1, sales: Money.Yuan(0m)),
    };
}).ToArray();
var carrots = Enumerable.Range(0, 30).Select(i =>
    GroupDayStats.Create(new LocalDate(2026, 8, 27).PlusDays(i), 300 - (i / 3), 1, 2, 2, leaves: i % 3 == 0 ? 1 : 0)).ToArray();
var thresholds = HealthThresholds.Default;
AnsiConsole.MarkupLine($"[grey]Assumption:[/] HealthThresholds.Default: dead below {thresholds.DeadActiveRatio:P0} active or at {thresholds.DeadPromotionShare:P0} promotions; healthy from {thresholds.HealthyActiveRatio:P0} active, {thresholds.HealthyMessagesPerMemberPerDay} messages per member per day, at most {thresholds.HealthyMaxPromotionShare:P0} promotions, an activity within {thresholds.HealthyMaxDaysSinceActivity} days.");
var chart = new BarChart().Width(70).Label("[bold]messages per member per day × 100[/]");
foreach (var (name, days, color) in new[] { ("oysters (生蚝)", oysters, Color.Green), ("carrots (胡萝卜)", carrots, Color.Red) })
{
    var a = GroupHealthMonitor.Assess(days, thresholds);
    var f = a.Figures;
    AnsiConsole.MarkupLine($"  [bold]{Markup.Escape(name)}[/]: {a.Health}; active {f.ActiveMemberRatio:P1}, {f.MessagesPerMemberPerDay:0.00} msg/member/day, promotions {f.PromotionShare:P0}, "
        + $"last activity {(f.DaysSinceLastActivity is { } d ? $"{d} days ago" : "never")}, net growth {f.NetGrowth:+0;-0;0}, sales per member {(f.SalesPerMember is { } s ? s.ToString() : "n/a")}; reasons: {string.Join(", ", a.Reasons)}");
    chart.AddItem(name, Math.Round(f.MessagesPerMemberPerDay * 100, 1), color);
}

AnsiConsole.Write(chart);

AnsiConsole.Write(new Rule("[bold]4. A store's funnel: capture → link → activate → grow value (抓取 → 链接 → 激活 → 做大价值)[/]").LeftJustified());
AnsiConsole.MarkupLine("[grey]Assumption:[/] 40 customers and who joins, chats and buys are this sample's; the articles give the four steps, not their rates.");
var day = Midnight(monthStart);
var till = ChannelId.From("store-12-clerk");
var shop = PrivatePool.Open(PoolId.From("store-12"), "Store 12", till, ChannelKind.PersonalWeChat, ["customers"], day, DomainEventId.From("open"));
var storeGroup = CommunityGroup.Open("Store 12 fresh food", shop, ChannelId.From("wecom-group:store-12-a"), ChannelKind.WeComGroup, AdmissionPolicy.Open, "a welcome with today's special", day, DomainEventId.From("group-open"));
for (var i = 0; i < 40; i++)
{
    var customer = MemberId.From($"c{i:00}");
    var at = day + Duration.FromHours(i);
    shop.Capture(customer, till, at, DomainEventId.From($"cap{i}"));
    if (i % 4 == 3)
    {
        continue; // one in four never joins the group
    }

    storeGroup.Join(shop, customer, JoinMethod.GroupQrCode, at + Duration.FromMinutes(5), DomainEventId.From($"join{i}"));
    if (i % 3 == 0)
    {
        shop.RecordInteraction(customer, "asked about today's special", at + Duration.FromDays(1), DomainEventId.From($"chat{i}"));
    }

    if (i % 2 == 0)
    {
        shop.RecordPurchase(customer, "vegetables", Money.Yuan(18m), at + Duration.FromDays(2), DomainEventId.From($"buy{i}"));
        if (i % 6 == 0)
        {
            shop.RecordPurchase(customer, i % 12 == 0 ? "fruit" : "vegetables", Money.Yuan(25m), at + Duration.FromDays(9), DomainEventId.From($"again{i}"));
        }
    }
}

var funnel = StoreCommunityFunnel.Compute(shop, shop.PendingEvents, storeGroup.PendingEvents);
var funnelChart = new BarChart().Width(70).Label("[bold]customers at each step (never more than the step before)[/]");
foreach (var (step, count) in funnel.Steps)
{
    funnelChart.AddItem(step, count, Color.Teal);
}

AnsiConsole.Write(funnelChart);
AnsiConsole.MarkupLine($"  grown by a repeat purchase: {funnel.RepeatBuyers}; by a purchase in a new category: {funnel.CrossCategoryBuyers}");
