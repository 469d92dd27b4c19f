using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The two parameters of the shifted-beta-geometric (sBG) model of contractual retention (留存模型, Fader &amp; Hardie
/// 2007, "How to Project Customer Retention"): each member leaves at the end of any period with a constant probability
/// θ of their own, and θ ~ Beta(<see cref="Alpha"/>, <see cref="Beta"/>) across members. Leaving is observed (a deleted
/// friend, a member who left the group), which is what separates this model from BG/NBD and Pareto/NBD.
/// </summary>
/// <remarks>
/// The period is whatever the cohort table counts in (months for a pool's capture cohorts, years in the paper); the
/// parameters are pure numbers. Both are finite and &gt; 0; <c>default</c> is not valid. On the wire:
/// <c>{"alpha":0.704,"beta":1.182}</c>.
/// </remarks>
[JsonConverter(typeof(ShiftedBetaGeometricParametersJsonConverter))]
public readonly record struct ShiftedBetaGeometricParameters : IModelParameters
{
    private static readonly IReadOnlyList<string> Names = Array.AsReadOnly(new[] { "alpha", "beta" });

    private ShiftedBetaGeometricParameters(double alpha, double beta)
    {
        Alpha = alpha;
        Beta = beta;
    }

    /// <summary>The first shape α of the beta distribution of per-period leaving probabilities.</summary>
    public double Alpha { get; }

    /// <summary>The second shape β of the beta distribution of per-period leaving probabilities.</summary>
    public double Beta { get; }

    /// <summary>The mean leaving probability per period across new members, α / (α + β).</summary>
    public double MeanChurn => Alpha / (Alpha + Beta);

    /// <summary>Creates a parameter set.</summary>
    /// <param name="alpha">Finite, &gt; 0.</param>
    /// <param name="beta">Finite, &gt; 0.</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not finite and positive.</exception>
    public static ShiftedBetaGeometricParameters Create(double alpha, double beta) =>
        new(Guard.Against.NotFinitePositive(alpha), Guard.Against.NotFinitePositive(beta));

    /// <summary>The parameters by their usual names.</summary>
    /// <returns>For example "sBG alpha=0.704 beta=1.182".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"sBG alpha={Alpha:G6} beta={Beta:G6}");

    /// <inheritdoc/>
    public IReadOnlyList<string> ParameterNames => Names;
}
