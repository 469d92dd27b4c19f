using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Community;

public sealed class GroupHealthMonitorTests
{
    /// <summary>
    /// The articles' supermarket group that sold nearly ¥10,000 of one item, oysters, in a day: ordered on day one,
    /// collected in store on day two. The article gives only the sales; the headcount (400), the daily traffic and the
    /// weekly flash sale are this example's assumptions.
    /// </summary>
    public static GroupDayStats[] OystersGroup { get; } = Enumerable.Range(0, 30).Select(i =>
    {
        var date = new LocalDate(2026, 11, 1).PlusDays(i);
        return i switch
        {
            28 => GroupDayStats.Create(date, 400, 150, 400, 20, activitiesHeld: 1, joins: 6, leaves: 1, sales: Money.Yuan(9_800m)),
            29 => GroupDayStats.Create(date, 405, 100, 200, 10, activitiesHeld: 1, joins: 5, leaves: 0, sales: Money.Yuan(0m)),
            _ => GroupDayStats.Create(date, 400, 60, 150, 30, activitiesHeld: i % 7 == 0 ? 1 : 0, joins: 1, leaves: 1, sales: Money.Yuan(0m)),
        };
    }).ToArray();

    /// <summary>
    /// The articles' chain-store group that, on Mid-Autumn day (2026-09-25), pushed carrots at a few jiao a jin: a
    /// month of nothing but the store's promotions, nobody else talking, no activity. Headcount and counts are assumed.
    /// </summary>
    public static GroupDayStats[] CarrotsGroup { get; } = Enumerable.Range(0, 30).Select(i =>
        GroupDayStats.Create(new LocalDate(2026, 8, 27).PlusDays(i), 300 - i / 3, 1, 2, 2, leaves: i % 3 == 0 ? 1 : 0)).ToArray();

    [Fact]
    public void The_oysters_group_is_healthy_and_its_sales_per_member_are_shown()
    {
        var assessment = GroupHealthMonitor.Assess(OystersGroup);
        Assert.Equal(GroupHealth.Healthy, assessment.Health);
        Assert.Equal(0, assessment.Figures.DaysSinceLastActivity);
        Assert.Equal(10, assessment.Figures.NetGrowth);
        Assert.InRange(assessment.Figures.PromotionShare, 0.18, 0.19);
        Assert.Equal(Money.Yuan(24.49m), assessment.Figures.SalesPerMember);

        // Why it is not thriving: too few of its 400 members post, and too few messages each.
        Assert.Equal([HealthReason.FewActiveMembers, HealthReason.FewMessages], assessment.Reasons);
    }

    [Fact]
    public void The_carrots_group_is_dead_because_it_only_posts_promotions()
    {
        var assessment = GroupHealthMonitor.Assess(CarrotsGroup);
        Assert.Equal(GroupHealth.Dead, assessment.Health);
        Assert.Equal(new LocalDate(2026, 9, 25), CarrotsGroup[^1].Date);
        Assert.Contains(HealthReason.PromotionsOnly, assessment.Reasons);
        Assert.Contains(HealthReason.NobodyActive, assessment.Reasons);
        Assert.Null(assessment.Figures.DaysSinceLastActivity);
        Assert.Null(assessment.Figures.SalesPerMember);
    }

    [Fact]
    public void A_silent_group_is_dead_and_a_busy_one_thrives()
    {
        Assert.Equal([HealthReason.Silent, HealthReason.NobodyActive], GroupHealthMonitor.Assess([GroupDayStats.Create(new LocalDate(2026, 1, 1), 10, 0, 0, 0)]).Reasons);
        var busy = GroupHealthMonitor.Assess([GroupDayStats.Create(new LocalDate(2026, 1, 1), 10, 5, 30, 2, activitiesHeld: 1)]);
        Assert.Equal(GroupHealth.Thriving, busy.Health);
        Assert.Empty(busy.Reasons);
    }

    [DeepProperty]
    public Property More_activity_never_makes_a_group_less_healthy() =>
        Prop.ForAll(Generators.GroupWindowsWithBump, c =>
        {
            var day = c.Window[c.Day];
            var active = Math.Min(day.Members, day.ActiveMembers + c.B);
            var busier = c.Window.ToArray();
            busier[c.Day] = GroupDayStats.Create(day.Date, day.Members, active, day.Messages + c.A, day.PromotionalMessages, day.ActivitiesHeld + c.C, day.Joins, day.Leaves);
            Assert.True(GroupHealthMonitor.Assess(busier).Health >= GroupHealthMonitor.Assess(c.Window).Health);
        });

    [DeepProperty]
    public Property A_larger_promotion_share_never_makes_a_group_healthier() =>
        Prop.ForAll(Generators.GroupWindowsWithBump, c =>
        {
            var day = c.Window[c.Day];
            var pushier = c.Window.ToArray();
            pushier[c.Day] = GroupDayStats.Create(day.Date, day.Members, day.ActiveMembers, day.Messages, Math.Min(day.Messages, day.PromotionalMessages + c.A), day.ActivitiesHeld, day.Joins, day.Leaves);
            Assert.True(GroupHealthMonitor.Assess(pushier).Health <= GroupHealthMonitor.Assess(c.Window).Health);
        });

    [DeepProperty(runs: 30)]
    public Property The_batch_agrees_with_one_group_at_a_time() =>
        Prop.ForAll(Generators.GroupWindowBatches, windows =>
        {
            var columns = GroupStatsColumns.Create(windows.Length, windows[0].Length);
            for (var g = 0; g < windows.Length; g++)
            {
                for (var d = 0; d < columns.Days; d++)
                {
                    var i = g * columns.Days + d;
                    var s = windows[g][d];
                    (columns.Members[i], columns.ActiveMembers[i], columns.Messages[i], columns.PromotionalMessages[i]) = (s.Members, s.ActiveMembers, s.Messages, s.PromotionalMessages);
                    (columns.ActivitiesHeld[i], columns.Joins[i], columns.Leaves[i]) = (s.ActivitiesHeld, s.Joins, s.Leaves);
                }
            }

            var health = new GroupHealth[windows.Length];
            GroupHealthMonitor.ClassifyAll(columns, HealthThresholds.Default, health);
            Assert.Equal(windows.Select(w => GroupHealthMonitor.Assess(w).Health), health);
        });

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter()
    {
        var day = new LocalDate(2026, 1, 1);
        Assert.Equal("activeMembers", Assert.ThrowsAny<ArgumentException>(() => GroupDayStats.Create(day, 5, 6, 0, 0)).ParamName);
        Assert.Equal("promotionalMessages", Assert.ThrowsAny<ArgumentException>(() => GroupDayStats.Create(day, 5, 1, 1, 2)).ParamName);
        Assert.Equal("sales", Assert.ThrowsAny<ArgumentException>(() => GroupDayStats.Create(day, 5, 1, 1, 0, sales: Money.Yuan(-1m))).ParamName);
        Assert.Equal("days", Assert.ThrowsAny<ArgumentException>(() => GroupHealthMonitor.Assess([])).ParamName);
        Assert.Equal("days", Assert.ThrowsAny<ArgumentException>(() => GroupHealthMonitor.Assess([GroupDayStats.Create(day, 1, 1, 1, 0), GroupDayStats.Create(day.PlusDays(2), 1, 1, 1, 0)])).ParamName);
        Assert.Equal("thrivingActiveRatio", Assert.ThrowsAny<ArgumentException>(() => HealthThresholds.Create(0.02, 0.9, 0.3, 0.2, 0.2, 1, 0.5, 0.3, 14, 7)).ParamName);
        Assert.Equal("groups", Assert.ThrowsAny<ArgumentException>(() => GroupStatsColumns.Create(0, 90)).ParamName);
        var columns = GroupStatsColumns.Create(2, 3);
        columns.PromotionalMessages[4] = 1;
        Assert.Equal("columns", Assert.ThrowsAny<ArgumentException>(() => GroupHealthMonitor.ClassifyAll(columns, HealthThresholds.Default, new GroupHealth[2])).ParamName);
        Assert.Equal("destination", Assert.ThrowsAny<ArgumentException>(() => GroupHealthMonitor.ClassifyAll(columns, HealthThresholds.Default, new GroupHealth[1])).ParamName);
    }
}
