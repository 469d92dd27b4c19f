using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// Settings of the maximum-likelihood fits. The defaults (500 iterations, gradient tolerance 1e-9 on the mean
/// log-likelihood per customer with respect to the log-parameters) give estimates accurate to about 1e-6 relative on
/// the CDNOW data, far inside the precision of the published three-digit values.
/// </summary>
public sealed class ModelFitOptions
{
    private ModelFitOptions(int maxIterations, double gradientTolerance)
    {
        MaxIterations = maxIterations;
        GradientTolerance = gradientTolerance;
    }

    /// <summary>The defaults: 500 iterations, tolerance 1e-9.</summary>
    public static ModelFitOptions Default { get; } = new(500, 1e-9);

    /// <summary>The most optimizer iterations before giving up with <see cref="ModelFitStatus.NotConverged"/>.</summary>
    public int MaxIterations { get; }

    /// <summary>Convergence test: every component of the gradient of the mean log-likelihood (in log-parameters) at most this.</summary>
    public double GradientTolerance { get; }

    /// <summary>Creates settings.</summary>
    /// <param name="maxIterations">At least 1.</param>
    /// <param name="gradientTolerance">Finite and &gt; 0.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ModelFitOptions Create(int maxIterations, double gradientTolerance) =>
        new(Guard.Against.ZeroOrBelow(maxIterations), Guard.Against.NotFinitePositive(gradientTolerance));
}
