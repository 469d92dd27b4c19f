using System;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The Pareto/NBD model of repeat purchasing (Schmittlein, Morrison &amp; Colombo 1987; likelihood as derived by Fader &amp;
/// Hardie 2005, "A note on deriving the Pareto/NBD model and related expressions"): likelihood, maximum-likelihood fit and
/// per-customer predictions of the potential value (潜在价值) in purchases.
/// </summary>
/// <remarks>
/// L = Γ(r+x) α^r β^s / Γ(r) · [ 1 / ((α+T)^(r+x) (β+T)^s) + s/(r+s+x) · A₀ ], where A₀ = G(t_x) − G(T) and, for
/// α ≥ β, G(t) = ₂F₁(r+s+x, s+1; r+s+x+1; (α−β)/(α+t)) / (α+t)^(r+s+x), for α &lt; β,
/// G(t) = ₂F₁(r+s+x, r+x; r+s+x+1; (β−α)/(β+t)) / (β+t)^(r+s+x). Equivalently, the drop-out term
/// s/(r+s+x) · A₀ = s ∫_{t_x}^{T} (α+τ)^−(r+x) (β+τ)^−(s+1) dτ. Where the argument z = |α−β| / (max(α, β) + t_x) is at
/// most 1/2, the hypergeometric functions are evaluated after Euler's transformation as ₂F₁(1, r+x; r+s+x+1; z)
/// (α ≥ β) and ₂F₁(1, s+1; r+s+x+1; z) (α &lt; β), whose series have positive terms bounded by a geometric series in z.
/// Above 1/2 the series would need about 1/(1 − z) terms, so the integral is computed instead by Gauss–Legendre
/// quadrature in ln(min(α, β) + τ), at a cost that does not grow as z → 1. The whole likelihood is assembled in log
/// space (log-sum-exp, log-diff-exp), so heavy buyers neither overflow nor lose the second term. The fit uses the
/// analytic gradient: the series are differentiated term by term in their parameters and argument, the integral under
/// the integral sign.
/// </remarks>
public static partial class ParetoNbdModel
{
    /// <summary>ln L of one customer whose values the caller has checked.</summary>
    internal static double LogLikelihoodCore(ParetoNbdParameters parameters, double frequency, double timeOfLastPurchase, double age)
    {
        var p = parameters;
        var (alive, dropped) = Terms(p.R, p.Alpha, p.S, p.Beta, frequency, timeOfLastPurchase, age);
        return Common(p.R, p.Alpha, p.S, p.Beta, frequency, SpecialFunctions.LogGamma(p.R)) + SpecialFunctions.LogSumExp(alive, dropped);
    }

    /// <summary>
    /// Fits the model by maximum likelihood on the compressed rows: BFGS on (ln r, ln α, ln s, ln β) with the analytic
    /// gradient started from r = s = 1 and α = β = the mean age.
    /// </summary>
    /// <param name="data">The customers.</param>
    /// <param name="options">Optimizer settings; <see cref="ModelFitOptions.Default"/> when null.</param>
    /// <returns>The fit.</returns>
    public static ModelFit<ParetoNbdParameters> Fit(RepeatPurchaseData data, ModelFitOptions? options = null)
    {
        Guard.Against.Null(data);
        return MaximumLikelihood.Fit(
            (theta, gradient) => LogLikelihoodWithGradient(theta, gradient, data),
            Start(PurchaseModelColumns.MeanAge(data)),
            data.CustomerCount,
            data.CustomerCount,
            options,
            e => ParetoNbdParameters.Create(e[0], e[1], e[2], e[3], data.Unit));
    }

    /// <summary>
    /// Begins a fit over a base split into partitions, driven by the caller: the Pareto/NBD counterpart of
    /// <see cref="BgNbdModel.BeginFit"/>, running the steps of <see cref="Fit"/>.
    /// </summary>
    /// <param name="customerCount">How many customers all partitions hold together (0 gives a finished, failed session).</param>
    /// <param name="meanAge">Their mean age T, the starting α and β as in <see cref="Fit"/>.</param>
    /// <param name="unit">The time unit of the partitions' data.</param>
    /// <param name="options">Optimizer settings; <see cref="ModelFitOptions.Default"/> when null.</param>
    /// <returns>The session, asking for its first parameters.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative or the mean age negative or not finite.</exception>
    public static ModelFitSession<ParetoNbdParameters> BeginFit(int customerCount, double meanAge, TimeUnit unit, ModelFitOptions? options = null)
    {
        Guard.Against.BelowZero(customerCount);
        Guard.Against.NegativeOrNotFinite(meanAge);
        return new ModelFitSession<ParetoNbdParameters>(
            Start(customerCount > 0 ? Math.Max(meanAge, 1e-3) : 1.0), customerCount, options, e => ParetoNbdParameters.Create(e[0], e[1], e[2], e[3], unit));
    }

    /// <summary>The starting point: r = s = 1 and α = β = the mean age.</summary>
    private static double[] Start(double meanAge) => [1.0, meanAge, 1.0, meanAge];

    /// <summary>
    /// Simulates the model's generative process for customers of the given ages: each draws λ ~ Gamma(r, α) and
    /// μ ~ Gamma(s, β), lives for an exponential time of rate μ, and buys in a Poisson process of rate λ from time 0 (the
    /// first purchase, not counted) until the end of their life or of their observation.
    /// </summary>
    /// <param name="parameters">The model.</param>
    /// <param name="age">T per customer, in the parameters' unit.</param>
    /// <param name="random">The caller's seeded source of randomness.</param>
    /// <param name="frequency">Receives x per customer.</param>
    /// <param name="timeOfLastPurchase">Receives t_x (the time of the last repeat purchase) per customer.</param>
    /// <exception cref="ArgumentException">The lengths differ or an age is negative.</exception>
    public static void Simulate(ParetoNbdParameters parameters, ReadOnlySpan<double> age, Random random, Span<double> frequency, Span<double> timeOfLastPurchase)
    {
        Guard.Against.Null(random);
        PurchaseModelColumns.RequireLengths(age.Length, frequency.Length, timeOfLastPurchase.Length, age.Length);
        for (var i = 0; i < age.Length; i++)
        {
            var observed = Guard.Against.NegativeOrNotFinite(age[i], nameof(age));
            var lambda = RandomVariates.Gamma(random, parameters.R) / parameters.Alpha;
            var mu = RandomVariates.Gamma(random, parameters.S) / parameters.Beta;
            var end = Math.Min(observed, RandomVariates.Exponential(random) / mu);
            var t = 0.0;
            var x = 0;
            var last = 0.0;
            while (true)
            {
                t += RandomVariates.Exponential(random) / lambda;
                if (!(t <= end))
                {
                    break;
                }

                x++;
                last = t;
            }

            frequency[i] = x;
            timeOfLastPurchase[i] = last;
        }
    }

    /// <summary>
    /// P(alive) at T: the share of the first term of the likelihood, 1 / (1 + s/(r+s+x) · (α+T)^(r+x) (β+T)^s · A₀),
    /// computed as a logistic of the log-ratio.
    /// </summary>
    internal static double ProbabilityAliveCore(ParetoNbdParameters p, double x, double timeOfLastPurchase, double age)
    {
        var (alive, dropped) = Terms(p.R, p.Alpha, p.S, p.Beta, x, timeOfLastPurchase, age);
        return double.IsNegativeInfinity(dropped) ? 1.0 : SpecialFunctions.Logistic(alive - dropped);
    }

    /// <summary>
    /// E[Y(t) | alive at T, x] = (r+x)(β+T)/((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)] (the limit
    /// (r+x)(β+T)/(α+T) · ln((β+T+t)/(β+T)) at s = 1), so E[Y(t) | x, t_x, T] = P(alive) · this, and E[X(t)] of a new
    /// customer, rβ/(α(s−1)) · [1 − (β/(β+t))^(s−1)], is this at x = T = 0.
    /// </summary>
    internal static double AliveExpectedPurchases(ParetoNbdParameters p, double x, double age, double horizon)
    {
        if (horizon == 0.0)
        {
            return 0.0;
        }

        var logRatio = -SpecialFunctions.Log1p(horizon / (p.Beta + age));
        var sMinusOne = p.S - 1.0;
        var survivalIntegral = Math.Abs(sMinusOne) < 1e-10 ? -logRatio : -SpecialFunctions.Expm1(sMinusOne * logRatio) / sMinusOne;
        return Math.Max((p.R + x) * (p.Beta + age) / (p.Alpha + age) * survivalIntegral, 0.0);
    }

    internal static double LogLikelihood(double r, double alpha, double s, double beta, RepeatPurchaseData data)
    {
        if (!(r > 0 && alpha > 0 && s > 0 && beta > 0) || !double.IsFinite(r + alpha + s + beta))
        {
            return double.NaN;
        }

        var lgR = SpecialFunctions.LogGamma(r);
        var xs = data.Frequency;
        var txs = data.TimeOfLastPurchase;
        var ts = data.Age;
        var ws = data.Weight;
        var distinct = data.DistinctFrequencies;
        var index = data.FrequencyIndex;
        Span<double> common = distinct.Length <= 512 ? stackalloc double[distinct.Length] : new double[distinct.Length];
        for (var j = 0; j < distinct.Length; j++)
        {
            common[j] = Common(r, alpha, s, beta, distinct[j], lgR);
        }

        var total = 0.0;
        for (var i = 0; i < xs.Length; i++)
        {
            var (alive, dropped) = Terms(r, alpha, s, beta, xs[i], txs[i], ts[i]);
            total += ws[i] * (common[index[i]] + SpecialFunctions.LogSumExp(alive, dropped));
        }

        return total;
    }

    /// <summary>The total log-likelihood at θ = (r, α, s, β) with its analytic gradient (see the class remarks).</summary>
    internal static double LogLikelihoodWithGradient(ReadOnlySpan<double> theta, Span<double> gradient, RepeatPurchaseData data)
    {
        var (r, alpha, s, beta) = (theta[0], theta[1], theta[2], theta[3]);
        gradient.Clear();
        if (!(r > 0 && alpha > 0 && s > 0 && beta > 0) || !double.IsFinite(r + alpha + s + beta))
        {
            return double.NaN;
        }

        var lgR = SpecialFunctions.LogGamma(r);
        var psiR = SpecialFunctions.Digamma(r);
        var logAlpha = Math.Log(alpha);
        var logBeta = Math.Log(beta);
        var xs = data.Frequency;
        var txs = data.TimeOfLastPurchase;
        var ts = data.Age;
        var ws = data.Weight;
        var distinct = data.DistinctFrequencies;
        var index = data.FrequencyIndex;
        var perX = new double[2 * distinct.Length];
        for (var j = 0; j < distinct.Length; j++)
        {
            perX[2 * j] = Common(r, alpha, s, beta, distinct[j], lgR);
            perX[(2 * j) + 1] = SpecialFunctions.Digamma(r + distinct[j]) - psiR + logAlpha;
        }

        double total = 0, gR = 0, gAlpha = 0, gS = 0, gBeta = 0;
        Span<double> dDropped = stackalloc double[4];
        for (var i = 0; i < xs.Length; i++)
        {
            var x = xs[i];
            var w = ws[i];
            var t = ts[i];
            var j = index[i];
            var logAt = Math.Log(alpha + t);
            var logBt = Math.Log(beta + t);
            var alive = (-(r + x) * logAt) - (s * logBt);
            var dropped = LogDropped(r, alpha, s, beta, x, txs[i], t, dDropped);
            var ll = SpecialFunctions.LogSumExp(alive, dropped);
            total += w * (perX[2 * j] + ll);

            // d ln L = dC + wAlive · dAlive + wDropped · dDropped, the weights being the two terms' shares of L.
            var wDropped = double.IsNegativeInfinity(dropped) ? 0.0 : Math.Exp(dropped - ll);
            var wAlive = Math.Exp(alive - ll);
            gR += w * (perX[(2 * j) + 1] + (wAlive * -logAt) + (wDropped * dDropped[0]));
            gAlpha += w * ((r / alpha) + (wAlive * (-(r + x) / (alpha + t))) + (wDropped * dDropped[1]));
            gS += w * (logBeta + (wAlive * -logBt) + (wDropped * dDropped[2]));
            gBeta += w * ((s / beta) + (wAlive * (-s / (beta + t))) + (wDropped * dDropped[3]));
        }

        gradient[0] = gR;
        gradient[1] = gAlpha;
        gradient[2] = gS;
        gradient[3] = gBeta;
        return total;
    }

    /// <summary>ln G(t) and its gradient in (r, α, s, β) (see the class remarks for G).</summary>
    private static double LogGWithGradient(double r, double alpha, double s, double beta, double x, double t, Span<double> gradient)
    {
        var c = r + s + x + 1.0;
        var at = alpha + t;
        var bt = beta + t;
        if (alpha >= beta)
        {
            var z = (alpha - beta) / at;
            var (logF, dB, dC, dZ) = LogHypergeometricOneWithGradient(r + x, c, z);
            gradient[0] = -Math.Log(at) + dB + dC;
            gradient[1] = (-(r + x) / at) + (dZ * bt / (at * at));
            gradient[2] = -Math.Log(bt) + dC;
            gradient[3] = (-s / bt) - (dZ / at);
            return (-(r + x) * Math.Log(at)) - (s * Math.Log(bt)) + logF;
        }
        else
        {
            var z = (beta - alpha) / bt;
            var (logF, dB, dC, dZ) = LogHypergeometricOneWithGradient(s + 1.0, c, z);
            gradient[0] = -Math.Log(at) + dC;
            gradient[1] = (-(r + x - 1.0) / at) - (dZ / bt);
            gradient[2] = -Math.Log(bt) + dB + dC;
            gradient[3] = (-(s + 1.0) / bt) + (dZ * at / (bt * bt));
            return (-(r + x - 1.0) * Math.Log(at)) - ((s + 1.0) * Math.Log(bt)) + logF;
        }
    }

    /// <summary>
    /// ln F(1, b; c; z) for 0 ≤ z &lt; 1 with its derivatives in b, c and z, from the series Σ t_n, t_(n+1) = t_n (b+n)/(c+n) z,
    /// using ∂t_n/∂b = t_n Σ_(k&lt;n) 1/(b+k), ∂t_n/∂c = −t_n Σ_(k&lt;n) 1/(c+k) and ∂t_n/∂z = n t_n / z. The terms shrink
    /// at least like zⁿ, so the loop ends for any z &lt; 1, after about 60 terms for the z ≤ 1/2 of the likelihood.
    /// </summary>
    private static (double LogF, double DB, double DC, double DZ) LogHypergeometricOneWithGradient(double b, double c, double z)
    {
        if (z == 0.0)
        {
            return (0.0, 0.0, 0.0, b / c);
        }

        double term = 1.0, sumMinusOne = 0.0, sumB = 0.0, sumC = 0.0, sumZ = 0.0, harmonicB = 0.0, harmonicC = 0.0;
        for (var n = 0; ; n++)
        {
            harmonicB += 1.0 / (b + n);
            harmonicC += 1.0 / (c + n);
            term *= (b + n) / (c + n) * z;
            var k = n + 1.0;
            sumMinusOne += term;
            sumB += term * harmonicB;
            sumC -= term * harmonicC;
            sumZ += term * k;
            if (!(term * (k + harmonicB) > 1e-17 * (1.0 + sumMinusOne)))
            {
                break;
            }
        }

        var f = 1.0 + sumMinusOne;
        return (SpecialFunctions.Log1p(sumMinusOne), sumB / f, sumC / f, sumZ / (z * f));
    }

    /// <summary>ln Γ(r+x) − ln Γ(r) + r ln α + s ln β.</summary>
    private static double Common(double r, double alpha, double s, double beta, double x, double logGammaR) =>
        SpecialFunctions.LogGamma(r + x) - logGammaR + (r * Math.Log(alpha)) + (s * Math.Log(beta));

    /// <summary>
    /// The logs of the two terms in the bracket of the likelihood: alive at T, −(r+x) ln(α+T) − s ln(β+T), and dropped
    /// out between t_x and T, ln(s/(r+s+x)) + ln(G(t_x) − G(T)) (−∞ when t_x = T).
    /// </summary>
    private static (double Alive, double Dropped) Terms(double r, double alpha, double s, double beta, double x, double timeOfLastPurchase, double age)
    {
        var alive = (-(r + x) * Math.Log(alpha + age)) - (s * Math.Log(beta + age));
        Span<double> unusedGradient = stackalloc double[4];
        return (alive, LogDropped(r, alpha, s, beta, x, timeOfLastPurchase, age, unusedGradient));
    }
}
