using System;
using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>
/// The rules that turn a member's history into a lifecycle stage (生命周期): when a member is dormant (沉睡) and
/// when dormancy becomes churn (流失), and which stage changes are legal.
/// </summary>
/// <remarks>
/// A member is dormant as of an instant t when their last activity (capture, purchase, interaction, bringing
/// someone in) is at or before t's local date and time in the member's time zone minus <see cref="DormantAfter"/>;
/// churned likewise with <see cref="ChurnedAfter"/>, or from the moment they left. Otherwise their stage is the
/// highest buying stage their history reached by t. Defaults: 90 days and 180 days, a common CRM choice (the
/// articles give no figure); set your own with <see cref="Create"/>.
/// </remarks>
public sealed class LifecyclePolicy
{
    private static readonly LocalDateTime Reference = new(2000, 1, 1, 0, 0);

    private static readonly Instant LastCalendarInstant = Instant.FromUtc(9000, 1, 1, 0, 0);

    private readonly Duration _shortestDormancy;

    private LifecyclePolicy(Period dormantAfter, Period churnedAfter)
    {
        DormantAfter = dormantAfter;
        ChurnedAfter = churnedAfter;
        _shortestDormancy = ShortestLength(dormantAfter);
    }

    /// <summary>Dormant after 90 days without activity, churned after 180.</summary>
    public static LifecyclePolicy Default { get; } = new(Period.FromDays(90), Period.FromDays(180));

    /// <summary>How long without purchase or interaction makes a member dormant (沉睡).</summary>
    public Period DormantAfter { get; }

    /// <summary>How long without purchase or interaction makes a member churned (流失); longer than <see cref="DormantAfter"/>.</summary>
    public Period ChurnedAfter { get; }

    /// <summary>Creates a policy.</summary>
    /// <param name="dormantAfter">A positive period with no negative component, such as 90 days or 3 months.</param>
    /// <param name="churnedAfter">A period with no negative component, longer than <paramref name="dormantAfter"/>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException">A period is null, has a negative component, is zero, or churn does not come after dormancy.</exception>
    public static LifecyclePolicy Create(Period dormantAfter, Period churnedAfter)
    {
        Guard.Against.Null(dormantAfter);
        Guard.Against.Null(churnedAfter);
        Guard.Against.Unmet(NoNegativeComponent(dormantAfter) && Reference + dormantAfter > Reference, "The dormancy period must be positive with no negative component.", nameof(dormantAfter));
        Guard.Against.Unmet(NoNegativeComponent(churnedAfter) && Reference + churnedAfter > Reference + dormantAfter, "The churn period must be longer than the dormancy period, with no negative component.", nameof(churnedAfter));
        return new LifecyclePolicy(dormantAfter, churnedAfter);
    }

    /// <summary>Whether a member may go from one stage to another. Legal: up the buying stages (skipping is allowed),
    /// from a buying stage to dormant, from dormant or churned back to a buying stage (a win-back), and from any
    /// stage to churned. Everything else is illegal, for example repeat back to first purchase.</summary>
    /// <param name="from">The stage before.</param>
    /// <param name="to">The stage after.</param>
    /// <returns>Whether the transition is legal; false when the stages are equal.</returns>
    public static bool IsLegalTransition(LifecycleStage from, LifecycleStage to)
    {
        if (from == to || !Enum.IsDefined(from) || !Enum.IsDefined(to))
        {
            return false;
        }

        return (IsBuying(from), IsBuying(to)) switch
        {
            (true, true) => to > from,
            (true, false) => true,
            (false, true) => true,
            _ => from == LifecycleStage.Dormant && to == LifecycleStage.Churned,
        };
    }

    /// <summary>Whether a stage is one of the five buying stages (prospect to advocate).</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>True for prospect, first purchase, repeat, cross-category and advocate.</returns>
    public static bool IsBuying(LifecycleStage stage) => stage <= LifecycleStage.Advocate && stage >= LifecycleStage.Prospect;

    internal LifecycleStage Evaluate(in MemberState state, DateTimeZone zone, Instant asOf)
    {
        // Fast path: activity more recent than the shortest the dormancy period can be needs no calendar arithmetic.
        if (asOf - state.LastActivityAt < _shortestDormancy)
        {
            return state.Left && state.GoneAt <= asOf ? LifecycleStage.Churned : state.BuyingStageAsOf(asOf);
        }

        return Evaluate(state, asOf, Threshold(zone, asOf, DormantAfter), Threshold(zone, asOf, ChurnedAfter));
    }

    internal static LifecycleStage Evaluate(in MemberState state, Instant asOf, Instant dormantThreshold, Instant churnThreshold)
    {
        if (state.Left && state.GoneAt <= asOf)
        {
            return LifecycleStage.Churned;
        }

        if (state.LastActivityAt <= churnThreshold)
        {
            return LifecycleStage.Churned;
        }

        return state.LastActivityAt <= dormantThreshold ? LifecycleStage.Dormant : state.BuyingStageAsOf(asOf);
    }

    /// <summary>The latest activity instant that counts as inactive for <paramref name="period"/> as of <paramref name="asOf"/>.</summary>
    internal static Instant Threshold(DateTimeZone zone, Instant asOf, Period period)
    {
        if (asOf.ToUnixTimeTicks() < -100_000_000_000_000_000L)
        {
            // Far before any pool's life: nothing before it counts as inactive.
            return Instant.MinValue;
        }

        if (asOf >= LastCalendarInstant)
        {
            // Past year 9000 the calendar arithmetic could leave NodaTime's range; inactivity only grows with time, so the
            // threshold of the year 9000 serves (a member churned in 2053 is still churned at the end of time).
            asOf = LastCalendarInstant;
        }

        return (asOf.InZone(zone).LocalDateTime - period).InZoneLeniently(zone).ToInstant();
    }

    /// <summary>A lower bound of the period's length on any calendar date in any zone: years of 365 days, months of
    /// 28, less a day for a change of UTC offset in between.</summary>
    private static Duration ShortestLength(Period p)
    {
        var days = (p.Years * 365L) + (p.Months * 28L) + (p.Weeks * 7L) + p.Days - 1;
        var length = Duration.FromDays(days) + Duration.FromHours(p.Hours) + Duration.FromMinutes(p.Minutes)
            + Duration.FromSeconds(p.Seconds) + Duration.FromMilliseconds(p.Milliseconds) + Duration.FromTicks(p.Ticks)
            + Duration.FromNanoseconds(p.Nanoseconds);
        return length < Duration.Zero ? Duration.Zero : length;
    }

    private static bool NoNegativeComponent(Period p) =>
        p.Years >= 0 && p.Months >= 0 && p.Weeks >= 0 && p.Days >= 0 && p.Hours >= 0 && p.Minutes >= 0
        && p.Seconds >= 0 && p.Milliseconds >= 0 && p.Ticks >= 0 && p.Nanoseconds >= 0;
}
