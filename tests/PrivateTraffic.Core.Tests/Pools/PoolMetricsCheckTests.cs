using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>Pool metrics read back are checked as <see cref="PrivatePool.Measure"/> makes them: each count's rule broken
/// alone is refused with a <see cref="JsonException"/> and its path, and each rule met exactly at its bound is read
/// (found unpinned by the mutation run, issue 10). The cases edit the golden file
/// (Golden/v1/pools/pool-metrics.json: 4 captures in March, 2 losses, 3 members at the end).</summary>
public sealed class PoolMetricsCheckTests
{
    private static JsonNode Golden() => JsonNode.Parse(File.ReadAllText(
        Path.Combine(RepositoryPaths.Root, "tests", "PrivateTraffic.Core.Tests", "Golden", "v1", "pools", "pool-metrics.json")))!;

    private static JsonNode Step(JsonNode m, int i) => m["conversions"]![i]!;

    private static JsonNode Cohort(JsonNode m, int i) => m["cohorts"]![i]!;

    private static readonly (string Why, string Parameter, Action<JsonNode> Edit)[] Broken =
    [
        ("the last day before the first", "To", m => m["to"] = "2024-02-29"),
        ("a negative size at the start", "SizeAtStart", m => m["sizeAtStart"] = -1),
        ("negative captures", "Captures", m => m["captures"] = -1),
        ("negative losses", "Losses", m => m["losses"] = -1),
        ("negative members at the end", "MembersAtEnd", m => m["membersAtEnd"] = -1),
        ("a size at the end that is not start + captures - losses", "SizeAtEnd", m => m["sizeAtEnd"] = 3),
        ("a negative size at the end that is start + captures - losses", "SizeAtEnd", m => { m["losses"] = 5; m["sizeAtEnd"] = -1; }),
        ("a source with no capture", "CapturesBySource", m => m["capturesBySource"] = new JsonObject { ["counter-sample"] = 3, ["friend-referral"] = 0, ["fair"] = 1 }),
        ("sources that do not sum to the captures", "CapturesBySource", m => m["capturesBySource"]!["friend-referral"] = 2),
        ("more repeat buyers than buyers", "RepeatBuyers", m => m["repeatBuyers"] = 3),
        ("negative buyers", "RepeatBuyers", m => { m["buyers"] = -1; m["repeatBuyers"] = -1; }),
        ("negative repeat buyers", "RepeatBuyers", m => m["repeatBuyers"] = -1),
        ("a negative stage count", "StageDistribution", m => { m["stageDistribution"]!["prospect"] = -1; m["stageDistribution"]!["firstPurchase"] = 2; }),
        ("stages that do not sum to the members at the end", "StageDistribution", m => m["stageDistribution"]!["prospect"] = 1),
        ("three funnel steps", "conversions", m => m["conversions"]!.AsArray().RemoveAt(3)),
        ("a funnel step to the wrong stage", "conversions", m => Step(m, 0)["to"] = "repeat"),
        ("a funnel step from the wrong stage", "conversions", m => Step(m, 1)["from"] = "prospect"),
        ("a first step not starting from the captures", "conversions", m => Step(m, 0)["reached"] = 5),
        ("a step not starting where the last ended", "conversions", m => Step(m, 2)["reached"] = 2),
        ("a step converting more than it reached", "conversions", m => { Step(m, 2)["converted"] = 2; Step(m, 3)["reached"] = 2; }),
        ("a step converting a negative count", "conversions", m => Step(m, 3)["converted"] = -1),
        ("a cohort row missing", "cohorts", m => m["cohorts"]!.AsArray().RemoveAt(1)),
        ("a cohort row for the wrong month", "cohorts", m => Cohort(m, 1)["month"] = "2024-05"),
        ("a negative cohort size", "cohorts", m => { Cohort(m, 1)["size"] = -1; Cohort(m, 0)["size"] = 5; }),
        ("a retained count missing", "cohorts", m => Cohort(m, 0)["retained"] = new JsonArray(3)),
        ("retained counts that grow", "cohorts", m => Cohort(m, 0)["retained"] = new JsonArray(2, 3)),
        ("more retained than the cohort's size", "cohorts", m => Cohort(m, 0)["retained"] = new JsonArray(5, 2)),
        ("a negative retained count", "cohorts", m => Cohort(m, 1)["retained"] = new JsonArray(-1)),
        ("cohorts that do not sum to the captures", "cohorts", m => { Cohort(m, 1)["size"] = 1; Cohort(m, 1)["retained"] = new JsonArray(1); }),
    ];

    private static readonly (string Why, Action<JsonNode> Edit)[] AtTheBound =
    [
        ("as many repeat buyers as buyers", m => m["repeatBuyers"] = 2),
        ("a size at the end of zero", m => { m["losses"] = 4; m["sizeAtEnd"] = 0; }),
        ("no repeat buyers and no buyers", m => { m["buyers"] = 0; m["repeatBuyers"] = 0; }),
        ("a step converting all it reached", m => { Step(m, 0)["converted"] = 4; Step(m, 1)["reached"] = 4; }),
        ("retained counts equal to the size and to each other", m => Cohort(m, 0)["retained"] = new JsonArray(4, 4)),
        ("one capture per source", m => m["capturesBySource"] = new JsonObject { ["a"] = 1, ["b"] = 1, ["c"] = 1, ["d"] = 1 }),
        ("a range of one day", m => { m["to"] = "2024-03-01"; m["cohorts"]!.AsArray().RemoveAt(1); Cohort(m, 0)["retained"] = new JsonArray(3); }),
        ("a step converting none", m => Step(m, 3)["converted"] = 0),
        ("a range across a new year", m =>
        {
            (m["from"], m["to"]) = ("2023-12-01", "2024-01-31");
            (Cohort(m, 0)["month"], Cohort(m, 1)["month"]) = ("2023-12", "2024-01");
        }),
    ];

    public static TheoryData<string> BrokenCases => new(Array.ConvertAll(Broken, c => c.Why));

    public static TheoryData<string> BoundCases => new(Array.ConvertAll(AtTheBound, c => c.Why));

    private static string Edited(Action<JsonNode> edit)
    {
        var metrics = Golden();
        edit(metrics);
        return metrics.ToJsonString();
    }

    [Fact]
    public void The_golden_metrics_are_read() => PrivateTrafficJson.Deserialize<PoolMetrics>(Golden().ToJsonString());

    [Theory]
    [MemberData(nameof(BrokenCases))]
    public void Metrics_breaking_one_rule_are_refused_with_a_path(string why)
    {
        var (_, parameter, edit) = Array.Find(Broken, c => c.Why == why);
        var ex = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<PoolMetrics>(Edited(edit)));
        Assert.False(string.IsNullOrEmpty(ex.Path), why);
        Assert.Contains($"(Parameter '{parameter}')", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BoundCases))]
    public void Metrics_meeting_a_rule_at_its_bound_are_read_and_written_back(string why)
    {
        var json = Edited(Array.Find(AtTheBound, c => c.Why == why).Edit);
        var read = PrivateTrafficJson.Deserialize<PoolMetrics>(json);
        Assert.Equal(JsonNode.Parse(json)!.ToJsonString(), JsonNode.Parse(PrivateTrafficJson.Serialize(read))!.ToJsonString());
    }
}
