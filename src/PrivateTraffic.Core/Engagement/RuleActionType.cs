using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Engagement;

/// <summary>What a fired rule asks for; its JSON <c>type</c> is the camelCase name. Actions are proposals the service carries out.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<RuleActionType>))]
public enum RuleActionType
{
    /// <summary>Reach the member (触达): a channel, a template, a message class and a delivery mode; becomes a <see cref="ProposedTouch"/>.</summary>
    Reach = 0,

    /// <summary>Invite the member to a community group (邀请入群).</summary>
    InviteToGroup = 1,

    /// <summary>Offer a coupon (优惠券) worth an amount of money.</summary>
    OfferCoupon = 2,

    /// <summary>Assign an owner (专属顾问 / 跟进人): a staff member follows the member up one to one.</summary>
    AssignOwner = 3,

    /// <summary>Add a tag (打标签).</summary>
    AddTag = 4,

    /// <summary>Remove a tag.</summary>
    RemoveTag = 5,

    /// <summary>Flag a risk (风险规避): a named reason to hold back, for the service and the people who follow up.</summary>
    FlagRisk = 6,

    /// <summary>Start an SOP sequence (标准作业程序) for the member.</summary>
    StartSop = 7,

    /// <summary>Stop an SOP sequence for the member.</summary>
    StopSop = 8,
}
