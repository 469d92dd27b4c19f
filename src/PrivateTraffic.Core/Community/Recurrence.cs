using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// When a recurring activity happens: weekly on a weekday, or monthly on the nth weekday, at a local time in a time
/// zone, from a first local date on. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// DST resolution: a local time is mapped with <see cref="DateTimeZone.AtLeniently(LocalDateTime)"/>. A time that falls
/// in a gap (clocks jump forward) moves forward by the length of the gap; an ambiguous time (clocks fall back) takes
/// the earlier of its two instants. So every occurrence is on the stated local time except in a gap, and occurrences
/// are strictly increasing.
/// </remarks>
public sealed record Recurrence
{
    private Recurrence(RecurrencePattern pattern, IsoDayOfWeek day, int nth, LocalTime at, DateTimeZone zone, LocalDate startsOn, int interval)
    {
        Pattern = pattern;
        DayOfWeek = day;
        Nth = nth;
        At = at;
        Zone = zone;
        StartsOn = startsOn;
        Interval = interval;
    }

    /// <summary>Weekly or monthly.</summary>
    public RecurrencePattern Pattern { get; }

    /// <summary>The weekday.</summary>
    public IsoDayOfWeek DayOfWeek { get; }

    /// <summary>For a monthly recurrence, which weekday of the month: 1 to 4, or -1 for the last; 0 for a weekly one.</summary>
    public int Nth { get; }

    /// <summary>The local time of day.</summary>
    public LocalTime At { get; }

    /// <summary>The time zone the local time is in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The first local date an occurrence may fall on (the cadence counts from its week or month).</summary>
    public LocalDate StartsOn { get; }

    /// <summary>The cadence: every this many weeks or months; 1 or more.</summary>
    public int Interval { get; }

    /// <summary>Every <paramref name="everyWeeks"/> weeks on <paramref name="day"/> at <paramref name="at"/>, e.g. weekly on
    /// Tuesday at 20:00 Asia/Shanghai.</summary>
    /// <exception cref="System.ArgumentException">No weekday, a null zone, or a cadence below 1.</exception>
    public static Recurrence Weekly(IsoDayOfWeek day, LocalTime at, DateTimeZone zone, LocalDate startsOn, int everyWeeks = 1) =>
        new(RecurrencePattern.Weekly, Day(day), 0, at, Guard.Against.Null(zone), startsOn, Guard.Against.ZeroOrBelow(everyWeeks, nameof(everyWeeks)));

    /// <summary>Every <paramref name="everyMonths"/> months on the <paramref name="nth"/> <paramref name="day"/> (1 to 4, or
    /// -1 for the last), e.g. monthly on the first Saturday.</summary>
    /// <exception cref="System.ArgumentException">No weekday, nth not 1–4 or -1, a null zone, or a cadence below 1.</exception>
    public static Recurrence MonthlyNthWeekday(int nth, IsoDayOfWeek day, LocalTime at, DateTimeZone zone, LocalDate startsOn, int everyMonths = 1)
    {
        Guard.Against.Unmet(nth == -1 || nth is >= 1 and <= 4, $"nth is 1 to 4, or -1 for the last, not {nth}.", nameof(nth));
        return new(RecurrencePattern.MonthlyNthWeekday, Day(day), nth, at, Guard.Against.Null(zone), startsOn, Guard.Against.ZeroOrBelow(everyMonths, nameof(everyMonths)));
    }

    /// <summary>The occurrences strictly after <paramref name="after"/> and not after <paramref name="until"/>, in order.</summary>
    public IEnumerable<ZonedDateTime> Between(Instant after, Instant until)
    {
        foreach (var date in Dates(Zone.AtLeniently(after.InZone(Zone).LocalDateTime).Date.PlusDays(-1)))
        {
            var zoned = Zone.AtLeniently(date + At);
            if (zoned.ToInstant() > until)
            {
                yield break;
            }

            if (zoned.ToInstant() > after)
            {
                yield return zoned;
            }
        }
    }

    /// <summary>The next <paramref name="count"/> occurrences strictly after <paramref name="after"/>.</summary>
    /// <exception cref="System.ArgumentException">A negative count.</exception>
    public IReadOnlyList<ZonedDateTime> Next(Instant after, int count)
    {
        Guard.Against.Negative(count);
        var result = new List<ZonedDateTime>(count);
        foreach (var z in Between(after, Instant.MaxValue))
        {
            if (result.Count == count)
            {
                break;
            }

            result.Add(z);
        }

        return result;
    }

    // The local dates of the pattern on or after max(from, StartsOn), in order.
    private IEnumerable<LocalDate> Dates(LocalDate from)
    {
        if (from < StartsOn)
        {
            from = StartsOn;
        }

        if (Pattern == RecurrencePattern.Weekly)
        {
            var first = StartsOn.With(DateAdjusters.NextOrSame(DayOfWeek));
            var weeks = Period.Between(first, from < first ? first : from, PeriodUnits.Days).Days / 7;
            var date = first.PlusWeeks(weeks / Interval * Interval);
            for (; date <= LocalDate.MaxIsoValue.PlusWeeks(-Interval); date = date.PlusWeeks(Interval))
            {
                if (date >= from)
                {
                    yield return date;
                }
            }

            yield break;
        }

        var month = new YearMonth(StartsOn.Year, StartsOn.Month);
        var skip = ((from.Year - month.Year) * 12) + from.Month - month.Month - 1;
        if (skip > 0)
        {
            month = month.PlusMonths(skip / Interval * Interval);
        }

        for (; month.Year < 9999; month = month.PlusMonths(Interval))
        {
            var date = NthWeekday(month);
            if (date >= from)
            {
                yield return date;
            }
        }
    }

    private LocalDate NthWeekday(YearMonth month) =>
        Nth == -1
            ? month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month)).With(DateAdjusters.PreviousOrSame(DayOfWeek))
            : month.OnDayOfMonth(1).With(DateAdjusters.NextOrSame(DayOfWeek)).PlusWeeks(Nth - 1);

    private static IsoDayOfWeek Day(IsoDayOfWeek day) =>
        day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday ? day : throw new System.ArgumentOutOfRangeException(nameof(day), day, "Not a weekday.");
}
