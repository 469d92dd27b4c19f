using System;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The BG/NBD model of repeat purchasing (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way"):
/// likelihood, maximum-likelihood fit, and per-customer predictions of the potential value (潜在价值) in purchases.
/// </summary>
/// <remarks>
/// A customer's data are x repeat purchases, the last at t_x, observed for T since the first purchase (see
/// <see cref="RepeatPurchaseData"/>). With B the beta function, the likelihood is
/// L = B(a, b+x)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x)) + [x &gt; 0] · B(a+1, b+x−1)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+t_x)^(r+x)),
/// evaluated as a log-sum-exp of the two terms' logarithms so that it neither overflows nor underflows for heavy buyers.
/// </remarks>
public static class BgNbdModel
{
    /// <summary>ln L of one customer whose values the caller has checked.</summary>
    internal static double LogLikelihoodCore(BgNbdParameters parameters, double frequency, double timeOfLastPurchase, double age)
    {
        var (r, alpha, a, b) = (parameters.R, parameters.Alpha, parameters.A, parameters.B);
        var x = frequency;
        var common = SpecialFunctions.LogGamma(r + x) - SpecialFunctions.LogGamma(r) + (r * Math.Log(alpha))
            + SpecialFunctions.LogGamma(a + b) + SpecialFunctions.LogGamma(b + x) - SpecialFunctions.LogGamma(b) - SpecialFunctions.LogGamma(a + b + x);
        var alive = -(r + x) * Math.Log(alpha + age);
        var dropped = x > 0 ? Math.Log(a) - Math.Log(b + x - 1) - ((r + x) * Math.Log(alpha + timeOfLastPurchase)) : double.NegativeInfinity;
        return common + SpecialFunctions.LogSumExp(alive, dropped);
    }

    /// <summary>
    /// Fits the model by maximum likelihood on the compressed rows: BFGS on (ln r, ln α, ln a, ln b) with the analytic
    /// gradient, started from r = a = b = 1 and α = the mean age. Standard errors come from the numerical Hessian of
    /// the analytic gradient.
    /// </summary>
    /// <param name="data">The customers.</param>
    /// <param name="options">Optimizer settings; <see cref="ModelFitOptions.Default"/> when null.</param>
    /// <returns>The fit; <see cref="ModelFit{TParameters}.IsConverged"/> says whether parameters are available.</returns>
    public static ModelFit<BgNbdParameters> Fit(RepeatPurchaseData data, ModelFitOptions? options = null)
    {
        Guard.Against.Null(data);
        return MaximumLikelihood.Fit(
            (theta, gradient) => LogLikelihood(theta, gradient, data),
            Start(PurchaseModelColumns.MeanAge(data)),
            data.CustomerCount,
            data.CustomerCount,
            options,
            e => BgNbdParameters.Create(e[0], e[1], e[2], e[3], data.Unit));
    }

    /// <summary>
    /// Begins a fit over a base split into partitions, driven by the caller (see <see cref="ModelFitSession{TParameters}"/>):
    /// each evaluation is a fan-out of <see cref="ModelFitSession{TParameters}.NextParameters"/> to the partitions, whose
    /// <see cref="PurchaseModelExtensions.Contribution{TModel}"/>s are merged and handed back with
    /// <see cref="ModelFitSession{TParameters}.Tell"/>. No customer's data leave their partition: only sums do. Given the
    /// same base it runs the steps of <see cref="Fit"/> and returns the same fit up to the rounding of the sums.
    /// </summary>
    /// <param name="customerCount">How many customers all partitions hold together (0 gives a finished, failed session).</param>
    /// <param name="meanAge">Their mean age T (Σ T over all customers ÷ <paramref name="customerCount"/>), the starting α as in <see cref="Fit"/>.</param>
    /// <param name="unit">The time unit of the partitions' data.</param>
    /// <param name="options">Optimizer settings; <see cref="ModelFitOptions.Default"/> when null.</param>
    /// <returns>The session, asking for its first parameters.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative or the mean age negative or not finite.</exception>
    public static ModelFitSession<BgNbdParameters> BeginFit(int customerCount, double meanAge, TimeUnit unit, ModelFitOptions? options = null)
    {
        Guard.Against.BelowZero(customerCount);
        Guard.Against.NegativeOrNotFinite(meanAge);
        return new ModelFitSession<BgNbdParameters>(
            Start(customerCount > 0 ? Math.Max(meanAge, 1e-3) : 1.0), customerCount, options, e => BgNbdParameters.Create(e[0], e[1], e[2], e[3], unit));
    }

    /// <summary>The starting point: r = a = b = 1 and α = the mean age.</summary>
    private static double[] Start(double meanAge) => [1.0, meanAge, 1.0, 1.0];

    /// <summary>
    /// Simulates the model's generative process for customers of the given ages: each draws λ ~ Gamma(r, α) and
    /// p ~ Beta(a, b), buys in a Poisson process of rate λ from time 0 (the first purchase, not counted), and after each
    /// repeat purchase drops out with probability p.
    /// </summary>
    /// <param name="parameters">The model.</param>
    /// <param name="age">T per customer, in the parameters' unit.</param>
    /// <param name="random">The caller's seeded source of randomness.</param>
    /// <param name="frequency">Receives x per customer.</param>
    /// <param name="timeOfLastPurchase">Receives t_x (the time of the last repeat purchase) per customer.</param>
    /// <exception cref="ArgumentException">The lengths differ or an age is negative.</exception>
    public static void Simulate(BgNbdParameters parameters, ReadOnlySpan<double> age, Random random, Span<double> frequency, Span<double> timeOfLastPurchase)
    {
        Guard.Against.Null(random);
        PurchaseModelColumns.RequireLengths(age.Length, frequency.Length, timeOfLastPurchase.Length, age.Length);
        for (var i = 0; i < age.Length; i++)
        {
            var horizon = Guard.Against.NegativeOrNotFinite(age[i], nameof(age));
            var lambda = RandomVariates.Gamma(random, parameters.R) / parameters.Alpha;
            var p = RandomVariates.Beta(random, parameters.A, parameters.B);
            var t = 0.0;
            var x = 0;
            var last = 0.0;
            while (true)
            {
                t += RandomVariates.Exponential(random) / lambda;
                if (!(t <= horizon))
                {
                    break;
                }

                x++;
                last = t;
                if (random.NextDouble() < p)
                {
                    break;
                }
            }

            frequency[i] = x;
            timeOfLastPurchase[i] = last;
        }
    }

    /// <summary>
    /// P(alive) at T = 1 / (1 + [x &gt; 0] · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)), evaluated as a logistic of a log so that it
    /// is exact for heavy buyers; 1 when x = 0 (the model lets customers drop out only after a repeat purchase).
    /// </summary>
    internal static double ProbabilityAliveCore(BgNbdParameters parameters, double x, double timeOfLastPurchase, double age)
    {
        if (x == 0.0)
        {
            return 1.0;
        }

        var r = parameters.R;
        var alpha = parameters.Alpha;
        var logOdds = Math.Log(parameters.A / (parameters.B + x - 1.0)) + ((r + x) * Math.Log((alpha + age) / (alpha + timeOfLastPurchase)));
        return SpecialFunctions.Logistic(-logOdds);
    }

    /// <summary>
    /// E[Y(t) | x, t_x, T] = P(alive) · this, and E[X(t)] of a new customer is this at x = T = 0. The Gaussian
    /// hypergeometric function of E[Y(t) | x, t_x, T] = P(alive) · (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))]
    /// is evaluated after Euler's transformation, whose series has small numerator parameters and converges faster as x
    /// grows, so heavy buyers (x in the thousands) are exact instead of overflowing:
    /// E[Y(t) | alive at T, x] = (a+b+x−1)/(a−1) · [1 − (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z)], z = t/(α+T+t): the
    /// expectation of a customer known to be alive, which depends on x and T but not on t_x.
    /// </summary>
    internal static double AliveExpectedPurchases(BgNbdParameters parameters, double x, double age, double horizon)
    {
        if (horizon == 0.0)
        {
            return 0.0;
        }

        var a = parameters.A;
        if (Math.Abs(a - 1.0) < 1e-6)
        {
            // The formula is 0/0 at a = 1; its limit is the mean of two evaluations symmetric about 1 (error O(1e-12)).
            return 0.5 * (AliveExpectedPurchasesCore(parameters, a + 1e-6 - (a - 1.0), x, age, horizon)
                + AliveExpectedPurchasesCore(parameters, a - 1e-6 - (a - 1.0), x, age, horizon));
        }

        return AliveExpectedPurchasesCore(parameters, a, x, age, horizon);
    }

    /// <summary>Below e^−40 a term is lost against 1 in double precision (e^−40 ≈ 4e−18 &lt; 2^−53).</summary>
    private const double NegligibleLog = -40.0;

    private static double AliveExpectedPurchasesCore(BgNbdParameters parameters, double a, double x, double age, double horizon)
    {
        var r = parameters.R;
        var b = parameters.B;
        var span = parameters.Alpha + age;
        var z = horizon / (span + horizon);
        var c = a + b + x - 1.0;
        var hypergeometricMinusOne = SpecialFunctions.Hypergeometric2F1MinusOne(a + b - 1.0 - r, a - 1.0, c, z);
        var logPower = -(a - 1.0) * SpecialFunctions.Log1p(horizon / span);
        if (a > 1.0 && a + b - 1.0 - r > 0.0
            && logPower + SpecialFunctions.LogGamma(c) - SpecialFunctions.LogGamma(b + x) < NegligibleLog)
        {
            // Every term of the series is positive here, so F grows with z up to Gauss's F(1) = Γ(c) / Γ(b + x). When even
            // (1−z)^(a−1) · F(1) is below e^−40 the bracket is 1 to double precision; summing the series would instead
            // overflow F while the power underflows, and 0 · ∞ is NaN (a large a over a long horizon).
            return c / (a - 1.0);
        }


        // 1 − (1−z)^(a−1) F in log form (exact when the horizon is short and the bracket is tiny); when a + b + x < 1 the
        // transformed F can be far from 1 or negative, and the bracket is then formed directly.
        var bracket = hypergeometricMinusOne > -0.5
            ? -SpecialFunctions.Expm1(logPower + SpecialFunctions.Log1p(hypergeometricMinusOne))
            : 1.0 - (Math.Exp(logPower) * (1.0 + hypergeometricMinusOne));
        var value = c / (a - 1.0) * bracket;
        return Math.Max(value, 0.0);
    }

    /// <summary>The total log-likelihood at θ = (r, α, a, b) with its gradient; NaN where the parameters are invalid.</summary>
    internal static double LogLikelihood(ReadOnlySpan<double> theta, Span<double> gradient, RepeatPurchaseData data)
    {
        var (r, alpha, a, b) = (theta[0], theta[1], theta[2], theta[3]);
        gradient.Clear();
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || !double.IsFinite(r + alpha + a + b))
        {
            return double.NaN;
        }

        var distinct = data.DistinctFrequencies;
        var m = distinct.Length;
        var ages = data.DistinctAges;
        var recencies = data.DistinctTimesOfLastPurchase;
        var buffer = System.Buffers.ArrayPool<double>.Shared.Rent((6 * m) + (2 * ages.Length) + (2 * recencies.Length));
        try
        {
            var lgR = SpecialFunctions.LogGamma(r);
            var psiR = SpecialFunctions.Digamma(r);
            var lgAb = SpecialFunctions.LogGamma(a + b);
            var psiAb = SpecialFunctions.Digamma(a + b);
            var lgB = SpecialFunctions.LogGamma(b);
            var psiB = SpecialFunctions.Digamma(b);
            var logAlpha = Math.Log(alpha);

            // Per distinct x: the common log term, its derivatives in r, a, b, and ln(b + x − 1).
            var common = buffer.AsSpan(0, m);
            var dCommonR = buffer.AsSpan(m, m);
            var dCommonA = buffer.AsSpan(2 * m, m);
            var dCommonB = buffer.AsSpan(3 * m, m);
            var logBx = buffer.AsSpan(4 * m, m);
            var invBx = buffer.AsSpan(5 * m, m);
            for (var j = 0; j < m; j++)
            {
                var x = distinct[j];
                var psiAbx = SpecialFunctions.Digamma(a + b + x);
                common[j] = SpecialFunctions.LogGamma(r + x) - lgR + (r * logAlpha) + lgAb + SpecialFunctions.LogGamma(b + x) - lgB - SpecialFunctions.LogGamma(a + b + x);
                dCommonR[j] = SpecialFunctions.Digamma(r + x) - psiR + logAlpha;
                dCommonA[j] = psiAb - psiAbx;
                dCommonB[j] = psiAb + SpecialFunctions.Digamma(b + x) - psiB - psiAbx;
                logBx[j] = x > 0 ? Math.Log(b + x - 1.0) : 0.0;
                invBx[j] = x > 0 ? 1.0 / (b + x - 1.0) : 0.0;
            }

            // Per distinct T and t_x: ln(α + ·) and 1/(α + ·).
            var offset = 6 * m;
            var logAge = buffer.AsSpan(offset, ages.Length);
            var invAge = buffer.AsSpan(offset + ages.Length, ages.Length);
            offset += 2 * ages.Length;
            var logRecency = buffer.AsSpan(offset, recencies.Length);
            var invRecency = buffer.AsSpan(offset + recencies.Length, recencies.Length);
            for (var k = 0; k < ages.Length; k++)
            {
                logAge[k] = Math.Log(alpha + ages[k]);
                invAge[k] = 1.0 / (alpha + ages[k]);
            }

            for (var k = 0; k < recencies.Length; k++)
            {
                logRecency[k] = Math.Log(alpha + recencies[k]);
                invRecency[k] = 1.0 / (alpha + recencies[k]);
            }

            var layout = new RowLayout(m, ages.Length, recencies.Length);
            var sums = data.RowCount >= ParallelRows
                ? SumRowsInParallel(data, buffer, layout, r, alpha, a)
                : SumRows(data, buffer, layout, r, alpha, a, 0, data.RowCount);
            var (total, gR, gAlpha, gA, gB) = (sums.Total, sums.R, sums.Alpha, sums.A, sums.B);

            gradient[0] = gR;
            gradient[1] = gAlpha;
            gradient[2] = gA;
            gradient[3] = gB;
            return total;
        }
        finally
        {
            System.Buffers.ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>Rows from which the likelihood sum is split over the processors.</summary>
    private const int ParallelRows = 32_768;

    private static RowSums SumRowsInParallel(RepeatPurchaseData data, double[] buffer, RowLayout layout, double r, double alpha, double a)
    {
        var chunks = Math.Max(1, Environment.ProcessorCount);
        var partial = new RowSums[chunks];
        var size = (data.RowCount + chunks - 1) / chunks;
        ParallelWork.For(chunks, c =>
            partial[c] = SumRows(data, buffer, layout, r, alpha, a, c * size, Math.Min(data.RowCount, (c + 1) * size)));
        var sums = default(RowSums);
        foreach (var p in partial)
        {
            sums = new RowSums(sums.Total + p.Total, sums.R + p.R, sums.Alpha + p.Alpha, sums.A + p.A, sums.B + p.B);
        }

        return sums;
    }

    /// <summary>The weighted sums of the row terms of the log-likelihood and its gradient over rows [start, end).</summary>
    private static RowSums SumRows(RepeatPurchaseData data, double[] buffer, RowLayout layout, double r, double alpha, double a, int start, int end)
    {
        var m = layout.Frequencies;
        ReadOnlySpan<double> common = buffer.AsSpan(0, m);
        ReadOnlySpan<double> dCommonR = buffer.AsSpan(m, m);
        ReadOnlySpan<double> dCommonA = buffer.AsSpan(2 * m, m);
        ReadOnlySpan<double> dCommonB = buffer.AsSpan(3 * m, m);
        ReadOnlySpan<double> logBx = buffer.AsSpan(4 * m, m);
        ReadOnlySpan<double> invBx = buffer.AsSpan(5 * m, m);
        var offset = 6 * m;
        ReadOnlySpan<double> logAge = buffer.AsSpan(offset, layout.Ages);
        ReadOnlySpan<double> invAge = buffer.AsSpan(offset + layout.Ages, layout.Ages);
        offset += 2 * layout.Ages;
        ReadOnlySpan<double> logRecency = buffer.AsSpan(offset, layout.Recencies);
        ReadOnlySpan<double> invRecency = buffer.AsSpan(offset + layout.Recencies, layout.Recencies);
        var logA = Math.Log(a);
        var xs = data.Frequency;
        var ws = data.Weight;
        var xIndex = data.FrequencyIndex;
        var ageIndex = data.AgeIndex;
        var recencyIndex = data.TimeOfLastPurchaseIndex;
        double total = 0, gR = 0, gAlpha = 0, gA = 0, gB = 0;
        for (var i = start; i < end; i++)
        {
            var j = xIndex[i];
            var x = xs[i];
            var w = ws[i];
            var rx = r + x;
            var logAt = logAge[ageIndex[i]];
            var alive = -rx * logAt;
            double ll, wDrop, logAtx, invAtx;
            if (x > 0)
            {
                var k = recencyIndex[i];
                logAtx = logRecency[k];
                invAtx = invRecency[k];
                var dropped = logA - logBx[j] - (rx * logAtx);
                if (dropped > alive)
                {
                    var e = Math.Exp(alive - dropped);
                    ll = dropped + SpecialFunctions.Log1p(e);
                    wDrop = 1.0 / (1.0 + e);
                }
                else
                {
                    var e = Math.Exp(dropped - alive);
                    ll = alive + SpecialFunctions.Log1p(e);
                    wDrop = e / (1.0 + e);
                }
            }
            else
            {
                ll = alive;
                wDrop = 0.0;
                logAtx = 0.0;
                invAtx = 0.0;
            }

            var wAlive = 1.0 - wDrop;
            total += w * (common[j] + ll);
            gR += w * (dCommonR[j] - (wAlive * logAt) - (wDrop * logAtx));
            gAlpha += w * ((r / alpha) - (rx * ((wAlive * invAge[ageIndex[i]]) + (wDrop * invAtx))));
            gA += w * (dCommonA[j] + (wDrop / a));
            gB += w * (dCommonB[j] - (wDrop * invBx[j]));
        }

        return new RowSums(total, gR, gAlpha, gA, gB);
    }

    /// <summary>Where the per-x, per-T and per-t_x caches sit in the shared buffer.</summary>
    private readonly record struct RowLayout(int Frequencies, int Ages, int Recencies);

    /// <summary>A partial sum of the log-likelihood and its gradient (r, α, a, b): mergeable by addition.</summary>
    private readonly record struct RowSums(double Total, double R, double Alpha, double A, double B);
}
