using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// A pool's own history as a contractual cohort table (池留存队列) for <see cref="ShiftedBetaGeometricModel"/>: the
/// members captured in each calendar month, and how many of them were still in the pool (neither left nor erased) at
/// the end of that month and of each whole month after it. Leaving a pool is observed (<see cref="MemberLeft"/>,
/// <see cref="MemberErased"/>), which is the contractual setting the sBG model needs.
/// </summary>
/// <remarks>
/// The table is read from <see cref="PoolMetrics.Cohorts"/>, so it counts exactly what the pool's monthly retention
/// table counts. A period is a calendar month and the first period is the capture month itself, so members captured
/// late in a month have a shorter first period; a month that the range ends inside is left out, as are cohorts with no
/// members or no whole month.
/// </remarks>
public static class PoolRetentionCohorts
{
    /// <summary>The cohorts of a pool measured from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="from">The first day of the range.</param>
    /// <param name="to">The last day of the range, not before <paramref name="from"/>.</param>
    /// <param name="zone">The time zone of the dates; the pool's default zone when null.</param>
    /// <returns>One cohort per capture month with at least one member and one whole month, labelled yyyy-MM.</returns>
    /// <exception cref="System.ArgumentException">An argument is out of range.</exception>
    public static IReadOnlyList<RetentionCohort> Of(PrivatePool pool, LocalDate from, LocalDate to, DateTimeZone? zone = null)
    {
        Guard.Against.Null(pool);
        return Of(pool.Measure(from, to, zone));
    }

    /// <summary>The cohorts in a pool's measured figures.</summary>
    /// <param name="metrics">The figures (<see cref="PrivatePool.Measure"/>).</param>
    /// <returns>One cohort per capture month with at least one member and one whole month, labelled yyyy-MM.</returns>
    /// <exception cref="System.ArgumentNullException">The metrics are null.</exception>
    public static IReadOnlyList<RetentionCohort> Of(PoolMetrics metrics)
    {
        Guard.Against.Null(metrics);
        var lastWholeMonth = metrics.To.PlusDays(1).Month == metrics.To.Month
            ? metrics.To.ToYearMonth().PlusMonths(-1)
            : metrics.To.ToYearMonth();
        var cohorts = new List<RetentionCohort>();
        foreach (var row in metrics.Cohorts)
        {
            var survivors = new List<int> { row.Size };
            for (var k = 0; k < row.Retained.Count && row.Month.PlusMonths(k).CompareTo(lastWholeMonth) <= 0; k++)
            {
                survivors.Add(row.Retained[k]);
            }

            if (row.Size > 0 && survivors.Count >= 2)
            {
                cohorts.Add(RetentionCohort.Create(row.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), survivors));
            }
        }

        return cohorts;
    }
}
