using System;
using System.Collections.Generic;
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
using RulesEngineModels = RulesEngine.Models;

namespace PrivateTraffic.Core.Benchmarks.Engagement;

/// <summary>
/// The articles' 7 rules over the same 10,000 members, in our compiled rule set and in Microsoft RulesEngine 6.0.1 with
/// the same conditions as expression strings (ADR 0009). RulesEngine evaluates every rule (it has no priority or
/// stop-processing), so ours is also timed with a copy of the rules without stop-processing. A check in the setup
/// makes sure both fire the same rules for every member.
/// </summary>
[MemoryDiagnoser]
public class EngagementRulesEngineComparison
{
    private const int Members = 10_000;
    private static readonly Instant At = Instant.FromUtc(2026, 11, 24, 12, 0);
    private static readonly string[] RuleIds =
        ["top-tier-one-to-one", "dying-group-no-promotion-only", "reactivate-dormant", "middle-tier-into-the-group", "cross-sell-coat", "new-arrivals-to-targets", "bottom-tier-moments-only"];

    private static readonly string[] Expressions =
    [
        "input1.Tier == 0 && input1.MarketingWeCom",
        "input1.GroupHealth == 0 || input1.GroupHealth == 1",
        "(input1.Stage == 5 || input1.DaysSinceLastInteraction >= 30) && input1.Stage != 6 && input1.PAlive >= 0.2",
        "input1.Tier == 1 && !input1.Groups.Contains(\"members-group-1\")",
        "input1.Tags.Contains(\"bought:trousers\") && !input1.Tags.Contains(\"bought:coat\")",
        "(input1.Status == 0 || input1.Status == 1) && input1.Tags.Contains(\"target:new-arrivals\") && input1.MarketingWeCom",
        "input1.Tier == 2",
    ];

    private EngagementRuleSet _ours = null!;
    private MemberViewColumns _columns = null!;
    private ulong[] _fired = null!;
    private RulesEngine.RulesEngine _engine = null!;
    private Input[] _inputs = null!;

    [GlobalSetup]
    public void Setup()
    {
        var articles = PrivateTrafficJson.Deserialize<EngagementRuleSet>(File.ReadAllText(EngagementRuleBenchmarks.ArticlesFile()));
        _ours = EngagementRuleSet.Create(articles.Rules.Select(r => EngagementRule.Create(r.Id, r.Name, r.Priority, r.When, r.Actions, stopProcessing: false)));
        var workflow = new RulesEngineModels.Workflow
        {
            WorkflowName = "articles",
            Rules = RuleIds.Select((id, i) => new RulesEngineModels.Rule { RuleName = id, Expression = Expressions[i] }).ToList(),
        };
        _engine = new RulesEngine.RulesEngine([workflow], new RulesEngineModels.ReSettings());

        var random = new Random(13);
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var tags = new[] { "bought:trousers", "bought:coat", "target:new-arrivals" };
        var wecom = ChannelId.From("wecom");
        _columns = MemberViewColumns.Create(At, Currency.CNY, Members);
        _inputs = new Input[Members];
        for (var i = 0; i < Members; i++)
        {
            var id = MemberId.From("m" + i);
            var card = random.Next(4) == 0 ? null : ValueCard.Create(id, Money.Yuan(100), Money.Yuan(100), Money.Yuan(0), (ValueTier)random.Next(3), RfmScore.Of(3, 3, 3), TierAction.Of("a", "b"));
            var view = MemberView.Create(
                id, At, zone, (LifecycleStage)random.Next(7), status: random.Next(5) == 0 ? null : (MemberStatus)random.Next(3), card: card,
                pAlive: random.Next(5) == 0 ? null : Probability.From(random.NextDouble()),
                lastInteractionAt: At - Duration.FromHours(random.Next(0, 24 * 120)),
                tags: tags.Where(_ => random.Next(3) == 0),
                groups: random.Next(2) == 0 ? [] : [ChannelId.From(random.Next(2) == 0 ? "members-group-1" : "group-2")],
                groupHealth: random.Next(3) == 0 ? (GroupHealth)random.Next(4) : null,
                consents: random.Next(4) == 0 ? [] : [new ConsentRecord(ConsentPurpose.Marketing, wecom, true, At - Duration.FromDays(40))]);
            _columns.Add(view);
            _inputs[i] = new Input
            {
                Tier = view.Tier is { } t ? (int)t : -1,
                Stage = (int)view.Stage,
                Status = view.Status is { } s ? (int)s : -1,
                GroupHealth = view.GroupHealth is { } h ? (int)h : -1,
                PAlive = view.PAlive?.Value ?? double.NaN,
                DaysSinceLastInteraction = view.DaysSinceLastInteraction ?? -1,
                Tags = [.. view.Tags],
                Groups = [.. view.Groups.Select(g => g.Value)],
                MarketingWeCom = view.HasConsent(wecom, ConsentPurpose.Marketing),
            };
        }

        _fired = new ulong[Members * _ours.MaskWords];
        _ours.EvaluateBatch(_columns, _fired);
        for (var i = 0; i < Members; i++)
        {
            var theirs = _engine.ExecuteAllRulesAsync("articles", _inputs[i]).AsTask().GetAwaiter().GetResult();
            foreach (var result in theirs)
            {
                var k = _ours.Rules.ToList().FindIndex(r => r.Id == result.Rule.RuleName);
                if (_ours.HasFired(_fired, i, k) != result.IsSuccess)
                {
                    throw new InvalidOperationException($"Member {i}, rule {result.Rule.RuleName}: ours {_ours.HasFired(_fired, i, k)}, RulesEngine {result.IsSuccess} ({result.ExceptionMessage}).");
                }
            }
        }
    }

    /// <summary>Ours: the 7 rules over 10,000 members, batch path.</summary>
    [Benchmark(Baseline = true)]
    public int Ours_compiled_typed_rules() => _ours.EvaluateBatch(_columns, _fired);

    /// <summary>RulesEngine: the same 7 rules as expression strings, all rules for each member.</summary>
    [Benchmark]
    public async System.Threading.Tasks.Task<int> RulesEngine_expression_strings()
    {
        var fired = 0;
        foreach (var input in _inputs)
        {
            foreach (var result in await _engine.ExecuteAllRulesAsync("articles", input))
            {
                fired += result.IsSuccess ? 1 : 0;
            }
        }

        return fired;
    }

    /// <summary>The member as RulesEngine sees it: missing values as -1 or NaN, so a comparison on them is false as in ours.</summary>
    public sealed class Input
    {
        /// <summary>Tier code, -1 when missing.</summary>
        public int Tier { get; init; }

        /// <summary>Stage code.</summary>
        public int Stage { get; init; }

        /// <summary>Status code, -1 when missing.</summary>
        public int Status { get; init; }

        /// <summary>Worst group health code, -1 when missing.</summary>
        public int GroupHealth { get; init; }

        /// <summary>P(alive), NaN when missing.</summary>
        public double PAlive { get; init; }

        /// <summary>Days since the last interaction, -1 when missing.</summary>
        public int DaysSinceLastInteraction { get; init; }

        /// <summary>Tags.</summary>
        public List<string> Tags { get; init; } = [];

        /// <summary>Group ids.</summary>
        public List<string> Groups { get; init; } = [];

        /// <summary>Marketing consent on WeCom.</summary>
        public bool MarketingWeCom { get; init; }
    }
}
