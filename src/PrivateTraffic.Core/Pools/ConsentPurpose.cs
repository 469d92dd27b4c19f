using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Pools;

/// <summary>
/// What a member's consent covers (PIPL, 个人信息保护法: consent is given for a purpose). Consent is recorded per
/// purpose and per channel; one purpose never implies another.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ConsentPurpose>))]
public enum ConsentPurpose
{
    /// <summary>Marketing messages: promotions, moments posts aimed at the member, campaign invitations.</summary>
    Marketing = 0,

    /// <summary>Service messages: order updates, after-sales care.</summary>
    Service = 1,

    /// <summary>Personalisation: using the member's history to choose what to show them.</summary>
    Personalization = 2,

    /// <summary>Analytics: counting the member in aggregate analysis beyond the pool's own metrics.</summary>
    Analytics = 3,
}
