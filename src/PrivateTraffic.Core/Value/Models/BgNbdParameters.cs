using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The four parameters of the BG/NBD model (beta-geometric / negative binomial distribution, Fader, Hardie &amp;
/// Lee 2005) of repeat purchasing, the potential-value (潜在价值) model of a customer base: while active, a
/// customer buys at rate λ ~ Gamma(shape <see cref="R"/>, rate <see cref="Alpha"/>); after each purchase they drop
/// out with probability p ~ Beta(<see cref="A"/>, <see cref="B"/>).
/// </summary>
/// <remarks>
/// <see cref="Alpha"/> is a rate in <see cref="Unit"/>: the same customers measured in days instead of weeks have an
/// α seven times larger. All four are finite and &gt; 0. <c>default</c> is not a valid parameter set (all zero); use
/// <see cref="Create"/>. On the wire: <c>{"r":0.243,"alpha":4.414,"a":0.793,"b":2.426,"unit":"weeks"}</c>.
/// </remarks>
[JsonConverter(typeof(BgNbdParametersJsonConverter))]
public readonly record struct BgNbdParameters : IPurchaseModel
{
    private static readonly IReadOnlyList<string> Names = Array.AsReadOnly(new[] { "r", "alpha", "a", "b" });

    private BgNbdParameters(double r, double alpha, double a, double b, TimeUnit unit)
    {
        R = r;
        Alpha = alpha;
        A = a;
        B = b;
        Unit = unit;
    }

    /// <summary>The shape r of the gamma distribution of purchase rates.</summary>
    public double R { get; }

    /// <summary>The rate (scale⁻¹) α of the gamma distribution of purchase rates, per <see cref="Unit"/>.</summary>
    public double Alpha { get; }

    /// <summary>The first shape a of the beta distribution of drop-out probabilities.</summary>
    public double A { get; }

    /// <summary>The second shape b of the beta distribution of drop-out probabilities.</summary>
    public double B { get; }

    /// <summary>The time unit in which <see cref="Alpha"/> (and every time of last purchase, age and horizon used with it) is measured.</summary>
    public TimeUnit Unit { get; }

    /// <summary>Creates a parameter set.</summary>
    /// <param name="r">The gamma shape r; finite, &gt; 0.</param>
    /// <param name="alpha">The gamma rate α per <paramref name="unit"/>; finite, &gt; 0.</param>
    /// <param name="a">The beta shape a; finite, &gt; 0.</param>
    /// <param name="b">The beta shape b; finite, &gt; 0.</param>
    /// <param name="unit">The time unit of α.</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not finite and positive.</exception>
    public static BgNbdParameters Create(double r, double alpha, double a, double b, TimeUnit unit) =>
        new(Guard.Against.NotFinitePositive(r), Guard.Against.NotFinitePositive(alpha), Guard.Against.NotFinitePositive(a), Guard.Against.NotFinitePositive(b), unit);

    /// <summary>The parameters by their usual names.</summary>
    /// <returns>For example "BG/NBD r=0.243 alpha=4.414 a=0.793 b=2.426 (weeks)".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"BG/NBD r={R:G6} alpha={Alpha:G6} a={A:G6} b={B:G6} ({Unit})");

    /// <inheritdoc/>
    public IReadOnlyList<string> ParameterNames => Names;

    double IPurchaseModel.ProbabilityAliveUnchecked(double x, double timeOfLastPurchase, double age) =>
        FiniteModelValue.Require(BgNbdModel.ProbabilityAliveCore(this, x, timeOfLastPurchase, age), "BG/NBD", "P(alive)", x, age);

    double IPurchaseModel.AliveExpectedPurchases(double x, double age, double horizon) =>
        FiniteModelValue.Require(BgNbdModel.AliveExpectedPurchases(this, x, age, horizon), "BG/NBD", "expected purchases", x, age);

    double IPurchaseModel.LogLikelihoodUnchecked(double x, double timeOfLastPurchase, double age) => BgNbdModel.LogLikelihoodCore(this, x, timeOfLastPurchase, age);

    double IPurchaseModel.LogLikelihood(RepeatPurchaseData data, Span<double> gradient) =>
        BgNbdModel.LogLikelihood([R, Alpha, A, B], gradient.IsEmpty ? stackalloc double[4] : gradient, data);
}
