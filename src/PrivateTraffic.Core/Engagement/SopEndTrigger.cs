using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Engagement;

/// <summary>Which ending of an SOP run an end action (结束动作) waits for.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<SopEndTrigger>))]
public enum SopEndTrigger
{
    /// <summary>The run reached its last step without an early exit.</summary>
    OnCompletion = 0,

    /// <summary>The run ended early, by its exit rule.</summary>
    OnExit = 1,

    /// <summary>Either ending.</summary>
    Always = 2,
}
