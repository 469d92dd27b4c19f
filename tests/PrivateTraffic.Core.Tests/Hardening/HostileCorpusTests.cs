using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;
using PrivateTraffic.Core.Traffic;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Hardening;

/// <summary>
/// Issue 10's hostile-input corpus: every golden file, mutated the ways an attacker or a broken client would (members
/// removed, added, nulled, retyped; NaN, Infinity and 1e400; duplicates; depth; invalid UTF-8; a BOM; comments; trailing
/// commas), is either refused with a <see cref="JsonException"/> that has a path, or read into a value that round-trips.
/// Nothing else may come out: no other exception, no half-built value.
/// </summary>
public sealed class HostileCorpusTests
{
    /// <summary>A contract: its golden file, and how to read it and write back what was read.</summary>
    private sealed record Contract(string Area, string File, Func<string, string> ReadAndWrite);

    private static Contract Of<T>(string area, string file) =>
        new(area, file, json => PrivateTrafficJson.Serialize(PrivateTrafficJson.Deserialize<T>(json)));

    private static readonly Contract[] Contracts =
    [
        .. new[]
        {
            "consentGranted", "consentWithdrawn", "interactionRecorded", "memberCaptured", "memberErased", "memberLeft",
            "memberMoved", "memberReferred", "poolCreated", "poolReviewed", "purchaseRecorded", "stageChanged",
        }.Select(name => Of<PoolEvent>("pools", name + ".json")),
        Of<PrivatePool>("pools", "poolSnapshot.json"),
        Of<PrivatePool>("pools", "poolSnapshot.v2.json"),
        Of<PoolMetrics>("pools", "pool-metrics.json"),
        Of<Money>("primitives", "money.json"),
        Of<Probability>("primitives", "probability.json"),
        Of<MemberId>("primitives", "member-id.json"),
        Of<TimeUnit>("primitives", "time-unit.json"),
        Of<IReadOnlyDictionary<MemberId, Money>>("primitives", "money-by-member.json"),
        Of<TrafficChannel>("traffic", "channel.json"),
        Of<TrafficChannel>("traffic", "channel-of-kind.json"),
        Of<Funnel>("traffic", "funnel.json"),
        Of<PublicCostModel>("traffic", "public-cost-model.json"),
        Of<PrivatePoolCostModel>("traffic", "private-pool-cost-model.json"),
        Of<TrafficScenario>("traffic", "scenario.json"),
        Of<TrafficComparison>("traffic", "comparison.json"),
        Of<BgNbdParameters>("value-models", "bgnbd-parameters.json"),
        Of<ParetoNbdParameters>("value-models", "paretonbd-parameters.json"),
        Of<GammaGammaParameters>("value-models", "gammagamma-parameters.json"),
        Of<ModelFit<BgNbdParameters>>("value-models", "bgnbd-fit.json"),
        Of<ModelFit<BgNbdParameters>>("value-models", "bgnbd-fit-failed.json"),
        Of<ModelFit<ParetoNbdParameters>>("value-models", "paretonbd-fit.json"),
        Of<ModelFit<GammaGammaParameters>>("value-models", "gammagamma-fit.json"),
        Of<CustomerSummaries>("value", "customer-summaries.json"),
        Of<TierPolicy>("value", "tier-policy.json"),
        Of<ValueCard>("value", "value-card.json"),
        Of<PoolComposition>("value", "pool-composition.json"),
        Of<CommunityPositioning>("community", "positioning.json"),
        Of<GroupRuleSet>("community", "rule-set.json"),
        Of<ActivityCalendar>("community", "calendar.json"),
        Of<CampaignEvent>("fission", "campaignLaunched.json"),
        Of<CampaignEvent>("fission", "referralCredited.json"),
        Of<CampaignEvent>("fission", "helperLeft.json"),
        Of<CampaignEvent>("fission", "campaignEnded.json"),
        Of<RewardRule>("fission", "rewardRule.json"),
        Of<CampaignEvent>("fission", "commissionPaid.json"),
        Of<CampaignEvent>("fission", "campaignLaunchedWithDistribution.json"),
        Of<ViralGrowthModel>("fission", "viralGrowthModel.json"),
        Of<ObservedVirality>("fission", "observedVirality.json"),
        Of<Core.Engagement.SopDefinition>("engagement/sop", "counter-sample.json"),
        Of<Core.Engagement.SopLibrary>("engagement/sop", "library.json"),
        Of<Core.Engagement.ReachPolicy>("engagement/reach", "policy.json"),
        Of<Core.Engagement.PlatformLimit>("engagement/reach", "wecom-mass-send.json"),
        Of<PrivateTraffic.Core.Engagement.EngagementRuleSet>("engagement/rules", "articles.json"),
        Of<Core.Engagement.ContactProfile>("engagement/reach", "profile.json"),
        Of<Core.Engagement.TouchRecord>("engagement/reach", "touch-record.json"),
        Of<Core.Engagement.ReachHistory>("engagement/reach", "history.json"),
        Of<Core.Engagement.TouchFeedback>("engagement/reach", "feedback.json"),
        Of<Core.Engagement.ReachDecision>("engagement/reach", "decision-defer.json"),
        Of<Core.Engagement.ReachDecision>("engagement/reach", "decision-deny.json"),
    ];

    // Values an attacker puts where a member's value was.
    private static readonly string[] HostileValues =
    [
        "null", "\"NaN\"", "\"Infinity\"", "1e400", "-1e400", "79228162514264337593543950336", "-1", "0", "true", "[]", "{}",
        "\"\"", "\" x \"", "\"" + new string('x', 2000) + "\"", "\"\\u0000\"", "[null]", "[[[[[[[[[[1]]]]]]]]]]",
        "\"2026-13-01T00:00:00Z\"", "\"P-1D\"", "1.5", "\"1.5\"",
    ];

    /// <summary>One mutation of a document, as text (so that invalid JSON can be made too).</summary>
    private static readonly Gen<Func<string, Random, string>> Mutations = Gen.Elements<Func<string, Random, string>>(
        (json, r) => WithNode(json, r, (o, key) => o.Remove(key)),
        (json, r) => WithNode(json, r, (o, _) => o["unexpected"] = 1),
        (json, r) => WithNode(json, r, (o, key) => o[key] = JsonNode.Parse(HostileValues[r.Next(HostileValues.Length)])),
        (json, r) => WithNode(json, r, (o, key) => o[key] = (JsonNode?)"text"),
        (json, r) => DuplicateFirstMember(json),
        (json, _) => "\uFEFF" + json,
        (json, _) => json.Replace("{", "{ /* comment */ ", StringComparison.Ordinal),
        (json, _) => json.Replace("}", ",}", StringComparison.Ordinal),
        (json, _) => new string('[', 80) + json + new string(']', 80),
        (json, r) => json[..r.Next(json.Length)],
        (json, _) => json.Replace(":", ": \u00FF", StringComparison.Ordinal),
        (json, _) => System.Text.RegularExpressions.Regex.Replace(json, @":\s*-?\d+(\.\d+)?", ": NaN"));

    public static IEnumerable<object[]> ContractNames() => Contracts.Select(c => new object[] { c.Area + "/" + c.File });

    [Fact]
    public void Every_golden_file_reads_and_round_trips_unmutated()
    {
        foreach (var c in Contracts)
        {
            var json = Golden.Read(c.Area, c.File);
            var once = c.ReadAndWrite(json);
            Assert.Equal(once, c.ReadAndWrite(once));
        }
    }

    // One theory row per contract, so each contract gets the full run count (100 cases, or PT_PROPERTY_RUNS).
    [Theory]
    [MemberData(nameof(ContractNames))]
    public void A_mutated_contract_is_refused_with_a_path_or_read_and_round_tripped(string name)
    {
        var contract = Contracts.Single(c => c.Area + "/" + c.File == name);
        var golden = Golden.Read(contract.Area, contract.File);
        PropertyTest.ForAll(
            Mutations.SelectMany(_ => Gen.Choose(0, int.MaxValue), (m, seed) => (m, seed)).ToArbitrary(),
            t =>
            {
                var (mutate, seed) = t;
                var hostile = mutate(golden, new Random(seed));
                string written;
                try
                {
                    written = contract.ReadAndWrite(hostile);
                }
                catch (JsonException ex)
                {
                    Assert.False(string.IsNullOrEmpty(ex.Path), $"{contract.File}: no path in {ex.Message}");
                    return;
                }

                // Accepted: then what was read is a valid value, and writing it and reading it back changes nothing.
                Assert.Equal(written, contract.ReadAndWrite(written));
            });
    }

    [Fact]
    public void Invalid_utf8_is_a_json_exception_with_a_path()
    {
        var bytes = Encoding.UTF8.GetBytes(Golden.Read("primitives", "money.json"));
        var at = Array.IndexOf(bytes, (byte)'3');
        bytes[at] = 0xFF;
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(bytes, PrivateTrafficJson.TypeInfo<Money>()));
        Assert.False(string.IsNullOrEmpty(ex.Path));
    }

    private static string WithNode(string json, Random random, Action<JsonObject, string> change)
    {
        var root = JsonNode.Parse(json);
        var objects = Objects(root).Where(o => o.Count > 0).ToList();
        if (objects.Count == 0)
        {
            return json;
        }

        var target = objects[random.Next(objects.Count)];
        var key = target.Select(p => p.Key).ElementAt(random.Next(target.Count));
        change(target, key);
        return root!.ToJsonString();
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var child in o.Select(p => p.Value).ToList().SelectMany(Objects))
                {
                    yield return child;
                }

                break;
            case JsonArray a:
                foreach (var child in a.ToList().SelectMany(Objects))
                {
                    yield return child;
                }

                break;
        }
    }

    private static string DuplicateFirstMember(string json)
    {
        var brace = json.IndexOf('{', StringComparison.Ordinal);
        var comma = json.IndexOf(',', brace + 1);
        return brace < 0 || comma < 0 ? json : json[..(comma + 1)] + json[(brace + 1)..(comma + 1)] + json[(comma + 1)..];
    }
}
