using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// Shows each of the four feelings (神秘感, 仪式感, 集体荣誉感, 参与感) as present, weak or missing, from how members
/// are admitted, whether joining has a ritual, and what the calendar holds over a range. The counts that make an
/// activity "regular" (at least 4 online and 1 offline occurrence in 30 days) are this library's assumptions. Pure.
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
        var per30Days = 30.0 / (until - after).TotalDays;
        var online = occurrences.Count(o => o.Activity.Kind != ActivityKind.OfflineMeetup) * per30Days;
        var offline = occurrences.Count(o => o.Activity.Kind == ActivityKind.OfflineMeetup) * per30Days;
        return
        [
            selectiveAdmission
                ? new(Feeling.Mystique, FeelingLevel.Present, "Members join by invitation or application only.", "")
                : new(Feeling.Mystique, FeelingLevel.Missing, "Anyone can join.", "Start small: invite only the precise few who share the core values."),
            hasJoiningRitual
                ? new(Feeling.Ritual, FeelingLevel.Present, "Joining has a ritual.", "")
                : new(Feeling.Ritual, FeelingLevel.Missing, "Joining has no ritual.", "Give joining a ceremony, spiritual or real: a welcome, an oath, a badge."),
            Level(Feeling.CollectiveHonour, online, 4, "online activities", "Hold online activities (lectures, check-ins, flash sales) every week, and let members pass them on."),
            Level(Feeling.Participation, offline, 1, "offline meetups", "Hold offline meetups regularly; depth of exchange matters more than headcount."),
        ];
    }

    private static FeelingFinding Level(Feeling feeling, double per30Days, int regular, string what, string todo) =>
        per30Days >= regular ? new(feeling, FeelingLevel.Present, $"{per30Days:0.#} {what} per 30 days.", "")
        : per30Days > 0 ? new(feeling, FeelingLevel.Weak, $"Only {per30Days:0.#} {what} per 30 days (assumed regular: {regular}).", todo)
        : new(feeling, FeelingLevel.Missing, $"No {what} in the range.", todo);
}
