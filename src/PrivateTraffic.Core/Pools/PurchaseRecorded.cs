using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>The member bought something (转化 / 复购). Purchases move the member along the buying stages.</summary>
/// <param name="EventId">Identifies the event.</param>
/// <param name="Pool">The pool.</param>
/// <param name="At">When it happened.</param>
/// <param name="Member">The member it is about.</param>
/// <param name="Category">The product category, such as <c>skincare</c>; a purchase in a second category makes the member cross-category (多品类).</param>
/// <param name="Amount">What the member paid: zero or more, in the pool's purchase currency (the first purchase sets it).</param>
/// <param name="Margin">The gross margin (毛利) the purchase earned, if known, in the amount's currency and at most the
/// amount; value can then be counted on margin rather than on revenue (docs/concepts/value.md).</param>
public sealed record PurchaseRecorded(DomainEventId EventId, PoolId Pool, Instant At, MemberId Member, string Category, Money Amount, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Money? Margin = null)
    : MemberEvent(EventId, Pool, At, Member)
{
    /// <summary>The event's stable type name, its JSON discriminator.</summary>
    public const string TypeName = "purchaseRecorded";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => TypeName;
}
