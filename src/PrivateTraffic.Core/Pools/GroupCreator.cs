using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Pools;

/// <summary>
/// Who created a WeCom customer group (企业微信客户群). It decides the group's ceiling: a group a WeCom member
/// created holds more people than one a WeChat user created (see <see cref="CapacityPolicy"/>).
/// </summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<GroupCreator>))]
public enum GroupCreator
{
    /// <summary>A member of the brand's WeCom organisation created the group.</summary>
    WeComMember = 0,

    /// <summary>An ordinary WeChat user created the group.</summary>
    WeChatUser = 1,
}
