using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Engagement;

/// <summary>The planner's answer to a proposed touch (触达): make it now, make it later, or do not make it.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ReachDecisionKind>))]
public enum ReachDecisionKind
{
    /// <summary>Make the touch at the instant the proposer asked for.</summary>
    Allow = 0,

    /// <summary>Make the touch later, at the earliest instant every rule of the policy allows.</summary>
    Defer = 1,

    /// <summary>Do not make the touch: a rule forbids it outright, or no instant within the planning horizon satisfies every rule.</summary>
    Deny = 2,
}
