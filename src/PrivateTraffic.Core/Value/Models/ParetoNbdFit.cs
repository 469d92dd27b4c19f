using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The result of fitting the Pareto/NBD model by maximum likelihood (<see cref="ParetoNbdModel.Fit"/>): the parameters
/// when the fit converged, else a status and a message. Standard errors are in the order r, α, s, β.
/// </summary>
[JsonConverter(typeof(ParetoNbdFitJsonConverter))]
public sealed class ParetoNbdFit : ModelFit
{
    private ParetoNbdFit(ModelFitStatus status, string? message, ParetoNbdParameters? parameters, IReadOnlyList<double>? standardErrors, double? logLikelihood, int iterations, int customerCount)
        : base(status, message, standardErrors, logLikelihood, iterations, customerCount, 4)
    {
        Parameters = parameters;
    }

    /// <summary>The maximum-likelihood estimates; null when the fit failed.</summary>
    public ParetoNbdParameters? Parameters { get; }

    /// <summary>A converged fit.</summary>
    /// <param name="parameters">The estimates.</param>
    /// <param name="standardErrors">Their standard errors (r, α, s, β), or null when unavailable.</param>
    /// <param name="logLikelihood">The finite log-likelihood at the estimates.</param>
    /// <param name="iterations">The optimizer's iterations, ≥ 0.</param>
    /// <param name="customerCount">The customers fitted, ≥ 0.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    public static ParetoNbdFit Converged(ParetoNbdParameters parameters, IReadOnlyList<double>? standardErrors, double logLikelihood, int iterations, int customerCount) =>
        new(ModelFitStatus.Converged, null, parameters, standardErrors, logLikelihood, iterations, customerCount);

    /// <summary>A failed fit: no estimates.</summary>
    /// <param name="status"><see cref="ModelFitStatus.NotIdentified"/> or <see cref="ModelFitStatus.NotConverged"/>.</param>
    /// <param name="message">Why it failed.</param>
    /// <param name="iterations">The optimizer's iterations, ≥ 0.</param>
    /// <param name="customerCount">The customers fitted, ≥ 0.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentException">The status is Converged or the message is empty.</exception>
    public static ParetoNbdFit Failed(ModelFitStatus status, string message, int iterations, int customerCount) =>
        status == ModelFitStatus.Converged
            ? throw new ArgumentException("A failed fit cannot have the status Converged.", nameof(status))
            : new(status, message, null, null, null, iterations, customerCount);
}
