using System;
using System.Collections.Generic;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// What every maximum-likelihood fit of a customer-base model reports: how it ended, the log-likelihood at the
/// estimates, their standard errors, the optimizer's iterations and how many customers were fitted. The derived
/// type adds the model's parameters. A fit that did not converge carries a message and no estimates at all:
/// never a NaN parameter.
/// </summary>
public abstract class ModelFit
{
    private protected ModelFit(ModelFitStatus status, string? message, IReadOnlyList<double>? standardErrors, double? logLikelihood, int iterations, int customerCount, int parameterCount)
    {
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown fit status.");
        }

        Guard.Against.BelowZero(iterations);
        Guard.Against.BelowZero(customerCount);
        if (status == ModelFitStatus.Converged)
        {
            Guard.Against.Unmet(message is null, "A converged fit has no failure message.", nameof(message));
            Guard.Against.Unmet(logLikelihood is { } ll && double.IsFinite(ll), "A converged fit has a finite log-likelihood.", nameof(logLikelihood));
            if (standardErrors is not null)
            {
                Guard.Against.Unmet(standardErrors.Count == parameterCount, $"There must be {parameterCount} standard errors, one per parameter.", nameof(standardErrors));
                foreach (var se in standardErrors)
                {
                    Guard.Against.NotFinitePositive(se, nameof(standardErrors));
                }
            }
        }
        else
        {
            Guard.Against.NullOrWhiteSpace(message);
            Guard.Against.Unmet(standardErrors is null && logLikelihood is null, "A fit that failed carries no estimates, standard errors or log-likelihood.", nameof(standardErrors));
        }

        Status = status;
        Message = message;
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

    /// <summary>
    /// The standard errors of the parameters, in the model's parameter order, from the inverse observed
    /// information; null when the fit failed or the Hessian at the optimum is not negative definite.
    /// </summary>
    public IReadOnlyList<double>? StandardErrors { get; }

    /// <summary>The total log-likelihood at the estimates (natural log, all constants included); null when the fit failed.</summary>
    public double? LogLikelihood { get; }

    /// <summary>The optimizer's iterations.</summary>
    public int Iterations { get; }

    /// <summary>How many customers were fitted.</summary>
    public int CustomerCount { get; }
}
