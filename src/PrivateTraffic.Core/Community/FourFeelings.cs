using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// Shows each of the four feelings (神秘感, 仪式感, 集体荣誉感, 参与感) as present, weak or missing, from how members
/// are admitted, whether joining has a ritual, and what the calendar holds over a range. The counts that make an
/// activity "regular" (at least 4 online and 1 offline occurrence per 30 days of the range, rounded down, at least 1) are this library's assumptions. Pure.
/// </summary>
public static class FourFeelings
{
    /// <summary>The four findings, in the order of <see cref="Feeling"/>.</summary>
    /// <param name="selectiveAdmission">Whether members join only by invitation or application (not open, not only paying).</param>
    /// <param name="hasJoiningRitual">Whether joining has a ritual.</param>
    /// <param name="calendar">The activity calendar.</param>
    /// <param name="after">The start of the range (exclusive).</param>
    /// <param name="until">The end of the range (inclusive), after <paramref name="after"/>.</param>
    /// <exception cref="System.ArgumentException">A null calendar or an empty range.</exception>
    public static IReadOnlyList<FeelingFinding> Assess(bool selectiveAdmission, bool hasJoiningRitual, ActivityCalendar calendar, Instant after, Instant until)
    {
        Guard.Against.Null(calendar);
        Guard.Against.Unmet(until > after, $"The range ends ({until}) before it starts ({after}).", nameof(until));
        var occurrences = calendar.Occurrences(after, until);
        var months = (until - after).TotalDays / 30.0;
        var online = occurrences.Count(o => o.Activity.Kind != ActivityKind.OfflineMeetup);
        var offline = occurrences.Count(o => o.Activity.Kind == ActivityKind.OfflineMeetup);
        return
        [
            selectiveAdmission
                ? new(Feeling.Mystique, FeelingLevel.Present, "Members join by invitation or application only.", "")
                : new(Feeling.Mystique, FeelingLevel.Missing, "Anyone can join.", "Start small: invite only the precise few who share the core values."),
            hasJoiningRitual
                ? new(Feeling.Ritual, FeelingLevel.Present, "Joining has a ritual.", "")
                : new(Feeling.Ritual, FeelingLevel.Missing, "Joining has no ritual.", "Give joining a ceremony, spiritual or real: a welcome, an oath, a badge."),
            Level(Feeling.CollectiveHonour, online, Regular(4, months), "online activities", "Hold online activities (lectures, check-ins, flash sales) every week, and let members pass them on."),
            Level(Feeling.Participation, offline, Regular(1, months), "offline meetups", "Hold offline meetups regularly; depth of exchange matters more than headcount."),
        ];
    }

    // The occurrences a range needs to count as regular: the rate per 30 days over the range, rounded down, at least 1.
    private static int Regular(int per30Days, double months) => System.Math.Max(1, (int)System.Math.Floor(per30Days * months));

    private static FeelingFinding Level(Feeling feeling, int count, int regular, string what, string todo) =>
        count >= regular ? new(feeling, FeelingLevel.Present, $"{count} {what} in the range (regular: {regular}).", "")
        : count > 0 ? new(feeling, FeelingLevel.Weak, $"Only {count} {what} in the range (assumed regular: {regular}).", todo)
        : new(feeling, FeelingLevel.Missing, $"No {what} in the range.", todo);
}
