using System;
using PrivateTraffic.Core.Fission;

namespace PrivateTraffic.Core.Tests.Fission;

public sealed class SamplersTests
{
    [Theory]
    [InlineData(0.975, 1.959963985)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.05, -1.644853627)]
    [InlineData(0.001, -3.090232306)]
    public void Normal_quantiles_match_the_tables(double p, double z) => Assert.Equal(z, NormalQuantile.Of(p), 6);

    [Theory]
    [InlineData(0.7)]
    [InlineData(25.0)]
    [InlineData(5_000.0)]
    [InlineData(5e7)]
    public void Poisson_draws_have_the_mean_and_variance_they_should(double mean)
    {
        var random = new Random(11);
        const int N = 40_000;
        double sum = 0, squares = 0;
        for (var i = 0; i < N; i++)
        {
            var x = PoissonSampler.Draw(random, mean);
            sum += x;
            squares += x * x;
        }

        var m = sum / N;
        var variance = (squares / N) - (m * m);
        Assert.InRange(m, mean - (5 * Math.Sqrt(mean / N)), mean + (5 * Math.Sqrt(mean / N)));
        Assert.InRange(variance, mean * 0.95, mean * 1.05);
    }

    [Fact]
    public void Log_factorials_agree_across_the_table_s_edge()
    {
        Assert.Equal(PoissonSampler.LogFactorial(255) + Math.Log(256), PoissonSampler.LogFactorial(256), 9);
        Assert.Equal(PoissonSampler.LogFactorial(300) + Math.Log(301), PoissonSampler.LogFactorial(301), 9);
    }
}
