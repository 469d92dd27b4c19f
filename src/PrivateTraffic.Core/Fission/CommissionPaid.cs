using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

/// <summary>A new member of the campaign bought, and the campaign's <see cref="DistributionRule"/> paid commissions
/// (分销佣金) to their upline from the budget.</summary>
/// <param name="EventId">Identifies the event.</param>
/// <param name="Campaign">The campaign.</param>
/// <param name="At">When they bought.</param>
/// <param name="Buyer">The counted new member who bought.</param>
/// <param name="Purchase">What they paid.</param>
/// <param name="Commissions">One per level paid, level 1 (the campaign's referrer of the buyer) first.</param>
public sealed record CommissionPaid(
    DomainEventId EventId,
    CampaignId Campaign,
    Instant At,
    MemberId Buyer,
    Money Purchase,
    IReadOnlyList<LevelCommission> Commissions) : CampaignEvent(EventId, Campaign, At)
{
    /// <summary>The event's stable type name, its JSON discriminator.</summary>
    public const string TypeName = "commissionPaid";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Every commission of the event together.</summary>
    [JsonIgnore]
    public Money Total
    {
        get
        {
            var total = Money.Zero(Purchase.Currency);
            foreach (var c in Commissions)
            {
                total += c.Amount;
            }

            return total;
        }
    }
}
