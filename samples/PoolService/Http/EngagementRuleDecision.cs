namespace PoolService.Http;

/// <summary>One rule's decision for a member.</summary>
/// <param name="Rule">The rule's id.</param>
/// <param name="Name">The rule's name.</param>
/// <param name="Outcome">What it decided.</param>
public sealed record EngagementRuleDecision(string Rule, string Name, string Outcome);
