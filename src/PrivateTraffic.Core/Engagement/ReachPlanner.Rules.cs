using System;
using NodaTime;
using PrivateTraffic.Core.Pools;

namespace PrivateTraffic.Core.Engagement;

// The time rules, in check order. Each answers "the earliest instant at or after c at which I hold" (Never when none),
// and the reason it did not hold at c. None writes anything; the fold over them is in ReachPlanner.cs.
public sealed partial class ReachPlanner
{
    private static readonly Instant Never = Instant.MaxValue;

    private static readonly ReachCalendar.Window NoWindow;

    // 1. Consent and do-not-contact. Consent is a step function of the records; an entry blocks from From to Until.
    private static Instant ConsentAndContact(ProposedTouch touch, ContactProfile profile, Instant c, out ReachReason why)
    {
        why = ReachReason.None;
        var purpose = touch.RequiredPurpose;
        var channel = touch.Channel;
        for (var guard = 0; guard < 100_000 && c != Never; guard++)
        {
            var state = profile.ConsentAt(purpose, channel, c);
            if (state != true)
            {
                Note(ref why, state == false ? ReachReason.ConsentWithdrawn : ReachReason.ConsentMissing);
                c = NextGrant(profile, purpose, channel, c);
                continue;
            }

            var next = c;
            foreach (var e in profile.DoNotContactArray)
            {
                if (!e.Covers(channel, purpose) || !e.InForceAt(c))
                {
                    continue;
                }

                if (e.Source == DoNotContactSource.Member)
                {
                    Note(ref why, ReachReason.MemberOptedOut);
                    next = Max(next, e.Until ?? Never);
                }
                else if (!Lifted(profile, channel, purpose, c))
                {
                    Note(ref why, ReachReason.OperatorBlocked);
                    next = Max(next, Min(e.Until ?? Never, NextOverride(profile, channel, purpose, c)));
                }
            }

            if (next == c)
            {
                return c;
            }

            c = next;
        }

        return Never;
    }

    private static Instant NextGrant(ContactProfile profile, ConsentPurpose purpose, Primitives.ChannelId channel, Instant c)
    {
        var best = Never;
        foreach (var r in profile.ConsentArray)
        {
            if (r.At > c && r.At < best && r.Purpose == purpose && r.Channel == channel && profile.ConsentAt(purpose, channel, r.At) == true)
            {
                best = r.At;
            }
        }

        return best;
    }

    private static bool Lifted(ContactProfile profile, Primitives.ChannelId channel, ConsentPurpose purpose, Instant c)
    {
        foreach (var o in profile.OverrideArray)
        {
            if (o.Lifts(channel, purpose, c))
            {
                return true;
            }
        }

        return false;
    }

    private static Instant NextOverride(ContactProfile profile, Primitives.ChannelId channel, ConsentPurpose purpose, Instant c)
    {
        var best = Never;
        foreach (var o in profile.OverrideArray)
        {
            if (o.From > c && o.From < best && o.Lifts(channel, purpose, o.From))
            {
                best = o.From;
            }
        }

        return best;
    }

    // 3. Pauses and the cooldowns after negative feedback (marketing only).
    private Instant PauseAndCooldown(ContactProfile profile, Instant c, out ReachReason why)
    {
        why = ReachReason.None;
        var moved = true;
        while (moved && c != Never)
        {
            moved = false;
            foreach (var p in profile.PauseArray)
            {
                if (p.InForceAt(c))
                {
                    Note(ref why, ReachReason.Paused);
                    c = p.Until ?? Never;
                    moved = true;
                }
            }

            foreach (var f in profile.FeedbackArray)
            {
                var d = _policy.Cooldown(f.Kind);
                if (d > Duration.Zero && c >= f.At && c < f.At + d)
                {
                    Note(ref why, ReachReason.NegativeFeedbackCooldown);
                    c = f.At + d;
                    moved = true;
                }
            }
        }

        return c;
    }

    // 5. Caps (the channel's, then each platform limit's) and the minimum gap (marketing only).
    private Instant Caps(ProposedTouch touch, DateTimeZone zone, in ReachMemberTouches touches, Instant c, out ReachReason why)
    {
        why = ReachReason.None;
        var kind = touch.ChannelKind;
        var caps = _capsByKind[(int)kind];
        var limits = touch.Mode == DeliveryMode.DirectMessage ? _limitsByKind[(int)kind] : [];
        var gap = _policy.MinimumGap;
        var moved = true;
        while (moved && c != Never)
        {
            moved = false;

            // The local date is the same for every cap set: found once a round, not once a set.
            ref readonly var window = ref caps.IsNone && limits.Length == 0 ? ref NoWindow : ref ReachCalendar.Of(zone, c);
            var next = CapWindow(caps, window, touches, c, kind, null, out var capWhy);
            if (next == c)
            {
                foreach (var limit in limits)
                {
                    next = CapWindow(limit.Caps, window, touches, c, kind, limit.Governs, out capWhy);
                    if (next != c)
                    {
                        break;
                    }
                }
            }

            if (next == c && gap > Duration.Zero && !touches.IsEmpty)
            {
                var after = c - gap;
                var before = c + gap;
                foreach (var t in touches)
                {
                    if (t.At > after && t.At < before)
                    {
                        next = Max(next, t.At + gap);
                        capWhy = ReachReason.MinimumGap;
                    }
                }
            }

            if (next != c)
            {
                Note(ref why, capWhy);
                c = next;
                moved = true;
            }
        }

        return c;
    }

    // The start of the next calendar window (day, week, month in the member's zone) when c's window is full; c otherwise.
    private static Instant CapWindow(TouchCaps caps, in ReachCalendar.Window window, in ReachMemberTouches touches, Instant c, Primitives.ChannelKind kind, bool[]? limit, out ReachReason why)
    {
        why = ReachReason.None;
        if (caps.IsNone)
        {
            return c;
        }

        // Most members have fewer touches than a cap: count them once, and skip every window they cannot fill.
        var total = 0;
        foreach (var t in touches)
        {
            total += Counts(t, kind, limit) ? 1 : 0;
        }

        if (caps.PerDay is { } perDay && Full(perDay, total, window, 0, touches, kind, limit, out var end))
        {
            why = limit is null ? ReachReason.DailyCap : ReachReason.PlatformCap;
            return end;
        }

        if (caps.PerWeek is { } perWeek && Full(perWeek, total, window, 1, touches, kind, limit, out end))
        {
            why = limit is null ? ReachReason.WeeklyCap : ReachReason.PlatformCap;
            return end;
        }

        if (caps.MonthlyCapOf(window.Date) is { } perMonth && Full(perMonth, total, window, 2, touches, kind, limit, out end))
        {
            why = limit is null ? ReachReason.MonthlyCap : ReachReason.PlatformCap;
            return end;
        }

        return c;
    }

    private static bool Full(int cap, int total, in ReachCalendar.Window window, int which, in ReachMemberTouches touches, Primitives.ChannelKind kind, bool[]? limit, out Instant end)
    {
        end = Never;
        if (cap == 0)
        {
            return true;
        }

        if (total < cap)
        {
            return false;
        }

        var bounds = window.Of(which);
        end = bounds.End;
        var n = 0;
        foreach (var t in touches)
        {
            n += t.At >= bounds.Start && t.At < end && Counts(t, kind, limit) ? 1 : 0;
        }

        return n >= cap;
    }

    // A channel's caps count its kind's touches; a platform limit (the kinds it governs) counts direct messages on them.
    private static bool Counts(in MarketingTouch t, Primitives.ChannelKind kind, bool[]? limit) =>
        limit is null ? t.Kind == kind : t.Mode == DeliveryMode.DirectMessage && (uint)t.Kind < (uint)limit.Length && limit[(int)t.Kind];

    // 6. Fatigue: F(t) = Σ 2^(−(t − tᵢ)/h) over touches tᵢ ≤ t; it only decays between touches, so the wait is closed-form.
    private Instant Fatigue(in ReachMemberTouches touches, Instant c, out ReachReason why)
    {
        why = ReachReason.None;
        if (_policy.Fatigue is not { Ceiling: not null } model)
        {
            return c;
        }

        while (c != Never)
        {
            var level = 0.0;
            foreach (var t in touches)
            {
                level += t.At <= c ? model.Decay(c - t.At) : 0;
            }

            if (model.Admits(level))
            {
                return c;
            }

            why = ReachReason.Fatigue;
            var target = c + model.WaitFor(level);
            c = touches.FirstIn(c, target) ?? target;
        }

        return c;
    }

    private static void Note(ref ReachReason why, ReachReason reason)
    {
        if (why == ReachReason.None)
        {
            why = reason;
        }
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;
}
