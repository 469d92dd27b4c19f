using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Engagement;

/// <summary>The kind of a rule <see cref="Condition"/>: its JSON <c>type</c> is the camelCase name (docs/concepts/engagement.md).</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ConditionType>))]
public enum ConditionType
{
    /// <summary>Every child holds (true when there are none); stops at the first that does not.</summary>
    All = 0,

    /// <summary>At least one child holds (false when there are none); stops at the first that does.</summary>
    Any = 1,

    /// <summary>The child does not hold (two-valued: a leaf false for a missing value makes <c>not</c> true).</summary>
    Not = 2,

    /// <summary>A field compared with a literal of its kind.</summary>
    Compare = 3,

    /// <summary>A number, days or money field within an inclusive range.</summary>
    Between = 4,

    /// <summary>An enumeration field equal to one of a set of names.</summary>
    InSet = 5,

    /// <summary>A days field at least and/or at most a number of days.</summary>
    DaysSince = 6,

    /// <summary>The member has a tag.</summary>
    TagContains = 7,

    /// <summary>The member is in a community group (a group id).</summary>
    InGroup = 8,

    /// <summary>The member has a community role in one of their groups.</summary>
    HasRole = 9,

    /// <summary>The member's stage is one of a set.</summary>
    StageIs = 10,

    /// <summary>The member's value tier is one of a set (false without a tier).</summary>
    TierIs = 11,

    /// <summary>The member's consent for a purpose on a channel is in effect at the view's instant.</summary>
    HasConsent = 12,

    /// <summary>A field has a value (is not missing).</summary>
    Present = 13,
}
