using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

// Distribution (分销): commissions on new members' purchases, walked up the pool's referral graph.
public sealed partial class FissionCampaign
{
    /// <summary>Decides the commissions on a purchase by one of the campaign's new members (<see cref="CommissionPaid"/>):
    /// level 1 is the campaign's referrer of the buyer, higher levels each one's referrer in the pool's graph, up to the
    /// rule's levels (see <see cref="DistributionRule"/> for the formula). Only a counted new member who is still there
    /// earns commissions, so the per-member and per-day limits carry over from their referral. Commissions that do not
    /// fit what is left of the budget end the campaign instead; commissions that spend it exactly end it too
    /// (id <c>{eventId}~ended</c>).</summary>
    /// <param name="buyer">The new member who bought.</param>
    /// <param name="purchase">What they actually paid, above zero, in the budget's currency.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The event id.</param>
    /// <param name="referrals">The pool's referral graph (<see cref="PrivatePool.Referrals"/>).</param>
    /// <exception cref="DomainRuleException"><see cref="DomainRuleCodes.FissionNoDistribution"/>,
    /// <see cref="DomainRuleCodes.FissionNotCommissionable"/>, <see cref="DomainRuleCodes.FissionCurrencyMismatch"/>,
    /// <see cref="DomainRuleCodes.FissionCampaignEnded"/>.</exception>
    public CampaignDecision DecidePurchase(MemberId buyer, Money purchase, Instant at, DomainEventId eventId, ReferralGraph referrals)
    {
        Guard.Against.Unmet(!eventId.IsUnset, "The event id must be set.", nameof(eventId));
        Guard.Against.Null(referrals);
        if (_applied.Contains(eventId.Value))
        {
            return new CampaignDecision(this, [], Version, isRepeat: true);
        }

        CheckOpen(at);
        var rule = CommissionRule(buyer, purchase);
        var referrer = _credits[buyer.Value].Referrer;
        var paid = new CommissionPaid(eventId, Id, at, buyer, purchase, rule.Commissions(purchase, rule.Upline(buyer, referrer, referrals)));
        return DecidedWithinBudget(paid, paid.Total);
    }

    /// <summary>Pays the commissions on a purchase (see <see cref="DecidePurchase"/>); returns false for a repeated event id.</summary>
    /// <param name="buyer">The new member who bought.</param>
    /// <param name="purchase">What they actually paid.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The event id.</param>
    /// <param name="referrals">The pool's referral graph.</param>
    public bool RecordPurchase(MemberId buyer, Money purchase, Instant at, DomainEventId eventId, ReferralGraph referrals) =>
        Commit(DecidePurchase(buyer, purchase, at, eventId, referrals));

    /// <summary>The commissions paid so far, in order.</summary>
    public IEnumerable<CommissionPaid> Commissions()
    {
        foreach (var e in _entries)
        {
            if (e is CommissionPaid paid)
            {
                yield return paid;
            }
        }
    }

    private DistributionRule CommissionRule(MemberId buyer, Money purchase)
    {
        if (_definition.Distribution is not { } rule)
        {
            throw Rule(DomainRuleCodes.FissionNoDistribution, $"Campaign {Id} has no distribution rule: it pays no commission on purchases.");
        }

        if (purchase.Currency != Budget.Currency)
        {
            throw Rule(DomainRuleCodes.FissionCurrencyMismatch, $"A purchase of {purchase} for campaign {Id}, whose budget is in {Budget.Currency}.");
        }

        Guard.Against.Unmet(purchase.Amount > 0m, $"A purchase is above zero, not {purchase}.", nameof(purchase));
        if (!_credits.TryGetValue(buyer.Value, out var credit) || !credit.Counted || credit.Left)
        {
            throw Rule(DomainRuleCodes.FissionNotCommissionable, $"{buyer} earns campaign {Id} no commission: not a counted new member of it who is still there.");
        }

        return rule;
    }

    // A stored event: its chain cannot be walked again without the pool, so check its shape, level 1 and the amounts.
    private void CheckCommission(CommissionPaid paid)
    {
        Guard.Against.Null(paid.Commissions, nameof(paid));
        var rule = CommissionRule(paid.Buyer, paid.Purchase);
        var upline = new List<MemberId>(paid.Commissions.Count);
        foreach (var c in paid.Commissions)
        {
            Guard.Against.Null(c, nameof(paid));
            if (c.Level != upline.Count + 1 || c.Referrer.IsUnset || c.Referrer == paid.Buyer || upline.Contains(c.Referrer))
            {
                throw Rule(DomainRuleCodes.FissionInvalidEvent, $"The commissions on {paid.Buyer}'s purchase are not a chain of distinct members, level 1 first.");
            }

            upline.Add(c.Referrer);
        }

        if (upline.Count == 0 || upline.Count > rule.Levels || upline[0] != _credits[paid.Buyer.Value].Referrer)
        {
            throw Rule(DomainRuleCodes.FissionInvalidEvent, $"The commissions on {paid.Buyer}'s purchase must start at the campaign's referrer of the buyer and pay 1 to {rule.Levels} levels.");
        }

        var expected = rule.Commissions(paid.Purchase, upline);
        for (var i = 0; i < expected.Count; i++)
        {
            if (expected[i].Amount != paid.Commissions[i].Amount)
            {
                throw Rule(DomainRuleCodes.FissionInvalidEvent, $"Level {i + 1} of {paid.Buyer}'s purchase pays {paid.Commissions[i].Amount}; the rule gives {expected[i].Amount}.");
            }
        }

        if (paid.Total > Remaining)
        {
            throw Rule(DomainRuleCodes.FissionInvalidEvent, $"The commissions on {paid.Buyer}'s purchase would spend past the budget; {Remaining} is left.");
        }
    }
}
