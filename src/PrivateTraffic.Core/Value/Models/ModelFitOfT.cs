using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The result of fitting a customer-base model by maximum likelihood (模型拟合): BG/NBD
/// (<see cref="BgNbdModel.Fit"/>, <c>ModelFit&lt;BgNbdParameters&gt;</c>), Pareto/NBD (<see cref="ParetoNbdModel.Fit"/>)
/// or Gamma-Gamma (<see cref="GammaGammaModel.Fit"/>). It says how the fit ended, and when it converged carries the
/// parameters, the log-likelihood at them, their standard errors, the optimizer's iterations and how many customers
/// were fitted. A fit that did not converge carries a message and no estimates at all: never a NaN parameter.
/// </summary>
/// <typeparam name="TParameters">The model's parameters.</typeparam>
/// <remarks>On the wire every model's fit has one shape: status, message, parameters, standardErrors, logLikelihood, iterations, customerCount.</remarks>
[JsonConverter(typeof(ModelFitJsonConverterFactory))]
public sealed class ModelFit<TParameters>
    where TParameters : struct, IModelParameters
{
    internal ModelFit(ModelFitStatus status, string? message, TParameters? parameters, IReadOnlyList<double>? standardErrors, double? logLikelihood, int iterations, int customerCount)
    {
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown fit status.");
        }

        Guard.Against.BelowZero(iterations);
        Guard.Against.BelowZero(customerCount);
        if (status == ModelFitStatus.Converged)
        {
            Guard.Against.Unmet(logLikelihood is { } ll && double.IsFinite(ll), "A converged fit has a finite log-likelihood.", nameof(logLikelihood));
            if (standardErrors is not null)
            {
                var count = default(TParameters).ParameterNames.Count;
                Guard.Against.Unmet(standardErrors.Count == count, $"There must be {count} standard errors, one per parameter.", nameof(standardErrors));
                foreach (var se in standardErrors)
                {
                    Guard.Against.NotFinitePositive(se, nameof(standardErrors));
                }
            }
        }
        else
        {
            Guard.Against.NullOrWhiteSpace(message);
        }

        Status = status;
        Message = message;
        Parameters = parameters;
        StandardErrors = standardErrors is null ? null : Array.AsReadOnly(System.Linq.Enumerable.ToArray(standardErrors));
        LogLikelihood = logLikelihood;
        Iterations = iterations;
        CustomerCount = customerCount;
    }

    /// <summary>How the fit ended.</summary>
    public ModelFitStatus Status { get; }

    /// <summary>Whether the fit converged, so that the parameters are available.</summary>
    public bool IsConverged => Status == ModelFitStatus.Converged;

    /// <summary>Why the fit failed; null when it converged.</summary>
    public string? Message { get; }

    /// <summary>The maximum-likelihood estimates; null when the fit failed.</summary>
    public TParameters? Parameters { get; }

    /// <summary>
    /// The standard errors of the parameters, in <see cref="IModelParameters.ParameterNames"/> order, from the inverse
    /// observed information; null when the fit failed or the Hessian at the optimum is not negative definite.
    /// </summary>
    public IReadOnlyList<double>? StandardErrors { get; }

    /// <summary>The total log-likelihood at the estimates (natural log, all constants included); null when the fit failed.</summary>
    public double? LogLikelihood { get; }

    /// <summary>The optimizer's iterations.</summary>
    public int Iterations { get; }

    /// <summary>
    /// How many customers were fitted; for Gamma-Gamma the repeat buyers only (customers with x = 0 carry no spend
    /// and are left out).
    /// </summary>
    public int CustomerCount { get; }
}
