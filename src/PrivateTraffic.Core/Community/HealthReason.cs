using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>Why a group is not at the next level of health; each names the figure and the threshold it missed.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<HealthReason>))]
public enum HealthReason
{
    /// <summary>No message at all in the window: dead.</summary>
    Silent = 0,

    /// <summary>The active-member ratio is below the dead threshold: dead.</summary>
    NobodyActive = 1,

    /// <summary>The promotion share is at or above the dead threshold (the group only posts promotions): dead.</summary>
    PromotionsOnly = 2,

    /// <summary>The active-member ratio is below the level asked for.</summary>
    FewActiveMembers = 3,

    /// <summary>Messages per member per day are below the level asked for.</summary>
    FewMessages = 4,

    /// <summary>The promotion share is above the level allowed.</summary>
    TooManyPromotions = 5,

    /// <summary>No activity held recently enough (or none in the window): regular long-term activity decides whether a
    /// group survives (article 002).</summary>
    NoRecentActivity = 6,

    /// <summary>More members left than joined.</summary>
    Shrinking = 7,
}
