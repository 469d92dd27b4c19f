using FsCheck;
using FsCheck.Fluent;
using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Traffic;

namespace PrivateTraffic.Core.Tests.Traffic;

public sealed class TrafficJsonTests
{
    private const string AcceptVariable = "PT_ACCEPT_GOLDEN";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly PublicCostModel AdsAndMallFees = PublicCostModel.None(Currency.CNY)
        .WithCpm(Money.Yuan(40m))
        .WithCpc(Money.Yuan(1.5m), clickStage: 1)
        .WithCpa(Money.Yuan(10m))
        .WithCommission(0.05m, Money.Yuan(199m))
        .WithFixedFees(Money.Yuan(2000m));

    [DeepProperty]
    public Property Channels_round_trip() =>
        Prop.ForAll(Generators.Channels, c => c.Equals(RoundTrip(c)));

    [DeepProperty]
    public Property Funnels_round_trip() =>
        Prop.ForAll(Generators.Funnels, f => f.Equals(RoundTrip(f)));

    [DeepProperty]
    public Property Public_cost_models_round_trip() =>
        Prop.ForAll(Generators.PublicCostModels, m => m.Equals(RoundTrip(m)));

    [DeepProperty]
    public Property Scenarios_and_their_pool_models_round_trip() =>
        Prop.ForAll(Generators.Scenarios, s =>
        {
            Assert.Equal(s, RoundTrip(s));
            Assert.Equal(s.Pool, RoundTrip(s.Pool));
        });

    [DeepProperty]
    public Property Comparisons_round_trip() =>
        Prop.ForAll(Generators.Scenarios, s =>
        {
            var json = PrivateTrafficJson.Serialize(TrafficEconomics.Compare(s));
            var back = PrivateTrafficJson.Deserialize<TrafficComparison>(json);
            Assert.Equal(json, PrivateTrafficJson.Serialize(back));
            Assert.Equal(s, back.Scenario);
        });

    [Fact]
    public void The_channel_golden_file_reads_back() =>
        Golden("channel.json", TrafficChannel.DefinePrivate(ChannelId.From("wechat-personal"), "Personal WeChat account", "个人微信号"));

    [Fact]
    public void A_channel_of_a_kind_golden_file_reads_back_with_its_kind() => Golden("channel-of-kind.json", TrafficChannels.WeComGroup);

    [Fact]
    public void A_v1_channel_without_a_kind_reads_as_a_channel_defined_by_its_traits()
    {
        var back = PrivateTrafficJson.Deserialize<TrafficChannel>(Support.Golden.Read("traffic", "channel.json"));
        Assert.Null(back.ChannelKind);
        Assert.Equal(TrafficChannels.PersonalWeChat.Traits, back.Traits);
    }

    [Fact]
    public void The_funnel_golden_file_reads_back() => Golden("funnel.json", FunnelTests.DepartmentStore);

    [Fact]
    public void The_public_cost_model_golden_file_reads_back() => Golden("public-cost-model.json", AdsAndMallFees);

    [Fact]
    public void The_private_pool_cost_model_golden_file_reads_back() => Golden("private-pool-cost-model.json", TrafficEconomicsTests.CapturedPoolForAYear.Pool);

    [Fact]
    public void The_scenario_golden_file_reads_back() => Golden("scenario.json", TrafficEconomicsTests.CapturedPoolForAYear);

    [Fact]
    public void The_comparison_golden_file_reads_back()
    {
        var comparison = TrafficEconomics.Compare(TrafficEconomicsTests.OnePostToTenThousandFans);
        var text = GoldenText("comparison.json", PrivateTrafficJson.Serialize(comparison));
        var back = PrivateTrafficJson.Deserialize<TrafficComparison>(text);
        Assert.Equal(CostCrossover.At(1), back.Crossover);
        Assert.Equal(Money.Yuan(7500m), back.PublicCost);

        // The v1 file names the crossover "breakeven"; it is still read, and written under its new name.
        Assert.Contains("\"breakeven\":", text, StringComparison.Ordinal);
        var again = PrivateTrafficJson.Serialize(back);
        Assert.Contains("\"crossover\":{\"reach\":1,\"reason\":\"none\"}", again, StringComparison.Ordinal);
        Assert.DoesNotContain("breakeven", again, StringComparison.Ordinal);
        Assert.Equal(text.Replace(",\"breakeven\":{\"reach\":1,\"reason\":\"none\"}", "", StringComparison.Ordinal),
            again.Replace(",\"crossover\":{\"reach\":1,\"reason\":\"none\"}", "", StringComparison.Ordinal));
    }

    [Fact]
    public void The_comparison_with_a_crossover_golden_file_reads_back()
    {
        // The worked example over 40 days instead of 90, so the file stays short: crossover on day 28, payback on day 36.
        var daily = SupermarketVersusPoolTests.TenThousandFansPostedDaily;
        var comparison = TrafficEconomics.Compare(TrafficScenario.Create(daily.PoolMembers, daily.Pool, daily.PublicCostPerConversion, 40, daily.ReachEvery, daily.ValuePerConversion));
        Assert.Equal(CostCrossover.At(28), comparison.Crossover);
        Assert.Equal(NodaTime.Period.FromDays(36), comparison.Payback);
        var text = GoldenText("comparison-crossover.json", PrivateTrafficJson.Serialize(comparison));
        var back = PrivateTrafficJson.Deserialize<TrafficComparison>(text);
        Assert.Equal(comparison.Crossover, back.Crossover);
        Assert.Equal(comparison.Payback, back.Payback);
        Assert.Equal(text, PrivateTrafficJson.Serialize(back));
    }

    [Fact]
    public void A_comparison_with_both_names_of_the_crossover_or_neither_is_refused()
    {
        var json = PrivateTrafficJson.Serialize(TrafficEconomics.Compare(TrafficEconomicsTests.OnePostToTenThousandFans));
        var crossover = ",\"crossover\":{\"reach\":1,\"reason\":\"none\"}";
        Assert.Contains(crossover, json, StringComparison.Ordinal);
        AssertRefused<TrafficComparison>("both", json.Replace(crossover, crossover + crossover.Replace("crossover", "breakeven", StringComparison.Ordinal), StringComparison.Ordinal));
        AssertRefused<TrafficComparison>("neither", json.Replace(crossover, "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("unknown member", """{"stages":["a","b"],"conversions":[0.5],"extra":1}""")]
    [InlineData("missing member", """{"stages":["a","b"]}""")]
    [InlineData("wrong type", """{"stages":"a","conversions":[]}""")]
    [InlineData("NaN as string", """{"stages":["a","b"],"conversions":["NaN"]}""")]
    [InlineData("conversion out of range", """{"stages":["a","b"],"conversions":[1.5]}""")]
    [InlineData("empty funnel", """{"stages":[],"conversions":[]}""")]
    [InlineData("conversion count", """{"stages":["a","b"],"conversions":[]}""")]
    [InlineData("blank stage", """{"stages":["a",null],"conversions":[0.1]}""")]
    public void A_hostile_funnel_is_refused_with_a_path(string why, string json) => AssertRefused<Funnel>(why, json);

    [Theory]
    [InlineData("enum as number", """{"id":"x","name":"X","chineseName":"某","owner":1,"reachControl":"owner","pricing":"freeToReach","reuse":"repeated"}""")]
    [InlineData("unknown enum name", """{"id":"x","name":"X","chineseName":"某","owner":"nobody","reachControl":"owner","pricing":"freeToReach","reuse":"repeated"}""")]
    [InlineData("enum in another casing", """{"id":"x","name":"X","chineseName":"某","owner":"Brand","reachControl":"owner","pricing":"freeToReach","reuse":"repeated"}""")]
    [InlineData("derived kind is not a member", """{"id":"x","name":"X","chineseName":"某","owner":"brand","reachControl":"owner","pricing":"freeToReach","reuse":"repeated","kind":"private"}""")]
    [InlineData("kind with other traits", """{"id":"x","name":"X","chineseName":"某","owner":"brand","reachControl":"owner","pricing":"freeToReach","reuse":"repeated","channelKind":"taobao"}""")]
    [InlineData("unknown kind", """{"id":"x","name":"X","chineseName":"某","owner":"brand","reachControl":"owner","pricing":"freeToReach","reuse":"repeated","channelKind":"weCom"}""")]
    public void A_hostile_channel_is_refused_with_a_path(string why, string json) => AssertRefused<TrafficChannel>(why, json);

    [Fact]
    public void A_huge_array_in_a_funnel_is_refused_at_its_65th_item_with_the_path()
    {
        var stages = "[" + string.Join(",", Enumerable.Range(0, 100_000).Select(i => $"\"s{i}\"")) + "]";
        var conversions = "[" + string.Join(",", Enumerable.Repeat("0.5", 100_000)) + "]";
        var tooManyStages = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<Funnel>($$"""{"stages":{{stages}},"conversions":[0.5]}"""));
        Assert.StartsWith("$.stages", tooManyStages.Path, StringComparison.Ordinal);
        Assert.Contains("at most 64", tooManyStages.Message, StringComparison.Ordinal);
        var tooManyConversions = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<Funnel>($$"""{"stages":["a","b"],"conversions":{{conversions}}}"""));
        Assert.StartsWith("$.conversions", tooManyConversions.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_fee_or_mixed_currency_in_json_is_refused_with_a_path()
    {
        var good = PrivateTrafficJson.Serialize(AdsAndMallFees);
        AssertRefused<PublicCostModel>("negative fee", good.Replace("\"2000.00\"", "\"-2000.00\"", StringComparison.Ordinal));
        AssertRefused<PublicCostModel>("mixed currency", good.Replace("{\"amount\":\"40.00\",\"currency\":\"CNY\"}", "{\"amount\":\"40.00\",\"currency\":\"USD\"}", StringComparison.Ordinal));
        var scenario = PrivateTrafficJson.Serialize(TrafficEconomicsTests.CapturedPoolForAYear);
        AssertRefused<TrafficScenario>("zero reaches", scenario.Replace("\"reaches\":52", "\"reaches\":0", StringComparison.Ordinal));
        AssertRefused<TrafficScenario>("attrition out of range", scenario.Replace("\"attritionPerReach\":0.02", "\"attritionPerReach\":2", StringComparison.Ordinal));
    }

    private static T RoundTrip<T>(T value) => PrivateTrafficJson.Deserialize<T>(PrivateTrafficJson.Serialize(value));

    private static void AssertRefused<T>(string why, string json)
    {
        var ex = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<T>(json));
        Assert.True(ex.Path is not null, $"{why}: the exception has no path ({ex.Message})");
    }

    private static void Golden<T>(string file, T expected)
        where T : class
    {
        var text = GoldenText(file, PrivateTrafficJson.Serialize(expected));
        Assert.Equal(expected, PrivateTrafficJson.Deserialize<T>(text));
        Assert.Equal(text, PrivateTrafficJson.Serialize(expected));
    }

    // Reads a version-1 golden file; PT_ACCEPT_GOLDEN=1 writes the current form into the source tree instead.
    private static string GoldenText(string file, string current)
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "PrivateTraffic.Core.Tests", "Golden", "v1", "traffic", file);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            using var document = JsonDocument.Parse(current);
            File.WriteAllText(path, JsonSerializer.Serialize(document.RootElement, Indented) + "\n");
        }

        using var golden = JsonDocument.Parse(File.ReadAllText(path));
        return JsonSerializer.Serialize(golden.RootElement);
    }
}
