using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

/// <summary>A new member brought in by a referrer was attributed to the campaign, and the rewards it earned were paid.</summary>
/// <param name="EventId">Identifies the event.</param>
/// <param name="Campaign">The campaign.</param>
/// <param name="At">When the new member joined.</param>
/// <param name="Referrer">Who shared.</param>
/// <param name="Referee">The new member (the helper, 助力者).</param>
/// <param name="ReferrerReward">Paid to the referrer: the per-referral reward and any stage reached.</param>
/// <param name="NewcomerReward">Paid to the new member: a new-user red packet, a gift card, ...</param>
/// <param name="Counted">Whether it counts toward the referrer's stages; false past a per-member or per-day limit, with nothing paid.</param>
public sealed record ReferralCredited(
    DomainEventId EventId,
    CampaignId Campaign,
    Instant At,
    MemberId Referrer,
    MemberId Referee,
    Money ReferrerReward,
    Money NewcomerReward,
    bool Counted) : CampaignEvent(EventId, Campaign, At)
{
    /// <summary>The event's stable type name, its JSON discriminator.</summary>
    public const string TypeName = "referralCredited";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => TypeName;
}
