using System;
using System.Runtime.CompilerServices;
using NodaTime;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// The calendar windows the caps count in (the local day, ISO week and month of an instant in a member's zone), remembered
/// per thread. A batch asks about the same few dates of the same few zones again and again; the windows depend only on
/// the zone and the local date (zones are immutable), so a small direct-mapped memo returns exactly what the computation
/// would, without allocating and without calendar arithmetic.
/// </summary>
internal static class ReachCalendar
{
    private const int Size = 512;
    private const int UnixEpochDayNumber = 719_162;

    // Slots 0 to Size − 1 are the memo; slot Size holds the last instant outside the span where the memo is used.
    [ThreadStatic]
    private static Window[]? t_windows;

    /// <summary>The windows of the local date of an instant in a zone; read them before the next call on this thread.</summary>
    public static ref readonly Window Of(DateTimeZone zone, Instant instant)
    {
        var windows = t_windows ??= new Window[Size + 1];
        if (instant < ReachNanos.From || instant >= ReachNanos.To)
        {
            windows[Size] = new Window(zone, long.MinValue, instant.InZone(zone).Date, computed: false);
            return ref windows[Size];
        }

        var offset = zone.GetUtcOffset(instant);
        var day = ReachNanos.Day((instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds() + offset.Nanoseconds);
        ref var slot = ref windows[(int)((uint)(((int)day * -1640531535) ^ RuntimeHelpers.GetHashCode(zone)) % Size)];
        if (slot.Day != day || !ReferenceEquals(slot.Zone, zone))
        {
            slot = new Window(zone, day, LocalDate.FromDateOnly(DateOnly.FromDayNumber(UnixEpochDayNumber + (int)day)), computed: true);
        }

        return ref slot;
    }

    // The zone's first instant of a date (NodaTime's AtStartOfDay). When local midnight maps to exactly one instant (neither
    // skipped nor repeated by the intervals on either side) that instant is found with interval look-ups and no allocation;
    // otherwise (midnight in a gap or an overlap, which few zones have) AtStartOfDay decides.
    private static Instant StartOfDay(DateTimeZone zone, LocalDate date)
    {
        var localAsUtc = date.AtMidnight().InUtc().ToInstant();
        var offset = zone.GetZoneInterval(localAsUtc).WallOffset;
        var guess = localAsUtc - Duration.FromSeconds(offset.Seconds);
        var interval = zone.GetZoneInterval(guess);
        if (interval.WallOffset == offset
            && (!interval.HasStart || localAsUtc - Duration.FromSeconds(zone.GetZoneInterval(interval.Start - Duration.Epsilon).WallOffset.Seconds) >= interval.Start)
            && (!interval.HasEnd || localAsUtc - Duration.FromSeconds(zone.GetZoneInterval(interval.End).WallOffset.Seconds) < interval.End))
        {
            return guess;
        }

        return zone.AtStartOfDay(date).ToInstant();
    }

    /// <summary>
    /// One local date's windows in one zone, each from the zone's start of its first date to the start of the next window:
    /// computed when made inside the span where the memo is used, and when asked outside it (as far as NodaTime's calendar
    /// reaches, as the caps always did).
    /// </summary>
    internal readonly struct Window
    {
        private readonly bool _computed;
        private readonly Instant _dayStart;
        private readonly Instant _dayEnd;
        private readonly Instant _weekStart;
        private readonly Instant _weekEnd;
        private readonly Instant _monthStart;
        private readonly Instant _monthEnd;

        public Window(DateTimeZone zone, long day, LocalDate date, bool computed)
        {
            Zone = zone;
            Day = day;
            Date = date;
            _computed = computed;
            if (computed)
            {
                (_dayStart, _dayEnd) = Bounds(zone, date, 0);
                (_weekStart, _weekEnd) = Bounds(zone, date, 1);
                (_monthStart, _monthEnd) = Bounds(zone, date, 2);
            }
        }

        public DateTimeZone? Zone { get; }

        public long Day { get; }

        public LocalDate Date { get; }

        /// <summary>The bounds of a window: 0 the day, 1 the ISO week (Monday first), 2 the month.</summary>
        public (Instant Start, Instant End) Of(int which) => !_computed ? Bounds(Zone!, Date, which) : which switch
        {
            0 => (_dayStart, _dayEnd),
            1 => (_weekStart, _weekEnd),
            _ => (_monthStart, _monthEnd),
        };

        private static (Instant, Instant) Bounds(DateTimeZone zone, LocalDate date, int which)
        {
            var first = which switch { 0 => date, 1 => date.PlusDays(1 - (int)date.DayOfWeek), _ => date.PlusDays(1 - date.Day) };
            var next = which switch { 0 => first.PlusDays(1), 1 => first.PlusDays(7), _ => first.PlusMonths(1) };
            return (StartOfDay(zone, first), StartOfDay(zone, next));
        }
    }
}
