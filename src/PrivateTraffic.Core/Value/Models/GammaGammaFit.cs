using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The result of fitting the Gamma-Gamma spend model by maximum likelihood (<see cref="GammaGammaModel.Fit"/>): the parameters
/// when the fit converged, else a status and a message. Standard errors are in the order p, q, γ.
/// </summary>
[JsonConverter(typeof(GammaGammaFitJsonConverter))]
public sealed class GammaGammaFit : ModelFit
{
    private GammaGammaFit(ModelFitStatus status, string? message, GammaGammaParameters? parameters, IReadOnlyList<double>? standardErrors, double? logLikelihood, int iterations, int customerCount)
        : base(status, message, standardErrors, logLikelihood, iterations, customerCount, 3)
    {
        Parameters = parameters;
    }

    /// <summary>The maximum-likelihood estimates; null when the fit failed.</summary>
    public GammaGammaParameters? Parameters { get; }

    /// <summary>A converged fit.</summary>
    /// <param name="parameters">The estimates.</param>
    /// <param name="standardErrors">Their standard errors (p, q, γ), or null when unavailable.</param>
    /// <param name="logLikelihood">The finite log-likelihood at the estimates.</param>
    /// <param name="iterations">The optimizer's iterations, ≥ 0.</param>
    /// <param name="customerCount">The repeat buyers fitted (customers with x = 0 carry no spend and are left out), ≥ 0.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    public static GammaGammaFit Converged(GammaGammaParameters parameters, IReadOnlyList<double>? standardErrors, double logLikelihood, int iterations, int customerCount) =>
        new(ModelFitStatus.Converged, null, parameters, standardErrors, logLikelihood, iterations, customerCount);

    /// <summary>A failed fit: no estimates.</summary>
    /// <param name="status"><see cref="ModelFitStatus.NotIdentified"/> or <see cref="ModelFitStatus.NotConverged"/>.</param>
    /// <param name="message">Why it failed.</param>
    /// <param name="iterations">The optimizer's iterations, ≥ 0.</param>
    /// <param name="customerCount">The repeat buyers fitted (customers with x = 0 carry no spend and are left out), ≥ 0.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentException">The status is Converged or the message is empty.</exception>
    public static GammaGammaFit Failed(ModelFitStatus status, string message, int iterations, int customerCount) =>
        status == ModelFitStatus.Converged
            ? throw new ArgumentException("A failed fit cannot have the status Converged.", nameof(status))
            : new(status, message, null, null, null, iterations, customerCount);
}
