using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

// Commands. Each DecideX checks every event the command would raise against the pool as it is and returns them in a
// PoolDecision without changing anything; X itself decides, applies and records the events as pending.
public sealed partial class PrivatePool
{
    /// <summary>Decides a capture (引流): <see cref="MemberCaptured"/>, and with a referrer also <see cref="MemberReferred"/>
    /// (id <c>{eventId}~referral</c>) and the referrer's <see cref="StageChanged"/> to advocate if they become one
    /// (id <c>{eventId}~referrer-stage</c>).</summary>
    /// <param name="member">The new member.</param>
    /// <param name="source">Where they were captured.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The capture's event id (at most 112 characters, room for the derived ids).</param>
    /// <param name="subPool">The sub-pool; the first one when null.</param>
    /// <param name="referredBy">Who brought them and how, if anyone: a member captured earlier (a prospect counts).</param>
    /// <param name="timeZone">Their time zone; Asia/Shanghai when null.</param>
    /// <param name="tags">Labels; none when null.</param>
    /// <param name="joinedBy">How they came in.</param>
    /// <returns>The decision; a repeat (no events) when <paramref name="eventId"/> was already applied.</returns>
    /// <exception cref="ArgumentException">A malformed argument.</exception>
    /// <exception cref="DomainRuleException"><see cref="DomainRuleCodes.PoolCapacityExceeded"/> when the pool is full
    /// (or past the QR-code limit for a QR join), <see cref="DomainRuleCodes.PoolMemberAlreadyCaptured"/>,
    /// <see cref="DomainRuleCodes.PoolInvalidMove"/> for an unknown sub-pool, <see cref="DomainRuleCodes.PoolInvalidReferral"/>,
    /// <see cref="DomainRuleCodes.PoolEventIdTaken"/>, <see cref="DomainRuleCodes.PoolEventInFuture"/>.</exception>
    public PoolDecision DecideCapture(
        MemberId member,
        ChannelId source,
        Instant at,
        DomainEventId eventId,
        string? subPool = null,
        ReferredBy? referredBy = null,
        DateTimeZone? timeZone = null,
        IEnumerable<string>? tags = null,
        JoinMethod joinedBy = JoinMethod.Invitation)
    {
        var captured = new MemberCaptured(eventId, Id, at, member, source, subPool ?? SubPools[0], timeZone ?? DefaultTimeZone,
            tags is null ? [] : [.. tags], joinedBy);
        CheckEnvelope(captured);
        if (_applied.Contains(eventId.Value))
        {
            return Repeat();
        }

        Check(captured);
        if (referredBy is null)
        {
            return Decided(captured);
        }

        var referral = new MemberReferred(Derive(eventId, "referral"), Id, at, member, referredBy.Referrer,
            referredBy.Campaign, referredBy.Mechanic, referredBy.Reward);
        var referrerStageId = Derive(eventId, "referrer-stage");
        RefuseTaken(referral.EventId, referrerStageId);
        CheckTime(referral);
        CheckReferral(referral, capturedIndex: _slotCount);

        // The referrer's numbers as the referral would leave them, on a copy: does their stage move?
        var referrerSlot = _index[referredBy.Referrer.Value];
        var after = _slots[referrerSlot];
        CountReferral(ref after, at);
        return StageChangeOf(referrerSlot, after, at, referrerStageId) is { } stage
            ? Decided(captured, referral, stage)
            : Decided(captured, referral);
    }

    /// <summary>Captures a person into the pool: <see cref="DecideCapture"/>, applied, its events added to <see cref="PendingEvents"/>.</summary>
    /// <param name="member">The new member.</param>
    /// <param name="source">Where they were captured.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The capture's event id.</param>
    /// <param name="subPool">The sub-pool; the first one when null.</param>
    /// <param name="referredBy">Who brought them and how, if anyone.</param>
    /// <param name="timeZone">Their time zone; Asia/Shanghai when null.</param>
    /// <param name="tags">Labels; none when null.</param>
    /// <param name="joinedBy">How they came in.</param>
    /// <returns>True when captured; false when <paramref name="eventId"/> was already applied (a repeated command).</returns>
    /// <exception cref="DomainRuleException">As <see cref="DecideCapture"/>; the pool is unchanged.</exception>
    public bool Capture(
        MemberId member,
        ChannelId source,
        Instant at,
        DomainEventId eventId,
        string? subPool = null,
        ReferredBy? referredBy = null,
        DateTimeZone? timeZone = null,
        IEnumerable<string>? tags = null,
        JoinMethod joinedBy = JoinMethod.Invitation) =>
        Commit(DecideCapture(member, source, at, eventId, subPool, referredBy, timeZone, tags, joinedBy));

    /// <summary>Decides a purchase: <see cref="PurchaseRecorded"/> and, when the stage moves (prospect to first purchase,
    /// dormant back to buying, ...), <see cref="StageChanged"/> with id <c>{eventId}~stage</c>.</summary>
    /// <param name="member">The buyer.</param>
    /// <param name="category">The product category.</param>
    /// <param name="amount">What they paid: zero or more, in the pool's purchase currency.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The event id.</param>
    /// <param name="margin">The margin it earned, if known: at most the amount, in its currency.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="DomainRuleException"><see cref="DomainRuleCodes.PoolEventOutOfOrder"/> (a purchase before the
    /// capture or before the member's last event), <see cref="DomainRuleCodes.PoolMemberGone"/>,
    /// <see cref="DomainRuleCodes.PoolInvalidPurchase"/>, <see cref="DomainRuleCodes.PoolEventIdTaken"/>.</exception>
    public PoolDecision DecidePurchase(MemberId member, string category, Money amount, Instant at, DomainEventId eventId, Money? margin = null) =>
        DecideWithStage(new PurchaseRecorded(eventId, Id, at, member, category, amount, margin));

    /// <summary>Records a purchase: <see cref="DecidePurchase"/>, applied and pending.</summary>
    /// <param name="member">The buyer.</param>
    /// <param name="category">The product category.</param>
    /// <param name="amount">What they paid.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The event id.</param>
    /// <param name="margin">The margin it earned, if known.</param>
    /// <returns>True when recorded; false for a repeated event id.</returns>
    /// <exception cref="DomainRuleException">As <see cref="DecidePurchase"/>.</exception>
    public bool RecordPurchase(MemberId member, string category, Money amount, Instant at, DomainEventId eventId, Money? margin = null) =>
        Commit(DecidePurchase(member, category, amount, at, eventId, margin));

    /// <summary>Decides an interaction (a reply, a like, an activity); it ends dormancy like a purchase does.</summary>
    /// <param name="member">The member.</param>
    /// <param name="kind">What kind of interaction.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The event id.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="DomainRuleException">As for <see cref="DecidePurchase"/>.</exception>
    public PoolDecision DecideInteraction(MemberId member, string kind, Instant at, DomainEventId eventId) =>
        DecideWithStage(new InteractionRecorded(eventId, Id, at, member, kind));

    /// <summary>Records an interaction: <see cref="DecideInteraction"/>, applied and pending.</summary>
    /// <param name="member">The member.</param>
    /// <param name="kind">What kind of interaction.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The event id.</param>
    /// <returns>True when recorded; false for a repeated event id.</returns>
    /// <exception cref="DomainRuleException">As for <see cref="DecidePurchase"/>.</exception>
    public bool RecordInteraction(MemberId member, string kind, Instant at, DomainEventId eventId) =>
        Commit(DecideInteraction(member, kind, at, eventId));

    /// <summary>Decides a leave: <see cref="MemberLeft"/> and <see cref="StageChanged"/> to churned (id <c>{eventId}~stage</c>).</summary>
    /// <param name="member">The member.</param>
    /// <param name="reason">Why.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The event id.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="DomainRuleException">Unknown, already gone, or out of order.</exception>
    public PoolDecision DecideLeave(MemberId member, LeaveReason reason, Instant at, DomainEventId eventId) =>
        DecideWithStage(new MemberLeft(eventId, Id, at, member, reason));

    /// <summary>Records that the member left: <see cref="DecideLeave"/>, applied and pending.</summary>
    /// <param name="member">The member.</param>
    /// <param name="reason">Why.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The event id.</param>
    /// <returns>True when recorded; false for a repeated event id.</returns>
    /// <exception cref="DomainRuleException">Unknown, already gone, or out of order.</exception>
    public bool Leave(MemberId member, LeaveReason reason, Instant at, DomainEventId eventId) =>
        Commit(DecideLeave(member, reason, at, eventId));

    /// <summary>Decides one event on its own (a move, a consent, an erasure, a stage change, or a referral recorded after the
    /// capture, which brings the referrer's stage change with id <c>{id}~referrer-stage</c> when their stage moves): it is
    /// checked, not applied.</summary>
    /// <param name="poolEvent">The event, for this pool.</param>
    /// <returns>The decision; a repeat when its id was already applied.</returns>
    /// <exception cref="ArgumentException">A malformed event, or one whose command raises more events (capture,
    /// purchase, interaction, leave: use their own Decide method, which derives the stage change).</exception>
    /// <exception cref="DomainRuleException">The event breaks a rule.</exception>
    public PoolDecision Decide(PoolEvent poolEvent)
    {
        CheckEnvelope(poolEvent);
        Guard.Against.Unmet(poolEvent is MemberMoved or ConsentGranted or ConsentWithdrawn or MemberErased or StageChanged or MemberReferred,
            "Only a move, a consent, an erasure, a stage change or a referral decides on its own; use the command's Decide method.", nameof(poolEvent));
        if (_applied.Contains(poolEvent.EventId.Value))
        {
            return Repeat();
        }

        Check(poolEvent);
        if (poolEvent is MemberReferred referral)
        {
            // A referral recorded after the capture moves the referrer's stage as one made at capture does.
            var referrerStageId = Derive(referral.EventId, "referrer-stage");
            RefuseTaken(referrerStageId);
            var referrerSlot = _index[referral.Referrer.Value];
            var after = _slots[referrerSlot];
            CountReferral(ref after, referral.At);
            if (StageChangeOf(referrerSlot, after, referral.At, referrerStageId) is { } stage)
            {
                return Decided(poolEvent, stage);
            }
        }

        return Decided(poolEvent);
    }

    /// <summary>Records that a member already in the pool was brought by another (a referral attributed after the capture,
    /// for example when a campaign's share link is matched later): <see cref="Decide"/> of a <see cref="MemberReferred"/>,
    /// applied and pending, with the referrer's stage change when they become an advocate.</summary>
    /// <param name="member">The member who was brought.</param>
    /// <param name="referredBy">Who brought them, and how.</param>
    /// <param name="at">When the referral is recorded.</param>
    /// <param name="eventId">The event id.</param>
    /// <returns>True when recorded; false for a repeated event id.</returns>
    /// <exception cref="DomainRuleException"><see cref="DomainRuleCodes.PoolInvalidReferral"/> (a self-referral, a referrer
    /// captured later, a member already referred), out of order, gone.</exception>
    public bool RecordReferral(MemberId member, ReferredBy referredBy, Instant at, DomainEventId eventId)
    {
        Guard.Against.Null(referredBy);
        return Commit(Decide(new MemberReferred(eventId, Id, at, member, referredBy.Referrer, referredBy.Campaign, referredBy.Mechanic, referredBy.Reward)));
    }

    /// <summary>Moves a member to another sub-pool, for example from prospects to customers.</summary>
    /// <param name="member">The member.</param>
    /// <param name="toSubPool">The target sub-pool.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The event id.</param>
    /// <returns>True when moved; false for a repeated event id.</returns>
    /// <exception cref="DomainRuleException"><see cref="DomainRuleCodes.PoolInvalidMove"/> for an unknown sub-pool or one
    /// the member is already in; <see cref="DomainRuleCodes.PoolMemberGone"/>; out of order.</exception>
    public bool Move(MemberId member, string toSubPool, Instant at, DomainEventId eventId)
    {
        var from = _index.TryGetValue(member.Value, out var i) ? SubPools[_slots[i].SubPoolIndex] : string.Empty;
        return Commit(Decide(new MemberMoved(eventId, Id, at, member, from, toSubPool)));
    }

    /// <summary>Records that the member consents to a purpose on a channel from <paramref name="at"/> on.</summary>
    /// <param name="member">The member.</param>
    /// <param name="purpose">The purpose.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The event id.</param>
    /// <returns>True when recorded; false for a repeated event id.</returns>
    /// <exception cref="DomainRuleException">Unknown, gone, or out of order.</exception>
    public bool GrantConsent(MemberId member, ConsentPurpose purpose, ChannelId channel, Instant at, DomainEventId eventId) =>
        Commit(Decide(new ConsentGranted(eventId, Id, at, member, purpose, channel)));

    /// <summary>Records that the member withdraws consent; it holds at once and until a later grant.</summary>
    /// <param name="member">The member.</param>
    /// <param name="purpose">The purpose.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The event id.</param>
    /// <returns>True when recorded; false for a repeated event id.</returns>
    /// <exception cref="DomainRuleException">Unknown, gone, or out of order.</exception>
    public bool WithdrawConsent(MemberId member, ConsentPurpose purpose, ChannelId channel, Instant at, DomainEventId eventId) =>
        Commit(Decide(new ConsentWithdrawn(eventId, Id, at, member, purpose, channel)));

    /// <summary>Erases the member (PIPL): afterwards the pool holds nothing personal of theirs, only an anonymous
    /// tombstone with the instants the metrics need; members they referred lose the link to them. The stored history
    /// still names them: redact it with <see cref="PoolRedaction.Redact"/>.</summary>
    /// <param name="member">The member; one who left may be erased too.</param>
    /// <param name="at">When.</param>
    /// <param name="eventId">The event id.</param>
    /// <returns>True when erased; false for a repeated event id.</returns>
    /// <exception cref="DomainRuleException">Unknown or out of order.</exception>
    public bool Erase(MemberId member, Instant at, DomainEventId eventId) =>
        Commit(Decide(new MemberErased(eventId, Id, at, member)));

    /// <summary>Applies a decision made on this pool: all its events, or none when the pool has changed since.</summary>
    /// <param name="decision">A decision from one of this pool's Decide methods.</param>
    /// <returns>True when events were applied; false for a repeat or a decision with nothing to do.</returns>
    /// <exception cref="ArgumentException">The decision was made on another pool object.</exception>
    /// <exception cref="DomainRuleException"><see cref="DomainRuleCodes.PoolStaleDecision"/>: the pool's version moved on
    /// since the decision; nothing is applied.</exception>
    public bool Apply(PoolDecision decision)
    {
        Guard.Against.Null(decision);
        Guard.Against.Unmet(ReferenceEquals(decision.Pool, this), "The decision was made on another pool object.", nameof(decision));
        if (decision.Events.Count == 0)
        {
            return false;
        }

        if (decision.BaseVersion != Version)
        {
            throw Rule(DomainRuleCodes.PoolStaleDecision, $"The decision was made on version {decision.BaseVersion} of pool '{Id}', which is now at {Version}. Decide again.");
        }

        // Every event was checked against this very state, with the earlier events of the decision taken into
        // account, so none of these can be refused: the decision applies whole.
        foreach (var e in decision.Events)
        {
            Apply(e);
        }

        return true;
    }

    private bool Commit(PoolDecision decision)
    {
        if (!Apply(decision))
        {
            return false;
        }

        _pending.AddRange(decision.Events);
        return true;
    }

    /// <summary>Decides a member event that may move the member's stage, with the stage change it brings.</summary>
    private PoolDecision DecideWithStage(MemberEvent e)
    {
        CheckEnvelope(e);
        if (_applied.Contains(e.EventId.Value))
        {
            return Repeat();
        }

        var stageId = Derive(e.EventId, "stage");
        var slot = Check(e);
        RefuseTaken(stageId);

        // The member's numbers as the event would leave them, on a copy: does their stage move?
        var after = _slots[slot];
        switch (e)
        {
            case PurchaseRecorded p:
                CountPurchase(ref after, p);
                break;
            case InteractionRecorded x:
                MarkActive(ref after, x.At);
                break;
            case MemberLeft l:
                MarkLeft(ref after, l);
                break;
        }

        after.LastEventAt = e.At;
        return StageChangeOf(slot, after, e.At, stageId) is { } stage ? Decided(e, stage) : Decided(e);
    }

    /// <summary>The stage change a member's new numbers bring at <paramref name="at"/>, or null.</summary>
    private StageChanged? StageChangeOf(int slot, in MemberState after, Instant at, DomainEventId eventId)
    {
        var when = at < after.LastEventAt ? after.LastEventAt : at;
        var stage = Lifecycle.Evaluate(after, _zones[after.ZoneIndex], when);
        return stage == after.Stage ? null : new StageChanged(eventId, Id, when, _slots[slot].Id, after.Stage, stage);
    }

    private void RefuseTaken(params ReadOnlySpan<DomainEventId> ids)
    {
        foreach (var id in ids)
        {
            if (_applied.Contains(id.Value))
            {
                throw Rule(DomainRuleCodes.PoolEventIdTaken, $"Event id '{MessageText.Quote(id.Value)}', which this command derives, is already taken by another event of pool '{Id}'.");
            }
        }
    }

    private PoolDecision Decided(params PoolEvent[] events) => new(this, events, Version);

    private PoolDecision Repeat() => new(this, [], Version, isRepeat: true);

    private static DomainEventId Derive(DomainEventId id, string suffix)
    {
        Guard.Against.Unmet(!id.IsUnset, "The event id is unset.", nameof(id));
        return DomainEventId.From(id.Value + "~" + suffix);
    }
}
