using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// A community's activity calendar: its recurring activities and the cadence it promises (the longest stretch without
/// an activity it accepts). Gives the occurrences in a range, across DST (see <see cref="Recurrence"/> for the
/// resolution), and flags the gaps longer than the cadence. Immutable and thread-safe.
/// </summary>
[JsonConverter(typeof(ActivityCalendarJsonConverter))]
public sealed class ActivityCalendar : System.IEquatable<ActivityCalendar>
{
    /// <summary>The most activities a calendar holds.</summary>
    public const int MaxActivities = 64;

    private readonly RecurringActivity[] _activities;

    private ActivityCalendar(RecurringActivity[] activities, Duration cadence)
    {
        _activities = activities;
        Cadence = cadence;
    }

    /// <summary>The activities (possibly none: an empty calendar is a finding, not an error).</summary>
    public IReadOnlyList<RecurringActivity> Activities => _activities;

    /// <summary>The longest stretch without an activity the community accepts; positive.</summary>
    public Duration Cadence { get; }

    /// <summary>A calendar.</summary>
    /// <exception cref="System.ArgumentException">A null activity, more than <see cref="MaxActivities"/>, or a cadence
    /// of zero or less.</exception>
    public static ActivityCalendar Create(IEnumerable<RecurringActivity> activities, Duration cadence)
    {
        Guard.Against.Null(activities);
        var array = activities.ToArray();
        Guard.Against.Unmet(array.Length <= MaxActivities && System.Array.TrueForAll(array, a => a is not null), $"1 to {MaxActivities} activities, none null.", nameof(activities));
        Guard.Against.Unmet(cadence > Duration.Zero, $"The cadence must be positive, was {cadence}.", nameof(cadence));
        return new ActivityCalendar(array, cadence);
    }

    /// <summary>Every occurrence strictly after <paramref name="after"/> and not after <paramref name="until"/>, ordered by
    /// instant (ties by the order of the activities).</summary>
    public IReadOnlyList<ActivityOccurrence> Occurrences(Instant after, Instant until) =>
        _activities
            .SelectMany(a => a.Recurrence.Between(after, until).Select(z => new ActivityOccurrence(a, z)))
            .OrderBy(o => o.At.ToInstant())
            .ToArray();

    /// <summary>The stretches in (<paramref name="after"/>, <paramref name="until"/>] longer than the cadence with no
    /// occurrence, counting the range's ends as boundaries.</summary>
    public IReadOnlyList<ActivityGap> Gaps(Instant after, Instant until)
    {
        var gaps = new List<ActivityGap>();
        var previous = after;
        foreach (var at in Occurrences(after, until).Select(o => o.At.ToInstant()).Append(until))
        {
            if (at - previous > Cadence)
            {
                gaps.Add(new ActivityGap(previous, at));
            }

            previous = at;
        }

        return gaps;
    }

    /// <inheritdoc/>
    public bool Equals(ActivityCalendar? other) => other is not null && Cadence == other.Cadence && _activities.SequenceEqual(other._activities);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ActivityCalendar);

    /// <inheritdoc/>
    public override int GetHashCode() => System.HashCode.Combine(Cadence, _activities.Length);
}
