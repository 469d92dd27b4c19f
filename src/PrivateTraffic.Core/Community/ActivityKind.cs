using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>The kinds of recurring community activity the articles name. Online ones build collective honour
/// (集体荣誉感); offline ones build participation (参与感).</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ActivityKind>))]
public enum ActivityKind
{
    /// <summary>An online lecture (在线讲座): "I listened, I passed it on", not "I listened, I looked, I left".</summary>
    OnlineLecture = 0,

    /// <summary>A check-in (打卡).</summary>
    CheckIn = 1,

    /// <summary>A flash sale (秒杀 / 限时抢购).</summary>
    FlashSale = 2,

    /// <summary>A pre-order (预定), e.g. ordered in the group one day, collected in store the next.</summary>
    PreOrder = 3,

    /// <summary>An offline meetup (线下活动), where depth matters more than headcount.</summary>
    OfflineMeetup = 4,
}
