using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The Gamma-Gamma model of spend per purchase (Fader &amp; Hardie 2013, "The Gamma-Gamma model of monetary value"):
/// likelihood, maximum-likelihood fit on the repeat buyers, and the expected spend per purchase of a customer.
/// </summary>
/// <remarks>
/// A customer with x ≥ 1 repeat purchases of mean value z̄ contributes the density of z̄,
/// f(z̄ | p, q, γ, x) = Γ(px+q) / (Γ(px) Γ(q)) · γ^q · x^(px) · z̄^(px−1) / (γ + x z̄)^(px+q),
/// so ln L = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + px ln x + (px−1) ln z̄ − (px+q) ln(γ + x z̄), all terms kept.
/// The model assumes that spend is independent of the purchase process; check that the correlation of x and z̄ is
/// small before combining it with a purchase model.
/// </remarks>
public static class GammaGammaModel
{
    /// <summary>The log-likelihood of one repeat buyer's mean spend (the density of z̄, all constant terms included).</summary>
    /// <param name="parameters">The model.</param>
    /// <param name="frequency">x, a whole number ≥ 1.</param>
    /// <param name="meanSpend">z̄ &gt; 0, the mean value of the x repeat purchases.</param>
    /// <returns>ln f(z̄).</returns>
    /// <exception cref="ArgumentOutOfRangeException">x is not a whole number ≥ 1 or z̄ is not finite and positive.</exception>
    public static double LogLikelihood(GammaGammaParameters parameters, double frequency, double meanSpend)
    {
        ValidateBuyer(frequency, meanSpend, 0);
        Span<double> gradient = stackalloc double[3];
        return LogLikelihood([parameters.P, parameters.Q, parameters.Gamma], gradient, [frequency], [meanSpend], [1.0]);
    }

    /// <summary>The total log-likelihood of the repeat buyers among customers given as columns (customers with x = 0 are skipped).</summary>
    /// <param name="parameters">The model.</param>
    /// <param name="frequency">x per customer.</param>
    /// <param name="meanSpend">z̄ per customer (ignored when x = 0; &gt; 0 otherwise).</param>
    /// <returns>Σ ln f(z̄) over customers with x ≥ 1.</returns>
    /// <exception cref="ArgumentException">The lengths differ or a customer's values are out of range.</exception>
    public static double LogLikelihood(GammaGammaParameters parameters, ReadOnlySpan<double> frequency, ReadOnlySpan<double> meanSpend)
    {
        var (x, z, w) = Compress(frequency, meanSpend);
        Span<double> gradient = stackalloc double[3];
        return LogLikelihood([parameters.P, parameters.Q, parameters.Gamma], gradient, x, z, w);
    }

    /// <summary>
    /// Fits the model by maximum likelihood on the repeat buyers (x ≥ 1): BFGS on (ln p, ln q, ln γ) with the analytic
    /// gradient over the distinct (x, z̄) pairs, started at p = q = 1 and γ = the mean z̄.
    /// </summary>
    /// <param name="frequency">x per customer.</param>
    /// <param name="meanSpend">z̄ per customer (ignored when x = 0).</param>
    /// <param name="options">Optimizer settings; <see cref="ModelFitOptions.Default"/> when null.</param>
    /// <returns>The fit; its customer count is the number of repeat buyers.</returns>
    /// <exception cref="ArgumentException">The lengths differ or a customer's values are out of range.</exception>
    public static ModelFit<GammaGammaParameters> Fit(ReadOnlySpan<double> frequency, ReadOnlySpan<double> meanSpend, ModelFitOptions? options = null)
    {
        var (x, z, w) = Compress(frequency, meanSpend);
        var buyers = 0.0;
        var meanZ = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            buyers += w[i];
            meanZ += w[i] * z[i];
        }

        meanZ = buyers > 0 ? meanZ / buyers : 1.0;
        return MaximumLikelihood.Fit(
            (theta, gradient) => LogLikelihood(theta, gradient, x, z, w), [1.0, 1.0, meanZ], buyers, (int)buyers, options, e => GammaGammaParameters.Create(e[0], e[1], e[2]));
    }

    /// <summary>
    /// The expected spend per purchase of a customer with x repeat purchases of mean z̄:
    /// E[Z | x, z̄] = p (γ + x z̄) / (p x + q − 1) = (q−1)/(px+q−1) · pγ/(q−1) + px/(px+q−1) · z̄, a weighted mean of the
    /// population mean pγ/(q−1) and the customer's own mean. For x = 0 it is the population mean.
    /// </summary>
    /// <param name="parameters">The model; q must exceed 1.</param>
    /// <param name="frequency">x, a whole number ≥ 0.</param>
    /// <param name="meanSpend">z̄ (ignored when x = 0; finite and ≥ 0 otherwise), in the money units γ was fitted in. A repeat
    /// buyer whose purchases were all free has z̄ = 0; the expectation is then pγ/(px + q − 1).</param>
    /// <returns>The expected spend per purchase, &gt; 0.</returns>
    /// <exception cref="DomainRuleException">q ≤ 1 (<see cref="DomainRuleCodes.SpendMeanUndefined"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">x or z̄ is out of range.</exception>
    public static double ExpectedSpend(GammaGammaParameters parameters, double frequency, double meanSpend)
    {
        RequireFiniteMean(parameters);
        if (frequency != 0.0)
        {
            ValidateScoredBuyer(frequency, meanSpend, 0);
        }

        return ExpectedSpendCore(parameters, frequency, meanSpend);
    }

    /// <summary>The population mean spend per purchase, pγ/(q−1).</summary>
    /// <param name="parameters">The model; q must exceed 1.</param>
    /// <returns>The mean, &gt; 0.</returns>
    /// <exception cref="DomainRuleException">q ≤ 1 (<see cref="DomainRuleCodes.SpendMeanUndefined"/>).</exception>
    public static double PopulationMeanSpend(GammaGammaParameters parameters)
    {
        RequireFiniteMean(parameters);
        return parameters.P * parameters.Gamma / (parameters.Q - 1.0);
    }

    /// <summary>Expected spend per purchase for customers given as columns, into <paramref name="destination"/>.</summary>
    /// <param name="parameters">The model; q must exceed 1.</param>
    /// <param name="frequency">x per customer.</param>
    /// <param name="meanSpend">z̄ per customer (ignored when x = 0; finite and ≥ 0 otherwise).</param>
    /// <param name="destination">Receives one expectation per customer.</param>
    /// <exception cref="DomainRuleException">q ≤ 1 (<see cref="DomainRuleCodes.SpendMeanUndefined"/>).</exception>
    /// <exception cref="ArgumentException">The lengths differ or a value is out of range.</exception>
    public static void ExpectedSpend(GammaGammaParameters parameters, ReadOnlySpan<double> frequency, ReadOnlySpan<double> meanSpend, Span<double> destination)
    {
        RequireFiniteMean(parameters);
        PurchaseModelColumns.RequireLengths(frequency.Length, meanSpend.Length, destination.Length, frequency.Length);
        for (var i = 0; i < frequency.Length; i++)
        {
            if (frequency[i] != 0.0)
            {
                ValidateScoredBuyer(frequency[i], meanSpend[i], i);
            }

            destination[i] = ExpectedSpendCore(parameters, frequency[i], meanSpend[i]);
        }
    }

    /// <summary>
    /// Simulates the model: each customer draws ν ~ Gamma(q, γ) and then x purchases of Gamma(p, ν) value; writes their
    /// mean (0 when x = 0).
    /// </summary>
    /// <param name="parameters">The model.</param>
    /// <param name="frequency">x per customer (whole numbers ≥ 0).</param>
    /// <param name="random">The caller's seeded source of randomness.</param>
    /// <param name="meanSpend">Receives z̄ per customer.</param>
    /// <exception cref="ArgumentException">The lengths differ or an x is not a whole number ≥ 0.</exception>
    public static void Simulate(GammaGammaParameters parameters, ReadOnlySpan<double> frequency, Random random, Span<double> meanSpend)
    {
        Guard.Against.Null(random);
        PurchaseModelColumns.RequireLengths(frequency.Length, meanSpend.Length, frequency.Length, frequency.Length);
        for (var i = 0; i < frequency.Length; i++)
        {
            var x = frequency[i];
            Guard.Against.Unmet(x >= 0 && x == Math.Floor(x) && x < 1e9, $"Customer {i}: the frequency must be a whole number ≥ 0.", nameof(frequency));
            var nu = RandomVariates.Gamma(random, parameters.Q) / parameters.Gamma;
            var sum = 0.0;
            for (var k = 0; k < x; k++)
            {
                sum += RandomVariates.Gamma(random, parameters.P) / nu;
            }

            meanSpend[i] = x > 0 ? sum / x : 0.0;
        }
    }

    internal static double ExpectedSpendCore(GammaGammaParameters parameters, double x, double meanSpend)
    {
        var p = parameters.P;
        return x == 0.0
            ? p * parameters.Gamma / (parameters.Q - 1.0)
            : p * (parameters.Gamma + (x * meanSpend)) / ((p * x) + parameters.Q - 1.0);
    }

    internal static void RequireFiniteMean(GammaGammaParameters parameters)
    {
        if (!(parameters.Q > 1.0))
        {
            throw new DomainRuleException(
                DomainRuleCodes.SpendMeanUndefined,
                $"The Gamma-Gamma model has q = {parameters.Q} ≤ 1: the population's mean spend per purchase pγ/(q−1) is infinite, so an expected spend would be negative or undefined. Refit on more data, or do not use this model for spend.");
        }
    }

    internal static double LogLikelihood(ReadOnlySpan<double> theta, Span<double> gradient, ReadOnlySpan<double> xs, ReadOnlySpan<double> zs, ReadOnlySpan<double> ws)
    {
        var (p, q, g) = (theta[0], theta[1], theta[2]);
        gradient.Clear();
        if (!(p > 0 && q > 0 && g > 0) || !double.IsFinite(p + q + g))
        {
            return double.NaN;
        }

        var lgQ = SpecialFunctions.LogGamma(q);
        var psiQ = SpecialFunctions.Digamma(q);
        var logG = Math.Log(g);
        double total = 0, gp = 0, gq = 0, gg = 0;
        for (var i = 0; i < xs.Length; i++)
        {
            var x = xs[i];
            var z = zs[i];
            var w = ws[i];
            var px = p * x;
            var logX = Math.Log(x);
            var logZ = Math.Log(z);
            var denominator = g + (x * z);
            var logDen = Math.Log(denominator);
            var psiPxq = SpecialFunctions.Digamma(px + q);
            total += w * (SpecialFunctions.LogGamma(px + q) - SpecialFunctions.LogGamma(px) - lgQ + (q * logG) + (px * logX) + ((px - 1.0) * logZ) - ((px + q) * logDen));
            gp += w * x * (psiPxq - SpecialFunctions.Digamma(px) + logX + logZ - logDen);
            gq += w * (psiPxq - psiQ + logG - logDen);
            gg += w * ((q / g) - ((px + q) / denominator));
        }

        gradient[0] = gp;
        gradient[1] = gq;
        gradient[2] = gg;
        return total;
    }

    private static void ValidateBuyer(double frequency, double meanSpend, int customer)
    {
        if (!(frequency >= 1.0 && frequency == Math.Floor(frequency) && frequency < 1e9))
        {
            throw new ArgumentOutOfRangeException(nameof(frequency), frequency, $"Customer {customer}: a repeat buyer's frequency must be a whole number ≥ 1.");
        }

        if (!(meanSpend > 0.0 && double.IsFinite(meanSpend)))
        {
            throw new ArgumentOutOfRangeException(nameof(meanSpend), meanSpend, $"Customer {customer}: a repeat buyer's mean spend must be finite and > 0.");
        }
    }

    /// <summary>
    /// A repeat buyer to score: z̄ = 0 is allowed (all repeat purchases free); the expectation p(γ + x z̄)/(px + q − 1) is
    /// finite there, unlike the density of z̄, so only the fit asks for z̄ &gt; 0.
    /// </summary>
    internal static void ValidateScoredBuyer(double frequency, double meanSpend, int customer)
    {
        if (!(frequency >= 1.0 && frequency == Math.Floor(frequency) && frequency < 1e9))
        {
            throw new ArgumentOutOfRangeException(nameof(frequency), frequency, $"Customer {customer}: a repeat buyer's frequency must be a whole number ≥ 1.");
        }

        if (!(meanSpend >= 0.0 && double.IsFinite(meanSpend)))
        {
            throw new ArgumentOutOfRangeException(nameof(meanSpend), meanSpend, $"Customer {customer}: a repeat buyer's mean spend must be finite and ≥ 0.");
        }
    }

    /// <summary>The distinct (x, z̄) pairs of the repeat buyers with their counts.</summary>
    private static (double[] X, double[] Z, double[] W) Compress(ReadOnlySpan<double> frequency, ReadOnlySpan<double> meanSpend)
    {
        Guard.Against.Unmet(frequency.Length == meanSpend.Length, "frequency and meanSpend must have the same length.", nameof(meanSpend));
        var index = new Dictionary<(double, double), int>();
        var xs = new List<double>();
        var zs = new List<double>();
        var ws = new List<double>();
        for (var i = 0; i < frequency.Length; i++)
        {
            if (frequency[i] == 0.0)
            {
                continue;
            }

            ValidateBuyer(frequency[i], meanSpend[i], i);
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(index, (frequency[i], meanSpend[i]), out var exists);
            if (!exists)
            {
                slot = xs.Count;
                xs.Add(frequency[i]);
                zs.Add(meanSpend[i]);
                ws.Add(0.0);
            }

            ws[slot] += 1.0;
        }

        return (xs.ToArray(), zs.ToArray(), ws.ToArray());
    }
}
