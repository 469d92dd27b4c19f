using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// The rules' decisions for one member at one instant: every rule in priority order with its outcome and trace, and the
/// rules that fired. Reach actions of fired rules become <see cref="ProposedTouch"/>es for the reach planner.
/// </summary>
/// <param name="Member">The member.</param>
/// <param name="AsOf">The instant.</param>
/// <param name="Decisions">One decision per rule of the set, in the set's order (priority, then id).</param>
public sealed record EngagementEvaluation(MemberId Member, Instant AsOf, IReadOnlyList<RuleDecision> Decisions)
{
    /// <summary>The rules that fired, in priority order.</summary>
    public IReadOnlyList<EngagementRule> Fired { get; } = [.. Decisions.Where(d => d.Outcome == RuleOutcome.Fired).Select(d => d.Rule)];

    /// <summary>The touches the fired rules' reach actions propose, not before <see cref="AsOf"/>, each with its rule's id as origin.</summary>
    /// <returns>The proposals, in rule order then action order.</returns>
    public IEnumerable<ProposedTouch> ProposedTouches() =>
        Fired.SelectMany(r => r.Actions.Where(a => a.Type == RuleActionType.Reach).Select(a => a.ProposeTouch(Member, AsOf, r.Id)));
}
