using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>What a blueprint finding is about.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<BlueprintFindingCode>))]
public enum BlueprintFindingCode
{
    /// <summary>The plan charges before it gives anything (against 先付出,先分享再付费).</summary>
    ChargesBeforeGiving = 0,

    /// <summary>The plan earns at the front end, while back-end monetisation (后向变现) is the mainstream.</summary>
    FrontEndMonetisation = 1,

    /// <summary>Open admission builds no mystique (神秘感).</summary>
    OpenAdmission = 2,

    /// <summary>Joining has no ritual (仪式感).</summary>
    NoJoiningRitual = 3,

    /// <summary>No role may host activities, yet regular activity decides whether a group survives.</summary>
    NobodyHostsActivities = 4,
}
