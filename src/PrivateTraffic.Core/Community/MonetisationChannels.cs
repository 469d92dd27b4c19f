using System;
using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Community;

/// <summary>How a community earns (变现), as a set: goods + membership + knowledge + consulting, plus crowdfunding
/// and payment in advance or by instalments (article 002). Written in JSON as an array of camelCase names.</summary>
[Flags]
[JsonConverter(typeof(MonetisationChannelsJsonConverter))]
public enum MonetisationChannels
{
    /// <summary>No earning planned.</summary>
    None = 0,

    /// <summary>Selling goods (卖货).</summary>
    Goods = 1,

    /// <summary>Membership fees (会员).</summary>
    Membership = 2,

    /// <summary>Paid knowledge sharing (知识分享).</summary>
    Knowledge = 4,

    /// <summary>Consulting (咨询).</summary>
    Consulting = 8,

    /// <summary>Crowdfunding (众筹), often done through a community.</summary>
    Crowdfunding = 16,

    /// <summary>Payment in advance (pre-orders, deposits).</summary>
    AdvancePayment = 32,

    /// <summary>Payment by instalments (分期): a community can turn a large up-front price into instalments.</summary>
    Instalments = 64,
}
