using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Engagement;

/// <summary>Who put a do-not-contact (免打扰 / 勿扰) entry in place; it decides whether anything can lift it.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<DoNotContactSource>))]
public enum DoNotContactSource
{
    /// <summary>The member asked (their own opt-out). Nothing lifts it: no override, no operator.</summary>
    Member = 0,

    /// <summary>An operator blocked contact (a dispute, a legal hold, a VIP handled by hand). An explicit <see cref="DoNotContactOverride"/> may lift it.</summary>
    Operator = 1,
}
