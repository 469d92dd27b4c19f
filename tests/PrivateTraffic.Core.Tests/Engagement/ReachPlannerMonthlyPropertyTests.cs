using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;
using Xunit;
using Made = PrivateTraffic.Core.Tests.Engagement.ReachReference.Made;

namespace PrivateTraffic.Core.Tests.Engagement;

/// <summary>
/// Monthly caps over 40-day horizons that cross month ends (February, 30- and 31-day months, a leap February) in DST zones,
/// against the stepping reference. Without a fatigue ceiling every rule is constant between the instants at which one of
/// them can change (a local midnight, a quiet-hour edge, a zone transition, a touch ± the gap, the end of a pause or a
/// cooldown; the scenarios have no do-not-contact entries), so checking the reference at exactly those instants is checking it at every instant; the set is computed
/// from the rules' definitions with NodaTime, not from the planner.
/// </summary>
public sealed class ReachPlannerMonthlyPropertyTests
{
    [DeepProperty]
    public Property Decisions_across_month_ends_are_the_earliest_instants_the_reference_allows() => Prop.ForAll(Generators.MonthlyReachScenarios(), s =>
    {
        var decisions = new ReachPlanner(s.Policy).Plan(s.Touches, s.BuildHistory());
        var made = ReachPlannerPropertyTests.InitialMade(s);
        for (var i = 0; i < s.Touches.Length; i++)
        {
            var touch = s.Touches[i];
            var d = decisions[i];
            var profile = s.Profiles.Single(p => p.Member == touch.Member);
            var mine = made.TryGetValue(touch.Member, out var list) ? list : made[touch.Member] = [];
            var requested = touch.NotBefore;
            var end = requested + s.Policy.Horizon;
            var candidates = ChangePoints(s.Policy, profile, mine, requested, end);
            var until = d.Kind == ReachDecisionKind.Deny ? end + Duration.Epsilon : d.At;
            foreach (var t in candidates.Where(t => t < until))
            {
                Assert.False(ReachReference.Holds(s.Policy, profile, touch, mine, t), $"{s}: touch {i} ({d}) holds earlier, at {t}");
            }

            if (d.IsPlaced)
            {
                Assert.True(ReachReference.Holds(s.Policy, profile, touch, mine, d.At), $"{s}: touch {i} ({d}) does not hold at its instant");
                Assert.Contains(d.At, candidates);
                if (touch.Class == MessageClass.Marketing)
                {
                    mine.Add(new Made(d.At, touch.ChannelKind, touch.Mode));
                }
            }
        }
    });

    [Fact]
    public void The_scenarios_reach_the_month_length_limit_in_february_and_in_31_day_months()
    {
        // Not a check of the planner but of the generator: the property above must see WeCom's month-length limit bind.
        var months = new HashSet<int>();
        foreach (var s in Enumerable.Range(0, 400).Select(Generators.BuildMonthlyReachScenario))
        {
            if (s.Policy.PlatformLimits is not [{ MemberCaps.MonthFollowsDays: true }])
            {
                continue;
            }

            var decisions = new ReachPlanner(s.Policy).Plan(s.Touches, s.BuildHistory());
            for (var i = 0; i < decisions.Length; i++)
            {
                if (decisions[i].Reason == ReachReason.PlatformCap)
                {
                    var zone = s.Profiles.Single(p => p.Member == s.Touches[i].Member).Zone;
                    var local = decisions[i].Requested.InZone(zone).Date;
                    months.Add(local.Calendar.GetDaysInMonth(local.Year, local.Month));
                }
            }
        }

        Assert.Contains(28, months);
        Assert.Contains(31, months);
    }

    /// <summary>Every instant in [from, to] at which some rule can change its answer, with from itself.</summary>
    private static SortedSet<Instant> ChangePoints(ReachPolicy policy, ContactProfile profile, IReadOnlyList<Made> made, Instant from, Instant to)
    {
        var zone = profile.Zone;
        var points = new SortedSet<Instant> { from };
        void Add(Instant t)
        {
            if (t >= from && t <= to)
            {
                points.Add(t);
            }
        }

        foreach (var interval in zone.GetZoneIntervals(from - Duration.FromDays(2), to + Duration.FromDays(2)))
        {
            if (interval.HasStart)
            {
                Add(interval.Start);
            }
        }

        for (var date = from.InZone(zone).Date.PlusDays(-1); date <= to.InZone(zone).Date.PlusDays(1); date = date.PlusDays(1))
        {
            Add(zone.AtStartOfDay(date).ToInstant());
            foreach (var time in new[] { policy.QuietHours.Start, policy.QuietHours.End })
            {
                var mapping = zone.MapLocal(date.At(time));
                if (mapping.Count > 0)
                {
                    Add(mapping.First().ToInstant());
                    Add(mapping.Last().ToInstant());
                }
            }
        }

        foreach (var m in made)
        {
            Add(m.At - policy.MinimumGap);
            Add(m.At + policy.MinimumGap);
        }

        foreach (var c in profile.Consents)
        {
            Add(c.At);
        }

        foreach (var p in profile.Pauses)
        {
            Add(p.From);
            Add(p.Until ?? from);
        }

        foreach (var f in profile.Feedback)
        {
            Add(f.At);
            Add(f.At + policy.Cooldown(f.Kind));
        }

        return points;
    }
}
