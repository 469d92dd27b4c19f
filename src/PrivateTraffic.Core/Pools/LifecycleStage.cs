using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Pools;

/// <summary>
/// Where a member stands in the pool's loop (生命周期): prospect 潜客 → first purchase 首购 → repeat 复购 →
/// cross-category 多品类 → advocate 裂变, with dormant 沉睡 and churned 流失 beside the loop.
/// </summary>
/// <remarks>
/// The first five are the buying stages, in the order a member climbs them (a member may skip one: a second
/// purchase in a new category goes from first purchase straight to cross-category). <see cref="LifecyclePolicy"/>
/// says which stage a member's history gives at an instant and which transitions are legal.
/// </remarks>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<LifecycleStage>))]
public enum LifecycleStage
{
    /// <summary>潜客: captured, has not bought yet.</summary>
    Prospect = 0,

    /// <summary>首购: one purchase.</summary>
    FirstPurchase = 1,

    /// <summary>复购: two or more purchases in one category.</summary>
    Repeat = 2,

    /// <summary>多品类: purchases in two or more categories.</summary>
    CrossCategory = 3,

    /// <summary>裂变: a buyer who brought at least one person who joined the pool.</summary>
    Advocate = 4,

    /// <summary>沉睡: no purchase and no interaction for <see cref="LifecyclePolicy.DormantAfter"/>.</summary>
    Dormant = 5,

    /// <summary>流失: left the pool, deleted the account, or dormant past <see cref="LifecyclePolicy.ChurnedAfter"/>.</summary>
    Churned = 6,
}
