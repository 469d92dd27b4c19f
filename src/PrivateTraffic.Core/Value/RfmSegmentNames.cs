namespace PrivateTraffic.Core.Value;

/// <summary>The names of the <see cref="RfmSegment"/>s in Chinese and English, for reports and terminals.</summary>
public static class RfmSegmentNames
{
    /// <summary>The Chinese name, such as 冠军客户 for <see cref="RfmSegment.Champions"/>.</summary>
    /// <param name="segment">The segment.</param>
    /// <returns>The name; "?" for a value outside the enumeration.</returns>
    public static string Chinese(RfmSegment segment) => segment switch
    {
        RfmSegment.Champions => "冠军客户",
        RfmSegment.Loyal => "忠诚客户",
        RfmSegment.PotentialLoyalists => "潜力客户",
        RfmSegment.New => "新客户",
        RfmSegment.Promising => "有望客户",
        RfmSegment.NeedAttention => "需关注客户",
        RfmSegment.AboutToSleep => "将休眠客户",
        RfmSegment.AtRisk => "风险客户",
        RfmSegment.CantLose => "不能流失客户",
        RfmSegment.Hibernating => "休眠客户",
        _ => "?",
    };

    /// <summary>The English name, such as "can't lose".</summary>
    /// <param name="segment">The segment.</param>
    /// <returns>The name; "?" for a value outside the enumeration.</returns>
    public static string English(RfmSegment segment) => segment switch
    {
        RfmSegment.Champions => "champions",
        RfmSegment.Loyal => "loyal",
        RfmSegment.PotentialLoyalists => "potential loyalists",
        RfmSegment.New => "new",
        RfmSegment.Promising => "promising",
        RfmSegment.NeedAttention => "need attention",
        RfmSegment.AboutToSleep => "about to sleep",
        RfmSegment.AtRisk => "at risk",
        RfmSegment.CantLose => "can't lose",
        RfmSegment.Hibernating => "hibernating",
        _ => "?",
    };
}
