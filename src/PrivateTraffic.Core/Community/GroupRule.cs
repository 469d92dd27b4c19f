using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>The rule of a <see cref="GroupRuleSet"/> that decided a message's verdict. Rules are checked in the order
/// of this enum; the first that refuses decides, and an allowed message is decided by <see cref="AllowedContent"/>.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<GroupRule>))]
public enum GroupRule
{
    /// <summary>QR codes are forbidden.</summary>
    ForbiddenQrCode = 0,

    /// <summary>Contact cards are forbidden.</summary>
    ForbiddenContactCard = 1,

    /// <summary>Links are forbidden (a link card, or a link in the text).</summary>
    ForbiddenLink = 2,

    /// <summary>The text contains a forbidden keyword (<see cref="MessageVerdict.KeywordIndex"/> says which).</summary>
    ForbiddenKeyword = 3,

    /// <summary>The content class is allowed (an allowed message) or not allowed (a refused one).</summary>
    AllowedContent = 4,

    /// <summary>The sender's role may not post promotions.</summary>
    PromotionRole = 5,

    /// <summary>This promotion would push the group's promotion share above the largest allowed.</summary>
    PromotionShare = 6,
}
