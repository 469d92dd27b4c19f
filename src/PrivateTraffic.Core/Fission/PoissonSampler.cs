using System;

namespace PrivateTraffic.Core.Fission;

/// <summary>Poisson draws from a caller's <see cref="Random"/>: inversion for small means, Hörmann's PTRS
/// (transformed rejection, exact) for larger ones, and a rounded normal for means so large the two agree to far
/// below a member.</summary>
internal static class PoissonSampler
{
    private const double NormalAbove = 1e7;

    private static readonly double[] LogFactorials = BuildLogFactorials();

    public static double Draw(Random random, double mean)
    {
        if (mean <= 0.0)
        {
            return 0.0;
        }

        if (mean < 10.0)
        {
            return Inversion(random, mean);
        }

        return mean < NormalAbove ? Ptrs(random, mean) : Math.Max(0.0, Math.Round(mean + (Math.Sqrt(mean) * StandardNormal(random))));
    }

    private static double Inversion(Random random, double mean)
    {
        var u = random.NextDouble();
        var p = Math.Exp(-mean);
        var cumulative = p;
        var k = 0;
        while (u > cumulative && k < 1000)
        {
            k++;
            p *= mean / k;
            cumulative += p;
        }

        return k;
    }

    // W. Hörmann, "The transformed rejection method for generating Poisson random variables" (1993).
    private static double Ptrs(Random random, double mean)
    {
        var sqrtMean = Math.Sqrt(mean);
        var logMean = Math.Log(mean);
        var b = 0.931 + (2.53 * sqrtMean);
        var a = -0.059 + (0.02483 * b);
        var invAlpha = 1.1239 + (1.1328 / (b - 3.4));
        var vr = 0.9277 - (3.6224 / (b - 2.0));
        while (true)
        {
            var u = random.NextDouble() - 0.5;
            var v = random.NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((((2.0 * a / us) + b) * u) + mean + 0.43);
            if (us >= 0.07 && v <= vr)
            {
                return k;
            }

            if (k < 0.0 || (us < 0.013 && v > us))
            {
                continue;
            }

            if (Math.Log(v) + Math.Log(invAlpha) - Math.Log((a / (us * us)) + b) <= -mean + (k * logMean) - LogFactorial(k))
            {
                return k;
            }
        }
    }

    private static double StandardNormal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    internal static double LogFactorial(double k)
    {
        if (k < LogFactorials.Length)
        {
            return LogFactorials[(int)k];
        }

        // Stirling's series; its error at k ≥ 256 is far below a double's precision for the comparison above.
        var x = k + 1.0;
        return ((x - 0.5) * Math.Log(x)) - x + (0.5 * Math.Log(2.0 * Math.PI)) + (1.0 / (12.0 * x)) - (1.0 / (360.0 * x * x * x));
    }

    private static double[] BuildLogFactorials()
    {
        var table = new double[256];
        for (var i = 1; i < table.Length; i++)
        {
            table[i] = table[i - 1] + Math.Log(i);
        }

        return table;
    }
}
