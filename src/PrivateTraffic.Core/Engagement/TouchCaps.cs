using System;
using NodaTime;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// Caps on marketing touches (营销触达上限) one member receives per calendar day, ISO week (Monday first) and month, each in
/// the member's own zone. A null cap is no cap. A monthly cap can follow the month's length (WeCom's default receive
/// limit: as many a month as the month has days).
/// </summary>
/// <remarks>
/// A calendar day runs from the zone's start of that date to the start of the next (NodaTime's <c>AtStartOfDay</c>, so a day
/// that starts in a DST gap starts at the first instant that exists). <see cref="None"/> (also <c>default</c>) caps nothing.
/// </remarks>
public readonly record struct TouchCaps
{
    private TouchCaps(int? perDay, int? perWeek, int? perMonth, bool monthFollowsDays)
    {
        PerDay = perDay;
        PerWeek = perWeek;
        PerMonth = perMonth;
        MonthFollowsDays = monthFollowsDays;
    }

    /// <summary>No caps.</summary>
    public static TouchCaps None => default;

    /// <summary>The most marketing touches a calendar day; null for no daily cap.</summary>
    public int? PerDay { get; }

    /// <summary>The most marketing touches an ISO calendar week; null for no weekly cap.</summary>
    public int? PerWeek { get; }

    /// <summary>The most marketing touches a calendar month; null for no fixed monthly cap (see <see cref="MonthFollowsDays"/>).</summary>
    public int? PerMonth { get; }

    /// <summary>Whether the monthly cap is the number of days of the month (28 to 31); then <see cref="PerMonth"/> is null.</summary>
    public bool MonthFollowsDays { get; }

    /// <summary>Whether any cap is set.</summary>
    public bool IsNone => PerDay is null && PerWeek is null && PerMonth is null && !MonthFollowsDays;

    /// <summary>Creates caps.</summary>
    /// <param name="perDay">The most a day, or null; 0 forbids marketing on the channel.</param>
    /// <param name="perWeek">The most a week, or null.</param>
    /// <param name="perMonth">The most a month, or null.</param>
    /// <returns>The caps.</returns>
    /// <exception cref="ArgumentException">A cap is negative.</exception>
    public static TouchCaps Of(int? perDay = null, int? perWeek = null, int? perMonth = null)
    {
        if (perDay is { } d)
        {
            Guard.Against.Negative(d, nameof(perDay));
        }

        if (perWeek is { } w)
        {
            Guard.Against.Negative(w, nameof(perWeek));
        }

        if (perMonth is { } m)
        {
            Guard.Against.Negative(m, nameof(perMonth));
        }

        return new TouchCaps(perDay, perWeek, perMonth, false);
    }

    /// <summary>A monthly cap equal to the number of days of each month (WeCom's default), with optional day and week caps.</summary>
    /// <param name="perDay">The most a day, or null.</param>
    /// <param name="perWeek">The most a week, or null.</param>
    /// <returns>The caps.</returns>
    /// <exception cref="ArgumentException">A cap is negative.</exception>
    public static TouchCaps DaysOfMonth(int? perDay = null, int? perWeek = null) =>
        new(Of(perDay, perWeek).PerDay, perWeek, null, true);

    /// <summary>The monthly cap of the month a date is in.</summary>
    /// <param name="date">A local date.</param>
    /// <returns>The cap, or null for none.</returns>
    public int? MonthlyCapOf(LocalDate date) =>
        MonthFollowsDays ? date.Calendar.GetDaysInMonth(date.Year, date.Month) : PerMonth;

    /// <summary>The caps as text, such as <c>1/day 3/week days-of-month/month</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (IsNone)
        {
            return "no caps";
        }

        var day = PerDay is { } d ? $"{d}/day " : string.Empty;
        var week = PerWeek is { } w ? $"{w}/week " : string.Empty;
        var month = MonthFollowsDays ? "days-of-month/month" : PerMonth is { } m ? $"{m}/month" : string.Empty;
        return (day + week + month).TrimEnd();
    }
}
