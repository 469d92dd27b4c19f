using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Primitives;

/// <summary>How reaching people through a channel is paid for.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ChannelPricing>))]
public enum ChannelPricing
{
    /// <summary>Every use is paid for: ad fees, CPM/CPC, commission, booth fees, rent.</summary>
    PaidPerUse = 0,

    /// <summary>Reaching the audience costs nothing per message (可以免费使用), such as a post to WeChat contacts.</summary>
    FreeToReach = 1,

    /// <summary>Each message has a small marginal cost the owner pays, such as an SMS.</summary>
    MarginalCostPerMessage = 2,
}
