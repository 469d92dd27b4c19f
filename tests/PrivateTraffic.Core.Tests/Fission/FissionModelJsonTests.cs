using System;
using NodaTime;
using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Tests.Fission;

public sealed class FissionModelJsonTests
{
    // The free-lesson model: 100 seeds, "2 friends" (article 002), assumed 70% conversion, 3-day cycle, 10 generations, cap 1,000,000.
    private static ViralGrowthModel Model() =>
        ViralGrowthModel.Create(100, 2, Probability.From(0.7), Duration.FromDays(3), 10, 1_000_000);

    private static ObservedVirality Fit()
    {
        var pool = ViralFitTests.OpenPool();
        ViralFitTests.Join(pool, "a", 0);
        ViralFitTests.Join(pool, "b", 0);
        ViralFitTests.Join(pool, "a1", 2, "a");
        ViralFitTests.Join(pool, "a2", 4, "a");
        ViralFitTests.Join(pool, "b1", 2, "b");
        ViralFitTests.Join(pool, "a1x", 4, "a1");
        return ViralFit.Of(pool, ViralFitTests.FreeLesson);
    }

    [Fact]
    public void The_model_golden_file_reads_back_through_Create()
    {
        var text = FissionJsonTests.GoldenText("viralGrowthModel.json", PrivateTrafficJson.Serialize(Model()));
        var back = PrivateTrafficJson.Deserialize<ViralGrowthModel>(text);
        Assert.Equal(Model(), back);
        Assert.Equal(text, PrivateTrafficJson.Serialize(back));
    }

    [Fact]
    public void The_fit_golden_file_reads_back()
    {
        var fit = Fit();
        var text = FissionJsonTests.GoldenText("observedVirality.json", PrivateTrafficJson.Serialize(fit));
        var back = PrivateTrafficJson.Deserialize<ObservedVirality>(text);
        Assert.Equal(fit.K, back.K);
        Assert.Equal(fit.CycleTime, back.CycleTime);
        Assert.Equal(fit.GenerationSizes, back.GenerationSizes);
        Assert.Equal(text, PrivateTrafficJson.Serialize(back));
        var none = fit with { K = null, CycleTime = null };
        Assert.Null(PrivateTrafficJson.Deserialize<ObservedVirality>(PrivateTrafficJson.Serialize(none)).K);
    }

    private const string ModelJson = """{"seeds":100,"invitesPerParticipant":2,"inviteConversion":0.7,"cycleTime":"3:00:00:00","generations":10,"cap":null}""";

    public static TheoryData<string, Type, string> Hostile => new()
    {
        { "negative invites (a negative K)", typeof(ViralGrowthModel), ModelJson.Replace("\"invitesPerParticipant\":2", "\"invitesPerParticipant\":-2", StringComparison.Ordinal) },
        { "zero cycle time", typeof(ViralGrowthModel), ModelJson.Replace("3:00:00:00", "0:00:00:00", StringComparison.Ordinal) },
        { "no seeds", typeof(ViralGrowthModel), ModelJson.Replace("\"seeds\":100", "\"seeds\":0", StringComparison.Ordinal) },
        { "cap below the seeds", typeof(ViralGrowthModel), ModelJson.Replace("\"cap\":null", "\"cap\":5", StringComparison.Ordinal) },
        { "conversion above 1", typeof(ViralGrowthModel), ModelJson.Replace("0.7", "1.7", StringComparison.Ordinal) },
        { "unknown member", typeof(ViralGrowthModel), ModelJson.Replace("\"cap\":null", "\"cap\":null,\"k\":1.4", StringComparison.Ordinal) },
        { "missing member", typeof(ViralGrowthModel), ModelJson.Replace(",\"generations\":10", "", StringComparison.Ordinal) },
        { "number as a string", typeof(ViralGrowthModel), ModelJson.Replace("\"seeds\":100", "\"seeds\":\"100\"", StringComparison.Ordinal) },
        { "K as a string", typeof(ViralityEstimate), """{"value":"1.5","lower":1,"upper":2,"confidence":0.95,"sampleSize":3}""" },
        { "estimate without sample size", typeof(ViralityEstimate), """{"value":1.5,"lower":1,"upper":2,"confidence":0.95}""" },
        { "cycle time as a number", typeof(CycleTimeEstimate), """{"mean":3,"lower":"1:00:00:00","upper":"2:00:00:00","confidence":0.95,"sampleSize":3}""" },
        { "null generation sizes", typeof(ObservedVirality), """{"campaign":"c","generationSizes":null,"k":null,"cycleTime":null}""" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_json_is_refused_with_a_path(string why, Type type, string json) =>
        FissionJsonTests.AssertRefusedWithPath(why, type, json);
}
