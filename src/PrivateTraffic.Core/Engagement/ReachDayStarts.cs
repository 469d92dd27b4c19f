using System;
using System.Runtime.CompilerServices;
using NodaTime;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// The first instant of a date in a zone (where a calendar day, week or month of the caps starts), remembered per thread.
/// A batch asks for the same few dates of the same few zones again and again; the answer depends only on the zone and the
/// date (zones are immutable), so a small direct-mapped memo returns exactly what the computation would, without
/// allocating and without the zone-interval look-ups.
/// </summary>
internal static class ReachDayStarts
{
    private const int Size = 1024;

    [ThreadStatic]
    private static Slot[]? t_slots;

    /// <summary>The zone's first instant of the date (NodaTime's <c>AtStartOfDay</c>).</summary>
    public static Instant Of(DateTimeZone zone, LocalDate date)
    {
        var slots = t_slots ??= new Slot[Size];
        var i = (int)((uint)((date.GetHashCode() * -1640531535) ^ RuntimeHelpers.GetHashCode(zone)) % Size);
        ref var slot = ref slots[i];
        if (ReferenceEquals(slot.Zone, zone) && slot.Date == date)
        {
            return slot.Start;
        }

        var start = Compute(zone, date);
        slot = new Slot(zone, date, start);
        return start;
    }

    // When local midnight maps to exactly one instant (neither skipped nor repeated by the intervals on either side) that
    // instant is found with interval look-ups and no allocation; otherwise (midnight in a gap or an overlap, which few
    // zones have) NodaTime's AtStartOfDay decides.
    private static Instant Compute(DateTimeZone zone, LocalDate date)
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

    private readonly record struct Slot(DateTimeZone? Zone, LocalDate Date, Instant Start);
}
