using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Calendars;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Tests.Engagement;

/// <summary>
/// A slow reference for the reach rules, written from their definitions (local dates and times of each instant, sums over
/// every touch), independent of the planner's exact arithmetic: the tests step through time with it.
/// </summary>
public static class ReachReference
{
    /// <summary>A marketing touch as the reference counts it.</summary>
    public readonly record struct Made(Instant At, ChannelKind Kind, DeliveryMode Mode);

    /// <summary>Whether every rule holds for a touch at an instant, given the member's marketing touches.</summary>
    public static bool Holds(ReachPolicy policy, ContactProfile profile, ProposedTouch touch, IReadOnlyList<Made> made, Instant t, bool withFatigue = true)
    {
        var purpose = touch.RequiredPurpose;
        if (!profile.HasConsent(purpose, touch.Channel, t))
        {
            return false;
        }

        foreach (var e in profile.DoNotContact)
        {
            var inForce = t >= e.From && (e.Until is null || t < e.Until.Value) && e.Covers(touch.Channel, purpose);
            if (inForce && (e.Source == DoNotContactSource.Member || !profile.Overrides.Any(o => o.Lifts(touch.Channel, purpose, t))))
            {
                return false;
            }
        }

        if (!policy.RuleFor(touch.ChannelKind).Allows(touch.Class))
        {
            return false;
        }

        if (policy.QuietHours.Contains(t.InZone(profile.Zone).TimeOfDay))
        {
            return false;
        }

        if (touch.Class == MessageClass.Service)
        {
            return true;
        }

        if (profile.Pauses.Any(p => p.InForceAt(t)) || profile.Feedback.Any(f => t >= f.At && t < f.At + policy.Cooldown(f.Kind)))
        {
            return false;
        }

        var zone = profile.Zone;
        var date = t.InZone(zone).Date;
        if (!CapsHold(policy.RuleFor(touch.ChannelKind).Caps, zone, date, made.Where(m => m.Kind == touch.ChannelKind)))
        {
            return false;
        }

        if (touch.Mode == DeliveryMode.DirectMessage)
        {
            foreach (var limit in policy.PlatformLimits.Where(l => l.Governs(touch.ChannelKind)))
            {
                if (!CapsHold(limit.MemberCaps, zone, date, made.Where(m => m.Mode == DeliveryMode.DirectMessage && limit.Governs(m.Kind))))
                {
                    return false;
                }
            }
        }

        if (made.Any(m => Duration.FromNanoseconds(Math.Abs((m.At - t).TotalNanoseconds)) < policy.MinimumGap))
        {
            return false;
        }

        if (withFatigue && policy.Fatigue is { Ceiling: { } ceiling } f)
        {
            var level = made.Where(m => m.At <= t).Sum(m => Math.Pow(2, -(t - m.At).TotalNanoseconds / f.HalfLife.TotalNanoseconds));
            if (level > ceiling * (1 + 1e-9))
            {
                return false;
            }
        }

        return true;
    }

    private static bool CapsHold(TouchCaps caps, DateTimeZone zone, LocalDate date, IEnumerable<Made> made)
    {
        var dates = made.Select(m => m.At.InZone(zone).Date).ToList();
        var week = WeekYearRules.Iso;
        bool SameWeek(LocalDate d) => week.GetWeekYear(d) == week.GetWeekYear(date) && week.GetWeekOfWeekYear(d) == week.GetWeekOfWeekYear(date);
        return (caps.PerDay is not { } day || dates.Count(d => d == date) < day)
            && (caps.PerWeek is not { } w || dates.Count(SameWeek) < w)
            && (caps.MonthlyCapOf(date) is not { } m || dates.Count(d => d.Year == date.Year && d.Month == date.Month) < m);
    }
}
