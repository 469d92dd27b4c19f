using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// The reach planner (触达规划): answers each proposed touch with allow, defer (to the earliest instant that satisfies every
/// rule) or deny, always with the reason. Pure and deterministic: the answer depends only on the policy, the history and the
/// touches; no clock is read.
/// </summary>
/// <remarks>
/// <para>The check order is fixed: 1 consent and do-not-contact; 2 message class; 3 pause (pause windows, then cooldowns after
/// negative feedback); 4 quiet hours; 5 caps (the channel's day, week, month; then platform limits; then the minimum gap);
/// 6 fatigue. Each time rule answers "the earliest instant at or after t at which I hold", computed exactly (calendar
/// boundaries in the member's zone, the end of quiet hours zone interval by zone interval, the closed-form decay of fatigue);
/// the planner applies them in order and repeats until none moves the instant: that fixed point is the earliest instant
/// at which all hold, since each rule skips only instants at which it fails. A rule that can never hold (no consent and no
/// later grant, an open-ended opt-out or pause, a class the channel does not carry, a cap of 0) denies; an instant past
/// the policy's horizon denies with <see cref="ReachReason.BeyondHorizon"/>.</para>
/// <para>A batch is planned in order; a member's allowed or deferred marketing touches count in the history of that
/// member's later touches, so the batch respects caps, gaps and fatigue within itself. Members do not affect each other.
/// Thread-safe: a planner holds no state between calls (the memo of calendar windows it reads is per thread).</para>
/// </remarks>
public sealed partial class ReachPlanner
{
    private const int MaxPasses = 10_000;

    private readonly ReachPolicy _policy;
    private readonly TouchCaps[] _capsByKind;
    private readonly ReachChannelRule[] _rulesByKind;
    private readonly LimitRule[][] _limitsByKind;
    private readonly Instant _lastHorizonStart;

    /// <summary>Creates a planner for a policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public ReachPlanner(ReachPolicy policy)
    {
        _policy = Guard.Against.Null(policy);
        _lastHorizonStart = Instant.MaxValue - policy.Horizon;
        var privateKinds = ChannelKinds.All.Where(k => k.IsPrivate()).ToArray();
        var size = privateKinds.Max(k => (int)k) + 1;
        _capsByKind = new TouchCaps[size];
        _rulesByKind = new ReachChannelRule[size];
        _limitsByKind = new LimitRule[size][];
        for (var i = 0; i < size; i++)
        {
            _limitsByKind[i] = [];
        }

        foreach (var kind in privateKinds)
        {
            var rule = policy.RuleFor(kind);
            _rulesByKind[(int)kind] = rule;
            _capsByKind[(int)kind] = rule.Caps;
            _limitsByKind[(int)kind] = policy.PlatformLimits.Where(l => l.Governs(kind)).Select(l => new LimitRule(l.MemberCaps, Enumerable.Range(0, size).Select(k => l.Governs((ChannelKind)k)).ToArray())).ToArray();
        }
    }

    /// <summary>The policy.</summary>
    public ReachPolicy Policy => _policy;

    /// <summary>Plans one touch against the history alone.</summary>
    /// <param name="touch">The proposal.</param>
    /// <param name="history">The history.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ReachDecision Plan(ProposedTouch touch, ReachHistory history)
    {
        Guard.Against.Null(touch);
        Guard.Against.Null(history);
        var i = history.IndexOf(touch.Member);
        var entry = i < 0 ? null : history.EntryAt(i);
        return Decide(touch, entry, new ReachMemberTouches(entry is null ? [] : entry.Marketing, []));
    }

    /// <summary>Plans a batch in order; a member's placed touches count for their later ones.</summary>
    /// <param name="touches">The proposals.</param>
    /// <param name="history">The history.</param>
    /// <returns>One decision per proposal, in order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A proposal is null.</exception>
    public ReachDecision[] Plan(IReadOnlyList<ProposedTouch> touches, ReachHistory history)
    {
        Guard.Against.Null(touches);
        var array = touches as ProposedTouch[] ?? touches.ToArray();
        var decisions = new ReachDecision[array.Length];
        Plan(array, history, decisions);
        return decisions;
    }

    /// <summary>
    /// Plans a batch in order into a span of decisions, allocating nothing per touch (scratch space is rented once per call);
    /// a member's placed touches count for their later ones.
    /// </summary>
    /// <param name="touches">The proposals.</param>
    /// <param name="history">The history.</param>
    /// <param name="decisions">Where the decisions go; at least as long as <paramref name="touches"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException">A proposal is null, or <paramref name="decisions"/> is too short.</exception>
    public void Plan(ReadOnlySpan<ProposedTouch> touches, ReachHistory history, Span<ReachDecision> decisions)
    {
        Guard.Against.Null(history);
        Guard.Against.Unmet(decisions.Length >= touches.Length, $"The decisions span holds {decisions.Length}; {touches.Length} are needed.", nameof(decisions));
        var count = history.MemberCount;
        var members = ArrayPool<int>.Shared.Rent(Math.Max(1, touches.Length));
        var starts = ArrayPool<int>.Shared.Rent(count + 1);
        var placed = ArrayPool<int>.Shared.Rent(Math.Max(1, count));
        MarketingTouch[]? arena = null;
        try
        {
            // Every member is looked up first, in a tight loop of its own: the look-ups do not wait on each other, so the
            // processor overlaps their cache misses instead of taking them one at a time between two decisions.
            Array.Clear(starts, 0, count + 1);
            for (var k = 0; k < touches.Length; k++)
            {
                var t = touches[k];
                Guard.Against.Unmet(t is not null, $"The proposals hold null.", nameof(touches));
                var i = members[k] = history.IndexOf(t!.Member);
                starts[i + 1] += i >= 0 && t.Class == MessageClass.Marketing ? 1 : 0;
            }

            // Each member gets a stretch of the arena as long as their marketing proposals, so the touches the batch places
            // for them lie together, in member order: reading them is a short scan, not a walk across the arena.
            for (var i = 0; i < count; i++)
            {
                starts[i + 1] += starts[i];
            }

            Array.Clear(placed, 0, count);
            arena = ArrayPool<MarketingTouch>.Shared.Rent(Math.Max(1, starts[count]));
            for (var k = 0; k < touches.Length; k++)
            {
                var touch = touches[k];
                var i = members[k];
                var entry = i < 0 ? null : history.EntryAt(i);
                var view = i < 0 ? default : new ReachMemberTouches(entry!.Marketing, arena.AsSpan(starts[i], placed[i]));
                var decision = Decide(touch, entry, view);
                decisions[k] = decision;
                if (i >= 0 && decision.IsPlaced && touch.Class == MessageClass.Marketing)
                {
                    arena[starts[i] + placed[i]++] = new MarketingTouch(decision.At, touch.ChannelKind, touch.Mode);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(members);
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<int>.Shared.Return(placed);
            if (arena is not null)
            {
                ArrayPool<MarketingTouch>.Shared.Return(arena);
            }
        }
    }

    /// <summary>The first rule, in check order, that does not hold for a touch at an instant (against the history alone).</summary>
    /// <param name="touch">The proposal.</param>
    /// <param name="history">The history.</param>
    /// <param name="at">The instant to check.</param>
    /// <returns><see cref="ReachReason.None"/> when every rule holds; otherwise the first that fails.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ReachReason Check(ProposedTouch touch, ReachHistory history, Instant at)
    {
        Guard.Against.Null(touch);
        Guard.Against.Null(history);
        var i = history.IndexOf(touch.Member);
        var entry = i < 0 ? null : history.EntryAt(i);
        if (entry?.Profile is not { } profile)
        {
            return ReachReason.NoContactProfile;
        }

        var view = new ReachMemberTouches(entry.Marketing, []);
        for (var rule = 0; rule < RuleCount; rule++)
        {
            if (Earliest(rule, touch, profile, view, at, out var why) != at)
            {
                return why;
            }
        }

        return ReachReason.None;
    }

    private const int RuleCount = 6;

    private ReachDecision Decide(ProposedTouch touch, ReachHistory.Entry? entry, in ReachMemberTouches touches)
    {
        var requested = touch.NotBefore;
        if (entry?.Profile is not { } profile)
        {
            return ReachDecision.Denied(requested, ReachReason.NoContactProfile, ReachReason.NoContactProfile);
        }

        var limit = requested < _lastHorizonStart ? requested + _policy.Horizon : Instant.MaxValue;
        var c = requested;
        var blocker = ReachReason.None;

        // The rules are applied in cyclic check order. Each answers the earliest instant at or after c at which it holds, so
        // a rule that moved c holds at the new c: once the rules after it, round to it, all hold too, c is the fixed point.
        // Stopping there (rather than after a whole pass with no move) gives the same instant and saves re-running the rules
        // that already hold, most often the caps.
        var holding = 0;
        for (int step = 0, rule = 0; step < MaxPasses * RuleCount; step++, rule = rule == RuleCount - 1 ? 0 : rule + 1)
        {
            var e = Earliest(rule, touch, profile, touches, c, out var why);
            if (e == c)
            {
                if (++holding == RuleCount)
                {
                    return c == requested ? ReachDecision.Allow(requested) : ReachDecision.Deferred(requested, c, blocker);
                }

                continue;
            }

            if (blocker == ReachReason.None)
            {
                blocker = why;
            }

            if (e == Never)
            {
                return ReachDecision.Denied(requested, why, blocker);
            }

            if (e > limit)
            {
                return ReachDecision.Denied(requested, ReachReason.BeyondHorizon, blocker);
            }

            c = e;
            holding = 1;
        }

        return ReachDecision.Denied(requested, ReachReason.BeyondHorizon, blocker);
    }

    private Instant Earliest(int rule, ProposedTouch touch, ContactProfile profile, in ReachMemberTouches touches, Instant c, out ReachReason why)
    {
        why = ReachReason.None;
        var marketing = touch.Class == MessageClass.Marketing;
        switch (rule)
        {
            case 0:
                return ConsentAndContact(touch, profile, c, out why);
            case 1:
                why = ReachReason.ClassNotAllowed;
                return _rulesByKind[(int)touch.ChannelKind].Allows(touch.Class) ? c : Never;
            case 2:
                return marketing ? PauseAndCooldown(profile, c, out why) : c;
            case 3:
                why = ReachReason.QuietHours;
                return _policy.QuietHours.EarliestFrom(c, profile.Zone);
            case 4:
                return marketing ? Caps(touch, profile.Zone, touches, c, out why) : c;
            default:
                return marketing ? Fatigue(touches, c, out why) : c;
        }
    }

    /// <summary>A platform limit as the caps read it: its receive caps, and which channel kinds it governs, by kind.</summary>
    private readonly record struct LimitRule(TouchCaps Caps, bool[] Governs);
}
