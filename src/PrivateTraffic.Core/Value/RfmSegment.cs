using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// The named RFM segments (RFM 客户分群), read off the recency and frequency scores (see <see cref="RfmScore.Segment"/>
/// for the grid). <see cref="RfmSegmentNames"/> gives the Chinese and English names. On the wire: camelCase names.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<RfmSegment>))]
public enum RfmSegment
{
    /// <summary>冠军客户: bought recently and often (R 5, F 4–5).</summary>
    Champions = 0,

    /// <summary>忠诚客户: buy often, fairly recently (R 3–4, F 4–5).</summary>
    Loyal = 1,

    /// <summary>潜力客户 potential loyalists: recent, with a few purchases (R 4–5, F 2–3).</summary>
    PotentialLoyalists = 2,

    /// <summary>新客户 new: the most recent, one purchase so far (R 5, F 1).</summary>
    New = 3,

    /// <summary>有望客户 promising: recent, one purchase (R 4, F 1).</summary>
    Promising = 4,

    /// <summary>需关注客户 need attention: middling on both (R 3, F 3).</summary>
    NeedAttention = 5,

    /// <summary>将休眠客户 about to sleep: middling recency, few purchases (R 3, F 1–2).</summary>
    AboutToSleep = 6,

    /// <summary>风险客户 at risk: bought fairly often, but long ago (R 1–2, F 3–4).</summary>
    AtRisk = 7,

    /// <summary>不能流失客户 can't lose: among the most frequent buyers, but long ago (R 1–2, F 5).</summary>
    CantLose = 8,

    /// <summary>休眠客户 hibernating: long ago and seldom (R 1–2, F 1–2).</summary>
    Hibernating = 9,
}
