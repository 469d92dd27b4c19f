using System;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// One day of a group's statistics: its headcount at the end of the day, the members who posted, the messages and the
/// promotions among them, the activities held (a lecture, a check-in, a flash sale, a pre-order, a meetup), joins and
/// leaves, and optionally the sales the group made. Immutable; counts are whole numbers.
/// </summary>
public sealed record GroupDayStats
{
    private GroupDayStats(LocalDate date, int members, int activeMembers, int messages, int promotions, int activities, int joins, int leaves, Money? sales)
    {
        Date = date;
        Members = members;
        ActiveMembers = activeMembers;
        Messages = messages;
        PromotionalMessages = promotions;
        ActivitiesHeld = activities;
        Joins = joins;
        Leaves = leaves;
        Sales = sales;
    }

    /// <summary>The day (in the group's own time zone).</summary>
    public LocalDate Date { get; }

    /// <summary>The headcount at the end of the day; 0 or more.</summary>
    public int Members { get; }

    /// <summary>Members who posted at least once that day; 0 to <see cref="Members"/>.</summary>
    public int ActiveMembers { get; }

    /// <summary>Messages posted that day; 0 or more.</summary>
    public int Messages { get; }

    /// <summary>Promotions among the messages; 0 to <see cref="Messages"/>.</summary>
    public int PromotionalMessages { get; }

    /// <summary>Activities held that day; 0 or more.</summary>
    public int ActivitiesHeld { get; }

    /// <summary>Members who joined that day; 0 or more.</summary>
    public int Joins { get; }

    /// <summary>Members who left or were removed that day; 0 or more.</summary>
    public int Leaves { get; }

    /// <summary>The group's sales that day (orders placed through it), or null when not known; never negative.</summary>
    public Money? Sales { get; }

    /// <summary>A day of statistics.</summary>
    /// <exception cref="ArgumentException">A negative count, more active members than members, more promotions than
    /// messages, or negative sales.</exception>
    public static GroupDayStats Create(LocalDate date, int members, int activeMembers, int messages, int promotionalMessages, int activitiesHeld = 0, int joins = 0, int leaves = 0, Money? sales = null)
    {
        Guard.Against.Negative(members);
        Guard.Against.OutOfRange(activeMembers, nameof(activeMembers), 0, members);
        Guard.Against.Negative(messages);
        Guard.Against.OutOfRange(promotionalMessages, nameof(promotionalMessages), 0, messages);
        Guard.Against.Negative(activitiesHeld);
        Guard.Against.Negative(joins);
        Guard.Against.Negative(leaves);
        Guard.Against.Unmet(sales is not { IsNegative: true }, $"Sales cannot be negative ({sales}).", nameof(sales));
        return new(date, members, activeMembers, messages, promotionalMessages, activitiesHeld, joins, leaves, sales);
    }
}
