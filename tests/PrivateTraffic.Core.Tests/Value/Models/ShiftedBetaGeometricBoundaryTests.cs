using System;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

/// <summary>
/// The sBG retention model and its cohorts at the places their mutation run (issue 10) left untested: the guards of the
/// entry points, and a cohort whose last customers all leave.
/// </summary>
public sealed class ShiftedBetaGeometricBoundaryTests
{
    private static readonly ShiftedBetaGeometricParameters Model = ShiftedBetaGeometricParameters.Create(0.668, 3.806);

    [Fact]
    public void Entry_points_name_the_wrong_argument()
    {
        Assert.Equal("cohorts", Assert.Throws<ArgumentNullException>(() => ShiftedBetaGeometricModel.LogLikelihood(Model, null!)).ParamName);
        Assert.Equal("cohorts", Assert.Throws<ArgumentNullException>(() => ShiftedBetaGeometricModel.Fit(null!)).ParamName);
        Assert.Equal("size", Assert.ThrowsAny<ArgumentException>(() => ShiftedBetaGeometricModel.ExpectedSurvivors(Model, double.NaN, 3)).ParamName);
        Assert.Equal("size", Assert.ThrowsAny<ArgumentException>(() => ShiftedBetaGeometricModel.ExpectedSurvivors(Model, -1.0, 3)).ParamName);
        Assert.Equal("periods", Assert.ThrowsAny<ArgumentException>(() => ShiftedBetaGeometricModel.ExpectedSurvivors(Model, 1000.0, -1)).ParamName);
        Assert.Equal("survivors", Assert.Throws<ArgumentNullException>(() => RetentionCohort.Create("2024-01", null!)).ParamName);
    }

    [Fact]
    public void A_cohort_may_end_with_nobody_left()
    {
        var cohort = RetentionCohort.Create("2024-01", [1000, 400, 0, 0]);
        Assert.Equal(3, cohort.Periods);
        Assert.True(double.IsFinite(ShiftedBetaGeometricModel.LogLikelihood(Model, [cohort])));
    }
}
