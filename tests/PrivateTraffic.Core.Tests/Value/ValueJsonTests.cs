using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value;

public sealed class ValueJsonTests
{
    private static string Golden(string name) =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "PrivateTraffic.Core.Tests", "Golden", "v1", "value", name));

    /// <summary>Compares with a golden file; PT_ACCEPT_GOLDEN=1 rewrites it instead (review the diff before committing).</summary>
    private static void AssertGolden(string name, string json)
    {
        if (System.Environment.GetEnvironmentVariable("PT_ACCEPT_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(RepositoryPaths.Root, "tests", "PrivateTraffic.Core.Tests", "Golden", "v1", "value", name), json + "\n");
        }

        Assert.Equal(Golden(name).Trim(), json);
    }

    private static CustomerSummaries SampleSummaries() => CustomerSummaries.Summarize(
        [
            Purchase.On(MemberId.From("1"), new LocalDate(1997, 1, 1), Money.Of(29.33m, Currency.USD)),
            Purchase.On(MemberId.From("1"), new LocalDate(1997, 1, 18), Money.Of(29.73m, Currency.USD)),
            Purchase.On(MemberId.From("1"), new LocalDate(1997, 8, 2), Money.Of(14.96m, Currency.USD)),
            Purchase.On(MemberId.From("2"), new LocalDate(1997, 1, 1), Money.Of(63.34m, Currency.USD)),
        ],
        new LocalDate(1997, 9, 30),
        TimeUnit.Weeks);

    private static ValueCard SampleCard() => ValueCard.Create(
        MemberId.From("1"), Money.Yuan(120.50m), Money.Yuan(300m), Money.Yuan(45.25m), ValueTier.Top, RfmScore.Of(5, 4, 5),
        TierAction.Of("vip-care", "专属顾问一对一维护：新品先试、生日礼、社群内专属权益"));

    [Fact]
    public void Summaries_match_the_golden_file_and_round_trip()
    {
        var json = PrivateTrafficJson.Serialize(SampleSummaries());
        AssertGolden("customer-summaries.json", json);
        var back = PrivateTrafficJson.Deserialize<CustomerSummaries>(json);
        Assert.Equal(json, PrivateTrafficJson.Serialize(back));
        Assert.Equal(SampleSummaries().Frequency.ToArray(), back.Frequency.ToArray());
        Assert.Equal(SampleSummaries()[0].MeanRepeatSpend, back[0].MeanRepeatSpend);
    }

    [Fact]
    public void Value_card_matches_the_golden_file_and_round_trips()
    {
        var json = PrivateTrafficJson.Serialize(SampleCard());
        AssertGolden("value-card.json", json);
        var back = PrivateTrafficJson.Deserialize<ValueCard>(json);
        Assert.Equal((SampleCard().ValueWithReferrals, SampleCard().OwnValue, SampleCard().Tier, SampleCard().Segment, SampleCard().Action), (back.ValueWithReferrals, back.OwnValue, back.Tier, back.Segment, back.Action));
    }

    [Fact]
    public void A_first_contract_value_card_still_reads_with_its_old_band_name_and_no_own_value()
    {
        const string legacy = """{"customer":"1","realized":{"amount":"120.50","currency":"CNY"},"potential":{"amount":"300.00","currency":"CNY"},"model":{"amount":"45.25","currency":"CNY"},"total":{"amount":"465.75","currency":"CNY"},"tier":"payingCore","rfm":{"recency":5,"frequency":4,"monetary":5},"segment":"champions","action":{"code":"vip-care","description":"d"}}""";
        var card = PrivateTrafficJson.Deserialize<ValueCard>(legacy);
        Assert.Equal((ValueTier.Top, Money.Yuan(420.50m)), (card.Tier, card.OwnValue));
        Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<ValueCard>(PrivateTrafficJson.Serialize(card).Replace("\"420.5", "\"420.6", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void The_golden_tier_policy_loads_with_its_first_contract_band_names_and_recommends()
    {
        // The golden file keeps the first contract's names (payingCore / convertible / lowValue): they still read, as top / middle / bottom.
        var policy = PrivateTrafficJson.Deserialize<TierPolicy>(Golden("tier-policy.json"));
        Assert.Equal("vip-win-back", policy.Recommend(ValueTier.Top, RfmSegment.AtRisk).Code);
        Assert.Equal("vip-care", policy.Recommend(ValueTier.Top, RfmSegment.Champions).Code);
        Assert.Equal("welcome-series", policy.Recommend(ValueTier.Middle, RfmSegment.New).Code);
        Assert.Equal("low-touch", policy.Recommend(ValueTier.Bottom, RfmSegment.New).Code);
        var written = PrivateTrafficJson.Serialize(policy);
        Assert.Contains("\"tier\":\"top\"", written, System.StringComparison.Ordinal);
        Assert.DoesNotContain("payingCore", written, System.StringComparison.Ordinal);
        var again = PrivateTrafficJson.Deserialize<TierPolicy>(written);
        Assert.Equal(policy.Rules, again.Rules);
    }

    public static TheoryData<string, string> HostilePolicies => new()
    {
        { "unknown member", """{"name":"p","rules":[],"extra":1}""" },
        { "missing member", """{"rules":[]}""" },
        { "wrong type", """{"name":"p","rules":{}}""" },
        { "tier as a number", """{"name":"p","rules":[{"tier":0,"action":{"code":"a","description":"d"}}]}""" },
        { "unknown tier", """{"name":"p","rules":[{"tier":"gold","action":{"code":"a","description":"d"}}]}""" },
        { "bad action code", """{"name":"p","rules":[{"tier":"top","action":{"code":"Bad Code","description":"d"}}]}""" },
        { "no default for a tier", """{"name":"p","rules":[{"tier":"payingCore","action":{"code":"a","description":"d"}}]}""" },
        { "a band named twice, old and new", """{"name":"p","rules":[{"tier":"top","action":{"code":"a","description":"d"}},{"tier":"payingCore","action":{"code":"a","description":"d"}}]}""" },
    };

    [Theory]
    [MemberData(nameof(HostilePolicies))]
    public void Hostile_tier_policies_are_refused_with_a_path(string why, string json)
    {
        var ex = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<TierPolicy>(json));
        Assert.True(ex.Path is not null, why + ": " + ex.Message);
    }

    public static TheoryData<string, string> HostileCards()
    {
        var good = Golden("value-card.json");
        return new()
        {
            { "total does not add up", good.Replace("\"465.75\"", "\"465.76\"", System.StringComparison.Ordinal) },
            { "own value does not add up", good.Replace("\"420.50\"", "\"420.51\"", System.StringComparison.Ordinal) },
            { "score out of range", good.Replace("\"recency\":5", "\"recency\":6", System.StringComparison.Ordinal) },
            { "score as a string", good.Replace("\"recency\":5", "\"recency\":\"5\"", System.StringComparison.Ordinal) },
            { "segment does not match", good.Replace("\"champions\"", "\"hibernating\"", System.StringComparison.Ordinal) },
            { "unknown member", good.Replace("{\"customer\"", "{\"x\":1,\"customer\"", System.StringComparison.Ordinal) },
        };
    }

    [Theory]
    [MemberData(nameof(HostileCards))]
    public void Hostile_value_cards_are_refused_with_a_path(string why, string json)
    {
        var ex = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<ValueCard>(json));
        Assert.True(ex.Path is not null, why + ": " + ex.Message);
    }

    public static TheoryData<string, string> HostileSummaries()
    {
        var good = Golden("customer-summaries.json");
        return new()
        {
            { "NaN as a string", good.Replace("\"recency\":0", "\"recency\":\"NaN\"", System.StringComparison.Ordinal) },
            { "negative frequency", good.Replace("\"frequency\":0", "\"frequency\":-1", System.StringComparison.Ordinal) },
            { "recency not matching the dates", good.Replace("\"recency\":0", "\"recency\":1", System.StringComparison.Ordinal) },
            { "missing unit", good.Replace("\"unit\":\"weeks\",", string.Empty, System.StringComparison.Ordinal) },
        };
    }

    [Theory]
    [MemberData(nameof(HostileSummaries))]
    public void Hostile_summaries_are_refused_with_a_path(string why, string json)
    {
        var ex = Assert.Throws<JsonException>(() => PrivateTrafficJson.Deserialize<CustomerSummaries>(json));
        Assert.True(ex.Path is not null, why + ": " + ex.Message);
    }

    [Fact]
    public void Value_cards_of_a_base_round_trip_as_a_list()
    {
        var summaries = SampleSummaries();
        var policy = PrivateTrafficJson.Deserialize<TierPolicy>(Golden("tier-policy.json"));
        var none = new Dictionary<MemberId, Money>();
        var cards = ValueCard.BuildAll(summaries, new Dictionary<MemberId, Money> { [MemberId.From("1")] = Money.Of(10m, Currency.USD) }, none, none, policy);
        var json = PrivateTrafficJson.Serialize(cards);
        var back = PrivateTrafficJson.Deserialize<IReadOnlyList<ValueCard>>(json);
        Assert.Equal(cards.Select(c => c.ToString()), back.Select(c => c.ToString()));
    }
}
