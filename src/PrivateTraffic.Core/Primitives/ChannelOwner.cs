using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Primitives;

/// <summary>Who owns a traffic channel's audience: the platform that rents it out, or the brand itself (为自己所有).</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ChannelOwner>))]
public enum ChannelOwner
{
    /// <summary>A platform owns the audience (Taobao, Douyin, a department store); the brand rents access.</summary>
    Platform = 0,

    /// <summary>The brand or person owns the audience (its WeChat contacts, its members, its app users).</summary>
    Brand = 1,
}
