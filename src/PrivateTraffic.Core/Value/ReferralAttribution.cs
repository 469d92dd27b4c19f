using System;
using System.Globalization;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// How much of a referee's value is credited to the referrers above them (归因权重): generation g (1 = the direct
/// referrer, 2 = the referrer's referrer, …) gets the weight w_g = decay^(g−1) for g up to
/// <see cref="Generations"/>, and 0 beyond. The default, <see cref="DirectOnly"/>, credits the direct referrer with
/// the whole value and no one else.
/// </summary>
/// <remarks><c>default(ReferralAttribution)</c> is <see cref="DirectOnly"/>.</remarks>
public readonly struct ReferralAttribution : IEquatable<ReferralAttribution>
{
    private readonly int _extraGenerations;
    private readonly decimal _decay;

    private ReferralAttribution(int generations, decimal decay)
    {
        _extraGenerations = generations - 1;
        _decay = decay;
    }

    /// <summary>All of a referee's value to their direct referrer only (Kumar et al.'s customer referral value).</summary>
    public static ReferralAttribution DirectOnly => default;

    /// <summary>How many generations of referrers are credited; 1 or more.</summary>
    public int Generations => _extraGenerations + 1;

    /// <summary>The factor each further generation's weight is multiplied by, in [0, 1].</summary>
    public decimal DecayPerGeneration => _decay;

    /// <summary>Credits referrers up to a number of generations with geometrically decaying weights.</summary>
    /// <param name="decayPerGeneration">In [0, 1]: 0.5 credits the referrer's referrer with half, the next with a quarter.</param>
    /// <param name="generations">How many generations, 1 to 32.</param>
    /// <returns>The attribution.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReferralAttribution Decaying(decimal decayPerGeneration, int generations)
    {
        Guard.Against.NotBetween(generations, 1, 32);
        if (decayPerGeneration is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(decayPerGeneration), decayPerGeneration, "The decay must lie in [0, 1].");
        }

        return new ReferralAttribution(generations, decayPerGeneration);
    }

    /// <summary>The weight w_g of generation g: decay^(g−1) for 1 ≤ g ≤ <see cref="Generations"/>, else 0.</summary>
    /// <param name="generation">1 for the direct referrer.</param>
    /// <returns>The weight, exact.</returns>
    public decimal WeightOf(int generation)
    {
        if (generation < 1 || generation > Generations)
        {
            return 0m;
        }

        var weight = 1m;
        for (var g = 1; g < generation; g++)
        {
            weight *= _decay;
        }

        return weight;
    }

    /// <inheritdoc/>
    public bool Equals(ReferralAttribution other) => Generations == other.Generations && (_extraGenerations == 0 || _decay == other._decay);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReferralAttribution other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _extraGenerations == 0 ? 0 : HashCode.Combine(_extraGenerations, _decay);

    /// <summary>The attribution in words.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _extraGenerations == 0
        ? "direct referrer only"
        : string.Create(CultureInfo.InvariantCulture, $"{Generations} generations, decay {_decay}");

    /// <summary>Whether two attributions credit the same weights.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ReferralAttribution left, ReferralAttribution right) => left.Equals(right);

    /// <summary>Whether two attributions differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(ReferralAttribution left, ReferralAttribution right) => !left.Equals(right);
}
