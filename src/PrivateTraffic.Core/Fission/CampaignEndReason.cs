using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Fission;

/// <summary>Why a fission campaign ended.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<CampaignEndReason>))]
public enum CampaignEndReason
{
    /// <summary>The organiser stopped it.</summary>
    Stopped = 0,

    /// <summary>Its budget was spent, or the next reward no longer fitted what was left.</summary>
    BudgetSpent = 1,
}
