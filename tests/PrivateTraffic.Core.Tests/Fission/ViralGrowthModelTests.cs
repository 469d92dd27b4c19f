using System;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Fission;

public sealed class ViralGrowthModelTests
{
    private static readonly Duration Week = Duration.FromDays(7);

    [Fact]
    public void K_is_invites_times_conversion()
    {
        // "Share with 2 friends" (article 002); the 40% conversion is assumed.
        var model = ViralGrowthModel.Create(100, 2.0, Probability.From(0.4), Week, 5);
        Assert.Equal(0.8, model.K, 12);
        Assert.Equal(Duration.FromDays(35), model.Span);
    }

    [Theory]
    [InlineData(0.5, 3, 100 * (1 - 0.0625) / 0.5)] // 100 + 50 + 25 + 12.5
    [InlineData(2.0, 3, 1500)] // 100 + 200 + 400 + 800
    [InlineData(1.0, 3, 400)]
    [InlineData(0.0, 3, 100)]
    public void Closed_form_matches_the_sum_of_generations(double k, int n, double expected) =>
        Assert.Equal(expected, ViralGrowth.GeometricTotal(100, k, n), 9);

    [Fact]
    public void Below_one_the_total_tends_to_seeds_over_one_minus_k()
    {
        Assert.Equal(500.0, ViralGrowth.Limit(100, 0.8), 9);
        Assert.Equal(500.0, ViralGrowth.GeometricTotal(100, 0.8, 400), 6);
        Assert.Equal(double.PositiveInfinity, ViralGrowth.Limit(100, 1.0));
    }

    [Fact]
    public void A_cap_saturates_the_curve()
    {
        var model = ViralGrowthModel.Create(10, 2.0, Probability.From(0.9), Week, 60, cap: 10_000);
        var curve = model.ExpectedCurve();
        Assert.Equal(10, curve[0]);
        Assert.True(curve[60] <= 10_000);
        // Like an epidemic's final size, z ≈ 1 − e^(−1.8·z) gives z ≈ 0.73: K = 1.8 reaches most of the market, not all.
        Assert.InRange(curve[60], 7_000, 8_500);
        Assert.Equal(10_000, model.Limit());
    }

    [Fact]
    public void Bad_parameters_name_themselves()
    {
        Assert.Equal("invitesPerParticipant", Assert.ThrowsAny<ArgumentException>(() => ViralGrowthModel.Create(1, -0.1, Probability.One, Week, 1)).ParamName);
        Assert.Equal("cycleTime", Assert.ThrowsAny<ArgumentException>(() => ViralGrowthModel.Create(1, 2, Probability.One, Duration.Zero, 1)).ParamName);
        Assert.Equal("cycleTime", Assert.ThrowsAny<ArgumentException>(() => ViralGrowthModel.Create(1, 2, Probability.One, -Week, 1)).ParamName);
        Assert.Equal("seeds", Assert.ThrowsAny<ArgumentException>(() => ViralGrowthModel.Create(0, 2, Probability.One, Week, 1)).ParamName);
        Assert.Equal("cap", Assert.ThrowsAny<ArgumentException>(() => ViralGrowthModel.Create(10, 2, Probability.One, Week, 1, cap: 9)).ParamName);
        Assert.Equal("generations", Assert.ThrowsAny<ArgumentException>(() => ViralGrowthModel.Create(10, 2, Probability.One, Week, -1)).ParamName);
        Assert.Equal("k", Assert.ThrowsAny<ArgumentException>(() => ViralGrowth.GeometricTotal(10, -1, 1)).ParamName);
    }

    [DeepProperty]
    public Property The_expected_curve_never_falls() =>
        Prop.ForAll(Generators.ViralModelGen.ToArbitrary(), model =>
        {
            var curve = model.ExpectedCurve();
            for (var g = 1; g < curve.Length; g++)
            {
                if (curve[g] < curve[g - 1])
                {
                    return false;
                }
            }

            return curve[0] == model.Seeds;
        });

    [DeepProperty]
    public Property Without_a_cap_the_curve_is_the_closed_form() =>
        Prop.ForAll(Generators.ViralModelGen.ToArbitrary(), model =>
        {
            var open = ViralGrowthModel.Create(model.Seeds, model.InvitesPerParticipant, model.InviteConversion, model.CycleTime, model.Generations);
            var curve = open.ExpectedCurve();
            for (var g = 0; g < curve.Length; g++)
            {
                var closed = ViralGrowth.GeometricTotal(model.Seeds, model.K, g);
                if (Math.Abs(curve[g] - closed) > 1e-9 * Math.Max(1.0, closed))
                {
                    return false;
                }
            }

            return true;
        });

    [DeepProperty]
    public Property The_expected_total_never_passes_the_cap() =>
        Prop.ForAll(Generators.CappedViralModelGen.ToArbitrary(), model =>
            Array.TrueForAll(model.ExpectedCurve(), total => total <= model.Cap!.Value));

    [DeepProperty]
    public Property A_cap_never_adds_members() =>
        Prop.ForAll(Generators.CappedViralModelGen.ToArbitrary(), model =>
        {
            var capped = model.ExpectedCurve();
            var uncapped = ViralGrowthModel.Create(model.Seeds, model.InvitesPerParticipant, model.InviteConversion, model.CycleTime, model.Generations).ExpectedCurve();
            for (var g = 0; g < capped.Length; g++)
            {
                if (capped[g] > uncapped[g] * (1 + 1e-12))
                {
                    return false;
                }
            }

            return true;
        });
}
