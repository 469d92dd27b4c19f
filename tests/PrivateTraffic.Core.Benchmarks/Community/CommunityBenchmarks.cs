using System;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PrivateTraffic.Core.Community;

namespace PrivateTraffic.Core.Benchmarks.Community;

/// <summary>Health of 100,000 groups × 90 days of statistics from columns (target: under 200 ms, nothing per group).</summary>
[MemoryDiagnoser]
public class CommunityHealthBenchmarks
{
    private const int Groups = 100_000;
    private const int Days = 90;
    private GroupStatsColumns _columns = null!;
    private readonly GroupHealth[] _health = new GroupHealth[Groups];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        _columns = GroupStatsColumns.Create(Groups, Days);
        for (var i = 0; i < Groups * Days; i++)
        {
            var members = random.Next(0, 500);
            var messages = random.Next(0, 400);
            _columns.Members[i] = members;
            _columns.ActiveMembers[i] = random.Next(0, members + 1);
            _columns.Messages[i] = messages;
            _columns.PromotionalMessages[i] = random.Next(0, messages + 1);
            _columns.ActivitiesHeld[i] = random.Next(0, 10) == 0 ? 1 : 0;
            _columns.Joins[i] = random.Next(0, 5);
            _columns.Leaves[i] = random.Next(0, 5);
        }
    }

    [Benchmark]
    public GroupHealth Health_of_100k_groups_over_90_days()
    {
        GroupHealthMonitor.ClassifyAll(_columns, HealthThresholds.Default, _health);
        return _health[Groups - 1];
    }
}

/// <summary>Rule verdicts for 1,000,000 messages (target: under 1 s, 0 B per message).</summary>
[MemoryDiagnoser]
public class CommunityVerdictBenchmarks
{
    private const int Messages = 1_000_000;
    private static readonly string[] Samples =
    [
        "今天的生蚝真新鲜,明天到店提货", "周二晚八点讲座,记得来", "有需要的加微信", "see https://example.com", "特价鸡蛋 3.99 一盒",
        "打卡第 12 天", "", "谁有多余的券?", "代购日本奶粉", "谢谢店长!",
    ];

    private readonly GroupMessage[] _messages = new GroupMessage[Messages];
    private readonly int[] _texts = new int[Messages];
    private GroupRuleSet _rules = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rules = GroupRuleSet.Create(
            [CommunityRole.StoreManager, CommunityRole.Member, CommunityRole.SeedUser],
            [ContentClass.Text, ContentClass.Image, ContentClass.MiniProgram, ContentClass.Voice],
            AdvertisingPolicy.Create([CommunityRole.StoreManager], 0.2),
            ForbiddenContent.QrCodes | ForbiddenContent.Links | ForbiddenContent.ContactCards,
            ["加微信", "代购", "刷单", "返利", "兼职"],
            PenaltyLadder.Create([PenaltyStep.Warn(1, Duration.FromDays(7)), PenaltyStep.Mute(2, Duration.FromDays(7), Duration.FromHours(24)), PenaltyStep.Remove(3, Duration.FromDays(30))]));
        var random = new Random(11);
        var roles = _rules.Roles;
        for (var i = 0; i < Messages; i++)
        {
            var total = random.Next(0, 200);
            _messages[i] = new GroupMessage(roles[random.Next(roles.Count)], (ContentClass)random.Next(0, 10), random.Next(0, 5) == 0, total, random.Next(0, total + 1));
            _texts[i] = random.Next(Samples.Length);
        }
    }

    [Benchmark(OperationsPerInvoke = Messages)]
    public int Verdicts_for_1M_messages()
    {
        var allowed = 0;
        for (var i = 0; i < Messages; i++)
        {
            allowed += _rules.Check(in _messages[i], Samples[_texts[i]]).Allowed ? 1 : 0;
        }

        return allowed;
    }
}
