namespace PrivateTraffic.Core.Engagement;

/// <summary>Named sets of the five marks of a hit (爆款, article 002), kept apart from <see cref="HitMarks"/> so its JSON
/// names stay one per mark.</summary>
public static class HitMarkSets
{
    /// <summary>All five marks: recognisable 有认知, low barrier 门槛低, pain point 痛点, must-have 刚需, frequent 高频.</summary>
    public const HitMarks All = HitMarks.Recognisable | HitMarks.LowBarrier | HitMarks.PainPoint | HitMarks.MustHave | HitMarks.Frequent;
}
