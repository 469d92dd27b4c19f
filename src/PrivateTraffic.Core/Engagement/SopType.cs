using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// The kind of an SOP (标准作业程序) as the WeCom SCRMs (LinkWeChat and its peers) name them. The type tells people what
/// the sequence is for; it changes nothing in how the sequence is scheduled.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<SopType>))]
public enum SopType
{
    /// <summary>New customer SOP (新客SOP): started when someone is added, to welcome and convert them.</summary>
    NewCustomer = 0,

    /// <summary>Holiday campaign SOP (节日活动SOP): a sequence around a holiday or a shopping festival.</summary>
    HolidayCampaign = 1,

    /// <summary>Conversion SOP (转化SOP): leads a prospect from interest to a first purchase.</summary>
    Conversion = 2,

    /// <summary>New-group nurturing SOP (新群培育SOP): the first days of a new customer group (warm-up, rules, first activity).</summary>
    NewGroupNurturing = 3,

    /// <summary>Periodic marketing SOP (周期营销SOP): a repeating sequence for members who have bought (replenishment, care).</summary>
    PeriodicMarketing = 4,
}
