using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

/// <summary>A member was brought by another member (裂变): the edge of the referral graph, who brought whom. The referrer must have been captured before the member, so the graph has no cycles.</summary>
/// <param name="EventId">Identifies the event.</param>
/// <param name="Pool">The pool.</param>
/// <param name="At">When it happened.</param>
/// <param name="Member">The member it is about.</param>
/// <param name="Referrer">The member who brought them. A prospect who has not bought yet may be a referrer too.</param>
/// <param name="Campaign">The fission campaign (裂变活动) the referral came through, if any.</param>
/// <param name="Mechanic">How the referral was made (the campaign's mechanic), if known.</param>
/// <param name="Reward">What the referrer was promised for it (a red packet, a commission, ...), if anything; never negative.</param>
public sealed record MemberReferred(
    DomainEventId EventId,
    PoolId Pool,
    Instant At,
    MemberId Member,
    MemberId Referrer,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] CampaignId? Campaign = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ReferralMechanic? Mechanic = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Money? Reward = null)
    : MemberEvent(EventId, Pool, At, Member)
{
    /// <summary>The event's stable type name, its JSON discriminator.</summary>
    public const string TypeName = "memberReferred";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => TypeName;
}
