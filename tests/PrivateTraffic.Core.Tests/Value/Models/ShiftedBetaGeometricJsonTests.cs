using System;
using System.IO;
using System.Text.Json;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

/// <summary>The JSON contract (version 1) of the sBG retention model: the shared fit shape, golden files, strict reading.</summary>
public sealed class ShiftedBetaGeometricJsonTests
{
    private static string Golden(string name) =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "PrivateTraffic.Core.Tests", "Golden", "v1", "value-models", name)).Trim();

    [Fact]
    public void Golden_files_read_back_and_are_written_identically()
    {
        var p = PrivateTrafficJson.Deserialize<ShiftedBetaGeometricParameters>(Golden("sbg-parameters.json"));
        Assert.Equal(ShiftedBetaGeometricParameters.Create(0.704, 1.182), p);
        Assert.Equal(Golden("sbg-parameters.json"), PrivateTrafficJson.Serialize(p));

        var fit = PrivateTrafficJson.Deserialize<ModelFit<ShiftedBetaGeometricParameters>>(Golden("sbg-fit.json"));
        Assert.Equal(p, fit.Parameters);
        Assert.Equal(-1680.27, fit.LogLikelihood);
        Assert.Equal(1000, fit.CustomerCount);
        Assert.Equal(Golden("sbg-fit.json"), PrivateTrafficJson.Serialize(fit));
    }

    [Fact]
    public void A_real_fit_round_trips_with_its_standard_errors()
    {
        var fit = ShiftedBetaGeometricModel.Fit([RetentionCohort.Create("regular", ShiftedBetaGeometricModelTests.Regular)]);
        var text = PrivateTrafficJson.Serialize(fit);
        var back = PrivateTrafficJson.Deserialize<ModelFit<ShiftedBetaGeometricParameters>>(text);
        Assert.Equal(fit.Parameters, back.Parameters);
        Assert.Equal(fit.StandardErrors, back.StandardErrors);
        Assert.Equal(text, PrivateTrafficJson.Serialize(back));
    }

    [Theory]
    [InlineData("""{"alpha":0.704,"beta":1.182,"extra":1}""")]
    [InlineData("""{"alpha":0.704}""")]
    [InlineData("""{"alpha":-0.704,"beta":1.182}""")]
    [InlineData("""{"alpha":"0.704","beta":1.182}""")]
    public void Hostile_parameters_are_refused(string json) =>
        Assert.ThrowsAny<JsonException>(() => PrivateTrafficJson.Deserialize<ShiftedBetaGeometricParameters>(json));
}
