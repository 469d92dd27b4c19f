using System;

namespace PrivateTraffic.Core.Value;

/// <summary>Random variates for the simulators, all drawn from a caller's <see cref="Random"/>.</summary>
internal static class RandomVariates
{
    /// <summary>A standard exponential variate.</summary>
    public static double Exponential(Random random) => -Math.Log(1.0 - random.NextDouble());

    /// <summary>A standard normal variate (Box–Muller).</summary>
    public static double Normal(Random random)
    {
        var u = 1.0 - random.NextDouble();
        var v = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    /// <summary>A Gamma(shape, rate 1) variate (Marsaglia &amp; Tsang 2000; shapes below 1 by the u^(1/shape) boost).</summary>
    public static double Gamma(Random random, double shape)
    {
        if (shape < 1.0)
        {
            var boost = Math.Pow(1.0 - random.NextDouble(), 1.0 / shape);
            return Gamma(random, shape + 1.0) * boost;
        }

        var d = shape - (1.0 / 3.0);
        var c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal(random);
                v = 1.0 + (c * x);
            }
            while (v <= 0.0);

            v = v * v * v;
            var u = 1.0 - random.NextDouble();
            if (Math.Log(u) < (0.5 * x * x) + d - (d * v) + (d * Math.Log(v)))
            {
                return d * v;
            }
        }
    }

    /// <summary>A Beta(a, b) variate from two gamma variates.</summary>
    public static double Beta(Random random, double a, double b)
    {
        var x = Gamma(random, a);
        var y = Gamma(random, b);
        return x / (x + y);
    }
}
