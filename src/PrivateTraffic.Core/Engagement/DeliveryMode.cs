using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// How a touch (触达) reaches a member (article 004). The two modes differ in whether the member sees it at all, so every
/// reach or conversion estimate treats them apart.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<DeliveryMode>))]
public enum DeliveryMode
{
    /// <summary>A direct message (私聊 / 一对一消息): it always arrives in the member's chat list.</summary>
    DirectMessage = 0,

    /// <summary>A moments post (朋友圈): it is seen only if the member scrolls the feed while it is near the top.</summary>
    MomentsPost = 1,
}
