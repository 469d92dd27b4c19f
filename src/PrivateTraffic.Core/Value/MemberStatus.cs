using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// A pool member's status in the 271 composition of article 002 (271原理: 20% 付费用户, 70% 可转化的客户, 10% 垃圾用户):
/// whether they pay, can still be converted, or are junk. A status, not a value band: see
/// <see cref="MemberStatusRule"/> for the rule and <see cref="PoolComposition"/> for the shares.
/// On the wire: "paying", "convertible", "junk".
/// </summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<MemberStatus>))]
public enum MemberStatus
{
    /// <summary>付费用户 paying: has bought in the pool and is still in it.</summary>
    Paying = 0,

    /// <summary>可转化 convertible: has not bought yet, but is reachable and engaged.</summary>
    Convertible = 1,

    /// <summary>垃圾用户 junk: left, cannot be reached for the purpose, flagged as spam, or inactive too long.</summary>
    Junk = 2,
}
