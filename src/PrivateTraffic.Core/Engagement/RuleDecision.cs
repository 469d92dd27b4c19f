namespace PrivateTraffic.Core.Engagement;

/// <summary>One rule's decision for one member: its outcome and, when its condition was evaluated, the trace of why.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Outcome">Fired, not met, outside its window, or stopped by an earlier rule.</param>
/// <param name="Trace">The condition's trace; null when the condition was not evaluated.</param>
public sealed record RuleDecision(EngagementRule Rule, RuleOutcome Outcome, ConditionTrace? Trace);
