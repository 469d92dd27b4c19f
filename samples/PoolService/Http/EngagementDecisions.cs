using NodaTime;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Primitives;

namespace PoolService.Http;

/// <summary>The answer of <c>POST /pools/{pool}/members/{member}/engagement</c>: each rule's decision for the member, in
/// priority order (the library's <see cref="EngagementEvaluation"/>, without its condition traces).</summary>
/// <param name="Member">The member.</param>
/// <param name="AsOf">The instant evaluated.</param>
/// <param name="Decisions">Each rule's id, name and outcome (<c>fired</c>, <c>notMet</c>, <c>outsideWindow</c>, <c>stopped</c>).</param>
public sealed record EngagementDecisions(MemberId Member, Instant AsOf, IReadOnlyList<EngagementRuleDecision> Decisions)
{
    /// <summary>The answer for an evaluation.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The answer.</returns>
    public static EngagementDecisions From(EngagementEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return new EngagementDecisions(evaluation.Member, evaluation.AsOf,
            [.. evaluation.Decisions.Select(d => new EngagementRuleDecision(d.Rule.Id, d.Rule.Name, d.Outcome switch
            {
                RuleOutcome.Fired => "fired",
                RuleOutcome.NotMet => "notMet",
                RuleOutcome.OutsideWindow => "outsideWindow",
                _ => "stopped",
            }))]);
    }
}
