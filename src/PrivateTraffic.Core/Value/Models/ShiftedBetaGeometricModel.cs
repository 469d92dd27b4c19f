using System;
using System.Collections.Generic;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The shifted-beta-geometric model of contractual retention (Fader &amp; Hardie 2007, "How to Project Customer
/// Retention"; discounted residual lifetime from Fader &amp; Hardie 2010): likelihood and joint maximum-likelihood fit
/// of one or several cohorts, survival and retention projections, the expected residual lifetime and DERL.
/// </summary>
/// <remarks>
/// With θ ~ Beta(α, β) the chance of leaving at the end of each period, a new member's lifetime T (periods paid for)
/// has P(T = t) = B(α+1, β+t−1) / B(α, β) and survival S(t) = P(T &gt; t) = B(α, β+t) / B(α, β), computed by the
/// recursions S(t) = S(t−1) · (β+t−1)/(α+β+t−1) and P(T = t) = S(t−1) · α/(α+β+t−1). The retention rate of period t,
/// r(t) = S(t)/S(t−1) = (β+t−1)/(α+β+t−1), rises with t: the members who leave easily leave first. A cohort with
/// survivors n₀, n₁, …, n_m contributes ln L = Σₜ (nₜ₋₁ − nₜ) ln P(T = t) + n_m ln S(m), all terms kept.
/// </remarks>
public static class ShiftedBetaGeometricModel
{
    /// <summary>The smallest positive discount rate per period that <see cref="DiscountedExpectedResidualLifetime"/> accepts, 1e-5.</summary>
    public const double MinimumDiscountRate = 1e-5;

    /// <summary>The total log-likelihood of cohorts (the sum over cohorts, each over its own observed periods).</summary>
    /// <param name="parameters">The model.</param>
    /// <param name="cohorts">The cohorts.</param>
    /// <returns>ln L.</returns>
    /// <exception cref="ArgumentNullException">The cohorts are null.</exception>
    public static double LogLikelihood(ShiftedBetaGeometricParameters parameters, IReadOnlyList<RetentionCohort> cohorts)
    {
        Guard.Against.Null(cohorts);
        Span<double> gradient = stackalloc double[2];
        return LogLikelihood([parameters.Alpha, parameters.Beta], gradient, Table(cohorts));
    }

    /// <summary>
    /// Fits α and β jointly to cohorts of any ages by maximum likelihood: BFGS on (ln α, ln β) with the analytic
    /// gradient, started at α = β = 1. The fit's customer count is the members of all cohorts.
    /// </summary>
    /// <param name="cohorts">One or more cohorts.</param>
    /// <param name="options">Optimizer settings; <see cref="ModelFitOptions.Default"/> when null.</param>
    /// <returns>The fit; <see cref="ModelFitStatus.NotIdentified"/> when nobody (or everybody) left, which puts an estimate on a boundary.</returns>
    /// <exception cref="ArgumentNullException">The cohorts are null.</exception>
    public static ModelFit<ShiftedBetaGeometricParameters> Fit(IReadOnlyList<RetentionCohort> cohorts, ModelFitOptions? options = null)
    {
        Guard.Against.Null(cohorts);
        var table = Table(cohorts);
        var members = 0L;
        foreach (var c in cohorts)
        {
            members += c.Size;
        }

        return MaximumLikelihood.Fit(
            (theta, gradient) => LogLikelihood(theta, gradient, table),
            [1.0, 1.0],
            members,
            (int)Math.Min(members, int.MaxValue),
            options,
            e => ShiftedBetaGeometricParameters.Create(e[0], e[1]));
    }

    /// <summary>S(t), the share of a new cohort still members after <paramref name="periods"/> periods.</summary>
    /// <param name="parameters">The model.</param>
    /// <param name="periods">t ≥ 0 (S(0) = 1).</param>
    /// <returns>A share in (0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">t is negative.</exception>
    public static double Survival(ShiftedBetaGeometricParameters parameters, int periods)
    {
        Guard.Against.BelowZero(periods);
        var s = 1.0;
        for (var t = 1; t <= periods; t++)
        {
            s *= (parameters.Beta + t - 1) / (parameters.Alpha + parameters.Beta + t - 1);
        }

        return s;
    }

    /// <summary>r(t) = S(t)/S(t−1) = (β+t−1)/(α+β+t−1), the share of the members present in period t who renew for the next.</summary>
    /// <param name="parameters">The model.</param>
    /// <param name="period">t ≥ 1.</param>
    /// <returns>A share in (0, 1).</returns>
    /// <exception cref="ArgumentOutOfRangeException">t is below 1.</exception>
    public static double RetentionRate(ShiftedBetaGeometricParameters parameters, int period)
    {
        Guard.Against.ZeroOrBelow(period);
        return (parameters.Beta + period - 1) / (parameters.Alpha + parameters.Beta + period - 1);
    }

    /// <summary>The expected survivors of a new cohort of <paramref name="size"/> after 0, 1, …, <paramref name="periods"/> periods, size · S(t).</summary>
    /// <param name="parameters">The model.</param>
    /// <param name="size">The cohort's size, finite and ≥ 0.</param>
    /// <param name="periods">The last period, ≥ 0.</param>
    /// <returns>periods + 1 expected counts, the first equal to the size.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static double[] ExpectedSurvivors(ShiftedBetaGeometricParameters parameters, double size, int periods)
    {
        Guard.Against.NegativeOrNotFinite(size);
        Guard.Against.BelowZero(periods);
        var survivors = new double[periods + 1];
        survivors[0] = size;
        for (var t = 1; t <= periods; t++)
        {
            survivors[t] = survivors[t - 1] * RetentionRate(parameters, t);
        }

        return survivors;
    }

    /// <summary>
    /// The expected number of further periods a member who has renewed <paramref name="renewals"/> times will pay for
    /// (undiscounted): Σ_{j≥0} S(k+1+j)/S(k) = (β+k)/(α−1) for α &gt; 1. For α ≤ 1 the mean is infinite (the tail of
    /// very loyal members is too heavy) and the result is <see cref="double.PositiveInfinity"/>; use
    /// <see cref="DiscountedExpectedResidualLifetime"/> instead.
    /// </summary>
    /// <param name="parameters">The model.</param>
    /// <param name="renewals">k ≥ 0, the renewals already made (the periods the member has completed).</param>
    /// <returns>Periods, &gt; 0, or +∞.</returns>
    /// <exception cref="ArgumentOutOfRangeException">k is negative.</exception>
    public static double ExpectedResidualLifetime(ShiftedBetaGeometricParameters parameters, int renewals)
    {
        Guard.Against.BelowZero(renewals);
        return parameters.Alpha > 1.0 ? (parameters.Beta + renewals) / (parameters.Alpha - 1.0) : double.PositiveInfinity;
    }

    /// <summary>
    /// DERL (Fader &amp; Hardie 2010): the discounted expected number of further periods a member who has renewed
    /// <paramref name="renewals"/> times will pay for, valued just before the next renewal decision with each period
    /// paid at its start: DERL(d | α, β, k) = Σ_{j≥0} S(k+1+j)/S(k) / (1+d)^j
    /// = (β+k)/(α+β+k) · ₂F₁(1, β+k+1; α+β+k+1; 1/(1+d)). Multiply by the margin per period for the member's residual value.
    /// </summary>
    /// <param name="parameters">The model.</param>
    /// <param name="renewals">k ≥ 0, the renewals already made.</param>
    /// <param name="discountRate">
    /// d per period: 0 (which gives <see cref="ExpectedResidualLifetime"/>), or finite and ≥ 1e-5. The series is summed
    /// term by term and its terms fall like (1+d)^−j, so a smaller positive rate would need tens of millions of terms.
    /// </param>
    /// <returns>Discounted periods, &gt; 0 (+∞ only when d = 0 and α ≤ 1).</returns>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    public static double DiscountedExpectedResidualLifetime(ShiftedBetaGeometricParameters parameters, int renewals, double discountRate)
    {
        Guard.Against.BelowZero(renewals);
        Guard.Against.NegativeOrNotFinite(discountRate);
        if (discountRate == 0.0)
        {
            return ExpectedResidualLifetime(parameters, renewals);
        }

        Guard.Against.Unmet(discountRate >= MinimumDiscountRate, $"A positive discount rate must be at least {MinimumDiscountRate} per period (use 0 for the undiscounted lifetime).", nameof(discountRate));

        // Sum the series term by term: each term is the last times δ·r(t); the terms fall at least geometrically (ratio < δ),
        // so at d ≥ 1e-5 they are below 1e-17 of the sum within about 4 million terms.
        var delta = 1.0 / (1.0 + discountRate);
        var term = RetentionRate(parameters, renewals + 1);
        var sum = term;
        for (var t = renewals + 2; t < renewals + 10_000_000; t++)
        {
            term *= delta * RetentionRate(parameters, t);
            sum += term;
            if (term < 1e-17 * sum)
            {
                break;
            }
        }

        return sum;
    }

    /// <summary>The cohorts as (size, survivors…) arrays, checked once.</summary>
    private static int[][] Table(IReadOnlyList<RetentionCohort> cohorts)
    {
        var table = new int[cohorts.Count][];
        for (var c = 0; c < cohorts.Count; c++)
        {
            var cohort = Guard.Against.Null(cohorts[c], nameof(cohorts));
            table[c] = [.. cohort.Survivors];
        }

        return table;
    }

    /// <summary>The total log-likelihood at θ = (α, β) with its gradient in θ; NaN outside the domain.</summary>
    private static double LogLikelihood(ReadOnlySpan<double> theta, Span<double> gradient, int[][] table)
    {
        var (alpha, beta) = (theta[0], theta[1]);
        gradient.Clear();
        if (!(alpha > 0.0 && beta > 0.0) || !double.IsFinite(alpha) || !double.IsFinite(beta))
        {
            return double.NaN;
        }

        var ll = 0.0;
        var (ga, gb) = (0.0, 0.0);
        var lnAlpha = Math.Log(alpha);
        foreach (var survivors in table)
        {
            // ln S(t−1) and its derivatives, carried along the cohort's periods.
            var (lnS, dSa, dSb) = (0.0, 0.0, 0.0);
            for (var t = 1; t < survivors.Length; t++)
            {
                var left = survivors[t - 1] - survivors[t];
                var denominator = alpha + beta + t - 1;
                if (left > 0)
                {
                    // ln P(T = t) = ln S(t−1) + ln α − ln(α+β+t−1)
                    ll += left * (lnS + lnAlpha - Math.Log(denominator));
                    ga += left * (dSa + (1.0 / alpha) - (1.0 / denominator));
                    gb += left * (dSb - (1.0 / denominator));
                }

                lnS += Math.Log(beta + t - 1) - Math.Log(denominator);
                dSa -= 1.0 / denominator;
                dSb += (1.0 / (beta + t - 1)) - (1.0 / denominator);
            }

            var stayed = survivors[^1];
            ll += stayed * lnS;
            ga += stayed * dSa;
            gb += stayed * dSb;
        }

        gradient[0] = ga;
        gradient[1] = gb;
        return ll;
    }
}
