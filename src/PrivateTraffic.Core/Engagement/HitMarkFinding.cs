namespace PrivateTraffic.Core.Engagement;

/// <summary>What one step's content carries of the five marks of a hit (爆款: 有认知 / 门槛低 / 痛点 / 刚需 / 高频), and what it misses of those required.</summary>
/// <param name="StepIndex">The step's index in the SOP.</param>
/// <param name="Content">The step's content kind.</param>
/// <param name="Marks">The marks it carries (its own, or its kind's).</param>
/// <param name="Missing">The required marks it does not carry.</param>
public sealed record HitMarkFinding(int StepIndex, ContentKind Content, HitMarks Marks, HitMarks Missing);
