using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

/// <summary>A fission campaign was launched: its definition. Every later event is checked against it.</summary>
/// <param name="EventId">Identifies the event.</param>
/// <param name="Campaign">The campaign.</param>
/// <param name="At">When it was launched.</param>
/// <param name="Name">What the campaign is called.</param>
/// <param name="Mechanic">Its fission mechanic, one of the ten of article 002.</param>
/// <param name="Bait">The bait (诱饵) offered, in words: a free lesson, a red packet, ...</param>
/// <param name="Rule">Who is paid what, and when.</param>
/// <param name="Budget">What the campaign may spend in all; spent, it ends. Required: no campaign is unbounded.</param>
/// <param name="PerMemberLimit">At most this many rewarded referrals per referrer, or none.</param>
/// <param name="PerDayLimit">At most this many rewarded referrals per referrer and calendar day, or none.</param>
/// <param name="TimeZone">The zone whose calendar days the per-day limit counts.</param>
/// <param name="SeedUsers">The seed users (种子用户) who start it.</param>
/// <param name="Distribution">Its multi-level distribution commission (分销) on new members' purchases, or none.</param>
public sealed record CampaignLaunched(
    DomainEventId EventId,
    CampaignId Campaign,
    Instant At,
    string Name,
    ReferralMechanic Mechanic,
    string Bait,
    RewardRule Rule,
    Money Budget,
    int? PerMemberLimit,
    int? PerDayLimit,
    DateTimeZone TimeZone,
    IReadOnlyList<MemberId> SeedUsers,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DistributionRule? Distribution = null) : CampaignEvent(EventId, Campaign, At)
{
    /// <summary>The event's stable type name, its JSON discriminator.</summary>
    public const string TypeName = "campaignLaunched";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => TypeName;
}
