using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Tests.Support;
using Xunit;

namespace PrivateTraffic.Core.Tests.Engagement;

/// <summary>
/// The planner's fast arithmetic (nanoseconds since the epoch, the per-thread calendar memo) is used between the years 1700
/// and 2200; outside it NodaTime's calendar path decides. Four hundred Gregorian years are 146,097 days, a whole number of
/// weeks, and the TZDB rules of New York, London and Shanghai repeat unchanged after 2037, so a scenario moved 400 years
/// later has the same local calendar and the same DST transitions: both paths must give the same decisions, moved.
/// </summary>
public sealed class ReachPlannerCalendarPathTests
{
    private static readonly Duration FourHundredYears = Duration.FromDays(146_097);

    [DeepProperty(runs: 50)]
    public Property Four_hundred_years_later_the_calendar_path_decides_as_the_fast_path_did() => Prop.ForAll(
        Gen.OneOf(Generators.ReachScenarios().Generator, Generators.MonthlyReachScenarios().Generator).ToArbitrary(),
        s =>
        {
            var now = new ReachPlanner(s.Policy).Plan(s.Touches, s.BuildHistory());
            var later = new ReachPlanner(s.Policy).Plan(s.Touches.Select(Later).ToArray(), new ReachHistory(s.Profiles.Select(Later), s.History.Select(Later)));
            for (var i = 0; i < now.Length; i++)
            {
                var d = now[i];
                Assert.Equal((d.Kind, d.Requested + FourHundredYears, d.At + FourHundredYears, d.Reason, d.Blocker), (later[i].Kind, later[i].Requested, later[i].At, later[i].Reason, later[i].Blocker));
            }
        });

    private static Instant Later(Instant t) => t + FourHundredYears;

    private static Instant? Later(Instant? t) => t + FourHundredYears;

    private static ProposedTouch Later(ProposedTouch t) => new(t.Member, t.Channel, t.ChannelKind, t.Class, t.Mode, Later(t.NotBefore), t.TemplateId, t.Origin);

    private static TouchRecord Later(TouchRecord t) => new(t.Member, t.Channel, t.ChannelKind, t.Class, t.Mode, Later(t.At));

    private static ContactProfile Later(ContactProfile p) => new(
        p.Member,
        p.Zone,
        p.Consents.Select(c => c with { At = Later(c.At) }),
        p.DoNotContact.Select(e => new DoNotContactEntry(e.Source, Later(e.From), Later(e.Until), e.Channel, e.Purpose, e.Reason)),
        p.Overrides.Select(o => new DoNotContactOverride(Later(o.From), Later(o.Until), o.ApprovedBy, o.Channel, o.Purpose)),
        p.Pauses.Select(x => new PauseWindow(Later(x.From), Later(x.Until), x.Reason)),
        p.Feedback.Select(f => f with { At = Later(f.At) }));
}
