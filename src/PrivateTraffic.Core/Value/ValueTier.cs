using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// A customer's layer in a value-quantile layering (价值分层): the top, middle or bottom band of a customer base
/// ranked by value (<see cref="ValueQuantileLayering"/>). It says where a customer's value ranks, nothing about
/// whether they pay: for the 271 composition of a pool by status (付费 / 可转化 / 垃圾用户) see
/// <see cref="MemberStatus"/>. On the wire: "top", "middle", "bottom"; the names of the first contract
/// ("payingCore", "convertible", "lowValue") are still read, as the same bands.
/// </summary>
[JsonConverter(typeof(ValueTierJsonConverter))]
public enum ValueTier
{
    /// <summary>头部 top: the highest-value band (20% under <see cref="ValueQuantileShares.TwentySeventyTen"/>).</summary>
    Top = 0,

    /// <summary>腰部 middle: the broad band below the top (70% under the default shares).</summary>
    Middle = 1,

    /// <summary>尾部 bottom: the lowest-value band (10% under the default shares), and every customer of value zero or less.</summary>
    Bottom = 2,
}
