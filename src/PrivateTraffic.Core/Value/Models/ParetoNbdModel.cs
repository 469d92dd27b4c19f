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
/// G(t) = ₂F₁(r+s+x, r+x; r+s+x+1; (β−α)/(β+t)) / (β+t)^(r+s+x). Both hypergeometric functions are evaluated after
/// Euler's transformation as ₂F₁(1, r+x; r+s+x+1; z) (α ≥ β) and ₂F₁(1, s+1; r+s+x+1; z) (α &lt; β), whose series have
/// positive terms bounded by a geometric series in z, and the whole likelihood is assembled in log space (log-sum-exp,
/// log-diff-exp), so heavy buyers neither overflow nor lose the second term. The fit uses the analytic gradient: the series
/// are differentiated term by term in their parameters and argument.
/// </remarks>
public static class ParetoNbdModel
{
    /// <summary>The log-likelihood of one customer.</summary>
    /// <param name="parameters">The model.</param>
    /// <param name="frequency">x, a whole number ≥ 0.</param>
    /// <param name="recency">t_x in the parameters' unit.</param>
    /// <param name="age">T in the parameters' unit.</param>
    /// <returns>ln L.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The customer's values break the conventions.</exception>
    public static double LogLikelihood(ParetoNbdParameters parameters, double frequency, double recency, double age)
    {
        RepeatPurchaseData.Validate(frequency, recency, age, 0);
        var p = parameters;
        var (alive, dropped) = Terms(p.R, p.Alpha, p.S, p.Beta, frequency, recency, age);
        return Common(p.R, p.Alpha, p.S, p.Beta, frequency, SpecialFunctions.LogGamma(p.R)) + SpecialFunctions.LogSumExp(alive, dropped);
    }

    /// <summary>The total log-likelihood of a customer base.</summary>
    /// <param name="parameters">The model; its unit must be the data's.</param>
    /// <param name="data">The customers.</param>
    /// <returns>Σ ln L.</returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    public static double LogLikelihood(ParetoNbdParameters parameters, RepeatPurchaseData data)
    {
        Preconditions.NotNull(data);
        BgNbdModel.RequireSameUnit(parameters.Unit, data.Unit);
        return LogLikelihood(parameters.R, parameters.Alpha, parameters.S, parameters.Beta, data);
    }

    /// <summary>
    /// A partition's log-likelihood and gradient with respect to (r, α, s, β), to be merged with other partitions'
    /// (<see cref="LikelihoodContribution.Merge"/>) in a distributed fit.
    /// </summary>
    /// <param name="parameters">The model; its unit must be the data's.</param>
    /// <param name="partition">The partition's customers.</param>
    /// <returns>The partition's contribution.</returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    public static LikelihoodContribution Contribution(ParetoNbdParameters parameters, RepeatPurchaseData partition)
    {
        Preconditions.NotNull(partition);
        BgNbdModel.RequireSameUnit(parameters.Unit, partition.Unit);
        var gradient = new double[4];
        var logLikelihood = LogLikelihoodWithGradient([parameters.R, parameters.Alpha, parameters.S, parameters.Beta], gradient, partition);
        return new LikelihoodContribution(logLikelihood, gradient, partition.CustomerCount);
    }

    /// <summary>
    /// Fits the model by maximum likelihood on the compressed rows: BFGS on (ln r, ln α, ln s, ln β) with the analytic
    /// gradient started from r = s = 1 and α = β = the mean age.
    /// </summary>
    /// <param name="data">The customers.</param>
    /// <param name="options">Optimizer settings; <see cref="ModelFitOptions.Default"/> when null.</param>
    /// <returns>The fit.</returns>
    public static ParetoNbdFit Fit(RepeatPurchaseData data, ModelFitOptions? options = null)
    {
        Preconditions.NotNull(data);
        options ??= ModelFitOptions.Default;
        var meanAge = 0.0;
        for (var i = 0; i < data.RowCount; i++)
        {
            meanAge += data.Weight[i] * data.Age[i];
        }

        meanAge = data.CustomerCount > 0 ? Math.Max(meanAge / data.CustomerCount, 1e-3) : 1.0;
        var result = MaximumLikelihood.Fit((theta, gradient) => LogLikelihoodWithGradient(theta, gradient, data), [1.0, meanAge, 1.0, meanAge], data.CustomerCount, options);
        if (result.Estimate is not { } e)
        {
            return ParetoNbdFit.Failed(result.Status, result.Message!, result.Iterations, data.CustomerCount);
        }

        return ParetoNbdFit.Converged(ParetoNbdParameters.Create(e[0], e[1], e[2], e[3], data.Unit), result.StandardErrors, result.LogLikelihood!.Value, result.Iterations, data.CustomerCount);
    }

    /// <summary>
    /// The probability that a customer is still active at T: the share of the first term of the likelihood,
    /// P = 1 / (1 + s/(r+s+x) · (α+T)^(r+x) (β+T)^s · A₀), computed as a logistic of the log-ratio.
    /// </summary>
    /// <param name="parameters">The model.</param>
    /// <param name="frequency">x, a whole number ≥ 0.</param>
    /// <param name="recency">t_x in the parameters' unit.</param>
    /// <param name="age">T in the parameters' unit.</param>
    /// <returns>A probability in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">The customer's values break the conventions.</exception>
    public static double ProbabilityAlive(ParetoNbdParameters parameters, double frequency, double recency, double age)
    {
        RepeatPurchaseData.Validate(frequency, recency, age, 0);
        return ProbabilityAliveCore(parameters, frequency, recency, age);
    }

    /// <summary>
    /// The expected number of purchases in the next <paramref name="horizon"/>:
    /// E[Y(t) | x, t_x, T] = P(alive) · (r+x)(β+T) / ((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)]
    /// (the limit (r+x)(β+T)/(α+T) · ln((β+T+t)/(β+T)) · P(alive) at s = 1).
    /// </summary>
    /// <param name="parameters">The model.</param>
    /// <param name="frequency">x, a whole number ≥ 0.</param>
    /// <param name="recency">t_x in the parameters' unit.</param>
    /// <param name="age">T in the parameters' unit.</param>
    /// <param name="horizon">t ≥ 0 in the parameters' unit.</param>
    /// <returns>The expected purchases, ≥ 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static double ExpectedPurchases(ParetoNbdParameters parameters, double frequency, double recency, double age, double horizon)
    {
        RepeatPurchaseData.Validate(frequency, recency, age, 0);
        Preconditions.FiniteNotNegative(horizon);
        return ProbabilityAliveCore(parameters, frequency, recency, age) * AliveExpectedPurchases(parameters, frequency, age, horizon);
    }

    /// <summary>
    /// The expected number of repeat purchases of a new customer in their first <paramref name="horizon"/>:
    /// E[X(t)] = rβ / (α(s−1)) · [1 − (β/(β+t))^(s−1)].
    /// </summary>
    /// <param name="parameters">The model.</param>
    /// <param name="horizon">t ≥ 0 in the parameters' unit.</param>
    /// <returns>The expected purchases, ≥ 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is negative or not finite.</exception>
    public static double UnconditionalExpectedPurchases(ParetoNbdParameters parameters, double horizon) =>
        AliveExpectedPurchases(parameters, 0.0, 0.0, Preconditions.FiniteNotNegative(horizon));

    /// <summary>P(alive) for each customer given as columns, into <paramref name="destination"/>.</summary>
    /// <param name="parameters">The model.</param>
    /// <param name="frequency">x per customer.</param>
    /// <param name="recency">t_x per customer, in the parameters' unit.</param>
    /// <param name="age">T per customer, in the parameters' unit.</param>
    /// <param name="destination">Receives one probability per customer.</param>
    /// <exception cref="ArgumentException">The lengths differ or a customer breaks the conventions.</exception>
    public static void ProbabilityAlive(ParetoNbdParameters parameters, ReadOnlySpan<double> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> age, Span<double> destination)
    {
        BgNbdModel.RequireLengths(frequency.Length, recency.Length, age.Length, destination.Length);
        for (var i = 0; i < frequency.Length; i++)
        {
            RepeatPurchaseData.Validate(frequency[i], recency[i], age[i], i);
            destination[i] = ProbabilityAliveCore(parameters, frequency[i], recency[i], age[i]);
        }
    }

    /// <summary>Expected purchases in the next <paramref name="horizon"/> for each customer given as columns, into <paramref name="destination"/>.</summary>
    /// <param name="parameters">The model.</param>
    /// <param name="frequency">x per customer.</param>
    /// <param name="recency">t_x per customer, in the parameters' unit.</param>
    /// <param name="age">T per customer, in the parameters' unit.</param>
    /// <param name="horizon">t ≥ 0 in the parameters' unit.</param>
    /// <param name="destination">Receives one expectation per customer.</param>
    /// <exception cref="ArgumentException">The lengths differ or an argument is out of range.</exception>
    public static void ExpectedPurchases(ParetoNbdParameters parameters, ReadOnlySpan<double> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> age, double horizon, Span<double> destination)
    {
        BgNbdModel.RequireLengths(frequency.Length, recency.Length, age.Length, destination.Length);
        Preconditions.FiniteNotNegative(horizon);
        for (var i = 0; i < frequency.Length; i++)
        {
            RepeatPurchaseData.Validate(frequency[i], recency[i], age[i], i);
            destination[i] = ProbabilityAliveCore(parameters, frequency[i], recency[i], age[i]) * AliveExpectedPurchases(parameters, frequency[i], age[i], horizon);
        }
    }

    /// <summary>
    /// Simulates the model's generative process for customers of the given ages: each draws λ ~ Gamma(r, α) and
    /// μ ~ Gamma(s, β), lives for an exponential time of rate μ, and buys in a Poisson process of rate λ from time 0 (the
    /// first purchase, not counted) until the end of their life or of their observation.
    /// </summary>
    /// <param name="parameters">The model.</param>
    /// <param name="age">T per customer, in the parameters' unit.</param>
    /// <param name="random">The caller's seeded source of randomness.</param>
    /// <param name="frequency">Receives x per customer.</param>
    /// <param name="recency">Receives t_x per customer.</param>
    /// <exception cref="ArgumentException">The lengths differ or an age is negative.</exception>
    public static void Simulate(ParetoNbdParameters parameters, ReadOnlySpan<double> age, Random random, Span<double> frequency, Span<double> recency)
    {
        Preconditions.NotNull(random);
        BgNbdModel.RequireLengths(age.Length, frequency.Length, recency.Length, age.Length);
        for (var i = 0; i < age.Length; i++)
        {
            var observed = Preconditions.FiniteNotNegative(age[i], nameof(age));
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
            recency[i] = last;
        }
    }

    internal static double ProbabilityAliveCore(ParetoNbdParameters p, double x, double recency, double age)
    {
        var (alive, dropped) = Terms(p.R, p.Alpha, p.S, p.Beta, x, recency, age);
        return double.IsNegativeInfinity(dropped) ? 1.0 : SpecialFunctions.Logistic(alive - dropped);
    }

    /// <summary>E[Y(t) | alive at T, x] = (r+x)(β+T)/((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)].</summary>
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
        var txs = data.Recency;
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

    /// <summary>The total log-likelihood at θ = (r, α, s, β) with its analytic gradient (series differentiated term by term).</summary>
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
        var txs = data.Recency;
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
        Span<double> d1 = stackalloc double[4];
        Span<double> d2 = stackalloc double[4];
        for (var i = 0; i < xs.Length; i++)
        {
            var x = xs[i];
            var w = ws[i];
            var t = ts[i];
            var j = index[i];
            var logAt = Math.Log(alpha + t);
            var logBt = Math.Log(beta + t);
            var alive = (-(r + x) * logAt) - (s * logBt);
            var m = r + s + x;
            var l1 = LogGWithGradient(r, alpha, s, beta, x, txs[i], d1);
            var l2 = LogGWithGradient(r, alpha, s, beta, x, t, d2);
            var difference = SpecialFunctions.LogDiffExp(l1, l2);
            var dropped = Math.Log(s / m) + difference;
            var ll = SpecialFunctions.LogSumExp(alive, dropped);
            total += w * (perX[2 * j] + ll);

            // d ln L = dC + wAlive · dAlive + wDropped · dDropped, with d ln(e^l1 − e^l2) = (dl1 − ρ dl2)/(1 − ρ), ρ = e^(l2 − l1).
            var wDropped = double.IsNegativeInfinity(dropped) ? 0.0 : Math.Exp(dropped - ll);
            var wAlive = Math.Exp(alive - ll);
            double dr = 0, da = 0, ds = 0, db = 0;
            if (wDropped > 0.0)
            {
                var rho = Math.Exp(l2 - l1);
                var scale = 1.0 / (1.0 - rho);
                dr = ((d1[0] - (rho * d2[0])) * scale) - (1.0 / m);
                da = (d1[1] - (rho * d2[1])) * scale;
                ds = ((d1[2] - (rho * d2[2])) * scale) + (1.0 / s) - (1.0 / m);
                db = (d1[3] - (rho * d2[3])) * scale;
            }

            gR += w * (perX[(2 * j) + 1] + (wAlive * -logAt) + (wDropped * dr));
            gAlpha += w * ((r / alpha) + (wAlive * (-(r + x) / (alpha + t))) + (wDropped * da));
            gS += w * (logBeta + (wAlive * -logBt) + (wDropped * ds));
            gBeta += w * ((s / beta) + (wAlive * (-s / (beta + t))) + (wDropped * db));
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

    /// <summary>The most series terms one likelihood row may take during a fit (see <see cref="LogHypergeometricOneWithGradient"/>).</summary>
    private const int FitSeriesTermLimit = 10_000;

    /// <summary>
    /// ln F(1, b; c; z) for 0 ≤ z &lt; 1 with its derivatives in b, c and z, from the series Σ t_n, t_(n+1) = t_n (b+n)/(c+n) z,
    /// using ∂t_n/∂b = t_n Σ_(k&lt;n) 1/(b+k), ∂t_n/∂c = −t_n Σ_(k&lt;n) 1/(c+k) and ∂t_n/∂z = n t_n / z.
    /// </summary>
    private static (double LogF, double DB, double DC, double DZ) LogHypergeometricOneWithGradient(double b, double c, double z)
    {
        if (z == 0.0)
        {
            return (0.0, 0.0, 0.0, b / c);
        }

        double term = 1.0, sumMinusOne = 0.0, sumB = 0.0, sumC = 0.0, sumZ = 0.0, harmonicB = 0.0, harmonicC = 0.0;
        var converged = false;
        for (var n = 0; n < FitSeriesTermLimit; n++)
        {
            harmonicB += 1.0 / (b + n);
            harmonicC += 1.0 / (c + n);
            term *= (b + n) / (c + n) * z;
            var k = n + 1.0;
            sumMinusOne += term;
            sumB += term * harmonicB;
            sumC -= term * harmonicC;
            sumZ += term * k;
            if (term * (k + harmonicB) <= 1e-17 * (1.0 + sumMinusOne))
            {
                converged = true;
                break;
            }
        }

        if (!converged)
        {
            // The terms shrink like zⁿ, so z within about 4e-3 of 1 (β or α hundreds of times α + T or β + T) needs
            // more terms than a fit can afford per row. Such a point is reported as not computable (NaN), which the
            // optimizer treats as outside the feasible region, instead of spending minutes on it.
            return (double.NaN, double.NaN, double.NaN, double.NaN);
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
    private static (double Alive, double Dropped) Terms(double r, double alpha, double s, double beta, double x, double recency, double age)
    {
        var alive = (-(r + x) * Math.Log(alpha + age)) - (s * Math.Log(beta + age));
        var m = r + s + x;
        var atRecency = LogG(r, alpha, s, beta, x, recency);
        var atAge = LogG(r, alpha, s, beta, x, age);
        var dropped = Math.Log(s / m) + SpecialFunctions.LogDiffExp(atRecency, atAge);
        return (alive, dropped);
    }

    /// <summary>ln G(t) after Euler's transformation (see the class remarks).</summary>
    private static double LogG(double r, double alpha, double s, double beta, double x, double t)
    {
        var c = r + s + x + 1.0;
        var logAlpha = Math.Log(alpha + t);
        var logBeta = Math.Log(beta + t);
        if (alpha >= beta)
        {
            var z = (alpha - beta) / (alpha + t);
            return (-(r + x) * logAlpha) - (s * logBeta) + SpecialFunctions.Log1p(SpecialFunctions.Hypergeometric2F1MinusOne(1.0, r + x, c, z));
        }
        else
        {
            var z = (beta - alpha) / (beta + t);
            return (-(r + x - 1.0) * logAlpha) - ((s + 1.0) * logBeta) + SpecialFunctions.Log1p(SpecialFunctions.Hypergeometric2F1MinusOne(1.0, s + 1.0, c, z));
        }
    }
}
