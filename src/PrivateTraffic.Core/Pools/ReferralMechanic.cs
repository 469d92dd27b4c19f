using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Pools;

/// <summary>
/// How a member brought another into the pool: the fission mechanics (裂变方式) article 002 lists. A referral event may
/// name one, so that a campaign's results can be read back from the pool's referral graph.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ReferralMechanic>))]
public enum ReferralMechanic
{
    /// <summary>Recruiting partners or makers (创客 / 合伙人) from customers and fans, who then bring others.</summary>
    PartnerRecruitment = 0,

    /// <summary>Sharing an activity to pull in new users (活动分享).</summary>
    ActivitySharing = 1,

    /// <summary>A red packet for new users (新人红包).</summary>
    NewUserRedPacket = 2,

    /// <summary>Fission around a personal or brand IP (IP 裂变).</summary>
    IpFission = 3,

    /// <summary>Cooperation with another brand's channel (异业渠道合作).</summary>
    CrossBrandCooperation = 4,

    /// <summary>Stored-value primary and secondary cards (储值主副卡), like a credit card's supplementary card.</summary>
    StoredValueCard = 5,

    /// <summary>An individual benefit unlocked by sharing (个人利益裂变): "share with 2 friends, hear one lesson free".</summary>
    BenefitUnlock = 6,

    /// <summary>Distribution and sharing with a commission (分销).</summary>
    Distribution = 7,

    /// <summary>Coupons and gift cards sent to friends (卡券 / 礼品卡转赠).</summary>
    GiftCard = 8,

    /// <summary>A product designed to be social (社交化产品设计), such as a mutual-help bottle cap.</summary>
    SocialProduct = 9,
}
