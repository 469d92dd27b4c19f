using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// An SOP (标准作业程序) started for one member: every step placed at an instant in the member's zone, each proposing a
/// touch (<see cref="ProposedTouch"/>) for the reach planner to allow, defer or deny. Pure: the start instant comes in as
/// an argument. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Placing a step: its local date is the start's local date in the member's zone plus the step's day; its local
/// time is the step's. The pair is mapped to an instant with NodaTime's lenient resolver
/// (<see cref="DateTimeZone.AtLeniently(LocalDateTime)"/>): a time in a DST gap (clocks jump forward) moves forward by
/// the gap's length, so 02:30 on the day New York springs forward is 03:30 EDT; a time that occurs twice (clocks fall
/// back) takes the earlier instant, so 01:30 on the day London falls back is 01:30 BST. A day-0 step whose instant is
/// before the start is proposed at the start instant. <see cref="SopScheduledStep.Resolution"/> says which rule applied.</para>
/// <para>The schedule is in time order (ties by step index): a gap can put a step's instant after the next step's
/// (02:30 shifted to 03:30 comes after a 03:15 step), so the order is by instant, not by step.</para>
/// <para>Each touch's <see cref="ProposedTouch.Origin"/> is <c>{sop id}#{step index}</c>; when that passes 128
/// characters, the id is cut short so the step index still fits.</para>
/// </remarks>
public sealed class SopRun
{
    private readonly SopScheduledStep[] _schedule;

    private SopRun(SopDefinition sop, MemberId member, DateTimeZone zone, Instant startedAt, SopScheduledStep[] schedule)
    {
        Sop = sop;
        Member = member;
        Zone = zone;
        StartedAt = startedAt;
        _schedule = schedule;
    }

    /// <summary>The SOP.</summary>
    public SopDefinition Sop { get; }

    /// <summary>The member it runs for.</summary>
    public MemberId Member { get; }

    /// <summary>The member's time zone, in which the steps' local times are read.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The start (the capture instant, or a hand-over's end instant).</summary>
    public Instant StartedAt { get; }

    /// <summary>Every step placed in time, in time order (ties by step index).</summary>
    public IReadOnlyList<SopScheduledStep> Schedule => _schedule;

    /// <summary>The proposed touches of every step, in time order; an exit cancels some (<see cref="Progress"/>).</summary>
    public IEnumerable<ProposedTouch> Touches => _schedule.Select(s => s.Touch);

    /// <summary>Starts <paramref name="sop"/> for a member at <paramref name="start"/>.</summary>
    /// <param name="sop">The SOP.</param>
    /// <param name="member">The member.</param>
    /// <param name="zone">The member's time zone.</param>
    /// <param name="start">The start: the capture instant, or the end of the SOP that handed over.</param>
    /// <returns>The run, with every step placed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sop"/> or <paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="member"/> is unset.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is in the year 9998 or later, or -9998 or
    /// earlier (UTC): a year of steps would pass an end of NodaTime's calendar.</exception>
    public static SopRun Start(SopDefinition sop, MemberId member, DateTimeZone zone, Instant start)
    {
        Guard.Against.Null(sop);
        Guard.Against.Null(zone);
        Guard.Against.Unmet(!member.IsUnset, $"A run needs a member.", nameof(member));
        if (start.InUtc().Year is >= 9998 or <= -9998)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "The start is too close to an end of the calendar for a year of steps.");
        }

        var startDate = start.InZone(zone).Date;
        var schedule = new SopScheduledStep[sop.Steps.Count];
        for (var i = 0; i < schedule.Length; i++)
        {
            var step = sop.Steps[i];
            var local = startDate.PlusDays(step.Day) + step.At;
            var (at, resolution) = Place(zone, local, start);
            var touch = new ProposedTouch(member, step.Channel, step.ChannelKind, step.Class, step.Mode, at, step.TemplateId, Origin(sop.Id, i));
            schedule[i] = new SopScheduledStep(i, step, local, at, resolution, touch);
        }

        // A stable sort: equal instants keep step order.
        return new SopRun(sop, member, zone, start, schedule.OrderBy(s => s.At).ToArray());
    }

    /// <summary>Where the run stands at <paramref name="asOf"/>, given what the member did since the start.</summary>
    /// <param name="facts">What the member did; facts before the start or after <paramref name="asOf"/> do not count.</param>
    /// <param name="asOf">The instant of evaluation.</param>
    /// <returns>The progress: steps due, remaining and skipped, the outcome and the end actions due.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public SopProgress Progress(SopMemberFacts facts, Instant asOf)
    {
        Guard.Against.Null(facts);
        var exitAt = Sop.Exit.ExitAt(facts, StartedAt, asOf);
        var due = _schedule.Where(s => s.At <= asOf && (exitAt is null || s.At < exitAt)).ToArray();
        var skipped = exitAt is { } exit ? _schedule.Where(s => s.At >= exit).ToArray() : [];
        var remaining = exitAt is null ? _schedule.Where(s => s.At > asOf).ToArray() : [];
        var outcome = exitAt is not null ? SopOutcome.Exited : remaining.Length == 0 ? SopOutcome.Completed : SopOutcome.Running;
        Instant? endedAt = outcome switch
        {
            SopOutcome.Exited => exitAt,
            SopOutcome.Completed => _schedule[^1].At,
            _ => null,
        };
        return new SopProgress(
            asOf,
            outcome,
            due,
            remaining,
            skipped,
            exitAt,
            Sop.Exit.MetBy(facts, StartedAt, asOf),
            endedAt,
            Sop.EndActions.Where(a => a.IsDueOn(outcome)).ToArray());
    }

    private static (Instant At, SopTimeResolution Resolution) Place(DateTimeZone zone, LocalDateTime local, Instant start)
    {
        var at = zone.AtLeniently(local).ToInstant();
        if (at < start)
        {
            return (start, SopTimeResolution.AtStart);
        }

        return (at, zone.MapLocal(local).Count switch
        {
            0 => SopTimeResolution.ShiftedPastGap,
            1 => SopTimeResolution.Exact,
            _ => SopTimeResolution.EarlierOfAmbiguous,
        });
    }

    private static string Origin(SopId id, int index)
    {
        var suffix = "#" + index.ToString(CultureInfo.InvariantCulture);
        var text = id.Value;
        var room = IdentifierText.MaxLength - suffix.Length;
        if (text.Length > room)
        {
            // Never cut a surrogate pair in two: the origin must stay valid text.
            text = text[..(char.IsHighSurrogate(text[room - 1]) ? room - 1 : room)];
        }

        return text + suffix;
    }
}
