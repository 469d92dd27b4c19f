using System;
using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>
/// One pass over the pool's slots: per-member work is instant comparisons and array increments (no allocation,
/// no LINQ, no time-zone conversion; thresholds and month boundaries are computed once per zone and range).
/// </summary>
internal static class PoolMetricsCalculator
{
    private const int MaxMonths = 1200;

    public static PoolMetrics Compute(PrivatePool pool, LocalDate from, LocalDate to, DateTimeZone zone)
    {
        Guard.Against.Null(zone);
        Guard.Against.Unmet(to >= from, "The range's last day must not be before its first.", nameof(to));
        var start = from.AtStartOfDayInZone(zone).ToInstant();
        var end = to.PlusDays(1).AtStartOfDayInZone(zone).ToInstant();
        var asOf = end - Duration.Epsilon;

        // Month ends (exclusive): monthEnds[j] is the first instant after month j of the range; the last is the range's end.
        var firstMonth = new YearMonth(from.Year, from.Month);
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month + 1;
        Guard.Against.Unmet(months <= MaxMonths, $"The range spans at most {MaxMonths} months.", nameof(to));
        var monthEnds = new Instant[months];
        for (var j = 0; j < months; j++)
        {
            monthEnds[j] = j == months - 1 ? end : firstMonth.PlusMonths(j + 1).OnDayOfMonth(1).AtStartOfDayInZone(zone).ToInstant();
        }

        var zones = pool.Zones;
        var dormant = new Instant[zones.Count];
        var churn = new Instant[zones.Count];
        for (var z = 0; z < zones.Count; z++)
        {
            dormant[z] = LifecyclePolicy.Threshold(zones[z], asOf, pool.Lifecycle.DormantAfter);
            churn[z] = LifecyclePolicy.Threshold(zones[z], asOf, pool.Lifecycle.ChurnedAfter);
        }

        var bySource = new int[pool.Sources.Count];
        var stages = new int[7];
        var reached = new int[5];
        var cohort = new int[months * (months + 1)];
        int sizeAtStart = 0, sizeAtEnd = 0, captures = 0, losses = 0, buyers = 0, repeaters = 0, membersAtEnd = 0;

        foreach (ref readonly var s in pool.Slots)
        {
            if (s.CapturedAt >= end)
            {
                continue;
            }

            var gone = s.GoneAt;
            if (s.CapturedAt < start)
            {
                if (gone >= start)
                {
                    sizeAtStart++;
                }
            }
            else
            {
                captures++;
                bySource[s.SourceIndex]++;
                reached[(int)s.BuyingStageAsOf(asOf)]++;
                var c = MonthIndex(monthEnds, s.CapturedAt);
                cohort[(c * (months + 1)) + (gone >= end ? months : MonthIndex(monthEnds, gone))]++;
            }

            if (gone >= end)
            {
                sizeAtEnd++;
            }
            else if (gone >= start)
            {
                losses++;
            }

            if (s.FirstPurchaseAt < end)
            {
                buyers++;
                if (s.SecondPurchaseAt < end)
                {
                    repeaters++;
                }
            }

            if (s.Erased && gone < end)
            {
                continue;
            }

            membersAtEnd++;
            var stage = s.Erased
                ? s.BuyingStageAsOf(asOf)
                : LifecyclePolicy.Evaluate(s, asOf, dormant[s.ZoneIndex], churn[s.ZoneIndex]);
            stages[(int)stage]++;
        }

        return new PoolMetrics(from, to, zone, sizeAtStart, sizeAtEnd, captures, losses, SourceCounts(pool.Sources, bySource),
            buyers, repeaters, StageCounts(stages), membersAtEnd, Conversions(reached), Cohorts(firstMonth, months, cohort));
    }

    /// <summary>The index of the month that holds <paramref name="t"/> (the first month end after it).</summary>
    private static int MonthIndex(Instant[] monthEnds, Instant t)
    {
        int lo = 0, hi = monthEnds.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (t < monthEnds[mid])
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    private static Dictionary<ChannelId, int> SourceCounts(IReadOnlyList<ChannelId> sources, int[] counts)
    {
        var result = new Dictionary<ChannelId, int>();
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0)
            {
                result[sources[i]] = counts[i];
            }
        }

        return result;
    }

    private static Dictionary<LifecycleStage, int> StageCounts(int[] counts)
    {
        var result = new Dictionary<LifecycleStage, int>();
        for (var i = 0; i < counts.Length; i++)
        {
            result[(LifecycleStage)i] = counts[i];
        }

        return result;
    }

    private static StageConversion[] Conversions(int[] highest)
    {
        // atLeast[s]: members whose highest buying stage is s or later.
        var atLeast = new int[highest.Length + 1];
        for (var s = highest.Length - 1; s >= 0; s--)
        {
            atLeast[s] = atLeast[s + 1] + highest[s];
        }

        var steps = new StageConversion[highest.Length - 1];
        for (var s = 0; s < steps.Length; s++)
        {
            steps[s] = new StageConversion((LifecycleStage)s, (LifecycleStage)(s + 1), atLeast[s], atLeast[s + 1]);
        }

        return steps;
    }

    private static CohortRetention[] Cohorts(YearMonth firstMonth, int months, int[] cells)
    {
        var rows = new CohortRetention[months];
        for (var c = 0; c < months; c++)
        {
            var row = cells.AsSpan(c * (months + 1), months + 1);
            var size = 0;
            foreach (var n in row)
            {
                size += n;
            }

            // Retained at the end of month c + k: those gone in a later month or never (index months).
            var retained = new int[months - c];
            var stillIn = size;
            for (var k = 0; k < retained.Length; k++)
            {
                stillIn -= row[c + k];
                retained[k] = stillIn;
            }

            rows[c] = new CohortRetention(firstMonth.PlusMonths(c), size, retained);
        }

        return rows;
    }
}
