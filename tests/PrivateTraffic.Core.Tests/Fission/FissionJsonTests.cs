using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;
using static PrivateTraffic.Core.Tests.Fission.FissionCampaignTests;

namespace PrivateTraffic.Core.Tests.Fission;

public sealed class FissionJsonTests
{
    private const string AcceptVariable = "PT_ACCEPT_GOLDEN";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // The free-lesson campaign with a red packet on top, two referrals, a helper who left, then stopped.
    private static FissionCampaign Sample()
    {
        var c = FreeLesson(rule: RewardRules.NewUserRedPacket(Money.Yuan(5m)) with { Stages = [new RewardStage(2, Money.Yuan(9.90m))] }, perMember: 10, perDay: 3);
        c.CreditReferral(Teacher, M("m-001"), Day(1), E("e-1"));
        c.CreditReferral(Teacher, M("m-002"), Day(1.5), E("e-2"));
        c.RecordHelperLeft(M("m-001"), Day(2), E("e-3"));
        c.Stop(Day(3), E("e-4"));
        return c;
    }

    [Theory]
    [InlineData(0, "campaignLaunched.json")]
    [InlineData(1, "referralCredited.json")]
    [InlineData(3, "helperLeft.json")]
    [InlineData(4, "campaignEnded.json")]
    public void Event_golden_files_read_back(int index, string file)
    {
        var e = Sample().PendingEvents[index];
        var text = GoldenText(file, PrivateTrafficJson.Serialize(e));
        var back = PrivateTrafficJson.Deserialize<CampaignEvent>(text);
        Assert.Equal(text, PrivateTrafficJson.Serialize(back));
        Assert.Equal(e.Type, back.Type);
        Assert.Equal(file, back.Type + ".json");
    }

    [Fact]
    public void The_snapshot_golden_file_restores_the_campaign()
    {
        var c = Sample();
        var text = GoldenText("campaignSnapshot.json", PrivateTrafficJson.Serialize(c.ToSnapshot()));
        var restored = FissionCampaign.Restore(PrivateTrafficJson.Deserialize<CampaignSnapshot>(text));
        Assert.Equal((c.Version, c.Spent, c.Counted, c.Referred, c.EndReason), (restored.Version, restored.Spent, restored.Counted, restored.Referred, restored.EndReason));
        Assert.Equal(text, PrivateTrafficJson.Serialize(restored.ToSnapshot()));
    }

    [Fact]
    public void The_reward_rule_golden_file_reads_back()
    {
        var rule = RewardRules.BenefitUnlock(2, Money.Yuan(9.90m));
        var text = GoldenText("rewardRule.json", PrivateTrafficJson.Serialize(rule));
        Assert.Equal(text, PrivateTrafficJson.Serialize(PrivateTrafficJson.Deserialize<RewardRule>(text)));
    }

    [Fact]
    public void The_commission_golden_files_read_back()
    {
        var c = DistributionTests.Distributing();
        c.CreditReferral(M("b"), M("c"), Day(1), E("r1"));
        c.RecordPurchase(M("c"), Money.Yuan(199m), Day(2), E("p1"), ReferralGraphOfABC);
        var e = c.PendingEvents[^1];
        var text = GoldenText("commissionPaid.json", PrivateTrafficJson.Serialize(e));
        Assert.Equal(text, PrivateTrafficJson.Serialize(PrivateTrafficJson.Deserialize<CampaignEvent>(text)));
        var launch = GoldenText("campaignLaunchedWithDistribution.json", PrivateTrafficJson.Serialize(c.PendingEvents[0]));
        var back = Assert.IsType<CampaignLaunched>(PrivateTrafficJson.Deserialize<CampaignEvent>(launch));
        Assert.Equal(c.Definition.Distribution!.LevelRates, back.Distribution!.LevelRates);
        var restored = FissionCampaign.Restore(PrivateTrafficJson.Deserialize<CampaignSnapshot>(PrivateTrafficJson.Serialize(c.ToSnapshot())));
        Assert.Equal(c.Spent, restored.Spent);
    }

    private static readonly Core.Pools.ReferralGraph ReferralGraphOfABC =
        Core.Pools.ReferralGraph.From([Core.Pools.Referral.Of(Teacher, M("a")), Core.Pools.Referral.Of(M("a"), M("b")), Core.Pools.Referral.Of(M("b"), M("c"))]);

    [DeepProperty(runs: 30)]
    public Property Scripted_histories_round_trip() =>
        Prop.ForAll(Generators.CampaignScriptGen.ToArbitrary(), script =>
        {
            var c = FreeLesson(rule: RewardRules.NewUserRedPacket(Money.Yuan(1.11m)));
            for (var i = 0; i < script.Length; i++)
            {
                try
                {
                    c.CreditReferral(M("p" + script[i].Referrer), M("p" + script[i].Referee), Day(i), E("s" + i));
                }
                catch (DomainRuleException)
                {
                    // refused referrals are not part of the history
                }
            }

            var json = PrivateTrafficJson.Serialize<System.Collections.Generic.IReadOnlyList<CampaignEvent>>(c.PendingEvents.ToList());
            var back = FissionCampaign.Rebuild(PrivateTrafficJson.Deserialize<System.Collections.Generic.IReadOnlyList<CampaignEvent>>(json));
            return (back.Spent, back.Version, back.Referred) == (c.Spent, c.Version, c.Referred);
        });

    public static TheoryData<string, Type, string> Hostile => new()
    {
        { "unknown member", typeof(CampaignEvent), """{"type":"helperLeft","eventId":"e","campaign":"c","at":"2024-01-01T00:00:00Z","helper":"m","extra":1}""" },
        { "missing member", typeof(CampaignEvent), """{"type":"helperLeft","eventId":"e","campaign":"c","at":"2024-01-01T00:00:00Z"}""" },
        { "unknown type", typeof(CampaignEvent), """{"type":"campaignHacked","eventId":"e","campaign":"c","at":"2024-01-01T00:00:00Z"}""" },
        { "null helper", typeof(CampaignEvent), """{"type":"helperLeft","eventId":"e","campaign":"c","at":"2024-01-01T00:00:00Z","helper":null}""" },
        { "number as a string", typeof(CampaignEvent), """{"type":"campaignEnded","eventId":"e","campaign":"c","at":"2024-01-01T00:00:00Z","reason":1}""" },
        { "money as a number", typeof(RewardStage), """{"referrals":2,"reward":9.9}""" },
        { "counted as a string", typeof(CampaignEvent), """{"type":"referralCredited","eventId":"e","campaign":"c","at":"2024-01-01T00:00:00Z","referrer":"a","referee":"b","referrerReward":{"amount":"0.00","currency":"CNY"},"newcomerReward":{"amount":"0.00","currency":"CNY"},"counted":"true"}""" },
        { "commission level as a string", typeof(CampaignEvent), """{"type":"commissionPaid","eventId":"e","campaign":"c","at":"2024-01-01T00:00:00Z","buyer":"b","purchase":{"amount":"1.00","currency":"CNY"},"commissions":[{"level":"1","referrer":"a","amount":{"amount":"0.10","currency":"CNY"}}]}""" },
        { "commission without amount", typeof(CampaignEvent), """{"type":"commissionPaid","eventId":"e","campaign":"c","at":"2024-01-01T00:00:00Z","buyer":"b","purchase":{"amount":"1.00","currency":"CNY"},"commissions":[{"level":1,"referrer":"a"}]}""" },
        { "null commissions", typeof(CampaignEvent), """{"type":"commissionPaid","eventId":"e","campaign":"c","at":"2024-01-01T00:00:00Z","buyer":"b","purchase":{"amount":"1.00","currency":"CNY"},"commissions":null}""" },
        { "rate as a string", typeof(DistributionRule), """{"levelRates":["0.1"]}""" },
        { "rule with an unknown member", typeof(DistributionRule), """{"levelRates":[0.1],"x":3}""" },
        { "snapshot with an unknown member", typeof(CampaignSnapshot), """{"schema":1,"version":1,"definition":null,"entries":[],"x":0}""" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_json_is_refused_with_a_path(string why, Type type, string json) => AssertRefusedWithPath(why, type, json);

    internal static void AssertRefusedWithPath(string why, Type type, string json)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, PrivateTrafficJson.Options.GetTypeInfo(type)));
        Assert.False(ex.Path is null, why);
    }

    internal static string GoldenText(string file, string current)
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "PrivateTraffic.Core.Tests", "Golden", "v1", "fission", file);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            using var document = JsonDocument.Parse(current);
            File.WriteAllText(path, JsonSerializer.Serialize(document.RootElement, Indented) + "\n");
        }

        using var golden = JsonDocument.Parse(File.ReadAllText(path));
        return JsonSerializer.Serialize(golden.RootElement);
    }
}
