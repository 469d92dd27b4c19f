using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>
/// The numbers an operator watches for a pool over a range of dates in a time zone (from <see cref="From"/>'s first
/// instant to the end of <see cref="To"/>). Computed by <see cref="PrivatePool.Measure"/> from the pool's current
/// state; the result does not depend on the order members were captured in.
/// </summary>
/// <remarks>
/// "Present" means captured and neither left nor erased. Churn counts members who left or were erased; members who
/// went quiet show up as dormant or churned in <see cref="StageDistribution"/>. Stage figures use what the pool knows
/// now: for a range that ends before the latest events, rebuild the pool from the events up to the range's end.
/// </remarks>
public sealed class PoolMetrics
{
    internal PoolMetrics(
        LocalDate from,
        LocalDate to,
        DateTimeZone zone,
        int sizeAtStart,
        int sizeAtEnd,
        int captures,
        int losses,
        IReadOnlyDictionary<ChannelId, int> capturesBySource,
        int buyers,
        int repeatBuyers,
        IReadOnlyDictionary<LifecycleStage, int> stageDistribution,
        int membersAtEnd,
        IReadOnlyList<StageConversion> conversions,
        IReadOnlyList<CohortRetention> cohorts)
    {
        From = from;
        To = to;
        Zone = zone;
        SizeAtStart = sizeAtStart;
        SizeAtEnd = sizeAtEnd;
        Captures = captures;
        Losses = losses;
        CapturesBySource = capturesBySource;
        Buyers = buyers;
        RepeatBuyers = repeatBuyers;
        StageDistribution = stageDistribution;
        MembersAtEnd = membersAtEnd;
        Conversions = conversions;
        Cohorts = cohorts;
    }

    /// <summary>The first day measured.</summary>
    public LocalDate From { get; }

    /// <summary>The last day measured.</summary>
    public LocalDate To { get; }

    /// <summary>The zone the days are in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Members present when the range starts.</summary>
    public int SizeAtStart { get; }

    /// <summary>Members present when the range ends: the pool's size (池子规模).</summary>
    public int SizeAtEnd { get; }

    /// <summary>Members captured within the range.</summary>
    public int Captures { get; }

    /// <summary>Members who left or were erased within the range.</summary>
    public int Losses { get; }

    /// <summary><see cref="SizeAtEnd"/> − <see cref="SizeAtStart"/>, which equals captures minus losses.</summary>
    public int NetGrowth => SizeAtEnd - SizeAtStart;

    /// <summary>Captures within the range per source channel.</summary>
    public IReadOnlyDictionary<ChannelId, int> CapturesBySource { get; }

    /// <summary><see cref="Losses"/> / (<see cref="SizeAtStart"/> + <see cref="Captures"/>): the share of everyone who was
    /// in the pool during the range who left it; 0 when nobody was.</summary>
    public double ChurnRate => SizeAtStart + Captures == 0 ? 0.0 : (double)Losses / (SizeAtStart + Captures);

    /// <summary>Members (erased ones included) who had bought at least once by the end of the range.</summary>
    public int Buyers { get; }

    /// <summary>Of <see cref="Buyers"/>, those who had bought at least twice (复购).</summary>
    public int RepeatBuyers { get; }

    /// <summary><see cref="RepeatBuyers"/> / <see cref="Buyers"/> (复购率), or 0 with no buyers.</summary>
    public double RepurchaseRate => Buyers == 0 ? 0.0 : (double)RepeatBuyers / Buyers;

    /// <summary>How many members are in each stage at the end of the range; every stage is a key, and the counts sum to
    /// <see cref="MembersAtEnd"/>.</summary>
    public IReadOnlyDictionary<LifecycleStage, int> StageDistribution { get; }

    /// <summary>Members known at the end of the range (captured by then and not erased by then), churned ones included.</summary>
    public int MembersAtEnd { get; }

    /// <summary>The pool's funnel among the members captured in the range: prospect → first purchase → repeat →
    /// cross-category → advocate, by the end of the range. A member counts at the highest buying stage reached and at
    /// every stage below it.</summary>
    public IReadOnlyList<StageConversion> Conversions { get; }

    /// <summary>The monthly cohort retention table (cohort = capture month), one row per month in the range, oldest first.</summary>
    public IReadOnlyList<CohortRetention> Cohorts { get; }
}
