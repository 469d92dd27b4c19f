using System;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

/// <summary>
/// The special functions at the tails their mutation run (issue 10) left untested: each branch that exists to keep a
/// tail exact is checked there, against a value worked out independently.
/// </summary>
public sealed class SpecialFunctionsTailTests
{
    [Fact]
    public void Log_gamma_of_a_tiny_argument_keeps_its_scale()
    {
        // Γ(x) ≈ 1/x near 0, so ln Γ(1e-300) ≈ 300 ln 10 (+ γx, far below the precision); the product of the shifts
        // underflows and is carried as a logarithm.
        Assert.Equal(300 * Math.Log(10), SpecialFunctions.LogGamma(1e-300), 1e-9);
    }

    [Fact]
    public void Log_sum_exp_takes_minus_infinity_and_a_large_gap()
    {
        Assert.Equal(2.0, SpecialFunctions.LogSumExp(double.NegativeInfinity, 2.0));
        Assert.Equal(2.0, SpecialFunctions.LogSumExp(2.0, double.NegativeInfinity));
        Assert.Equal(1000.0, SpecialFunctions.LogSumExp(1000.0, 0.0));
        Assert.Equal(1000.0, SpecialFunctions.LogSumExp(0.0, 1000.0));
    }

    [Fact]
    public void Log_diff_exp_is_exact_at_both_ends()
    {
        Assert.Equal(3.0, SpecialFunctions.LogDiffExp(3.0, double.NegativeInfinity));
        Assert.Equal(double.NegativeInfinity, SpecialFunctions.LogDiffExp(2.0, 2.0));

        // ln(1 − e^−50) = −e^−50 to the last digit; ln(1 − e^−1e−10) = ln(1e−10 − 5e−21 …).
        Assert.Equal(-Math.Exp(-50), SpecialFunctions.LogDiffExp(0.0, -50.0), Math.Exp(-50) * 1e-12);
        Assert.Equal(Math.Log(1e-10) + Math.Log(1 - 5e-11), SpecialFunctions.LogDiffExp(0.0, -1e-10), 1e-12);
    }

    [Fact]
    public void Log1p_of_a_tiny_argument_has_every_digit()
    {
        // The series x − x²/2 + x³/3 − x⁴/4 + x⁵/5 is exact to double precision at x = 9e−5.
        const double x = 9e-5;
        var series = x - (x * x / 2) + (x * x * x / 3) - (x * x * x * x / 4) + (x * x * x * x * x / 5);
        Assert.Equal(series, SpecialFunctions.Log1p(x), series * 1e-15);
    }

    [Fact]
    public void Logistic_keeps_both_tails()
    {
        // e^−740 is a subnormal double: the left tail is formed as e^u / (1 + e^u), never as 1 / (1 + ∞).
        Assert.True(SpecialFunctions.Logistic(-740) > 0);
        Assert.Equal(1.0, SpecialFunctions.Logistic(1000));
        Assert.Equal(0.5, SpecialFunctions.Logistic(0));
    }
}
