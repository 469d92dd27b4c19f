using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// What an SOP step shows or says. Article 003 names the first two (the counter clerk's moments: other customers'
/// results and promotions); the others are the kinds a store's SOPs commonly add, named here so a plan can be checked
/// (<see cref="ContentMarks"/> gives each kind's assumed marks of a hit).
/// </summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ContentKind>))]
public enum ContentKind
{
    /// <summary>Other customers' results (上脸效果 / 买家秀): photos of the product on real customers (article 003).</summary>
    CustomerResults = 0,

    /// <summary>A promotion (促销): a price, a bundle, a deadline (article 003).</summary>
    Promotion = 1,

    /// <summary>New arrivals (上新): what has just come in (article 003's "促销,上新信息").</summary>
    NewArrival = 2,

    /// <summary>A free sample or trial offer (小样 / 试用): the bait that makes adding the clerk worth it (article 003).</summary>
    SampleOffer = 3,

    /// <summary>How-to and know-how (干货 / 使用教程): how to use the product, tips.</summary>
    HowTo = 4,

    /// <summary>Care (关怀): a greeting, a reminder, a follow-up on how the product works for the member.</summary>
    Care = 5,
}
