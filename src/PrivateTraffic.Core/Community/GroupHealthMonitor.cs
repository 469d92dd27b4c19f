using System;
using System.Collections.Generic;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// Classifies groups as thriving, healthy, at risk or dead (死群) from their daily statistics, with the thresholds of
/// <see cref="HealthThresholds"/> (the defaults are assumptions). One group gives figures and reasons; a batch of
/// columns gives the class of each group and allocates nothing per group. Pure and thread-safe.
/// </summary>
public static class GroupHealthMonitor
{
    /// <summary>The health of one group over consecutive days, oldest first.</summary>
    /// <exception cref="ArgumentException">No days, a null day, days not consecutive, or sales in more than one currency.</exception>
    public static HealthAssessment Assess(IReadOnlyList<GroupDayStats> days, HealthThresholds? thresholds = null)
    {
        Guard.Against.Null(days);
        Guard.Against.Unmet(days.Count > 0, $"A window has at least one day.", nameof(days));
        var totals = new HealthTotals { Days = days.Count, LastActivityDay = -1 };
        Money? sales = days[0]?.Sales is { } first ? Money.Zero(first.Currency) : null;
        for (var d = 0; d < days.Count; d++)
        {
            var day = days[d] ?? throw new ArgumentException($"Day {d} is null.", nameof(days));
            Guard.Against.Unmet(d == 0 || day.Date == days[d - 1].Date.PlusDays(1), $"Day {d} ({day.Date}) does not follow day {d - 1}.", nameof(days));
            totals.MemberDays += day.Members;
            totals.ActiveDays += day.ActiveMembers;
            totals.Messages += day.Messages;
            totals.Promotions += day.PromotionalMessages;
            totals.Joins += day.Joins;
            totals.Leaves += day.Leaves;
            if (day.ActivitiesHeld > 0)
            {
                totals.LastActivityDay = d;
            }

            if (sales is { } sum)
            {
                Guard.Against.Unmet(day.Sales is null || day.Sales.Value.Currency == sum.Currency, $"Day {d} has sales in another currency.", nameof(days));
                sales = day.Sales is { } s ? sum + s : null;
            }
        }

        var health = totals.Classify(thresholds ?? HealthThresholds.Default, out var bits);
        var reasons = new List<HealthReason>();
        foreach (var reason in Enum.GetValues<HealthReason>())
        {
            if ((bits & (1u << (int)reason)) != 0)
            {
                reasons.Add(reason);
            }
        }

        // Sales per member: the boundary from decimal money to an average headcount, rounded half to even.
        Money? perMember = sales is { } total && totals.MemberDays > 0
            ? total.Divide((decimal)totals.MemberDays / totals.Days, MidpointRounding.ToEven)
            : null;
        var figures = new HealthFigures(totals.Days, totals.ActiveRatio, totals.MessagesPerMemberPerDay, totals.PromotionShare,
            totals.DaysSinceLastActivity, checked((int)(totals.Joins - totals.Leaves)), perMember);
        return new HealthAssessment(health, figures, reasons);
    }

    /// <summary>The class of every group in <paramref name="columns"/>, written to <paramref name="destination"/>
    /// (one per group). Agrees with <see cref="Assess"/> on every group; allocates nothing per group.</summary>
    /// <exception cref="ArgumentException">The destination is too short, or a cell breaks the rules of
    /// <see cref="GroupDayStats"/> (parameter <c>columns</c>).</exception>
    public static void ClassifyAll(GroupStatsColumns columns, HealthThresholds thresholds, Span<GroupHealth> destination)
    {
        Guard.Against.Null(columns);
        Guard.Against.Null(thresholds);
        Guard.Against.Unmet(destination.Length >= columns.Groups, $"The destination holds {destination.Length} groups; {columns.Groups} are needed.", nameof(destination));
        for (var g = 0; g < columns.Groups; g++)
        {
            var totals = columns.Totals(g, out var badDay);
            if (badDay >= 0)
            {
                throw new ArgumentException($"Group {g}, day {badDay}: a negative count, more active members than members, or more promotions than messages.", nameof(columns));
            }

            destination[g] = totals.Classify(thresholds, out _);
        }
    }
}
