using System;
using NodaTime;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// Quiet hours (免打扰时段): a daily window of the member's local wall-clock time in which no touch is made, such as
/// 22:00–08:00 (an overnight window wraps midnight). An instant is quiet when its local time in the member's zone lies in
/// [<see cref="Start"/>, <see cref="End"/>). <see cref="Start"/> equal to <see cref="End"/> means no quiet hours.
/// </summary>
/// <remarks>
/// DST: the rule is about the local time each instant actually shows. In a spring-forward gap the quiet window ends at the
/// transition if the end time is skipped (02:30 never shows, so the first non-quiet instant is the one that shows 03:00); in
/// a fall-back overlap a repeated local time is quiet both times it shows. <see cref="EarliestFrom"/> computes this exactly,
/// zone interval by zone interval. Equality is by value; <c>default(QuietHours)</c> is none (00:00–00:00).
/// </remarks>
public readonly record struct QuietHours
{
    /// <summary>Creates quiet hours.</summary>
    /// <param name="start">When the quiet window starts (local time, inclusive).</param>
    /// <param name="end">When it ends (local time, exclusive); before <paramref name="start"/> for an overnight window.</param>
    public QuietHours(LocalTime start, LocalTime end)
    {
        Start = start;
        End = end;
    }

    /// <summary>No quiet hours.</summary>
    public static QuietHours None => default;

    /// <summary>When the quiet window starts (local time, inclusive).</summary>
    public LocalTime Start { get; }

    /// <summary>When it ends (local time, exclusive).</summary>
    public LocalTime End { get; }

    /// <summary>Whether there is a quiet window at all.</summary>
    public bool IsNone => Start == End;

    /// <summary>Whether the window wraps midnight (such as 22:00–08:00).</summary>
    public bool IsOvernight => End < Start;

    /// <summary>Whether a local time of day is quiet.</summary>
    /// <param name="time">The local time.</param>
    /// <returns>True inside the window.</returns>
    public bool Contains(LocalTime time) =>
        !IsNone && (IsOvernight ? time >= Start || time < End : time >= Start && time < End);

    private bool Contains(long nanosecondOfDay)
    {
        var start = Start.NanosecondOfDay;
        var end = End.NanosecondOfDay;
        return start != end && (end < start ? nanosecondOfDay >= start || nanosecondOfDay < end : nanosecondOfDay >= start && nanosecondOfDay < end);
    }

    /// <summary>Whether an instant is quiet for a member in a zone.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="zone">The member's zone.</param>
    /// <returns>True when its local time lies in the window.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public bool IsQuiet(Instant instant, DateTimeZone zone) =>
        Contains(instant.InZone(Guard.Against.Null(zone)).TimeOfDay);

    /// <summary>The earliest instant at or after <paramref name="from"/> that is not quiet, computed exactly (no stepping).</summary>
    /// <param name="from">The first instant to consider.</param>
    /// <param name="zone">The member's zone.</param>
    /// <returns><paramref name="from"/> when it is not quiet; otherwise the first instant whose local time leaves the window.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public Instant EarliestFrom(Instant from, DateTimeZone zone)
    {
        Guard.Against.Null(zone);
        if (IsNone)
        {
            return from;
        }

        var t = from;

        // Within one zone interval the offset is fixed, so local time runs continuously and the window's end is one sum; if
        // the end lies past the interval, the next interval starts with another offset and is checked afresh. A
        // transition can only make an iteration shorter, and a zone changes offset at most a few times a year.
        for (var i = 0; i < 64; i++)
        {
            var interval = zone.GetZoneInterval(t);
            var offset = interval.WallOffset;
            Instant exit;
            if (t >= ReachNanos.From && t < ReachNanos.To)
            {
                // The common case in nanoseconds since the epoch (exact, no calendar arithmetic): the local time of day is
                // the local nanoseconds modulo a day, and the window ends End − time later (or a day later for the
                // evening part of an overnight window).
                var time = ReachNanos.OfDay((t - NodaConstants.UnixEpoch).ToInt64Nanoseconds() + offset.Nanoseconds);
                if (!Contains(time))
                {
                    return t;
                }

                var end = End.NanosecondOfDay;
                exit = t + Duration.FromNanoseconds(time < end ? end - time : ReachNanos.PerDay - time + end);
            }
            else
            {
                var local = t.WithOffset(offset).LocalDateTime;
                var time = local.TimeOfDay;
                if (!Contains(time))
                {
                    return t;
                }

                var endDate = IsOvernight && time >= Start ? local.Date.PlusDays(1) : local.Date;
                exit = new OffsetDateTime(endDate.At(End), offset).ToInstant();
            }

            if (!interval.HasEnd || exit < interval.End)
            {
                return exit;
            }

            t = interval.End;
        }

        throw new InvalidOperationException($"The zone {zone.Id} changes offset too often to leave quiet hours after {from}.");
    }

    /// <summary>The window as text, such as <c>22:00–08:00</c>, or <c>none</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsNone ? "none" : $"{Start:HH:mm}–{End:HH:mm}";
}
