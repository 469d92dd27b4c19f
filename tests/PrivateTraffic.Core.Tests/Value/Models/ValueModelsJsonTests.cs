using FsCheck;
using System;
using System.IO;
using System.Text.Json;
using FsCheck.Fluent;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

/// <summary>The JSON contracts of the customer-base models (version 1): round trips, golden files, hostile input.</summary>
public sealed class ValueModelsJsonTests
{
    private static string Golden(string name) =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "PrivateTraffic.Core.Tests", "Golden", "v1", "value-models", name)).Trim();

    [DeepProperty]
    public Property Parameters_round_trip_exactly() =>
        Prop.ForAll(
            Generators.Triple(Generators.BgNbdParametersGen.ToArbitrary(), Generators.ParetoNbdParametersGen.ToArbitrary(), Generators.GammaGammaParametersGen.ToArbitrary()),
            v =>
            {
                var (bg, pareto, spend) = v;
                Assert.Equal(bg, PrivateTrafficJson.Deserialize<BgNbdParameters>(PrivateTrafficJson.Serialize(bg)));
                Assert.Equal(pareto, PrivateTrafficJson.Deserialize<ParetoNbdParameters>(PrivateTrafficJson.Serialize(pareto)));
                Assert.Equal(spend, PrivateTrafficJson.Deserialize<GammaGammaParameters>(PrivateTrafficJson.Serialize(spend)));
            });

    [Fact]
    public void Fit_results_round_trip_including_failures()
    {
        var fit = BgNbdModel.Fit(RepeatPurchaseData.Create([0, 1, 2, 3, 0, 5, 1], [0, 2, 5, 9, 0, 20, 7], [10, 12, 20, 25, 30, 30, 14], TimeUnit.Weeks));
        var back = PrivateTrafficJson.Deserialize<ModelFit<BgNbdParameters>>(PrivateTrafficJson.Serialize(fit));
        Assert.Equal(PrivateTrafficJson.Serialize(fit), PrivateTrafficJson.Serialize(back));
        Assert.Equal(fit.Parameters, back.Parameters);
        Assert.Equal(fit.LogLikelihood, back.LogLikelihood);

        var failed = BgNbdModel.Fit(RepeatPurchaseData.Create([0, 0], [0, 0], [3, 4], TimeUnit.Weeks));
        var failedBack = PrivateTrafficJson.Deserialize<ModelFit<BgNbdParameters>>(PrivateTrafficJson.Serialize(failed));
        Assert.Equal(failed.Status, failedBack.Status);
        Assert.Equal(failed.Message, failedBack.Message);
        Assert.Null(failedBack.Parameters);
    }

    [Fact]
    public void Version_1_golden_files_read_back_and_are_written_identically()
    {
        var bg = PrivateTrafficJson.Deserialize<BgNbdParameters>(Golden("bgnbd-parameters.json"));
        Assert.Equal(BgNbdModelTests.Published, bg);
        Assert.Equal(ParetoNbdModelTests.Published, PrivateTrafficJson.Deserialize<ParetoNbdParameters>(Golden("paretonbd-parameters.json")));
        Assert.Equal(GammaGammaModelTests.Published, PrivateTrafficJson.Deserialize<GammaGammaParameters>(Golden("gammagamma-parameters.json")));

        var fit = PrivateTrafficJson.Deserialize<ModelFit<BgNbdParameters>>(Golden("bgnbd-fit.json"));
        Assert.Equal(ModelFitStatus.Converged, fit.Status);
        Assert.Equal(BgNbdModelTests.Published, fit.Parameters);
        Assert.Equal(-9582.43, fit.LogLikelihood);
        Assert.Equal([0.0126, 0.378, 0.186, 0.705], fit.StandardErrors);
        Assert.Equal(2357, fit.CustomerCount);
        var failed = PrivateTrafficJson.Deserialize<ModelFit<BgNbdParameters>>(Golden("bgnbd-fit-failed.json"));
        Assert.Equal(ModelFitStatus.NotIdentified, failed.Status);
        Assert.Null(failed.Parameters);
        var pareto = PrivateTrafficJson.Deserialize<ModelFit<ParetoNbdParameters>>(Golden("paretonbd-fit.json"));
        Assert.Equal(ParetoNbdModelTests.Published, pareto.Parameters);
        var spend = PrivateTrafficJson.Deserialize<ModelFit<GammaGammaParameters>>(Golden("gammagamma-fit.json"));
        Assert.Equal(GammaGammaModelTests.Published, spend.Parameters);
        Assert.Null(spend.StandardErrors);

        foreach (var name in new[] { "bgnbd-parameters.json", "bgnbd-fit.json", "bgnbd-fit-failed.json" })
        {
            var text = Golden(name);
            var written = name.StartsWith("bgnbd-fit", StringComparison.Ordinal)
                ? PrivateTrafficJson.Serialize(PrivateTrafficJson.Deserialize<ModelFit<BgNbdParameters>>(text))
                : PrivateTrafficJson.Serialize(PrivateTrafficJson.Deserialize<BgNbdParameters>(text));
            Assert.Equal(text, written);
        }

        Assert.Equal(Golden("paretonbd-fit.json"), PrivateTrafficJson.Serialize(pareto));
        Assert.Equal(Golden("gammagamma-fit.json"), PrivateTrafficJson.Serialize(spend));
    }

    [Theory]
    [InlineData("""{"r":0.243,"alpha":4.414,"a":0.793,"b":2.426,"unit":"weeks","extra":1}""")]
    [InlineData("""{"r":0.243,"alpha":4.414,"a":0.793,"unit":"weeks"}""")]
    [InlineData("""{"r":"0.243","alpha":4.414,"a":0.793,"b":2.426,"unit":"weeks"}""")]
    [InlineData("""{"r":"NaN","alpha":4.414,"a":0.793,"b":2.426,"unit":"weeks"}""")]
    [InlineData("""{"r":-0.243,"alpha":4.414,"a":0.793,"b":2.426,"unit":"weeks"}""")]
    [InlineData("""{"r":0.243,"alpha":4.414,"a":0.793,"b":2.426,"unit":"fortnights"}""")]
    [InlineData("""{"r":0.243,"alpha":1e999,"a":0.793,"b":2.426,"unit":"weeks"}""")]
    public void Hostile_parameters_are_refused_with_a_path(string json)
    {
        var ex = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<BgNbdParameters>(json));
        Assert.NotNull(ex.Path);
    }

    [Fact]
    public void Hostile_Pareto_and_Gamma_Gamma_documents_are_refused_with_a_path()
    {
        string[] pareto =
        [
            """{"r":0.553,"alpha":10.578,"s":0.606,"unit":"weeks"}""",
            """{"r":0.553,"alpha":10.578,"s":0.606,"beta":0,"unit":"weeks"}""",
            """{"r":0.553,"alpha":10.578,"s":0.606,"beta":11.669,"unit":"weeks","a":1}""",
        ];
        foreach (var json in pareto)
        {
            Assert.NotNull(Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<ParetoNbdParameters>(json)).Path);
        }

        string[] spend =
        [
            """{"p":6.25,"q":-3.74,"gamma":15.44}""",
            """{"p":6.25,"q":3.74}""",
            """{"p":6.25,"q":3.74,"gamma":"15.44"}""",
            """{"status":"converged","message":null,"parameters":{"p":6.25,"q":3.74,"gamma":15.44},"standardErrors":[1,2,3,4],"logLikelihood":-1,"iterations":1,"customerCount":1}""",
        ];
        Assert.NotNull(Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<GammaGammaParameters>(spend[0])).Path);
        Assert.NotNull(Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<GammaGammaParameters>(spend[1])).Path);
        Assert.NotNull(Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<GammaGammaParameters>(spend[2])).Path);
        Assert.NotNull(Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<ModelFit<GammaGammaParameters>>(spend[3])).Path);
    }

    [Theory]
    [InlineData("""{"status":"converged","message":null,"parameters":null,"standardErrors":null,"logLikelihood":-1,"iterations":1,"customerCount":1}""")]
    [InlineData("""{"status":"notIdentified","message":"x","parameters":{"r":1,"alpha":1,"a":1,"b":1,"unit":"weeks"},"standardErrors":null,"logLikelihood":null,"iterations":1,"customerCount":1}""")]
    [InlineData("""{"status":"converged","message":null,"parameters":{"r":1,"alpha":1,"a":1,"b":1,"unit":"weeks"},"standardErrors":[1,2],"logLikelihood":-1,"iterations":1,"customerCount":1}""")]
    [InlineData("""{"status":"converged","message":null,"parameters":{"r":1,"alpha":1,"a":1,"b":1,"unit":"weeks"},"standardErrors":null,"logLikelihood":-1,"iterations":-1,"customerCount":1}""")]
    [InlineData("""{"status":"sideways","message":null,"parameters":null,"standardErrors":null,"logLikelihood":null,"iterations":1,"customerCount":1}""")]
    [InlineData("""{"status":"notConverged","message":"","parameters":null,"standardErrors":null,"logLikelihood":null,"iterations":1,"customerCount":1}""")]
    [InlineData("""{"status":"converged","message":null,"parameters":{"r":1,"alpha":1,"a":1,"b":1,"unit":"weeks"},"standardErrors":null,"logLikelihood":-1,"iterations":1}""")]
    public void Hostile_fits_are_refused_with_a_path(string json)
    {
        var ex = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<ModelFit<BgNbdParameters>>(json));
        Assert.NotNull(ex.Path);
    }
}
