using System;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The special functions the customer-base models need, written here so the library carries no numerics package:
/// the log-gamma and digamma functions (shift to x ≥ 10, then the asymptotic series; absolute error below 1e-14
/// for x &gt; 0) and a numerically safe log-sum-exp.
/// </summary>
internal static class SpecialFunctions
{
    private const double HalfLogTwoPi = 0.91893853320467274178;

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    public static double LogGamma(double x)
    {
        if (x < 10.0)
        {
            // ln Γ(x) = ln Γ(x + n) − ln(x (x + 1) … (x + n − 1)); the product is formed in chunks to stay in range.
            var product = 1.0;
            var logShift = 0.0;
            while (x < 10.0)
            {
                product *= x;
                if (product < 1e-280)
                {
                    logShift += Math.Log(product);
                    product = 1.0;
                }

                x += 1.0;
            }

            return Stirling(x) - logShift - Math.Log(product);
        }

        return Stirling(x);
    }

    /// <summary>ψ(x) = d ln Γ(x) / dx for x &gt; 0.</summary>
    public static double Digamma(double x)
    {
        var shift = 0.0;
        while (x < 10.0)
        {
            shift += 1.0 / x;
            x += 1.0;
        }

        var inv = 1.0 / x;
        var inv2 = inv * inv;
        // Asymptotic series: ln x − 1/(2x) − Σ B_2k / (2k x^2k).
        var series = inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 * (1.0 / 132 - inv2 * (691.0 / 32760 - inv2 / 12.0))))));
        return Math.Log(x) - (0.5 * inv) - series - shift;
    }

    /// <summary>ln(e^a + e^b) without overflow; either argument may be −∞.</summary>
    public static double LogSumExp(double a, double b)
    {
        if (double.IsNegativeInfinity(a))
        {
            return b;
        }

        if (double.IsNegativeInfinity(b))
        {
            return a;
        }

        return a > b ? a + Math.Log(1.0 + Math.Exp(b - a)) : b + Math.Log(1.0 + Math.Exp(a - b));
    }

    /// <summary>ln(e^a − e^b) for a ≥ b; −∞ when they are equal.</summary>
    public static double LogDiffExp(double a, double b)
    {
        if (double.IsNegativeInfinity(b))
        {
            return a;
        }

        var d = b - a;
        return d >= 0.0 ? double.NegativeInfinity : a + (d > -0.6931471805599453 ? Math.Log(-SpecialFunctions.Expm1(d)) : SpecialFunctions.Log1p(-Math.Exp(d)));
    }

    /// <summary>ln(1 + x) for x &gt; −1, accurate when x is tiny (.NET's LogP1 is the naive ln(1 + x)).</summary>
    public static double Log1p(double x)
    {
        if (Math.Abs(x) < 1e-4)
        {
            return x * (1.0 - (x * ((1.0 / 2.0) - (x * ((1.0 / 3.0) - (x / 4.0))))));
        }

        var u = 1.0 + x;
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }

    /// <summary>e^x − 1, accurate when x is tiny (.NET's ExpM1 is the naive e^x − 1).</summary>
    public static double Expm1(double x)
    {
        if (Math.Abs(x) < 1e-5)
        {
            return x * (1.0 + (x * (0.5 + (x / 6.0))));
        }

        if (Math.Abs(x) < 0.7)
        {
            var u = Math.Exp(x);
            return (u - 1.0) * x / Math.Log(u);
        }

        return Math.Exp(x) - 1.0;
    }

    /// <summary>
    /// The logistic function 1 / (1 + e^(−u)), exact at both tails (never NaN for a finite or infinite argument).
    /// </summary>
    public static double Logistic(double u) => u >= 0.0 ? 1.0 / (1.0 + Math.Exp(-u)) : Math.Exp(u) / (1.0 + Math.Exp(u));

    /// <summary>
    /// F(a, b; c; z) − 1 for 0 ≤ z &lt; 1 by its power series Σ_{n≥1} (a)_n (b)_n / ((c)_n n!) z^n, for parameter
    /// sets where the series is well conditioned (the callers transform to such a set first). Returns the sum
    /// without the leading 1 so that callers can take log1p of it when it is small.
    /// </summary>
    public static double Hypergeometric2F1MinusOne(double a, double b, double c, double z)
    {
        if (z == 0.0)
        {
            return 0.0;
        }

        var term = 1.0;
        var sum = 0.0;
        for (var n = 0; n < 1_000_000; n++)
        {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
            sum += term;
            if (Math.Abs(term) <= 1e-16 * Math.Abs(sum) || term == 0.0)
            {
                break;
            }
        }

        return sum;
    }

    private static double Stirling(double x)
    {
        var inv = 1.0 / x;
        var inv2 = inv * inv;
        var series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680 - inv2 * (1.0 / 1188 - inv2 * (691.0 / 360360 - inv2 / 156.0))))));
        return ((x - 0.5) * Math.Log(x)) - x + HalfLogTwoPi + series;
    }
}
