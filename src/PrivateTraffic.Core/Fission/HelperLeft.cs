using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

/// <summary>A helper (助力者) left or deleted the referrer as a friend: they no longer count toward the referrer's
/// stages. What was already paid stays paid (it was spent); a stage already rewarded is not rewarded again.</summary>
/// <param name="EventId">Identifies the event.</param>
/// <param name="Campaign">The campaign.</param>
/// <param name="At">When they left.</param>
/// <param name="Helper">The referee who left.</param>
public sealed record HelperLeft(DomainEventId EventId, CampaignId Campaign, Instant At, MemberId Helper) : CampaignEvent(EventId, Campaign, At)
{
    /// <summary>The event's stable type name, its JSON discriminator.</summary>
    public const string TypeName = "helperLeft";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => TypeName;
}
