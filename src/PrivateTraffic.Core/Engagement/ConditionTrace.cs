using System.Collections.Generic;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// Why one condition node held or not for one member: the node, the outcome, the value it saw and the trace of each
/// child it evaluated. Evaluation short-circuits, so an <c>all</c> that failed at its second child lists two children,
/// not all of them.
/// </summary>
/// <param name="Condition">The node.</param>
/// <param name="Held">Whether it held.</param>
/// <param name="Observed">The member's value the node read, as text (<c>45</c>, <c>top</c>, <c>¥1,200.00</c>); null when the
/// value is missing or the node reads no single value (all, any, not).</param>
/// <param name="Explanation">A sentence for people (<c>daysSinceLastPurchase = 45, gte 30</c>).</param>
/// <param name="Children">The traces of the children evaluated, in order.</param>
public sealed record ConditionTrace(Condition Condition, bool Held, string? Observed, string Explanation, IReadOnlyList<ConditionTrace> Children);
