namespace PrivateTraffic.Core.Community;

/// <summary>One finding of a positioning assessment: what, how much it matters, why here, and the article's point.</summary>
/// <param name="Code">What the finding is about.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Reason">Why it applies to this positioning, in the model's own words.</param>
/// <param name="ArticlePoint">The article's point behind the finding, paraphrased, with the Chinese phrase it uses.</param>
public sealed record PositioningFinding(PositioningFindingCode Code, FindingSeverity Severity, string Reason, string ArticlePoint);
