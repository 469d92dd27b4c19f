namespace PrivateTraffic.Core.Community;

/// <summary>One finding of a blueprint assessment.</summary>
/// <param name="Code">What the finding is about.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Reason">Why it applies to this blueprint.</param>
/// <param name="ArticlePoint">The article's point behind it, paraphrased.</param>
public sealed record BlueprintFinding(BlueprintFindingCode Code, FindingSeverity Severity, string Reason, string ArticlePoint);
