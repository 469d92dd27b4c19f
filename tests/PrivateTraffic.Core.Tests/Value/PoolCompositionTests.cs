using System;
using System.IO;
using System.Text.Json;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value;

public sealed class PoolCompositionTests
{
    private static string GoldenPath => Path.Combine(RepositoryPaths.Root, "tests", "PrivateTraffic.Core.Tests", "Golden", "v1", "value", "pool-composition.json");

    [Fact]
    public void Shares_are_reported_against_two_seven_one()
    {
        var composition = PoolComposition.FromCounts(5, 11, 4);
        Assert.Equal(20, composition.Members);
        Assert.Equal(0.25, composition.ShareOf(MemberStatus.Paying));
        Assert.Equal(0.05, composition.DeviationOf(MemberStatus.Paying), 12);
        Assert.Equal(-0.15, composition.DeviationOf(MemberStatus.Convertible), 12);
        Assert.Equal(0.10, composition.DeviationOf(MemberStatus.Junk), 12);
        Assert.Equal("2:7:1", composition.Benchmark.ToString());
    }

    [Fact]
    public void An_empty_pool_has_zero_shares()
    {
        var composition = PoolComposition.FromCounts(0, 0, 0);
        Assert.Equal(0.0, composition.ShareOf(MemberStatus.Junk));
        Assert.Equal(-0.1, composition.DeviationOf(MemberStatus.Junk), 12);
    }

    [Fact]
    public void A_benchmark_must_add_up_to_one() =>
        Assert.Throws<ArgumentException>("junk", () => CompositionBenchmark.Of(0.3m, 0.7m, 0.1m));

    [Fact]
    public void The_composition_matches_the_golden_file_and_round_trips()
    {
        var json = PrivateTrafficJson.Serialize(PoolComposition.FromCounts(5, 11, 4));
        if (Environment.GetEnvironmentVariable("PT_ACCEPT_GOLDEN") == "1")
        {
            File.WriteAllText(GoldenPath, json + "\n");
        }

        Assert.Equal(File.ReadAllText(GoldenPath).Trim(), json);
        var back = PrivateTrafficJson.Deserialize<PoolComposition>(json);
        Assert.Equal((5, 11, 4, CompositionBenchmark.TwoSevenOne), (back.Paying, back.Convertible, back.Junk, back.Benchmark));
    }

    public static TheoryData<string, string> Hostile()
    {
        var good = File.ReadAllText(GoldenPath).Trim();
        return new()
        {
            { "members do not add up", good.Replace("\"members\":20", "\"members\":21", StringComparison.Ordinal) },
            { "share is not count / members", good.Replace("\"share\":0.25", "\"share\":0.3", StringComparison.Ordinal) },
            { "a status twice", good.Replace("\"status\":\"junk\"", "\"status\":\"paying\"", StringComparison.Ordinal) },
            { "benchmark not adding up", good.Replace("\"benchmark\":0.1", "\"benchmark\":0.2", StringComparison.Ordinal) },
            { "negative count", good.Replace("\"count\":4", "\"count\":-4", StringComparison.Ordinal) },
            { "unknown member", good.Replace("{\"members\"", "{\"x\":1,\"members\"", StringComparison.Ordinal) },
        };
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_compositions_are_refused_with_a_path(string why, string json)
    {
        var ex = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<PoolComposition>(json));
        Assert.True(ex.Path is not null, why + ": " + ex.Message);
    }
}
