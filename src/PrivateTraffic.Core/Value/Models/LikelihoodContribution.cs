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

    /// <summary>
    /// Rebuilds a contribution from its three figures, as read from the wire: a distributed engine ships contributions
    /// between machines in its own format (an Orleans surrogate, a Spark row) and rebuilds them on the coordinator.
    /// </summary>
    /// <param name="logLikelihood">Σ ln L over the partition's customers (may be non-finite at parameters where the model is undefined).</param>
    /// <param name="gradient">∂(Σ ln L)/∂θ in the model's usual order; empty only for the empty contribution.</param>
    /// <param name="customerCount">How many customers it covers; 0 only for the empty contribution.</param>
    /// <returns>The contribution; the empty one for (0, [], 0).</returns>
    /// <exception cref="ArgumentException">The gradient is null, or empty with customers, or the count is negative.</exception>
    public static LikelihoodContribution Of(double logLikelihood, IReadOnlyList<double> gradient, long customerCount)
    {
        Guard.Against.Null(gradient);
        Guard.Against.BelowZero(customerCount);
        if (gradient.Count == 0 && customerCount == 0 && logLikelihood == 0.0)
        {
            return default;
        }

        Guard.Against.Unmet(gradient.Count > 0, "A contribution that covers customers has a gradient.", nameof(gradient));
        return new LikelihoodContribution(logLikelihood, [.. gradient], customerCount);
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
