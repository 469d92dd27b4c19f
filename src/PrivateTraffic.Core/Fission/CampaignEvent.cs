using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

/// <summary>
/// Something that happened to a fission campaign (裂变活动). A campaign's state is the fold of its events, each
/// identified by <see cref="EventId"/> so that applying it twice changes nothing.
/// </summary>
/// <remarks>JSON: an object with a <c>type</c> discriminator first (<c>campaignLaunched</c>, ...); see docs/json-fission.md.</remarks>
/// <param name="EventId">Identifies the event.</param>
/// <param name="Campaign">The campaign the event belongs to.</param>
/// <param name="At">When it happened.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(CampaignLaunched), CampaignLaunched.TypeName)]
[JsonDerivedType(typeof(ReferralCredited), ReferralCredited.TypeName)]
[JsonDerivedType(typeof(HelperLeft), HelperLeft.TypeName)]
[JsonDerivedType(typeof(CampaignEnded), CampaignEnded.TypeName)]
[JsonDerivedType(typeof(CommissionPaid), CommissionPaid.TypeName)]
public abstract record CampaignEvent(DomainEventId EventId, CampaignId Campaign, Instant At)
{
    /// <summary>The event's stable type name, its JSON discriminator; each type also has it as a constant, <c>TypeName</c>.</summary>
    [JsonIgnore]
    public abstract string Type { get; }
}
