using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Pools;

/// <summary>
/// The numbers an operator watches for a pool over a range of dates in a time zone (from <see cref="From"/>'s first
/// instant to the end of <see cref="To"/>). Computed by <see cref="PrivatePool.Measure"/> from the pool's current
/// state; the result does not depend on the order members were captured in.
/// </summary>
/// <remarks>
/// <para>"Present" means captured and neither left nor erased.</para>
/// <para>Two figures that are easy to confuse, each named for what it counts: <see cref="LeaveRate"/> (退出率) counts
/// members who <em>left</em> the pool (left or were erased) within the range, the flow out of the pool;
/// <see cref="ChurnedShare"/> is the share of the members known at the end who are in the stage
/// <see cref="LifecycleStage.Churned"/> (流失), which also counts members still in the pool who have been inactive
/// past <see cref="LifecyclePolicy.ChurnedAfter"/>.</para>
/// <para>Stage figures use what the pool knows now: for a range that ends before the latest events, rebuild the pool
/// from the events up to the range's end.</para>
/// <para>A read model with a JSON contract (docs/json-pools.md): the counts are written, the rates are derived from
/// them; reading checks that the counts agree with each other.</para>
/// </remarks>
[JsonConverter(typeof(PoolMetricsJsonConverter))]
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

    /// <summary>
    /// Checks metrics that were read back (by the JSON contract): the counts must agree with each other as
    /// <see cref="PrivatePool.Measure"/> makes them agree; a disagreement is an <see cref="ArgumentException"/>.
    /// </summary>
    /// <returns>This instance.</returns>
    internal PoolMetrics Checked()
    {
        Guard.Against.Null(Zone);
        Guard.Against.Null(CapturesBySource);
        Guard.Against.Null(StageDistribution);
        Guard.Against.Null(Conversions);
        Guard.Against.Null(Cohorts);
        Guard.Against.Unmet(To >= From, "The range's last day must not be before its first.", nameof(To));
        Guard.Against.BelowZero(SizeAtStart);
        Guard.Against.BelowZero(Captures);
        Guard.Against.BelowZero(Losses);
        Guard.Against.BelowZero(MembersAtEnd);
        Guard.Against.Unmet(SizeAtEnd >= 0 && SizeAtEnd == SizeAtStart + Captures - Losses,
            "The size at the end must be the size at the start plus captures minus losses.", nameof(SizeAtEnd));
        Guard.Against.Unmet(CapturesBySource.Values.All(n => n > 0) && CapturesBySource.Values.Sum() == Captures,
            "Captures by source must be positive and sum to the captures.", nameof(CapturesBySource));
        Guard.Against.Unmet(Buyers >= 0 && RepeatBuyers >= 0 && RepeatBuyers <= Buyers, "Repeat buyers must be between 0 and the buyers.", nameof(RepeatBuyers));
        Guard.Against.Unmet(StageDistribution.Count == Enum.GetValues<LifecycleStage>().Length && StageDistribution.Values.All(n => n >= 0)
            && StageDistribution.Values.Sum() == MembersAtEnd,
            "The stage distribution must have every stage once, with counts that sum to the members at the end.", nameof(StageDistribution));
        CheckConversions(Conversions, Captures);
        CheckCohorts(Cohorts, From, To, Captures);
        return this;
    }

    private static void CheckConversions(IReadOnlyList<StageConversion> conversions, int captures)
    {
        // The funnel is prospect → first purchase → repeat → cross-category → advocate, each step starting where the last ended.
        Guard.Against.Unmet(conversions.Count == (int)LifecycleStage.Advocate, "The funnel has one step per pair of consecutive buying stages.", nameof(conversions));
        var reached = captures;
        for (var s = 0; s < conversions.Count; s++)
        {
            var step = conversions[s];
            Guard.Against.Unmet(step.From == (LifecycleStage)s && step.To == (LifecycleStage)(s + 1) && step.Reached == reached
                && step.Converted >= 0 && step.Converted <= step.Reached,
                $"Funnel step {s} must go from {(LifecycleStage)s} to {(LifecycleStage)(s + 1)}, start from {reached} members and convert at most them.", nameof(conversions));
            reached = step.Converted;
        }
    }

    private static void CheckCohorts(IReadOnlyList<CohortRetention> cohorts, LocalDate from, LocalDate to, int captures)
    {
        var first = new YearMonth(from.Year, from.Month);
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month + 1;
        Guard.Against.Unmet(cohorts.Count == months, $"The cohort table has one row per month of the range ({months}).", nameof(cohorts));
        var total = 0;
        for (var c = 0; c < months; c++)
        {
            var row = cohorts[c];
            Guard.Against.Null(row);
            Guard.Against.Unmet(row.Month == first.PlusMonths(c) && row.Size >= 0 && row.Retained is not null && row.Retained.Count == months - c,
                $"Cohort row {c} must be the month {first.PlusMonths(c)} with one retained count per month from it to the range's end.", nameof(cohorts));
            var previous = row.Size;
            foreach (var n in row.Retained!)
            {
                Guard.Against.Unmet(n >= 0 && n <= previous, $"Cohort row {c}: the retained counts must not grow, nor exceed the cohort's size.", nameof(cohorts));
                previous = n;
            }

            total += row.Size;
        }

        Guard.Against.Unmet(total == captures, "The cohorts' sizes must sum to the captures.", nameof(cohorts));
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

    /// <summary>退出率: <see cref="Losses"/> / (<see cref="SizeAtStart"/> + <see cref="Captures"/>), the share of everyone
    /// who was in the pool during the range who left it (left or were erased); 0 when nobody was. Members who went quiet
    /// but stayed are not counted here: see <see cref="ChurnedShare"/>.</summary>
    public double LeaveRate => SizeAtStart + Captures == 0 ? 0.0 : (double)Losses / (SizeAtStart + Captures);

    /// <summary>流失占比: the members in the stage <see cref="LifecycleStage.Churned"/> (流失: left, or dormant past
    /// <see cref="LifecyclePolicy.ChurnedAfter"/>) at the end of the range / <see cref="MembersAtEnd"/>; 0 with no members.
    /// Unlike <see cref="LeaveRate"/>, it is a share of a stock at one instant, and it counts inactivity.</summary>
    public double ChurnedShare => MembersAtEnd == 0 ? 0.0 : (double)StageDistribution[LifecycleStage.Churned] / MembersAtEnd;

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
