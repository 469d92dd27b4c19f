using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Engagement;

/// <summary>
/// A named scalar field of a <see cref="MemberView"/> that a rule's conditions can compare. The JSON name of each is its
/// camelCase name (<c>daysSinceLastPurchase</c>); <see cref="MemberViewFields"/> gives its kind. Sets (tags, groups,
/// roles, consents) are not fields: conditions of their own test them.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<MemberViewField>))]
public enum MemberViewField
{
    /// <summary>The lifecycle stage at the view's instant (生命周期阶段); an enumeration, never missing.</summary>
    Stage = 0,

    /// <summary>The 271 status (付费 / 可转化 / 垃圾); an enumeration, missing when no status was given.</summary>
    Status = 1,

    /// <summary>The value tier (价值分层); an enumeration, missing without a value card.</summary>
    Tier = 2,

    /// <summary>The RFM segment; an enumeration, missing without a value card.</summary>
    Segment = 3,

    /// <summary>The RFM recency score, 1 to 5; a number, missing without a value card.</summary>
    Recency = 4,

    /// <summary>The RFM frequency score, 1 to 5; a number, missing without a value card.</summary>
    Frequency = 5,

    /// <summary>The RFM monetary score, 1 to 5; a number, missing without a value card.</summary>
    Monetary = 6,

    /// <summary>P(alive), the model's probability that the member still buys, in [0, 1]; a number, missing when not given.</summary>
    PAlive = 7,

    /// <summary>Whole days since the last purchase, in the member's zone; days, missing when they never bought.</summary>
    DaysSinceLastPurchase = 8,

    /// <summary>Whole days since the last interaction (capture, purchase, interaction, referral), in the member's zone; days.</summary>
    DaysSinceLastInteraction = 9,

    /// <summary>Realized value (已实现价值); money, missing without a value card.</summary>
    RealizedValue = 10,

    /// <summary>Potential value (潜在价值); money, missing without a value card.</summary>
    PotentialValue = 11,

    /// <summary>Model value (榜样价值: the value of the people they brought); money, missing without a value card.</summary>
    ModelValue = 12,

    /// <summary>How many purchases the member made; a number, never missing.</summary>
    PurchaseCount = 13,

    /// <summary>How many members they brought who joined; a number, never missing.</summary>
    ReferralCount = 14,

    /// <summary>The worst health among the member's groups (dead is worst); an enumeration, missing when they are in no
    /// group whose health was given.</summary>
    GroupHealth = 15,
}
