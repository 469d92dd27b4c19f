using System;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>
/// The kinds of content a group's rules (群规) forbid outright, whatever the sender's role. Keywords are listed
/// separately in <see cref="GroupRuleSet.ForbiddenKeywords"/>. Written in JSON as an array of camelCase names.
/// </summary>
[Flags]
[JsonConverter(typeof(ForbiddenContentJsonConverter))]
public enum ForbiddenContent
{
    /// <summary>Nothing forbidden outright.</summary>
    None = 0,

    /// <summary>QR codes (二维码): the usual way to pull members into another group.</summary>
    QrCodes = 1,

    /// <summary>Links: link cards, and <c>http://</c>, <c>https://</c> or <c>www.</c> in text.</summary>
    Links = 2,

    /// <summary>Personal contact cards (名片).</summary>
    ContactCards = 4,
}
