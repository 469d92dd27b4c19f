using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The three parameters of the Gamma-Gamma model of spend per purchase (消费金额模型, Fader &amp; Hardie 2013; Colombo &amp;
/// Jiang 1999): each purchase of a customer is Gamma(<see cref="P"/>, ν) distributed, and the customers' ν are
/// Gamma(<see cref="Q"/>, <see cref="Gamma"/>) distributed, so a customer's mean spend is p/ν.
/// </summary>
/// <remarks>
/// <see cref="Gamma"/> is in money units (the same currency as the spends it was fitted on); p and q are pure numbers.
/// The population mean spend per purchase is p·γ/(q−1), finite only when q &gt; 1. All three are finite and &gt; 0;
/// <c>default</c> is not valid. On the wire: <c>{"p":6.25,"q":3.74,"gamma":15.44}</c>.
/// </remarks>
[JsonConverter(typeof(GammaGammaParametersJsonConverter))]
public readonly record struct GammaGammaParameters : IModelParameters
{
    private static readonly IReadOnlyList<string> Names = Array.AsReadOnly(new[] { "p", "q", "gamma" });

    private GammaGammaParameters(double p, double q, double gamma)
    {
        P = p;
        Q = q;
        Gamma = gamma;
    }

    /// <summary>The shape p of the gamma distribution of one purchase's spend.</summary>
    public double P { get; }

    /// <summary>The shape q of the gamma distribution of the customers' spend rates ν.</summary>
    public double Q { get; }

    /// <summary>The rate γ of the gamma distribution of the customers' spend rates ν, in money units.</summary>
    public double Gamma { get; }

    /// <summary>Creates a parameter set.</summary>
    /// <param name="p">Finite, &gt; 0.</param>
    /// <param name="q">Finite, &gt; 0 (predictions need q &gt; 1).</param>
    /// <param name="gamma">Finite, &gt; 0.</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not finite and positive.</exception>
    public static GammaGammaParameters Create(double p, double q, double gamma) =>
        new(Guard.Against.NotFinitePositive(p), Guard.Against.NotFinitePositive(q), Guard.Against.NotFinitePositive(gamma));

    /// <summary>The parameters by their usual names.</summary>
    /// <returns>For example "Gamma-Gamma p=6.25 q=3.74 gamma=15.44".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Gamma-Gamma p={P:G6} q={Q:G6} gamma={Gamma:G6}");

    /// <inheritdoc/>
    public IReadOnlyList<string> ParameterNames => Names;
}
