using System;
using System.Collections.Generic;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// One partition's share of a model's log-likelihood (对数似然) and of its gradient, at given parameters. Shares
/// from any number of partitions add up with <see cref="Merge"/> to the figures of the whole base, in any order
/// and grouping, so a distributed job (Spark, Orleans, Akka) can map each partition to a contribution and reduce
/// them, then step an optimizer on the driver, without the library knowing the engine.
/// </summary>
/// <remarks>
/// The gradient is with respect to the model's parameters in their usual order: (r, α, a, b) for BG/NBD and
/// (r, α, s, β) for Pareto/NBD. <c>default(LikelihoodContribution)</c> is the empty contribution (no customers,
/// log-likelihood 0, no gradient); merging with it changes nothing.
/// </remarks>
public readonly struct LikelihoodContribution
{
    private readonly double[]? _gradient;

    internal LikelihoodContribution(double logLikelihood, double[] gradient, long customers)
    {
        LogLikelihood = logLikelihood;
        _gradient = gradient;
        CustomerCount = customers;
    }

    /// <summary>Σ ln L over the partition's customers.</summary>
    public double LogLikelihood { get; }

    /// <summary>∂(Σ ln L)/∂θ for each parameter, in the model's usual order; empty for the empty contribution.</summary>
    public IReadOnlyList<double> Gradient => _gradient ?? [];

    /// <summary>How many customers the contribution covers.</summary>
    public long CustomerCount { get; }

    /// <summary>Adds two contributions of the same model at the same parameters.</summary>
    /// <param name="other">The other partition's contribution.</param>
    /// <returns>The contribution of both partitions together.</returns>
    /// <exception cref="ArgumentException">The gradients have different lengths (different models).</exception>
    public LikelihoodContribution Merge(LikelihoodContribution other)
    {
        if (_gradient is null)
        {
            return other;
        }

        if (other._gradient is null)
        {
            return this;
        }

        Guard.Against.Unmet(_gradient.Length == other._gradient.Length, "Contributions of different models cannot be merged.", nameof(other));
        var sum = new double[_gradient.Length];
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] = _gradient[i] + other._gradient[i];
        }

        return new LikelihoodContribution(LogLikelihood + other.LogLikelihood, sum, CustomerCount + other.CustomerCount);
    }
}
