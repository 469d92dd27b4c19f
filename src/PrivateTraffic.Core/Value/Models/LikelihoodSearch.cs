using System;
using System.Collections.Generic;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The maximum-likelihood procedure shared by the models, turned around (ask/tell): <see cref="Points"/> yields each
/// parameter set θ (natural parameters) whose total log-likelihood and gradient it needs, and the driver writes them to
/// <see cref="LogLikelihood"/> and <see cref="Gradient"/> before asking for the next. BFGS runs on the log-parameters
/// minimizing the mean negative log-likelihood; then come the log-likelihood at the optimum and the 2n evaluations of
/// the standard errors (the Hessian by central differences of the analytic gradient), and one Newton step that polishes
/// the estimate with that Hessian. The synchronous fits and
/// <see cref="ModelFitSession{TParameters}"/> both drive this one procedure, so they take exactly the same steps.
/// </summary>
internal sealed class LikelihoodSearch(double[] start, double totalWeight, ModelFitOptions options)
{
    private readonly double[] _gradient = new double[start.Length];

    /// <summary>The total log-likelihood at the point last yielded (written by the driver; non-finite where undefined).</summary>
    public double LogLikelihood { get; set; }

    /// <summary>Its gradient in θ (written by the driver).</summary>
    public double[] Gradient => _gradient;

    /// <summary>What the fit found, once <see cref="Points"/> has ended.</summary>
    public MaximumLikelihoodResult? Result { get; private set; }

    /// <summary>The parameter sets to evaluate, in order; the driver must not change them.</summary>
    public IEnumerable<double[]> Points()
    {
        if (totalWeight <= 0.0)
        {
            Result = MaximumLikelihoodResult.Failed(ModelFitStatus.NotIdentified, "there are no customers to fit", 0);
            yield break;
        }

        var n = start.Length;
        var theta = new double[n];
        var logStart = new double[n];
        for (var i = 0; i < n; i++)
        {
            logStart[i] = Math.Log(start[i]);
        }

        var bfgs = new BfgsSearch(logStart, options.MaxIterations, options.GradientTolerance);
        foreach (var logTheta in bfgs.Points())
        {
            var inside = true;
            for (var i = 0; i < n && inside; i++)
            {
                inside = Math.Abs(logTheta[i]) <= 2.0 * MaximumLikelihood.LogBound;
                theta[i] = Math.Exp(logTheta[i]);
            }

            if (!inside)
            {
                bfgs.Value = double.NaN;
                continue;
            }

            yield return theta;
            for (var i = 0; i < n; i++)
            {
                bfgs.Gradient[i] = -theta[i] * _gradient[i] / totalWeight;
            }

            bfgs.Value = -LogLikelihood / totalWeight;
        }

        var result = bfgs.Result;
        for (var i = 0; i < n; i++)
        {
            if (!MaximumLikelihood.Interior(result.X[i]))
            {
                Result = MaximumLikelihoodResult.Failed(
                    ModelFitStatus.NotIdentified,
                    $"the likelihood rises towards a boundary (parameter {i + 1} heads to {(result.X[i] > 0 ? "infinity" : "zero")}): the data cannot identify the parameters",
                    result.Iterations);
                yield break;
            }
        }

        if (!result.Converged)
        {
            Result = MaximumLikelihoodResult.Failed(ModelFitStatus.NotConverged, "the optimizer did not converge: " + result.Problem, result.Iterations);
            yield break;
        }

        var estimate = new double[n];
        for (var i = 0; i < n; i++)
        {
            estimate[i] = Math.Exp(result.X[i]);
        }

        yield return estimate;
        var ll = LogLikelihood;
        var score = (double[])_gradient.Clone();

        // The observed information I = −H, H the Hessian of the log-likelihood in θ, by central differences of the gradient.
        var info = new double[n, n];
        var plus = new double[n];
        var minus = new double[n];
        var point = new double[n];
        var finite = true;
        for (var j = 0; j < n && finite; j++)
        {
            var h = 1e-5 * estimate[j];
            Array.Copy(estimate, point, n);
            point[j] = estimate[j] + h;
            yield return point;
            var okPlus = double.IsFinite(LogLikelihood);
            Array.Copy(_gradient, plus, n);
            point[j] = estimate[j] - h;
            yield return point;
            var okMinus = double.IsFinite(LogLikelihood);
            Array.Copy(_gradient, minus, n);
            finite = okPlus && okMinus;
            for (var i = 0; i < n; i++)
            {
                info[i, j] = -(plus[i] - minus[i]) / (2.0 * h);
            }
        }

        var inverse = finite ? InverseInformation(info) : null;
        var standardErrors = inverse is null ? null : StandardErrors(inverse);
        if (standardErrors is null)
        {
            // A flat direction (singular information) means some parameter is not determined by the data.
            Result = MaximumLikelihoodResult.Failed(
                ModelFitStatus.NotIdentified,
                "the information matrix at the optimum is singular: the data cannot identify every parameter (for example when nobody made a repeat purchase)",
                result.Iterations);
            yield break;
        }

        // One Newton step θ + I⁻¹∇ℓ polishes the estimate from the optimizer's tolerance to near machine precision, so
        // fits whose sums were added in another order (a distributed fit) agree far closer than the tolerance. Only a
        // small step is taken: a large one means the quadratic model is not to be trusted there.
        var polished = new double[n];
        var small = true;
        for (var i = 0; i < n; i++)
        {
            var step = 0.0;
            for (var k = 0; k < n; k++)
            {
                step += inverse![i, k] * score[k];
            }

            polished[i] = estimate[i] + step;
            small &= Math.Abs(step) <= PolishLimit * estimate[i];
        }

        if (small)
        {
            yield return polished;
            if (double.IsFinite(LogLikelihood))
            {
                estimate = polished;
                ll = LogLikelihood;
            }
        }

        Result = new MaximumLikelihoodResult(ModelFitStatus.Converged, null, estimate, standardErrors, ll, result.Iterations);
    }

    /// <summary>The largest polishing step, relative to each parameter.</summary>
    private const double PolishLimit = 1e-4;

    /// <summary>I⁻¹ of the symmetrized observed information; null when it is not positive definite.</summary>
    private static double[,]? InverseInformation(double[,] info)
    {
        var n = info.GetLength(0);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var mean = 0.5 * (info[i, j] + info[j, i]);
                info[i, j] = mean;
                info[j, i] = mean;
            }
        }

        return MaximumLikelihood.InvertPositiveDefinite(info);
    }

    /// <summary>√diag(I⁻¹); null when a variance is not finite and positive.</summary>
    private static double[]? StandardErrors(double[,] inverse)
    {
        var n = inverse.GetLength(0);
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
}
