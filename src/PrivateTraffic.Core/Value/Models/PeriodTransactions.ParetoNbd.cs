using System;

namespace PrivateTraffic.Core.Value;

// P(X(t) = x) under the Pareto/NBD model, for the period-transactions check (docs/concepts/value-models.md).
public static partial class PeriodTransactions
{
    /// <summary>Panels of the drop-out integral, graded geometrically from τ = 0 to t.</summary>
    private const int DropoutPanels = 32;

    /// <summary>P(X(t) = x) for one x under the Pareto/NBD model (see <see cref="Probabilities(ParetoNbdParameters, double, Span{double})"/>).</summary>
    /// <param name="parameters">The model, in the unit of <paramref name="t"/>.</param>
    /// <param name="x">The number of repeat purchases, ≥ 0.</param>
    /// <param name="t">The length of the period, finite and ≥ 0.</param>
    /// <returns>The probability, in [0, 1].</returns>
    /// <exception cref="ArgumentException">x &lt; 0 or t is negative or not finite.</exception>
    public static double Probability(ParetoNbdParameters parameters, int x, double t) =>
        One(x, t, (period, row) => Probabilities(parameters, period, row));

    /// <summary>P(X(t) = x) under the Pareto/NBD model for x = 0, 1, …, destination.Length − 1.</summary>
    /// <param name="parameters">The model, in the unit of <paramref name="t"/>.</param>
    /// <param name="t">The length of the period, finite and ≥ 0.</param>
    /// <param name="destination">Receives the probabilities.</param>
    /// <exception cref="ArgumentException">t is negative or not finite.</exception>
    /// <remarks>
    /// With NB(x; τ) = Γ(r+x)/(Γ(r) x!) (α/(α+τ))^r (τ/(α+τ))^x, the probability of x purchases in (0, τ] while alive:
    /// P(X(t) = x) = NB(x; t) (β/(β+t))^s + ∫₀ᵗ s β^s (β+τ)^−(s+1) NB(x; τ) dτ. The first term is "alive at t with x
    /// purchases", the second "dropped out at τ &lt; t after x purchases" (the lifetime density of the exponential-gamma
    /// mixture times the count up to τ); it is the integral form of Fader &amp; Hardie's expression with Gaussian
    /// hypergeometric functions, and it has no difference of large terms. The integral is taken by 8-point
    /// Gauss–Legendre quadrature on 32 panels graded geometrically from 0 to t (each spans the same ratio of
    /// 1 + τ/c, c = min(α, β, t)), where every factor is a smooth power of τ; one pass gives every x.
    /// </remarks>
    public static void Probabilities(ParetoNbdParameters parameters, double t, Span<double> destination)
    {
        if (IsTrivialRow(t, destination))
        {
            return;
        }

        var (r, alpha, s, beta) = (parameters.R, parameters.Alpha, parameters.S, parameters.Beta);
        AddCounts(destination, r, alpha, t, s * Math.Log(beta / (beta + t)), 1.0);
        var c = Math.Min(t, Math.Min(alpha, beta));
        var logGrowth = SpecialFunctions.Log1p(t / c) / DropoutPanels;
        for (var panel = 0; panel < DropoutPanels; panel++)
        {
            var from = c * SpecialFunctions.Expm1(panel * logGrowth);
            var to = panel == DropoutPanels - 1 ? t : c * SpecialFunctions.Expm1((panel + 1) * logGrowth);
            var (middle, half) = ((from + to) / 2.0, (to - from) / 2.0);
            for (var i = 0; i < 2 * ParetoNbdModel.LegendreNodes.Length; i++)
            {
                var k = i >> 1;
                var tau = (i & 1) == 0 ? middle - (half * ParetoNbdModel.LegendreNodes[k]) : middle + (half * ParetoNbdModel.LegendreNodes[k]);
                // s β^s (β+τ)^−(s+1) = (s/β) (β/(β+τ))^(s+1): the density of dropping out at τ.
                var logDensity = Math.Log(s / beta) + ((s + 1.0) * Math.Log(beta / (beta + tau)));
                AddCounts(destination, r, alpha, tau, logDensity, half * ParetoNbdModel.LegendreWeights[k]);
            }
        }

        foreach (ref var p in destination)
        {
            p = Math.Min(1.0, p);
        }
    }

    /// <summary>The expected number of customers with 0, 1, …, k−1 repeat purchases and with k or more (the last
    /// element) under the Pareto/NBD model, each customer observed for their own age T: Σ_i P(X(T_i) = x).</summary>
    /// <param name="parameters">The model, in the unit of the ages.</param>
    /// <param name="age">T per customer, finite and ≥ 0.</param>
    /// <param name="destination">Receives k + 1 expected counts (at least 2 elements); they add up to the number of customers.</param>
    /// <exception cref="ArgumentException">The destination has fewer than 2 elements, or an age is negative or not finite.</exception>
    public static void Expected(ParetoNbdParameters parameters, ReadOnlySpan<double> age, Span<double> destination) =>
        Expected(age, destination, (t, row) => Probabilities(parameters, t, row));

    /// <summary>Adds weight · e^logFactor · NB(x; τ) to each x of the row, the counts carried from x to x + 1.</summary>
    private static void AddCounts(Span<double> row, double r, double alpha, double tau, double logFactor, double weight)
    {
        var share = tau / (alpha + tau);
        var nb = weight * Math.Exp(logFactor + (r * Math.Log(alpha / (alpha + tau))));
        for (var x = 0; x < row.Length && nb > 0.0; x++)
        {
            row[x] += nb;
            nb *= (r + x) / (x + 1.0) * share;
        }
    }
}
