using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Engagement;

/// <summary>The invariants of rule evaluation, over random rule sets and member views.</summary>
public sealed class RuleEvaluationPropertyTests
{
    [DeepProperty]
    public Property Compiled_evaluation_agrees_with_the_reference_interpreter() => Prop.ForAll(Generators.RuleCases, c =>
    {
        var set = EngagementRuleSet.Create(c.Rules);
        return c.Views.All(v =>
            set.Evaluate(v).Decisions.Select(d => (d.Rule.Id, d.Outcome)).SequenceEqual(RuleReferenceInterpreter.Evaluate(c.Rules, v)));
    });

    [DeepProperty]
    public Property The_batch_fast_path_fires_what_the_traced_path_fires() => Prop.ForAll(Generators.RuleCases, c =>
    {
        var set = EngagementRuleSet.Create(c.Rules);
        var columns = MemberViewColumns.From(Generators.RuleEpoch, Currency.CNY, c.Views);
        var fired = new ulong[columns.Count * set.MaskWords];
        var hits = set.EvaluateBatch(columns, fired);
        var agree = Enumerable.Range(0, columns.Count).All(row =>
        {
            var traced = set.Explain(columns, row).Decisions;
            var reference = RuleReferenceInterpreter.Evaluate(c.Rules, c.Views[row]);
            return Enumerable.Range(0, set.Rules.Count).All(k =>
                set.HasFired(fired, row, k) == (traced[k].Outcome == RuleOutcome.Fired)
                && set.HasFired(fired, row, k) == (reference[k].Outcome == RuleOutcome.Fired));
        });
        var members = Enumerable.Range(0, columns.Count).Count(row => Enumerable.Range(0, set.Rules.Count).Any(k => set.HasFired(fired, row, k)));
        return agree && hits == members;
    });

    [DeepProperty]
    public Property Evaluation_does_not_depend_on_the_order_of_the_rules_except_by_priority() => Prop.ForAll(
        Generators.RuleCases, Generators.Seeds, (c, seed) =>
        {
            var shuffled = c.Rules.OrderBy(_ => new Random(seed).Next()).ToArray();
            new Random(seed).Shuffle(shuffled);
            var a = EngagementRuleSet.Create(c.Rules);
            var b = EngagementRuleSet.Create(shuffled);
            return a.Rules.Select(r => r.Id).SequenceEqual(b.Rules.Select(r => r.Id))
                && c.Views.All(v => a.Evaluate(v).Decisions.Select(d => (d.Rule.Id, d.Outcome)).SequenceEqual(b.Evaluate(v).Decisions.Select(d => (d.Rule.Id, d.Outcome))));
        });

    [DeepProperty]
    public Property Every_rule_set_round_trips_through_JSON() => Prop.ForAll(Generators.RuleCases, c =>
    {
        var set = EngagementRuleSet.Create(c.Rules);
        var json = PrivateTrafficJson.Serialize(set);
        var back = PrivateTrafficJson.Deserialize<EngagementRuleSet>(json);
        return PrivateTrafficJson.Serialize(back) == json
            && c.Views.All(v => back.Evaluate(v).Decisions.Select(d => d.Outcome).SequenceEqual(set.Evaluate(v).Decisions.Select(d => d.Outcome)));
    });

    [DeepProperty]
    public Property A_rule_is_fired_only_when_its_trace_held_and_the_rules_come_in_priority_order() => Prop.ForAll(Generators.RuleCases, c =>
    {
        var set = EngagementRuleSet.Create(c.Rules);
        var ordered = set.Rules.Zip(set.Rules.Skip(1)).All(p => p.First.Priority > p.Second.Priority
            || (p.First.Priority == p.Second.Priority && string.CompareOrdinal(p.First.Id, p.Second.Id) < 0));
        return ordered && c.Views.All(v => set.Evaluate(v).Decisions.All(d =>
            d.Outcome switch
            {
                RuleOutcome.Fired => d.Trace is { Held: true },
                RuleOutcome.NotMet => d.Trace is { Held: false },
                _ => d.Trace is null,
            }));
    });
}
