using System.Collections.Generic;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// A plan checked for the five marks of a hit (爆款) article 002 names: recognisable 有认知, low barrier 门槛低, pain point
/// 痛点, must-have 刚需, frequent 高频. Per step: which marks its content carries and which required ones it misses; per
/// plan: which marks some step carries and which required ones no step carries. A finding, not a refusal.
/// </summary>
public sealed class HitMarkReport
{
    private HitMarkReport(HitMarks required, HitMarkFinding[] steps, HitMarks planMarks)
    {
        Required = required;
        Steps = steps;
        PlanMarks = planMarks;
    }

    /// <summary>The marks the caller required.</summary>
    public HitMarks Required { get; }

    /// <summary>One finding per step, in step order.</summary>
    public IReadOnlyList<HitMarkFinding> Steps { get; }

    /// <summary>The marks at least one step carries.</summary>
    public HitMarks PlanMarks { get; }

    /// <summary>The required marks no step carries.</summary>
    public HitMarks PlanMissing => Required & ~PlanMarks;

    /// <summary>Whether the plan as a whole carries every required mark.</summary>
    public bool IsComplete => PlanMissing == HitMarks.None;

    internal static HitMarkReport Check(SopDefinition sop, HitMarks required, ContentMarks? table)
    {
        ContentMarks.RequireMarks(required, nameof(required));
        var findings = new HitMarkFinding[sop.Steps.Count];
        var plan = HitMarks.None;
        for (var i = 0; i < findings.Length; i++)
        {
            var step = sop.Steps[i];
            var marks = step.MarksIn(table);
            plan |= marks;
            findings[i] = new HitMarkFinding(i, step.Content, marks, required & ~marks);
        }

        return new HitMarkReport(required, findings, plan);
    }
}
