using System;
using System.Collections.Generic;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// A small quasi-Newton minimizer (BFGS with an inverse-Hessian update and a backtracking Armijo line search that
/// also backs off from non-finite values), turned around (ask/tell): <see cref="Points"/> yields each point it needs evaluated, and the driver
/// writes the objective's <see cref="Value"/> and <see cref="Gradient"/> there before asking for the next point. Models
/// minimize their mean negative log-likelihood over log-parameters, so the search is unconstrained and every trial
/// point is a valid parameter set. One implementation serves the synchronous fit and the distributed fit, so both take exactly the same steps.
/// </summary>
internal sealed class BfgsSearch(double[] start, int maxIterations, double gradientTolerance)
{
    /// <summary>Largest step of any coordinate in one line search (log-parameters: a factor of e^4 ≈ 55).</summary>
    private const double MaxStep = 4.0;

    private readonly double[] _gradient = new double[start.Length];

    /// <summary>The objective at the point last yielded (written by the driver).</summary>
    public double Value { get; set; }

    /// <summary>The gradient at the point last yielded (written by the driver).</summary>
    public double[] Gradient => _gradient;

    /// <summary>What the search found, once <see cref="Points"/> has ended.</summary>
    public BfgsResult Result { get; private set; }

    /// <summary>The points to evaluate, in order; the driver must not change them.</summary>
    public IEnumerable<double[]> Points()
    {
        var n = start.Length;
        var x = (double[])start.Clone();
        var g = new double[n];
        yield return x;
        var f = Value;
        Array.Copy(_gradient, g, n);
        if (!double.IsFinite(f) || !AllFinite(g))
        {
            Result = new BfgsResult(x, f, 0, false, "the likelihood is not finite at the starting point");
            yield break;
        }

        var h = Identity(n);
        var d = new double[n];
        var xNew = new double[n];
        var gNew = new double[n];
        var s = new double[n];
        var y = new double[n];
        var hy = new double[n];
        var firstUpdate = true;
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            if (MaxAbs(g) <= gradientTolerance)
            {
                Result = new BfgsResult(x, f, iteration - 1, true, null);
                yield break;
            }

            var slope = Direction(h, g, d);
            if (slope >= 0.0)
            {
                h = Identity(n);
                slope = Direction(h, g, d);
            }

            var step = Math.Min(1.0, MaxStep / MaxAbs(d));
            var fNew = double.NaN;
            var accepted = false;
            for (var trial = 0; trial < 60; trial++)
            {
                for (var i = 0; i < n; i++)
                {
                    xNew[i] = x[i] + (step * d[i]);
                }

                yield return xNew;
                fNew = Value;
                Array.Copy(_gradient, gNew, n);
                if (double.IsFinite(fNew) && AllFinite(gNew) && fNew <= f + (1e-4 * step * slope))
                {
                    accepted = true;
                    break;
                }

                step *= 0.5;
            }

            if (!accepted)
            {
                if (!firstUpdate)
                {
                    // Restart from steepest descent once before giving up.
                    h = Identity(n);
                    firstUpdate = true;
                    continue;
                }

                // No decrease is possible in floating point: the point is optimal to working precision if the gradient is small.
                var converged = MaxAbs(g) <= Math.Sqrt(gradientTolerance);
                Result = new BfgsResult(x, f, iteration, converged, converged ? null : "the line search found no decrease");
                yield break;
            }

            var sy = 0.0;
            var yy = 0.0;
            for (var i = 0; i < n; i++)
            {
                s[i] = xNew[i] - x[i];
                y[i] = gNew[i] - g[i];
                sy += s[i] * y[i];
                yy += y[i] * y[i];
            }

            var fOld = f;
            Array.Copy(xNew, x, n);
            Array.Copy(gNew, g, n);
            f = fNew;
            if (sy > 1e-300 && yy > 0.0)
            {
                if (firstUpdate)
                {
                    h = Identity(n, sy / yy);
                    firstUpdate = false;
                }

                Update(h, s, y, hy, sy);
            }

            if (Math.Abs(fOld - f) <= 1e-16 * Math.Abs(f) && MaxAbs(g) <= Math.Sqrt(gradientTolerance))
            {
                Result = new BfgsResult(x, f, iteration, true, null);
                yield break;
            }
        }

        Result = new BfgsResult(x, f, maxIterations, false, $"no convergence in {maxIterations} iterations");
    }

    private static double Direction(double[,] h, double[] g, double[] d)
    {
        var n = g.Length;
        var slope = 0.0;
        for (var i = 0; i < n; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < n; j++)
            {
                sum -= h[i, j] * g[j];
            }

            d[i] = sum;
            slope += sum * g[i];
        }

        return slope;
    }

    private static void Update(double[,] h, double[] s, double[] y, double[] hy, double sy)
    {
        // H ← H + ((sᵀy + yᵀHy)/(sᵀy)²) s sᵀ − (H y sᵀ + s yᵀ H)/(sᵀy)
        var n = s.Length;
        var yhy = 0.0;
        for (var i = 0; i < n; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < n; j++)
            {
                sum += h[i, j] * y[j];
            }

            hy[i] = sum;
            yhy += y[i] * sum;
        }

        var c = (sy + yhy) / (sy * sy);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                h[i, j] += (c * s[i] * s[j]) - (((hy[i] * s[j]) + (s[i] * hy[j])) / sy);
            }
        }
    }

    private static double[,] Identity(int n, double scale = 1.0)
    {
        var h = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            h[i, i] = scale;
        }

        return h;
    }

    private static double MaxAbs(ReadOnlySpan<double> v)
    {
        var m = 0.0;
        foreach (var e in v)
        {
            m = Math.Max(m, Math.Abs(e));
        }

        return m;
    }

    private static bool AllFinite(ReadOnlySpan<double> v)
    {
        foreach (var e in v)
        {
            if (!double.IsFinite(e))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>What <see cref="BfgsSearch"/> found.</summary>
/// <param name="X">The last accepted point.</param>
/// <param name="Value">The objective there.</param>
/// <param name="Iterations">The iterations used.</param>
/// <param name="Converged">Whether the gradient test was met.</param>
/// <param name="Problem">Why it stopped, when it did not converge.</param>
internal readonly record struct BfgsResult(double[] X, double Value, int Iterations, bool Converged, string? Problem);
