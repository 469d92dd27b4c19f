using System;
using System.Globalization;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The shares of the three value tiers (分层比例): the 271 rule puts the top 20% of customers by value in the paying
/// core, the next 70% in the convertible layer and the bottom 10% in the low-value layer. Other shares are allowed;
/// they must be between 0 and 1 and add up to exactly 1. <c>default(TierShares)</c> is <see cref="TwoSevenOne"/>.
/// </summary>
public readonly struct TierShares : IEquatable<TierShares>
{
    // Stored as the difference from 271 so that default(TierShares) is the 271 rule.
    private readonly decimal _coreDelta;
    private readonly decimal _convertibleDelta;

    private TierShares(decimal payingCore, decimal convertible)
    {
        _coreDelta = payingCore - 0.2m;
        _convertibleDelta = convertible - 0.7m;
    }

    /// <summary>The 271 rule: 20% paying core, 70% convertible, 10% low value.</summary>
    public static TierShares TwoSevenOne => default;

    /// <summary>The share of the paying core (付费核心).</summary>
    public decimal PayingCore => 0.2m + _coreDelta;

    /// <summary>The share of the convertible layer (可转化).</summary>
    public decimal Convertible => 0.7m + _convertibleDelta;

    /// <summary>The share of the low-value layer (低价值): 1 − the other two.</summary>
    public decimal LowValue => 1m - PayingCore - Convertible;

    /// <summary>Creates tier shares.</summary>
    /// <param name="payingCore">The top share, in [0, 1].</param>
    /// <param name="convertible">The middle share, in [0, 1].</param>
    /// <param name="lowValue">The bottom share, in [0, 1].</param>
    /// <returns>The shares.</returns>
    /// <exception cref="ArgumentException">A share is outside [0, 1] or the three do not add up to exactly 1.</exception>
    public static TierShares Of(decimal payingCore, decimal convertible, decimal lowValue)
    {
        foreach (var (share, name) in new[] { (payingCore, nameof(payingCore)), (convertible, nameof(convertible)), (lowValue, nameof(lowValue)) })
        {
            Guard.Against.Unmet(share is >= 0m and <= 1m, "A tier share must lie in [0, 1].", name);
        }

        Guard.Against.Unmet(payingCore + convertible + lowValue == 1m, "The three tier shares must add up to exactly 1.", nameof(lowValue));
        return new TierShares(payingCore, convertible);
    }

    /// <summary>The share of a tier.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>Its share.</returns>
    public decimal ShareOf(ValueTier tier) => tier switch
    {
        ValueTier.PayingCore => PayingCore,
        ValueTier.Convertible => Convertible,
        _ => LowValue,
    };

    /// <summary>
    /// How many of <paramref name="customers"/> go in each tier: each tier gets its share of the customers rounded
    /// down, and the customers left over go one each to the tiers with the largest remainders (the higher tier
    /// first on a tie), so every size is within one customer of its exact share and the sizes add up.
    /// </summary>
    /// <param name="customers">The number of customers; 0 or more.</param>
    /// <returns>The sizes of the paying core, convertible and low-value tiers.</returns>
    public (int PayingCore, int Convertible, int LowValue) SizesFor(int customers)
    {
        Guard.Against.BelowZero(customers);
        Span<decimal> exact = [customers * PayingCore, customers * Convertible, customers * LowValue];
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
    public bool Equals(TierShares other) => _coreDelta == other._coreDelta && _convertibleDelta == other._convertibleDelta;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TierShares other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_coreDelta, _convertibleDelta);

    /// <summary>The shares as percentages, such as <c>20/70/10</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{PayingCore * 100m:0.##}/{Convertible * 100m:0.##}/{LowValue * 100m:0.##}");

    /// <summary>Whether two share sets are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(TierShares left, TierShares right) => left.Equals(right);

    /// <summary>Whether two share sets differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(TierShares left, TierShares right) => !left.Equals(right);
}
