using System;
using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// A pool's composition by 271 status (私域用户构成): how many members pay, can be converted or are junk, their
/// shares, and how far each share is from a benchmark (article 002's 2:7:1 by default). The 271 rule describes a
/// pool by status; it is not a cut of a value ranking (that is <see cref="ValueQuantileLayering"/>).
/// </summary>
/// <remarks>
/// Share = count / members (0 when the pool is empty); deviation = share − benchmark share, in share points
/// (+0.05 is five percentage points above the benchmark). Shares and deviations are statistics (double), computed
/// in decimal and converted once; the benchmark is exact (decimal). Immutable; a JSON contract (docs/json-value.md).
/// </remarks>
[JsonConverter(typeof(PoolCompositionJsonConverter))]
public sealed class PoolComposition
{
    private readonly int[] _counts;

    private PoolComposition(int[] counts, CompositionBenchmark benchmark)
    {
        _counts = counts;
        Benchmark = benchmark;
    }

    /// <summary>The number of members classified.</summary>
    public int Members => _counts[0] + _counts[1] + _counts[2];

    /// <summary>The benchmark the shares are compared with.</summary>
    public CompositionBenchmark Benchmark { get; }

    /// <summary>The number of paying members.</summary>
    public int Paying => _counts[0];

    /// <summary>The number of convertible members.</summary>
    public int Convertible => _counts[1];

    /// <summary>The number of junk members.</summary>
    public int Junk => _counts[2];

    /// <summary>The composition of a pool at an instant: every member captured by then, classified by the rule.</summary>
    /// <param name="pool">The pool.</param>
    /// <param name="rule">The status rule.</param>
    /// <param name="asOf">The instant; at or after the pool's latest event (see <see cref="MemberStatusRule"/>).</param>
    /// <param name="benchmark">The benchmark; 2:7:1 by default.</param>
    /// <returns>The composition.</returns>
    /// <exception cref="ArgumentException">An argument is null.</exception>
    public static PoolComposition Of(PrivatePool pool, MemberStatusRule rule, Instant asOf, CompositionBenchmark benchmark = default)
    {
        Guard.Against.Null(rule);
        var counts = new int[3];
        foreach (var (_, status) in rule.ClassifyAll(pool, asOf))
        {
            counts[(int)status]++;
        }

        return new PoolComposition(counts, benchmark);
    }

    /// <summary>A composition from counts the caller has.</summary>
    /// <param name="paying">Paying members; 0 or more.</param>
    /// <param name="convertible">Convertible members; 0 or more.</param>
    /// <param name="junk">Junk members; 0 or more.</param>
    /// <param name="benchmark">The benchmark; 2:7:1 by default.</param>
    /// <returns>The composition.</returns>
    /// <exception cref="ArgumentException">A count is negative or they overflow together.</exception>
    public static PoolComposition FromCounts(int paying, int convertible, int junk, CompositionBenchmark benchmark = default)
    {
        Guard.Against.BelowZero(paying);
        Guard.Against.BelowZero(convertible);
        Guard.Against.BelowZero(junk);
        Guard.Against.Unmet((long)paying + convertible + junk <= int.MaxValue, "The counts add up to more than int.MaxValue.", nameof(junk));
        return new PoolComposition([paying, convertible, junk], benchmark);
    }

    /// <summary>The number of members in a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The status is undefined.</exception>
    public int CountOf(MemberStatus status) => _counts[Index(status)];

    /// <summary>The observed share of a status: count / members, 0 for an empty pool.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The share, in [0, 1].</returns>
    public double ShareOf(MemberStatus status) => (double)ExactShare(status);

    /// <summary>Observed minus benchmark share of a status, in share points.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The deviation, in [−1, 1].</returns>
    public double DeviationOf(MemberStatus status) => (double)(ExactShare(status) - Benchmark.ShareOf(status));

    /// <summary>The composition in one line, such as <c>10 members: paying 30% (benchmark 20%), …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{Members} members: paying {ShareOf(MemberStatus.Paying):P0} (benchmark {Benchmark.Paying:P0}), convertible {ShareOf(MemberStatus.Convertible):P0} (benchmark {Benchmark.Convertible:P0}), junk {ShareOf(MemberStatus.Junk):P0} (benchmark {Benchmark.Junk:P0})");

    // In decimal, so that 5 of 20 against 20% is a deviation of 0.05, not 0.04999999999999999.
    private decimal ExactShare(MemberStatus status) => Members == 0 ? 0m : (decimal)CountOf(status) / Members;

    private static int Index(MemberStatus status)
    {
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown member status.");
        }

        return (int)status;
    }
}
