using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// A customer's layer in the 271 layering (271 分层): the top of the base by value, the broad middle that can be
/// grown, and the bottom that is not worth active effort. On the wire: "payingCore", "convertible", "lowValue".
/// </summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ValueTier>))]
public enum ValueTier
{
    /// <summary>付费核心 paying core: the top share by value (20% in the 271 rule).</summary>
    PayingCore = 0,

    /// <summary>可转化 convertible: the middle share (70%), worth nurturing towards the core.</summary>
    Convertible = 1,

    /// <summary>低价值 low value: the bottom share (10%).</summary>
    LowValue = 2,
}
