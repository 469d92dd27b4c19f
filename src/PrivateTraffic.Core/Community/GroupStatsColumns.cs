using System;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// Daily statistics of many groups over the same window, as columns (struct-of-arrays): the value of group
/// <c>g</c> on day <c>d</c> is at index <c>g × Days + d</c> of each column. The caller fills the columns (they are
/// buffers, reused between batches) and passes them to
/// <see cref="GroupHealthMonitor.ClassifyAll(GroupStatsColumns, HealthThresholds, Span{GroupHealth})"/>. Sales are not
/// part of the batch: they do not change the class. Not thread-safe while being filled.
/// </summary>
public sealed class GroupStatsColumns
{
    private readonly int[] _members;
    private readonly int[] _active;
    private readonly int[] _messages;
    private readonly int[] _promotions;
    private readonly int[] _activities;
    private readonly int[] _joins;
    private readonly int[] _leaves;

    private GroupStatsColumns(int groups, int days)
    {
        Groups = groups;
        Days = days;
        var n = checked(groups * days);
        _members = new int[n];
        _active = new int[n];
        _messages = new int[n];
        _promotions = new int[n];
        _activities = new int[n];
        _joins = new int[n];
        _leaves = new int[n];
    }

    /// <summary>The number of groups.</summary>
    public int Groups { get; }

    /// <summary>The number of days of the window.</summary>
    public int Days { get; }

    /// <summary>Headcount at the end of each day.</summary>
    public Span<int> Members => _members;

    /// <summary>Members who posted each day (at most the headcount).</summary>
    public Span<int> ActiveMembers => _active;

    /// <summary>Messages each day.</summary>
    public Span<int> Messages => _messages;

    /// <summary>Promotions among the messages each day (at most the messages).</summary>
    public Span<int> PromotionalMessages => _promotions;

    /// <summary>Activities held each day.</summary>
    public Span<int> ActivitiesHeld => _activities;

    /// <summary>Joins each day.</summary>
    public Span<int> Joins => _joins;

    /// <summary>Leaves each day.</summary>
    public Span<int> Leaves => _leaves;

    /// <summary>Zeroed columns for <paramref name="groups"/> groups over <paramref name="days"/> days.</summary>
    /// <exception cref="ArgumentException">A count below 1, or more cells than an array holds.</exception>
    public static GroupStatsColumns Create(int groups, int days)
    {
        Guard.Against.NegativeOrZero(groups);
        Guard.Against.NegativeOrZero(days);
        Guard.Against.Unmet((long)groups * days <= Array.MaxLength, $"{groups} groups × {days} days is more cells than an array holds.", nameof(groups));
        return new GroupStatsColumns(groups, days);
    }

    internal HealthTotals Totals(int group, out int badDay)
    {
        badDay = -1;
        var start = group * Days;
        var totals = new HealthTotals { Days = Days, LastActivityDay = -1 };
        for (var d = 0; d < Days; d++)
        {
            var i = start + d;
            int members = _members[i], active = _active[i], messages = _messages[i], promotions = _promotions[i];
            if (members < 0 || (uint)active > (uint)members || messages < 0 || (uint)promotions > (uint)messages || _activities[i] < 0 || _joins[i] < 0 || _leaves[i] < 0)
            {
                badDay = d;
                return totals;
            }

            totals.MemberDays += members;
            totals.ActiveDays += active;
            totals.Messages += messages;
            totals.Promotions += promotions;
            totals.Joins += _joins[i];
            totals.Leaves += _leaves[i];
            if (_activities[i] > 0)
            {
                totals.LastActivityDay = d;
            }
        }

        return totals;
    }
}
