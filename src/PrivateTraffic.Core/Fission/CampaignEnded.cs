using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

/// <summary>The campaign ended; nothing more is credited.</summary>
/// <param name="EventId">Identifies the event.</param>
/// <param name="Campaign">The campaign.</param>
/// <param name="At">When it ended.</param>
/// <param name="Reason">Why.</param>
public sealed record CampaignEnded(DomainEventId EventId, CampaignId Campaign, Instant At, CampaignEndReason Reason) : CampaignEvent(EventId, Campaign, At)
{
    /// <summary>The event's stable type name, its JSON discriminator.</summary>
    public const string TypeName = "campaignEnded";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => TypeName;
}
