using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// How an SOP's exit conditions combine, as LinkWeChat words it: "end when any condition is met" (满足任意条件结束) or
/// "end when all conditions are met" (满足全部条件结束).
/// </summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<SopExitMode>))]
public enum SopExitMode
{
    /// <summary>The SOP ends at the first instant any condition is met.</summary>
    Any = 0,

    /// <summary>The SOP ends at the instant the last of the conditions is met.</summary>
    All = 1,
}
