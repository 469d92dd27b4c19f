using System;
using System.Collections.Generic;
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
public readonly record struct ParetoNbdParameters : IPurchaseModel
{
    private static readonly IReadOnlyList<string> Names = Array.AsReadOnly(new[] { "r", "alpha", "s", "beta" });

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

    /// <summary>The time unit in which <see cref="Alpha"/>, <see cref="Beta"/> (and every time of last purchase, age and horizon used with it) is measured.</summary>
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

    /// <summary>The parameters by their usual names.</summary>
    /// <returns>For example "Pareto/NBD r=0.553 alpha=10.578 s=0.606 beta=11.669 (weeks)".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Pareto/NBD r={R:G6} alpha={Alpha:G6} s={S:G6} beta={Beta:G6} ({Unit})");

    /// <inheritdoc/>
    public IReadOnlyList<string> ParameterNames => Names;

    double IPurchaseModel.ProbabilityAliveUnchecked(double x, double timeOfLastPurchase, double age) =>
        FiniteModelValue.Require(ParetoNbdModel.ProbabilityAliveCore(this, x, timeOfLastPurchase, age), "Pareto/NBD", "P(alive)", x, age);

    double IPurchaseModel.AliveExpectedPurchases(double x, double age, double horizon) =>
        FiniteModelValue.Require(ParetoNbdModel.AliveExpectedPurchases(this, x, age, horizon), "Pareto/NBD", "expected purchases", x, age);

    double IPurchaseModel.LogLikelihoodUnchecked(double x, double timeOfLastPurchase, double age) => ParetoNbdModel.LogLikelihoodCore(this, x, timeOfLastPurchase, age);

    double IPurchaseModel.LogLikelihood(RepeatPurchaseData data, Span<double> gradient) =>
        gradient.IsEmpty ? ParetoNbdModel.LogLikelihood(R, Alpha, S, Beta, data) : ParetoNbdModel.LogLikelihoodWithGradient([R, Alpha, S, Beta], gradient, data);
}
