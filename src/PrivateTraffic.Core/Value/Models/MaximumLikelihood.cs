using System;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The fitting procedure shared by the models: BFGS on the log-parameters minimizing the mean negative
/// log-likelihood, a check that the optimum is interior (identification), and standard errors from the inverse
/// of the observed information (the Hessian of the log-likelihood by central differences of the analytic gradient).
/// </summary>
internal static class MaximumLikelihood
{
    /// <summary>Log-parameters beyond ±LogBound (parameters below 1.5e-8 or above 6.6e7) mean the optimum is on the boundary.</summary>
    private const double LogBound = 18.0;

    /// <summary>The total log-likelihood at natural parameters θ, with its gradient in θ; non-finite where undefined.</summary>
    internal delegate double LogLikelihood(ReadOnlySpan<double> theta, Span<double> gradient);

    /// <summary>Fits a model and reports the result in the model's own parameters (built by <paramref name="create"/> from the estimates).</summary>
    public static ModelFit<TParameters> Fit<TParameters>(
        LogLikelihood logLikelihood, double[] start, double totalWeight, int customerCount, ModelFitOptions? options, Func<double[], TParameters> create)
        where TParameters : struct, IModelParameters
    {
        var result = Optimize(logLikelihood, start, totalWeight, options ?? ModelFitOptions.Default);
        return result.Estimate is { } e
            ? ModelFit.Converged(create(e), result.StandardErrors, result.LogLikelihood!.Value, result.Iterations, customerCount)
            : ModelFit.Failed<TParameters>(result.Status, result.Message!, result.Iterations, customerCount);
    }

    private static MaximumLikelihoodResult Optimize(LogLikelihood logLikelihood, double[] start, double totalWeight, ModelFitOptions options)
    {
        if (totalWeight <= 0.0)
        {
            return MaximumLikelihoodResult.Failed(ModelFitStatus.NotIdentified, "there are no customers to fit", 0);
        }

        var n = start.Length;
        var theta = new double[n];
        var gradTheta = new double[n];
        double Objective(ReadOnlySpan<double> logTheta, Span<double> gradient)
        {
            for (var i = 0; i < n; i++)
            {
                if (Math.Abs(logTheta[i]) > 2.0 * LogBound)
                {
                    return double.NaN;
                }

                theta[i] = Math.Exp(logTheta[i]);
            }

            var ll = logLikelihood(theta, gradTheta);
            for (var i = 0; i < n; i++)
            {
                gradient[i] = -theta[i] * gradTheta[i] / totalWeight;
            }

            return -ll / totalWeight;
        }

        var logStart = new double[n];
        for (var i = 0; i < n; i++)
        {
            logStart[i] = Math.Log(start[i]);
        }

        var result = Bfgs.Minimize(Objective, logStart, options.MaxIterations, options.GradientTolerance);
        for (var i = 0; i < n; i++)
        {
            if (Math.Abs(result.X[i]) > LogBound)
            {
                return MaximumLikelihoodResult.Failed(
                    ModelFitStatus.NotIdentified,
                    $"the likelihood rises towards a boundary (parameter {i + 1} heads to {(result.X[i] > 0 ? "infinity" : "zero")}): the data cannot identify the parameters",
                    result.Iterations);
            }
        }

        if (!result.Converged)
        {
            return MaximumLikelihoodResult.Failed(ModelFitStatus.NotConverged, "the optimizer did not converge: " + result.Problem, result.Iterations);
        }

        var estimate = new double[n];
        for (var i = 0; i < n; i++)
        {
            estimate[i] = Math.Exp(result.X[i]);
        }

        var ll = logLikelihood(estimate, gradTheta);
        var standardErrors = StandardErrors(logLikelihood, estimate);
        if (standardErrors is null)
        {
            // A flat direction (singular information) means some parameter is not determined by the data.
            return MaximumLikelihoodResult.Failed(
                ModelFitStatus.NotIdentified,
                "the information matrix at the optimum is singular: the data cannot identify every parameter (for example when nobody made a repeat purchase)",
                result.Iterations);
        }

        return new MaximumLikelihoodResult(ModelFitStatus.Converged, null, estimate, standardErrors, ll, result.Iterations);
    }

    /// <summary>√diag((−H)⁻¹) with H the Hessian of the log-likelihood in θ; null when −H is not positive definite.</summary>
    private static double[]? StandardErrors(LogLikelihood logLikelihood, double[] estimate)
    {
        var n = estimate.Length;
        var info = new double[n, n];
        var plus = new double[n];
        var minus = new double[n];
        var point = new double[n];
        for (var j = 0; j < n; j++)
        {
            var h = 1e-5 * estimate[j];
            Array.Copy(estimate, point, n);
            point[j] = estimate[j] + h;
            var okPlus = double.IsFinite(logLikelihood(point, plus));
            point[j] = estimate[j] - h;
            var okMinus = double.IsFinite(logLikelihood(point, minus));
            if (!okPlus || !okMinus)
            {
                return null;
            }

            for (var i = 0; i < n; i++)
            {
                info[i, j] = -(plus[i] - minus[i]) / (2.0 * h);
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var mean = 0.5 * (info[i, j] + info[j, i]);
                info[i, j] = mean;
                info[j, i] = mean;
            }
        }

        var inverse = InvertPositiveDefinite(info);
        if (inverse is null)
        {
            return null;
        }

        var se = new double[n];
        for (var i = 0; i < n; i++)
        {
            se[i] = Math.Sqrt(inverse[i, i]);
            if (!double.IsFinite(se[i]) || se[i] <= 0.0)
            {
                return null;
            }
        }

        return se;
    }

    /// <summary>The inverse of a symmetric positive definite matrix by Cholesky factorization; null when it is not positive definite.</summary>
    private static double[,]? InvertPositiveDefinite(double[,] m)
    {
        var n = m.GetLength(0);
        var l = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = m[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                if (i == j)
                {
                    if (!(sum > 0.0))
                    {
                        return null;
                    }

                    l[i, i] = Math.Sqrt(sum);
                }
                else
                {
                    l[i, j] = sum / l[j, j];
                }
            }
        }

        // Solve L Lᵀ X = I column by column.
        var inverse = new double[n, n];
        var column = new double[n];
        for (var c = 0; c < n; c++)
        {
            for (var i = 0; i < n; i++)
            {
                var sum = i == c ? 1.0 : 0.0;
                for (var k = 0; k < i; k++)
                {
                    sum -= l[i, k] * column[k];
                }

                column[i] = sum / l[i, i];
            }

            for (var i = n - 1; i >= 0; i--)
            {
                var sum = column[i];
                for (var k = i + 1; k < n; k++)
                {
                    sum -= l[k, i] * inverse[k, c];
                }

                inverse[i, c] = sum / l[i, i];
            }
        }

        return inverse;
    }
}

/// <summary>What the optimizer found; estimates only when converged.</summary>
/// <param name="Status">How the fit ended.</param>
/// <param name="Message">Why it failed, when it did.</param>
/// <param name="Estimate">The estimates, or null.</param>
/// <param name="StandardErrors">Their standard errors, or null.</param>
/// <param name="LogLikelihood">The log-likelihood at the estimates, or null.</param>
/// <param name="Iterations">The optimizer's iterations.</param>
internal sealed record MaximumLikelihoodResult(ModelFitStatus Status, string? Message, double[]? Estimate, double[]? StandardErrors, double? LogLikelihood, int Iterations)
{
    public static MaximumLikelihoodResult Failed(ModelFitStatus status, string message, int iterations) => new(status, message, null, null, null, iterations);
}
