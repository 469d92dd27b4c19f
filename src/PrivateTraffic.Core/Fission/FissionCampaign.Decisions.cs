using System;
using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Fission;

// Commands. Each DecideX checks the events the command would raise and returns them without changing anything; X
// decides, applies and records the events as pending.
public sealed partial class FissionCampaign
{
    /// <summary>Launches a campaign: its <see cref="CampaignLaunched"/> event is pending.</summary>
    /// <param name="campaign">The campaign's id.</param>
    /// <param name="name">What it is called.</param>
    /// <param name="mechanic">Its fission mechanic.</param>
    /// <param name="bait">The bait (诱饵) in words.</param>
    /// <param name="rule">Its reward-cost rule (see <see cref="RewardRules"/>).</param>
    /// <param name="budget">Its budget, above zero; <c>null</c> (unbounded) is refused.</param>
    /// <param name="at">When it starts.</param>
    /// <param name="eventId">The launch's event id.</param>
    /// <param name="seedUsers">Its seed users (种子用户); none when null.</param>
    /// <param name="perMemberLimit">At most this many rewarded referrals per referrer, or none.</param>
    /// <param name="perDayLimit">At most this many rewarded referrals per referrer and day, or none.</param>
    /// <param name="timeZone">The zone of the per-day limit's days; Asia/Shanghai when null.</param>
    /// <param name="distribution">A multi-level distribution commission on new members' purchases (<see cref="DecidePurchase"/>), or none.</param>
    /// <exception cref="DomainRuleException"><see cref="DomainRuleCodes.FissionUnboundedCampaign"/> without a budget above
    /// zero; <see cref="DomainRuleCodes.FissionCurrencyMismatch"/> for a reward in another currency than the budget.</exception>
    public static FissionCampaign Launch(
        CampaignId campaign,
        string name,
        ReferralMechanic mechanic,
        string bait,
        RewardRule rule,
        Money? budget,
        Instant at,
        DomainEventId eventId,
        IEnumerable<MemberId>? seedUsers = null,
        int? perMemberLimit = null,
        int? perDayLimit = null,
        DateTimeZone? timeZone = null,
        DistributionRule? distribution = null)
    {
        Guard.Against.Null(rule);
        if (budget is not { } bounded)
        {
            throw new DomainRuleException(DomainRuleCodes.FissionUnboundedCampaign, $"Campaign {campaign} has no budget: an unbounded campaign is refused.");
        }

        var launched = new CampaignLaunched(eventId, campaign, at, name, mechanic, bait, rule, bounded, perMemberLimit, perDayLimit,
            timeZone ?? PrivatePool.DefaultTimeZone, seedUsers is null ? [] : [.. seedUsers], distribution);
        var result = Rebuild([launched]);
        result._pending.Add(launched);
        return result;
    }

    /// <summary>Decides a referral: a new member brought by <paramref name="referrer"/> is attributed and paid by the
    /// rule (<see cref="ReferralCredited"/>); when that spends the budget the campaign also ends (id <c>{eventId}~ended</c>).
    /// When the rewards do not fit what is left, the decision is the end alone (<see cref="CampaignEnded"/>, budget spent).</summary>
    /// <param name="referrer">Who shared.</param>
    /// <param name="referee">The new member.</param>
    /// <param name="at">When they joined.</param>
    /// <param name="eventId">The referral's event id.</param>
    /// <param name="alreadyMember">Whether the caller found the referee already in the pool (only new members count).</param>
    /// <exception cref="DomainRuleException"><see cref="DomainRuleCodes.FissionNotNewMember"/>,
    /// <see cref="DomainRuleCodes.FissionCampaignEnded"/>, <see cref="DomainRuleCodes.FissionInvalidEvent"/> for an instant
    /// before the campaign's latest.</exception>
    public CampaignDecision DecideReferral(MemberId referrer, MemberId referee, Instant at, DomainEventId eventId, bool alreadyMember = false)
    {
        Guard.Against.Unmet(!eventId.IsUnset, "The event id must be set.", nameof(eventId));
        if (_applied.Contains(eventId.Value))
        {
            return new CampaignDecision(this, [], Version, isRepeat: true);
        }

        // The checks of Check(ReferralCredited), each once: the rewards are the rule's by construction.
        CheckOpen(at);
        CheckNewMember(referrer, referee, alreadyMember);
        var credited = Rewards(eventId, at, referrer, referee);
        return DecidedWithinBudget(credited, credited.ReferrerReward + credited.NewcomerReward);
    }

    // A payment that does not fit what is left ends the campaign instead; one that spends it exactly ends it too.
    private CampaignDecision DecidedWithinBudget(CampaignEvent payment, Money cost)
    {
        if (cost > Remaining)
        {
            return Decided(new CampaignEnded(payment.EventId, Id, payment.At, CampaignEndReason.BudgetSpent));
        }

        if (cost == Remaining && !cost.IsZero)
        {
            var endId = DomainEventId.From(payment.EventId.Value + "~ended");
            Guard.Against.Unmet(!_applied.Contains(endId.Value), $"The derived id {endId} is taken.", "eventId");
            return Decided(payment, new CampaignEnded(endId, Id, payment.At, CampaignEndReason.BudgetSpent));
        }

        return Decided(payment);
    }

    /// <summary>Credits a referral (see <see cref="DecideReferral"/>); returns false for a repeated event id.</summary>
    /// <param name="referrer">Who shared.</param>
    /// <param name="referee">The new member.</param>
    /// <param name="at">When they joined.</param>
    /// <param name="eventId">The referral's event id.</param>
    /// <param name="alreadyMember">Whether the caller found the referee already in the pool.</param>
    public bool CreditReferral(MemberId referrer, MemberId referee, Instant at, DomainEventId eventId, bool alreadyMember = false)
    {
        // The common case without a decision object: same checks as DecideReferral, and a credit that leaves budget
        // is folded at once (the decision would hold just it, at this version). Anything else goes the general way.
        Guard.Against.Unmet(!eventId.IsUnset, "The event id must be set.", nameof(eventId));
        if (!_applied.Contains(eventId.Value))
        {
            CheckOpen(at);
            CheckNewMember(referrer, referee, alreadyMember);
            var credited = Rewards(eventId, at, referrer, referee);
            if (credited.ReferrerReward + credited.NewcomerReward < Remaining)
            {
                Fold(credited);
                _pending.Add(credited);
                return true;
            }
        }

        return Commit(DecideReferral(referrer, referee, at, eventId, alreadyMember));
    }

    /// <summary>Decides that a helper left or deleted the referrer (<see cref="HelperLeft"/>): they no longer count.</summary>
    /// <param name="helper">The referee who left.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The event id.</param>
    /// <exception cref="DomainRuleException"><see cref="DomainRuleCodes.FissionUnknownHelper"/>, <see cref="DomainRuleCodes.FissionCampaignEnded"/>.</exception>
    public CampaignDecision DecideHelperLeft(MemberId helper, Instant at, DomainEventId eventId) =>
        DecideOne(new HelperLeft(eventId, Id, at, helper));

    /// <summary>Records that a helper left (see <see cref="DecideHelperLeft"/>); returns false for a repeated event id.</summary>
    /// <param name="helper">The referee who left.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The event id.</param>
    public bool RecordHelperLeft(MemberId helper, Instant at, DomainEventId eventId) => Commit(DecideHelperLeft(helper, at, eventId));

    /// <summary>Decides to stop the campaign (<see cref="CampaignEnded"/>, stopped).</summary>
    /// <param name="at">When.</param>
    /// <param name="eventId">The event id.</param>
    public CampaignDecision DecideStop(Instant at, DomainEventId eventId) => DecideOne(new CampaignEnded(eventId, Id, at, CampaignEndReason.Stopped));

    /// <summary>Stops the campaign; returns false for a repeated event id.</summary>
    /// <param name="at">When.</param>
    /// <param name="eventId">The event id.</param>
    public bool Stop(Instant at, DomainEventId eventId) => Commit(DecideStop(at, eventId));

    /// <summary>Decides an event from a store or another process: checked by every rule, applied by <see cref="Apply(CampaignDecision)"/>.</summary>
    /// <param name="campaignEvent">The event.</param>
    public CampaignDecision Decide(CampaignEvent campaignEvent) => DecideOne(campaignEvent);

    /// <summary>Applies a decision whole; returns false for a repeat. A campaign that changed since refuses it
    /// (<see cref="DomainRuleCodes.FissionStaleDecision"/>).</summary>
    /// <param name="decision">A decision made on this campaign.</param>
    public bool Apply(CampaignDecision decision)
    {
        Guard.Against.Null(decision);
        Guard.Against.Unmet(ReferenceEquals(decision.Campaign, this), "The decision was made on another campaign object.", nameof(decision));
        if (decision.Events.Count == 0)
        {
            return false;
        }

        if (decision.BaseVersion != Version)
        {
            throw Rule(DomainRuleCodes.FissionStaleDecision, $"The decision was made on version {decision.BaseVersion} of campaign {Id}, which is now at {Version}. Decide again.");
        }

        foreach (var e in decision.Events)
        {
            Fold(e);
        }

        return true;
    }

    /// <summary>Applies one event (checked by every rule); returns false when its id was already applied.</summary>
    /// <param name="campaignEvent">The event.</param>
    public bool Apply(CampaignEvent campaignEvent) => Apply(Decide(campaignEvent));

    private CampaignDecision DecideOne(CampaignEvent e)
    {
        CheckEnvelope(e);
        if (_applied.Contains(e.EventId.Value))
        {
            return new CampaignDecision(this, [], Version, isRepeat: true);
        }

        Check(e);
        return new CampaignDecision(this, [e], Version, isRepeat: false);
    }

    private CampaignDecision Decided(params CampaignEvent[] events) => new(this, events, Version, isRepeat: false);

    private bool Commit(CampaignDecision decision)
    {
        if (!Apply(decision))
        {
            return false;
        }

        _pending.AddRange(decision.Events);
        return true;
    }
}
