using System.Text.Json.Serialization;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// Whether a touch sells or serves. Only marketing touches count against caps and need marketing consent; a service
/// touch (an order update, after-sales care) needs service consent and is never capped.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<MessageClass>))]
public enum MessageClass
{
    /// <summary>Marketing: promotions, new arrivals, invitations to buy (营销消息). Needs <see cref="ConsentPurpose.Marketing"/>.</summary>
    Marketing = 0,

    /// <summary>Service: order and delivery updates, after-sales care (服务消息). Needs <see cref="ConsentPurpose.Service"/>.</summary>
    Service = 1,
}
