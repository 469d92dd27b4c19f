using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Value;

/// <summary>
/// Why <see cref="MemberStatusRule"/> gave a member their <see cref="MemberStatus"/>: the first of its tests that
/// decided, in the rule's order. On the wire: camelCase names.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<MemberStatusReason>))]
public enum MemberStatusReason
{
    /// <summary>Junk: the member left the pool at or before the instant.</summary>
    Left = 0,

    /// <summary>Paying: the member has bought at least once.</summary>
    Bought = 1,

    /// <summary>Junk: the member carries one of the rule's spam tags.</summary>
    SpamTagged = 2,

    /// <summary>Junk: no standing consent for the rule's purpose on any channel.</summary>
    NoConsent = 3,

    /// <summary>Junk: no activity within the rule's window.</summary>
    Inactive = 4,

    /// <summary>Convertible: reachable, not spam, active within the window, not bought yet.</summary>
    ReachableAndActive = 5,
}
