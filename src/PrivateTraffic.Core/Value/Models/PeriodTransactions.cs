using System;
using System.Collections.Generic;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The period-transactions check (购买次数分布检验) of a BG/NBD model (Fader, Hardie &amp; Lee 2005, eq. 8) or a Pareto/NBD
/// model: the probability that a customer makes x repeat purchases in a period of length t from their first purchase,
/// and the expected against the observed number of customers with 0, 1, …, k−1 and k or more repeat purchases in the
/// calibration period.
/// </summary>
/// <remarks>
/// P(X(t) = x) = B(a, b+x)/B(a, b) · Γ(r+x)/(Γ(r) x!) · (α/(α+t))^r (t/(α+t))^x
///   + [x &gt; 0] · B(a+1, b+x−1)/B(a, b) · (1 − Σ_{j&lt;x} Γ(r+j)/(Γ(r) j!) (α/(α+t))^r (t/(α+t))^j).
/// The first term is "alive throughout with x purchases", the second "dropped out after the x-th purchase", whose bracket
/// is the negative-binomial tail P(N ≥ x). All terms are carried in logarithms from x to x + 1, so a whole row costs
/// O(length) and no term overflows.
/// </remarks>
public static partial class PeriodTransactions
{
    /// <summary>P(X(t) = x) for one x.</summary>
    /// <param name="parameters">The model, in the unit of <paramref name="t"/>.</param>
    /// <param name="x">The number of repeat purchases, ≥ 0.</param>
    /// <param name="t">The length of the period, finite and ≥ 0.</param>
    /// <returns>The probability, in [0, 1].</returns>
    /// <exception cref="ArgumentException">x &lt; 0 or t is negative or not finite.</exception>
    public static double Probability(BgNbdParameters parameters, int x, double t) =>
        One(x, t, (period, row) => Probabilities(parameters, period, row));

    /// <summary>P(X(t) = x) for x = 0, 1, …, destination.Length − 1.</summary>
    /// <param name="parameters">The model, in the unit of <paramref name="t"/>.</param>
    /// <param name="t">The length of the period, finite and ≥ 0.</param>
    /// <param name="destination">Receives the probabilities.</param>
    /// <exception cref="ArgumentException">t is negative or not finite.</exception>
    public static void Probabilities(BgNbdParameters parameters, double t, Span<double> destination)
    {
        if (IsTrivialRow(t, destination))
        {
            return;
        }

        var (r, alpha, a, b) = (parameters.R, parameters.Alpha, parameters.A, parameters.B);
        var logShare = Math.Log(t / (alpha + t));
        var logNb = r * Math.Log(alpha / (alpha + t)); // ln P(N = 0) for the negative binomial N of purchases while alive
        var logAlive = 0.0; // ln B(a, b+x)/B(a, b)
        var logDropped = Math.Log(a / (a + b)); // ln B(a+1, b+x−1)/B(a, b), from x = 1
        var below = 0.0; // P(N < x)
        for (var x = 0; x < destination.Length; x++)
        {
            var p = Math.Exp(logAlive + logNb);
            if (x > 0)
            {
                p += Math.Exp(logDropped) * Math.Max(0.0, 1.0 - below);
                logDropped += Math.Log((b + x - 1.0) / (a + b + x));
            }

            destination[x] = Math.Min(1.0, p);
            below += Math.Exp(logNb);
            logNb += Math.Log((r + x) / (x + 1.0)) + logShare;
            logAlive += Math.Log((b + x) / (a + b + x));
        }
    }

    /// <summary>
    /// The expected number of customers with 0, 1, …, k−1 repeat purchases, and with k or more in the last element
    /// (k = destination.Length − 1), each customer observed from their first purchase for their own age T:
    /// Σ_i P(X(T_i) = x).
    /// </summary>
    /// <param name="parameters">The model, in the unit of the ages.</param>
    /// <param name="age">T per customer, finite and ≥ 0.</param>
    /// <param name="destination">Receives k + 1 expected counts (at least 2 elements); they add up to the number of customers.</param>
    /// <exception cref="ArgumentException">The destination has fewer than 2 elements, or an age is negative or not finite.</exception>
    public static void Expected(BgNbdParameters parameters, ReadOnlySpan<double> age, Span<double> destination) =>
        Expected(age, destination, (t, row) => Probabilities(parameters, t, row));

    /// <summary>A row of P(X(t) = x) for one period length t.</summary>
    private delegate void RowAt(double t, Span<double> row);

    private static double One(int x, double t, RowAt probabilities)
    {
        Guard.Against.Negative(x);
        Span<double> row = x < 256 ? stackalloc double[x + 1] : new double[x + 1];
        probabilities(t, row);
        return row[x];
    }

    /// <summary>Checks t and clears the row; true when nothing is left to compute (no classes, or t = 0: no purchase for sure).</summary>
    private static bool IsTrivialRow(double t, Span<double> destination)
    {
        Guard.Against.NegativeOrNotFinite(t);
        destination.Clear();
        if (!destination.IsEmpty && t == 0.0)
        {
            destination[0] = 1.0;
        }

        return destination.IsEmpty || t == 0.0;
    }

    private static void Expected(ReadOnlySpan<double> age, Span<double> destination, RowAt probabilities)
    {
        Guard.Against.Unmet(destination.Length >= 2, $"The destination needs at least 2 classes, not {destination.Length}.", nameof(destination));
        destination.Clear();
        var customers = new Dictionary<double, int>();
        for (var i = 0; i < age.Length; i++)
        {
            Guard.Against.Unmet(age[i] >= 0.0 && double.IsFinite(age[i]), $"Customer {i}: the age must be finite and ≥ 0.", nameof(age));
            customers[age[i]] = customers.GetValueOrDefault(age[i]) + 1;
        }

        var last = destination.Length - 1;
        Span<double> row = last <= 256 ? stackalloc double[last] : new double[last];
        foreach (var (t, count) in customers)
        {
            probabilities(t, row);
            var below = 0.0;
            for (var x = 0; x < last; x++)
            {
                destination[x] += count * row[x];
                below += row[x];
            }

            destination[last] += count * Math.Max(0.0, 1.0 - below);
        }
    }

    /// <summary>The observed number of customers with 0, 1, …, k−1 repeat purchases, and with k or more in the last element.</summary>
    /// <param name="frequency">x per customer, whole numbers ≥ 0.</param>
    /// <param name="destination">Receives k + 1 counts (at least 2 elements).</param>
    /// <exception cref="ArgumentException">The destination has fewer than 2 elements, or an x is not a whole number ≥ 0.</exception>
    public static void Observed(ReadOnlySpan<double> frequency, Span<double> destination)
    {
        Guard.Against.Unmet(destination.Length >= 2, $"The destination needs at least 2 classes, not {destination.Length}.", nameof(destination));
        destination.Clear();
        var last = destination.Length - 1;
        for (var i = 0; i < frequency.Length; i++)
        {
            var x = frequency[i];
            Guard.Against.Unmet(x >= 0.0 && x == Math.Floor(x), $"Customer {i}: the frequency must be a whole number ≥ 0.", nameof(frequency));
            destination[(int)Math.Min(x, last)] += 1.0;
        }
    }
}
