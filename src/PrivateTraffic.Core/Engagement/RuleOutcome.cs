using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Engagement;

/// <summary>What became of one rule for one member at one instant.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<RuleOutcome>))]
public enum RuleOutcome
{
    /// <summary>The condition held inside the validity window: the rule fired.</summary>
    Fired = 0,

    /// <summary>The condition did not hold.</summary>
    NotMet = 1,

    /// <summary>The instant is outside the rule's validity window; the condition was not evaluated.</summary>
    OutsideWindow = 2,

    /// <summary>A rule before it fired with stop-processing; this one was not evaluated.</summary>
    Stopped = 3,
}
