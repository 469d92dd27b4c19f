using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Benchmarks.Engagement;

/// <summary>
/// 20 rules (the articles' 7 from the golden rule file and 13 more of the same shapes) × 1,000,000 member views in
/// columns, on the trace-free batch path (target: under 1 s, 0 B per member: the only allocations are per batch).
/// </summary>
[MemoryDiagnoser]
public class EngagementRuleBenchmarks
{
    private const int Members = 1_000_000;
    private static readonly Instant At = Instant.FromUtc(2026, 11, 24, 12, 0);
    private EngagementRuleSet _rules = null!;
    private MemberViewColumns _columns = null!;
    private ulong[] _fired = null!;

    [GlobalSetup]
    public void Setup()
    {
        var articles = PrivateTrafficJson.Deserialize<EngagementRuleSet>(File.ReadAllText(ArticlesFile()));
        var more = Enumerable.Range(0, 13).Select(i => EngagementRule.Create(
            $"extra-{i:00}", $"extra rule {i}", i,
            (i % 4) switch
            {
                0 => Condition.All(Condition.TierIs(ValueTier.Middle), Condition.DaysSince(MemberViewField.DaysSinceLastPurchase, atLeast: 10 + i)),
                1 => Condition.Any(Condition.TagContains("tag-" + i), Condition.Compare(MemberViewField.RealizedValue, ComparisonOperator.Gte, FieldValue.Of(Money.Yuan(1000 + (100 * i))))),
                2 => Condition.All(Condition.StageIs(LifecycleStage.Repeat, LifecycleStage.CrossCategory), Condition.Not(Condition.InGroup(ChannelId.From("group-" + (i % 3))))),
                _ => Condition.All(Condition.Between(MemberViewField.PAlive, FieldValue.Of(0.1 * (i % 5)), FieldValue.Of(0.9)), Condition.HasConsent(ChannelId.From("wecom"), ConsentPurpose.Marketing)),
            },
            [RuleAction.AddTag("extra-" + i)]));
        _rules = EngagementRuleSet.Create(articles.Rules.Concat(more));

        var random = new Random(12);
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var tags = new[] { "bought:trousers", "bought:coat", "target:new-arrivals", "tag-1", "tag-5", "tag-9" };
        var stages = Enum.GetValues<LifecycleStage>();
        _columns = MemberViewColumns.Create(At, Currency.CNY, Members);
        for (var i = 0; i < Members; i++)
        {
            var id = MemberId.From("m" + i);
            var card = random.Next(4) == 0 ? null : ValueCard.Create(
                id, Money.Yuan(random.Next(0, 5000)), Money.Yuan(random.Next(0, 5000)), Money.Yuan(random.Next(0, 500)),
                (ValueTier)random.Next(3), RfmScore.Of(random.Next(1, 6), random.Next(1, 6), random.Next(1, 6)), TierAction.Of("a", "b"));
            _columns.Add(MemberView.Create(
                id, At, zone, stages[random.Next(stages.Length)], random.Next(0, 8), random.Next(0, 3),
                random.Next(5) == 0 ? null : (MemberStatus)random.Next(3), card,
                random.Next(5) == 0 ? null : Probability.From(random.NextDouble()),
                random.Next(3) == 0 ? null : At - Duration.FromHours(random.Next(0, 24 * 400)),
                At - Duration.FromHours(random.Next(0, 24 * 120)),
                tags.Where(_ => random.Next(4) == 0),
                random.Next(2) == 0 ? [] : [ChannelId.From("group-" + random.Next(3))],
                null,
                random.Next(3) == 0 ? (GroupHealth)random.Next(4) : null,
                random.Next(4) == 0 ? [] : [new ConsentRecord(ConsentPurpose.Marketing, ChannelId.From("wecom"), true, At - Duration.FromDays(40))]));
        }

        _fired = new ulong[Members * _rules.MaskWords];
    }

    /// <summary>The batch path: every member's fired rules into the caller's mask.</summary>
    [Benchmark]
    public int Twenty_rules_over_a_million_views() => _rules.EvaluateBatch(_columns, _fired);

    internal static string ArticlesFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "PrivateTraffic.Core.Tests", "Golden", "v1", "engagement", "rules", "articles.json");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("articles.json not found above " + AppContext.BaseDirectory);
    }
}
