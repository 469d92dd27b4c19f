using System;
using System.Collections.Generic;
using PrivateTraffic.Core.Pools;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// A node of a rule's condition tree (触发条件): typed data, never an expression string. Its JSON form is
/// <c>{"type": …, "parameters": {…}}</c> (docs/concepts/engagement.md). Make one with the factories
/// (<see cref="All(IEnumerable{Condition})"/>, <see cref="Compare"/>, <see cref="TagContains"/>, …), which check the
/// parameters' kinds and the <see cref="RuleLimits"/>; a rule set compiles the tree into evaluators when it is made.
/// </summary>
/// <remarks>Only the properties of the node's <see cref="Type"/> are set; the others are null or empty. Immutable.</remarks>
public sealed partial class Condition
{
    private Condition(ConditionType type, IReadOnlyList<Condition>? children = null)
    {
        Type = type;
        Conditions = children ?? [];
        var depth = 0;
        var nodes = 1;
        foreach (var c in Conditions)
        {
            depth = Math.Max(depth, c.Depth);
            nodes += c.NodeCount;
        }

        Depth = depth + 1;
        NodeCount = nodes;
        RuleArgumentException.Unless(Depth <= RuleLimits.MaxConditionDepth, Primitives.DomainRuleCodes.EngagementLimitExceeded,
            $"A condition tree may nest at most {RuleLimits.MaxConditionDepth} deep.", type == ConditionType.Not ? "condition" : "conditions");
        RuleArgumentException.Unless(NodeCount <= RuleLimits.MaxConditionNodes, Primitives.DomainRuleCodes.EngagementLimitExceeded,
            $"A condition tree may have at most {RuleLimits.MaxConditionNodes} nodes.", type == ConditionType.Not ? "condition" : "conditions");
    }

    /// <summary>The node's kind.</summary>
    public ConditionType Type { get; }

    /// <summary>The children of <c>all</c> and <c>any</c>, or the one child of <c>not</c>; empty for a leaf.</summary>
    public IReadOnlyList<Condition> Conditions { get; }

    /// <summary>The field of <c>compare</c>, <c>between</c>, <c>inSet</c>, <c>daysSince</c> and <c>present</c> (and
    /// <see cref="MemberViewField.Stage"/> / <see cref="MemberViewField.Tier"/> for <c>stageIs</c> / <c>tierIs</c>).</summary>
    public MemberViewField? Field { get; private init; }

    /// <summary>The operator of <c>compare</c>.</summary>
    public ComparisonOperator? Operator { get; private init; }

    /// <summary>The literal of <c>compare</c>.</summary>
    public FieldValue? Value { get; private init; }

    /// <summary>The inclusive lower bound of <c>between</c>, or <c>atLeast</c> of <c>daysSince</c>.</summary>
    public FieldValue? Min { get; private init; }

    /// <summary>The inclusive upper bound of <c>between</c>, or <c>atMost</c> of <c>daysSince</c>.</summary>
    public FieldValue? Max { get; private init; }

    /// <summary>The set of <c>inSet</c>, <c>stageIs</c> and <c>tierIs</c>, in the order given.</summary>
    public IReadOnlyList<FieldValue> Values { get; private init; } = [];

    /// <summary>The tag of <c>tagContains</c>, the group id of <c>inGroup</c>, the role of <c>hasRole</c>, or the channel of <c>hasConsent</c>.</summary>
    public string? Symbol { get; private init; }

    /// <summary>The purpose of <c>hasConsent</c>.</summary>
    public ConsentPurpose? Purpose { get; private init; }

    /// <summary>How deep the tree under this node nests (a leaf is 1).</summary>
    public int Depth { get; }

    /// <summary>How many nodes the tree under this node has, itself included.</summary>
    public int NodeCount { get; }

    /// <summary>The node as JSON-like text, for traces and messages (<c>compare(daysSinceLastPurchase gte 30)</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Type switch
    {
        ConditionType.All or ConditionType.Any or ConditionType.Not => $"{Name(Type)}({Conditions.Count})",
        ConditionType.Compare => $"compare({MemberViewFields.NameOf(Field!.Value)} {Operator!.Value.ToString().ToLowerInvariant()} {Value})",
        ConditionType.Between => $"between({MemberViewFields.NameOf(Field!.Value)} {Min} .. {Max})",
        ConditionType.DaysSince => $"daysSince({MemberViewFields.NameOf(Field!.Value)} {Min?.ToString() ?? "-"} .. {Max?.ToString() ?? "-"})",
        ConditionType.InSet or ConditionType.StageIs or ConditionType.TierIs => $"{Name(Type)}({MemberViewFields.NameOf(Field!.Value)} in [{string.Join(", ", Values)}])",
        ConditionType.Present => $"present({MemberViewFields.NameOf(Field!.Value)})",
        ConditionType.HasConsent => $"hasConsent({Symbol} {Purpose})",
        _ => $"{Name(Type)}({Symbol})",
    };

    /// <summary>The JSON name of a condition type.</summary>
    internal static string Name(ConditionType type) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(type.ToString());
}
