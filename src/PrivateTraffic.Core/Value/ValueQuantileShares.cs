using System;
using System.Globalization;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The target shares of the three bands of a value-quantile layering (价值分层比例): the top, middle and bottom
/// shares of a customer base ranked by value. They must be between 0 and 1 and add up to exactly 1.
/// <c>default(ValueQuantileShares)</c> is <see cref="TwentySeventyTen"/>.
/// </summary>
/// <remarks>
/// The default 20/70/10 borrows the proportions of article 002's 271 rule, but it is only a choice of cut points in
/// a value ranking: the 271 rule itself describes a pool's composition by status (付费 / 可转化 / 垃圾用户), which
/// <see cref="PoolComposition"/> measures. Shares are targets: ties and customers of value zero or less can make a
/// band larger or smaller (<see cref="ValueQuantileLayering"/>).
/// </remarks>
public readonly struct ValueQuantileShares : IEquatable<ValueQuantileShares>
{
    private readonly ShareSplit _split;

    private ValueQuantileShares(ShareSplit split) => _split = split;

    /// <summary>20% top, 70% middle, 10% bottom (the default).</summary>
    public static ValueQuantileShares TwentySeventyTen => default;

    /// <summary>The share of the top band (头部).</summary>
    public decimal Top => _split.First;

    /// <summary>The share of the middle band (腰部).</summary>
    public decimal Middle => _split.Second;

    /// <summary>The share of the bottom band (尾部): 1 − the other two.</summary>
    public decimal Bottom => _split.Third;

    /// <summary>Creates band shares.</summary>
    /// <param name="top">The top share, in [0, 1].</param>
    /// <param name="middle">The middle share, in [0, 1].</param>
    /// <param name="bottom">The bottom share, in [0, 1].</param>
    /// <returns>The shares.</returns>
    /// <exception cref="ArgumentException">A share is outside [0, 1] or the three do not add up to exactly 1.</exception>
    public static ValueQuantileShares Of(decimal top, decimal middle, decimal bottom) =>
        new(ShareSplit.Of(top, middle, bottom, nameof(top), nameof(middle), nameof(bottom)));

    /// <summary>The share of a band.</summary>
    /// <param name="tier">The band.</param>
    /// <returns>Its share.</returns>
    public decimal ShareOf(ValueTier tier) => tier switch
    {
        ValueTier.Top => Top,
        ValueTier.Middle => Middle,
        _ => Bottom,
    };

    /// <summary>
    /// The target size of each band for <paramref name="customers"/> customers: each band gets its share of the
    /// customers rounded down, and the customers left over go one each to the bands with the largest remainders
    /// (the higher band first on a tie), so every size is within one customer of its exact share and the sizes add up.
    /// </summary>
    /// <param name="customers">The number of customers; 0 or more.</param>
    /// <returns>The target sizes of the top, middle and bottom bands.</returns>
    public (int Top, int Middle, int Bottom) SizesFor(int customers)
    {
        Guard.Against.BelowZero(customers);
        Span<decimal> exact = [customers * Top, customers * Middle, customers * Bottom];
        Span<int> sizes = [(int)exact[0], (int)exact[1], (int)exact[2]];
        var left = customers - sizes[0] - sizes[1] - sizes[2];
        for (; left > 0; left--)
        {
            var best = 0;
            for (var i = 1; i < 3; i++)
            {
                if (exact[i] - sizes[i] > exact[best] - sizes[best])
                {
                    best = i;
                }
            }

            sizes[best]++;
        }

        return (sizes[0], sizes[1], sizes[2]);
    }

    /// <inheritdoc/>
    public bool Equals(ValueQuantileShares other) => _split.Equals(other._split);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueQuantileShares other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _split.GetHashCode();

    /// <summary>The shares as percentages, such as <c>20/70/10</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Top * 100m:0.##}/{Middle * 100m:0.##}/{Bottom * 100m:0.##}");

    /// <summary>Whether two share sets are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ValueQuantileShares left, ValueQuantileShares right) => left.Equals(right);

    /// <summary>Whether two share sets differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(ValueQuantileShares left, ValueQuantileShares right) => !left.Equals(right);
}
