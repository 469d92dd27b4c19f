using System;
using System.Collections.Generic;

namespace PrivateTraffic.Core.Value;

/// <summary>Creates <see cref="ModelFit{TParameters}"/> results: a converged fit with its estimates, or a failed one with its reason.</summary>
public static class ModelFit
{
    /// <summary>A converged fit.</summary>
    /// <typeparam name="TParameters">The model's parameters.</typeparam>
    /// <param name="parameters">The estimates.</param>
    /// <param name="standardErrors">Their standard errors, one per parameter in <see cref="IModelParameters.ParameterNames"/> order, or null when unavailable.</param>
    /// <param name="logLikelihood">The finite log-likelihood at the estimates.</param>
    /// <param name="iterations">The optimizer's iterations, ≥ 0.</param>
    /// <param name="customerCount">The customers fitted, ≥ 0.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    public static ModelFit<TParameters> Converged<TParameters>(TParameters parameters, IReadOnlyList<double>? standardErrors, double logLikelihood, int iterations, int customerCount)
        where TParameters : struct, IModelParameters =>
        new ModelFit<TParameters>(ModelFitStatus.Converged, null, parameters, standardErrors, logLikelihood, iterations, customerCount);

    /// <summary>A failed fit: no estimates.</summary>
    /// <typeparam name="TParameters">The model's parameters.</typeparam>
    /// <param name="status"><see cref="ModelFitStatus.NotIdentified"/> or <see cref="ModelFitStatus.NotConverged"/>.</param>
    /// <param name="message">Why it failed.</param>
    /// <param name="iterations">The optimizer's iterations, ≥ 0.</param>
    /// <param name="customerCount">The customers fitted, ≥ 0.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentException">The status is Converged or the message is empty.</exception>
    public static ModelFit<TParameters> Failed<TParameters>(ModelFitStatus status, string message, int iterations, int customerCount)
        where TParameters : struct, IModelParameters =>
        status == ModelFitStatus.Converged
            ? throw new ArgumentException("A failed fit cannot have the status Converged.", nameof(status))
            : new ModelFit<TParameters>(status, message, null, null, null, iterations, customerCount);

}
