using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Serialization;
using Codes = PrivateTraffic.Core.Primitives.DomainRuleCodes;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// A loaded set of engagement rules (运营规则集), checked and compiled when it is made: from JSON with
/// <c>PrivateTrafficJson.Deserialize&lt;EngagementRuleSet&gt;</c> (errors are <see cref="RuleValidationException"/>s with
/// the path) or in code with <see cref="Create"/>. Evaluation is deterministic: rules run in priority order (higher
/// first, ties by ordinal id), each condition short-circuits, a missing value makes a leaf false, and a rule that fires
/// with stop-processing ends the member's evaluation. <see cref="Evaluate"/> traces one member;
/// <see cref="EvaluateBatch"/> decides a whole <see cref="MemberViewColumns"/> without allocating per member.
/// </summary>
/// <remarks>Immutable and thread-safe: one set may evaluate many batches at once. No dynamic code is generated: the
/// conditions become small sealed evaluator objects, so the set is AOT-safe.</remarks>
[JsonConverter(typeof(EngagementRuleSetJsonConverter))]
public sealed partial class EngagementRuleSet
{
    private readonly ConditionEvaluator[] _when;
    private readonly bool[] _stop;
    private readonly IReadOnlyList<(int Set, string Text, ConsentPurpose Purpose)> _symbols;

    private EngagementRuleSet(EngagementRule[] ordered)
    {
        Rules = ordered;
        var compiler = new ConditionCompiler();
        _when = Array.ConvertAll(ordered, r => compiler.Compile(r.When));
        _stop = Array.ConvertAll(ordered, r => r.StopProcessing);
        _symbols = compiler.Symbols;
    }

    /// <summary>The rules in evaluation order: priority descending, then id in ordinal order. Bit <c>k</c> of a batch's
    /// fired mask is <c>Rules[k]</c>.</summary>
    public IReadOnlyList<EngagementRule> Rules { get; }

    /// <summary>How many 64-bit words a member's fired mask takes in <see cref="EvaluateBatch"/>: ⌈rules / 64⌉.</summary>
    public int MaskWords => (Rules.Count + 63) / 64;

    /// <summary>Checks and compiles a set of rules.</summary>
    /// <param name="rules">At most <see cref="RuleLimits.MaxRules"/> rules with distinct ids, in any order.</param>
    /// <returns>The compiled set.</returns>
    /// <exception cref="ArgumentException">A null rule, two rules with one id, or too many rules.</exception>
    public static EngagementRuleSet Create(IEnumerable<EngagementRule> rules)
    {
        Guard.Against.Null(rules);
        var list = rules.Take(RuleLimits.MaxRules + 1).ToArray();
        RuleArgumentException.Unless(list.Length <= RuleLimits.MaxRules, Codes.EngagementLimitExceeded, $"A rule set has at most {RuleLimits.MaxRules} rules.", nameof(rules));
        RuleArgumentException.Unless(Array.TrueForAll(list, r => r is not null), Codes.EngagementInvalidParameter, "A rule is null.", nameof(rules));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in list)
        {
            RuleArgumentException.Unless(ids.Add(r.Id), Codes.EngagementDuplicateRuleId, $"Two rules have the id '{Primitives.MessageText.Quote(r.Id)}'.", nameof(rules));
        }

        Array.Sort(list, Order);
        return new EngagementRuleSet(list);
    }

    /// <summary>Evaluates every rule for one member, with the trace of each decision.</summary>
    /// <param name="view">The member at an instant; validity windows are checked at its <see cref="MemberView.AsOf"/>.</param>
    /// <returns>The decisions.</returns>
    public EngagementEvaluation Evaluate(MemberView view)
    {
        Guard.Against.Null(view);
        var currency = view.RealizedValue?.Currency ?? view.PotentialValue?.Currency ?? view.ModelValue?.Currency ?? default;
        var one = MemberViewColumns.Create(view.AsOf, currency, 1);
        one.Add(view);
        return Explain(one, 0);
    }

    /// <summary>Evaluates every rule for one row of a batch, with the trace of each decision.</summary>
    /// <param name="columns">The batch.</param>
    /// <param name="row">0 to <see cref="MemberViewColumns.Count"/> − 1.</param>
    /// <returns>The decisions.</returns>
    public EngagementEvaluation Explain(MemberViewColumns columns, int row)
    {
        Guard.Against.Null(columns);
        Guard.Against.OutOfRange(row, nameof(row), 0, columns.Count - 1);
        var symbols = ConditionCompiler.Resolve(_symbols, columns);
        var decisions = new RuleDecision[Rules.Count];
        var stopped = false;
        for (var k = 0; k < decisions.Length; k++)
        {
            var rule = Rules[k];
            if (stopped)
            {
                decisions[k] = new(rule, RuleOutcome.Stopped, null);
            }
            else if (!rule.IsValidAt(columns.AsOf))
            {
                decisions[k] = new(rule, RuleOutcome.OutsideWindow, null);
            }
            else
            {
                var trace = _when[k].Explain(columns, row, symbols);
                decisions[k] = new(rule, trace.Held ? RuleOutcome.Fired : RuleOutcome.NotMet, trace);
                stopped = trace.Held && _stop[k];
            }
        }

        return new EngagementEvaluation(columns.MemberAt(row), columns.AsOf, decisions);
    }

    private static int Order(EngagementRule a, EngagementRule b)
    {
        var byPriority = b.Priority.CompareTo(a.Priority);
        return byPriority != 0 ? byPriority : string.CompareOrdinal(a.Id, b.Id);
    }
}
