using System.Collections.Generic;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// A compiled condition node: a small sealed object that tests one row of a <see cref="MemberViewColumns"/>. Made once
/// when a rule set is made; no dynamic code, no reflection. <c>symbols</c> holds the batch's ids of the rule set's
/// tags, groups, roles and consents (-1 when no member of the batch has it).
/// </summary>
internal abstract class ConditionEvaluator(Condition condition)
{
    public Condition Condition { get; } = condition;

    /// <summary>Whether the node holds for a row: the fast path, which allocates nothing.</summary>
    public abstract bool Holds(MemberViewColumns c, int row, int[] symbols);

    /// <summary>The same decision, with the trace of why (allocates).</summary>
    public abstract ConditionTrace Explain(MemberViewColumns c, int row, int[] symbols);

    protected ConditionTrace Leaf(bool held, string? observed, string explanation) => new(Condition, held, observed, explanation, []);
}

/// <summary><c>all</c> and <c>any</c>: stop at the first child that decides.</summary>
internal sealed class JunctionEvaluator(Condition condition, ConditionEvaluator[] children, bool all) : ConditionEvaluator(condition)
{
    public override bool Holds(MemberViewColumns c, int row, int[] symbols)
    {
        foreach (var child in children)
        {
            if (child.Holds(c, row, symbols) != all)
            {
                return !all;
            }
        }

        return all;
    }

    public override ConditionTrace Explain(MemberViewColumns c, int row, int[] symbols)
    {
        var traces = new List<ConditionTrace>();
        var held = all;
        foreach (var child in children)
        {
            var t = child.Explain(c, row, symbols);
            traces.Add(t);
            if (t.Held != all)
            {
                held = !all;
                break;
            }
        }

        var why = all
            ? held ? $"all {children.Length} held" : $"condition {traces.Count} of {children.Length} did not hold"
            : held ? $"condition {traces.Count} of {children.Length} held" : $"none of {children.Length} held";
        return new(Condition, held, null, why, traces);
    }
}

/// <summary><c>not</c>: the child's outcome inverted (two-valued: a leaf that is false for a missing value makes it true).</summary>
internal sealed class NotEvaluator(Condition condition, ConditionEvaluator child) : ConditionEvaluator(condition)
{
    public override bool Holds(MemberViewColumns c, int row, int[] symbols) => !child.Holds(c, row, symbols);

    public override ConditionTrace Explain(MemberViewColumns c, int row, int[] symbols)
    {
        var t = child.Explain(c, row, symbols);
        return new(Condition, !t.Held, null, t.Held ? "the condition held" : "the condition did not hold", [t]);
    }
}
