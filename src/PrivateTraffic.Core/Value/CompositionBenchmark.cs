using System;
using System.Globalization;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The shares of paying, convertible and junk members a pool is compared with (构成基准). Article 002's 271 rule
/// (271原理, which it attributes to 敦巴赫) says about 20% pay, 70% can be converted and 10% are junk; that is
/// <see cref="TwoSevenOne"/> and <c>default(CompositionBenchmark)</c>. Other shares are allowed: each in [0, 1],
/// adding up to exactly 1.
/// </summary>
public readonly struct CompositionBenchmark : IEquatable<CompositionBenchmark>
{
    private readonly ShareSplit _split;

    private CompositionBenchmark(ShareSplit split) => _split = split;

    /// <summary>Article 002's 2:7:1: 20% paying, 70% convertible, 10% junk.</summary>
    public static CompositionBenchmark TwoSevenOne => default;

    /// <summary>The paying share (付费用户).</summary>
    public decimal Paying => _split.First;

    /// <summary>The convertible share (可转化).</summary>
    public decimal Convertible => _split.Second;

    /// <summary>The junk share (垃圾用户): 1 − the other two.</summary>
    public decimal Junk => _split.Third;

    /// <summary>Creates a benchmark.</summary>
    /// <param name="paying">The paying share, in [0, 1].</param>
    /// <param name="convertible">The convertible share, in [0, 1].</param>
    /// <param name="junk">The junk share, in [0, 1].</param>
    /// <returns>The benchmark.</returns>
    /// <exception cref="ArgumentException">A share is outside [0, 1] or the three do not add up to exactly 1.</exception>
    public static CompositionBenchmark Of(decimal paying, decimal convertible, decimal junk) =>
        new(ShareSplit.Of(paying, convertible, junk, nameof(paying), nameof(convertible), nameof(junk)));

    /// <summary>The benchmark share of a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Its share.</returns>
    public decimal ShareOf(MemberStatus status) => status switch
    {
        MemberStatus.Paying => Paying,
        MemberStatus.Convertible => Convertible,
        _ => Junk,
    };

    /// <inheritdoc/>
    public bool Equals(CompositionBenchmark other) => _split.Equals(other._split);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CompositionBenchmark other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _split.GetHashCode();

    /// <summary>The shares in tenths, such as <c>2:7:1</c> (0.25 shows as 2.5).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Paying * 10m:0.##}:{Convertible * 10m:0.##}:{Junk * 10m:0.##}");

    /// <summary>Whether two benchmarks are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(CompositionBenchmark left, CompositionBenchmark right) => left.Equals(right);

    /// <summary>Whether two benchmarks differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(CompositionBenchmark left, CompositionBenchmark right) => !left.Equals(right);
}
