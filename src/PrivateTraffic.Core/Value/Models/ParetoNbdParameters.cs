using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The four parameters of the Pareto/NBD model of repeat purchasing (Schmittlein, Morrison &amp; Colombo 1987), a
/// potential-value (潜在价值) model of a customer base: while active, a customer buys at rate λ ~ Gamma(shape
/// <see cref="R"/>, rate <see cref="Alpha"/>); their lifetime is exponential with rate μ ~ Gamma(shape <see cref="S"/>,
/// rate <see cref="Beta"/>), so they may drop out at any moment, not only after a purchase.
/// </summary>
/// <remarks>
/// <see cref="Alpha"/> and <see cref="Beta"/> are rates in <see cref="Unit"/>. All four are finite and &gt; 0.
/// <c>default</c> is not a valid parameter set; use <see cref="Create"/>. On the wire:
/// <c>{"r":0.553,"alpha":10.578,"s":0.606,"beta":11.669,"unit":"weeks"}</c>.
/// </remarks>
[JsonConverter(typeof(ParetoNbdParametersJsonConverter))]
public readonly struct ParetoNbdParameters : IEquatable<ParetoNbdParameters>
{
    private ParetoNbdParameters(double r, double alpha, double s, double beta, TimeUnit unit)
    {
        R = r;
        Alpha = alpha;
        S = s;
        Beta = beta;
        Unit = unit;
    }

    /// <summary>The shape r of the gamma distribution of purchase rates.</summary>
    public double R { get; }

    /// <summary>The rate (scale⁻¹) α of the gamma distribution of purchase rates, per <see cref="Unit"/>.</summary>
    public double Alpha { get; }

    /// <summary>The shape s of the gamma distribution of drop-out rates.</summary>
    public double S { get; }

    /// <summary>The rate β of the gamma distribution of drop-out rates, per <see cref="Unit"/>.</summary>
    public double Beta { get; }

    /// <summary>The time unit in which <see cref="Alpha"/>, <see cref="Beta"/> (and every recency, age and horizon used with it) is measured.</summary>
    public TimeUnit Unit { get; }

    /// <summary>Creates a parameter set.</summary>
    /// <param name="r">The gamma shape r; finite, &gt; 0.</param>
    /// <param name="alpha">The gamma rate α per <paramref name="unit"/>; finite, &gt; 0.</param>
    /// <param name="s">The gamma shape s of drop-out rates; finite, &gt; 0.</param>
    /// <param name="beta">The gamma rate β of drop-out rates per <paramref name="unit"/>; finite, &gt; 0.</param>
    /// <param name="unit">The time unit of α and β.</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not finite and positive.</exception>
    public static ParetoNbdParameters Create(double r, double alpha, double s, double beta, TimeUnit unit) =>
        new(Guard.Against.NotFinitePositive(r), Guard.Against.NotFinitePositive(alpha), Guard.Against.NotFinitePositive(s), Guard.Against.NotFinitePositive(beta), unit);

    /// <inheritdoc/>
    public bool Equals(ParetoNbdParameters other) =>
        R.Equals(other.R) && Alpha.Equals(other.Alpha) && S.Equals(other.S) && Beta.Equals(other.Beta) && Unit == other.Unit;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ParetoNbdParameters other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(R, Alpha, S, Beta, Unit);

    /// <summary>The parameters by their usual names.</summary>
    /// <returns>For example "Pareto/NBD r=0.553 alpha=10.578 s=0.606 beta=11.669 (weeks)".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Pareto/NBD r={R:G6} alpha={Alpha:G6} s={S:G6} beta={Beta:G6} ({Unit})");

    /// <summary>Whether two parameter sets are identical.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ParetoNbdParameters left, ParetoNbdParameters right) => left.Equals(right);

    /// <summary>Whether two parameter sets differ.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(ParetoNbdParameters left, ParetoNbdParameters right) => !left.Equals(right);
}
