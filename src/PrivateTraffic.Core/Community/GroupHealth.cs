using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>How alive a group is, worst first, so the order can be compared.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<GroupHealth>))]
public enum GroupHealth
{
    /// <summary>A dead group (死群): silent, or nothing but promotions (the articles' carrots at a few jiao a jin).</summary>
    Dead = 0,

    /// <summary>Alive but below a healthy level on at least one figure.</summary>
    AtRisk = 1,

    /// <summary>Every figure at a healthy level.</summary>
    Healthy = 2,

    /// <summary>Every figure at a thriving level, and the group is not shrinking.</summary>
    Thriving = 3,
}
