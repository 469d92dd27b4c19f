using System;
using System.Collections.Generic;
using System.Linq;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// One row of a contractual cohort table (留存队列): the members who joined in the same period and how many of them
/// were still members at the end of each whole period since. Index 0 is the cohort's size, index t the survivors after
/// t periods; the counts never grow. Cohorts of different ages have rows of different lengths.
/// </summary>
public sealed class RetentionCohort
{
    private RetentionCohort(string label, int[] survivors)
    {
        Label = label;
        Survivors = Array.AsReadOnly(survivors);
    }

    /// <summary>A name for the cohort (for example its joining month), used in messages and output.</summary>
    public string Label { get; }

    /// <summary>The survivors at the start (index 0, the size) and at the end of each observed period.</summary>
    public IReadOnlyList<int> Survivors { get; }

    /// <summary>The cohort's size, <c>Survivors[0]</c>.</summary>
    public int Size => Survivors[0];

    /// <summary>How many whole periods were observed, <c>Survivors.Count − 1</c>.</summary>
    public int Periods => Survivors.Count - 1;

    /// <summary>Creates a cohort.</summary>
    /// <param name="label">A non-blank name.</param>
    /// <param name="survivors">The size then the survivors after each period: at least two counts, ≥ 0, never growing, the size &gt; 0.</param>
    /// <returns>The cohort.</returns>
    /// <exception cref="ArgumentException">A count is out of range or the counts grow.</exception>
    public static RetentionCohort Create(string label, IEnumerable<int> survivors)
    {
        Guard.Against.NullOrWhiteSpace(label);
        Guard.Against.Null(survivors);
        var counts = survivors.ToArray();
        Guard.Against.Unmet(counts.Length >= 2, $"Cohort {label}: give the size and at least one period's survivors.", nameof(survivors));
        Guard.Against.Unmet(counts[0] > 0, $"Cohort {label}: the size must be > 0.", nameof(survivors));
        for (var t = 1; t < counts.Length; t++)
        {
            Guard.Against.Unmet(
                counts[t] >= 0 && counts[t] <= counts[t - 1],
                $"Cohort {label}: the survivors after period {t} ({counts[t]}) must be between 0 and the period before ({counts[t - 1]}).",
                nameof(survivors));
        }

        return new RetentionCohort(label, counts);
    }
}
