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
    public const double LogBound = 18.0;

    /// <summary>The total log-likelihood at natural parameters θ, with its gradient in θ; non-finite where undefined.</summary>
    internal delegate double LogLikelihood(ReadOnlySpan<double> theta, Span<double> gradient);

    /// <summary>Fits a model and reports the result in the model's own parameters (built by <paramref name="create"/> from the estimates).</summary>
    public static ModelFit<TParameters> Fit<TParameters>(
        LogLikelihood logLikelihood, double[] start, double totalWeight, int customerCount, ModelFitOptions? options, Func<double[], TParameters> create)
        where TParameters : struct, IModelParameters
    {
        var search = new LikelihoodSearch(start, totalWeight, options ?? ModelFitOptions.Default);
        foreach (var theta in search.Points())
        {
            search.LogLikelihood = logLikelihood(theta, search.Gradient);
        }

        return ToFit(search.Result!, customerCount, create);
    }

    /// <summary>The optimizer's result in the model's own parameters.</summary>
    public static ModelFit<TParameters> ToFit<TParameters>(MaximumLikelihoodResult result, int customerCount, Func<double[], TParameters> create)
        where TParameters : struct, IModelParameters =>
        result.Estimate is { } e
            ? ModelFit.Converged(create(e), result.StandardErrors, result.LogLikelihood!.Value, result.Iterations, customerCount)
            : ModelFit.Failed<TParameters>(result.Status, result.Message!, result.Iterations, customerCount);

    /// <summary>Whether log-parameters are inside the box where the optimum counts as interior.</summary>
    public static bool Interior(double logTheta) => Math.Abs(logTheta) <= LogBound;

    /// <summary>
    /// The smallest share of a parameter's information that the parameters before it may leave unexplained (1 − R², the
    /// Cholesky pivot over the diagonal entry). The information comes from central differences, accurate to about 1e-10
    /// relative, so a smaller share cannot be told from zero: the matrix is then treated as singular.
    /// </summary>
    public const double MinimumPivotShare = 1e-8;

    /// <summary>The inverse of a symmetric positive definite matrix by Cholesky factorization; null when it is not positive
    /// definite, or so close to singular (<see cref="MinimumPivotShare"/>) that the inverse would be noise.</summary>
    public static double[,]? InvertPositiveDefinite(double[,] m)
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
                    // Written so that NaN also fails; for a diagonal entry ≤ 0 the pivot (≤ that entry) always fails.
                    if (!(sum > MinimumPivotShare * m[i, i]))
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
