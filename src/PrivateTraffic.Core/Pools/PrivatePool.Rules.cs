using System;
using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

// The rules: every check an event must pass, made against the pool as it is, changing nothing. The fold
// (PrivatePool.Fold.cs) runs only after these passed, so a refused event leaves the pool as it was by construction.
public sealed partial class PrivatePool
{
    /// <summary>The checks made before the event id is looked at: null, another pool's event, an unset id.</summary>
    private void CheckEnvelope(PoolEvent poolEvent)
    {
        Guard.Against.Null(poolEvent);
        if (poolEvent.Pool != Id)
        {
            throw Rule(DomainRuleCodes.PoolEventForOtherPool, $"Event {poolEvent.EventId} belongs to pool '{poolEvent.Pool}', not '{Id}'.");
        }

        Guard.Against.Unmet(!poolEvent.EventId.IsUnset, "The event id is unset.", nameof(poolEvent));
    }

    /// <summary>Checks an event against every rule; returns the slot of the member it is about (-1 for a capture).</summary>
    private int Check(PoolEvent poolEvent)
    {
        CheckTime(poolEvent);
        switch (poolEvent)
        {
            case MemberCaptured c:
                CheckCaptured(c);
                return -1;
            case MemberEvent m:
                return CheckMemberEvent(m);
            case PoolReviewed:
                return -1;
            case PoolCreated:
                throw Rule(DomainRuleCodes.PoolEventOutOfOrder, $"Pool '{Id}' was already created.");
            default:
                throw new ArgumentException($"Unknown pool event type {poolEvent.GetType().Name}.", nameof(poolEvent));
        }
    }

    /// <summary>Late events are accepted as long as they are not before the pool's creation nor before their member's last
    /// event (checked per member); events from the future are refused past the definition's tolerance.</summary>
    private void CheckTime(PoolEvent e)
    {
        if (e.At < _definition.At)
        {
            throw Rule(DomainRuleCodes.PoolEventOutOfOrder, $"Event {e.EventId} at {e.At} is before the pool was created ({_definition.At}).");
        }

        // The last representable instant means "never" in a member's numbers: an event dated there would read as one
        // that has not happened (and its pool's snapshot would not load).
        Guard.Against.Unmet(e.At < MemberState.Never, "An event is dated before Instant.MaxValue.", nameof(e));

        // Subtracting instants cannot overflow where adding a tolerance to the latest instant could.
        if (_definition.FutureTolerance is { } tolerance && e.At - LatestAt > tolerance)
        {
            throw Rule(DomainRuleCodes.PoolEventInFuture, $"Event {e.EventId} at {e.At} is more than {tolerance} past the pool's latest instant {LatestAt}.");
        }
    }

    private void CheckCaptured(MemberCaptured c)
    {
        Member(c.Member, nameof(c.Member));
        Guard.Against.Unmet(!c.Source.IsUnset, "The source channel is unset.", nameof(c.Source));
        Guard.Against.Null(c.TimeZone, nameof(c.TimeZone));
        Guard.Against.Null(c.Tags, nameof(c.Tags));
        Guard.Against.Unmet(c.Tags.Count <= 64, "At most 64 tags.", nameof(c.Tags));
        foreach (var tag in c.Tags)
        {
            Label(tag, 64, nameof(c.Tags));
        }

        Guard.Against.Unmet(Enum.IsDefined(c.JoinedBy), "Not a join method.", nameof(c.JoinedBy));
        Guard.Against.Unmet(_sourceIndex.ContainsKey(c.Source) || _sources.Count < ushort.MaxValue, "A pool tracks at most 65,535 source channels.", nameof(c.Source));
        Guard.Against.Unmet(ZoneIndex(c.TimeZone) >= 0 || _zones.Count < 1024, "A pool tracks at most 1,024 time zones.", nameof(c.TimeZone));
        if (SubPoolIndex(Label(c.SubPool, 64, nameof(c.SubPool))) < 0)
        {
            throw Rule(DomainRuleCodes.PoolInvalidMove, $"Pool '{Id}' has no sub-pool '{MessageText.Quote(c.SubPool)}'.");
        }

        if (_index.ContainsKey(c.Member.Value))
        {
            throw Rule(DomainRuleCodes.PoolMemberAlreadyCaptured, $"Member '{MessageText.Quote(c.Member.Value)}' is already in pool '{Id}'.");
        }

        if (Capacity is { } cap && PresentCount >= cap)
        {
            throw Rule(DomainRuleCodes.PoolCapacityExceeded, $"Pool '{Id}' is full: {PresentCount} of {cap} members ({Kind}). Open the next group.");
        }

        if (c.JoinedBy == JoinMethod.GroupQrCode && QrCodeJoinLimit is { } qr && PresentCount >= qr)
        {
            throw Rule(DomainRuleCodes.PoolCapacityExceeded, $"Joining pool '{Id}' by group QR code stops past {qr} members; it has {PresentCount}. Invite instead.");
        }
    }

    private int CheckMemberEvent(MemberEvent m)
    {
        Member(m.Member, nameof(m.Member));
        if (!_index.TryGetValue(m.Member.Value, out var i))
        {
            throw Rule(DomainRuleCodes.PoolEventOutOfOrder, $"Event {m.EventId} ({m.GetType().Name}) is about member '{MessageText.Quote(m.Member.Value)}', who has not been captured into pool '{Id}'.");
        }

        ref readonly var s = ref _slots[i];
        if (m.At < s.LastEventAt)
        {
            throw Rule(DomainRuleCodes.PoolEventOutOfOrder, $"Event {m.EventId} at {m.At} is earlier than member's last event at {s.LastEventAt}.");
        }

        if (s.Left && m is not (StageChanged or MemberErased))
        {
            throw Rule(DomainRuleCodes.PoolMemberGone, $"Member '{MessageText.Quote(m.Member.Value)}' left pool '{Id}' at {s.GoneAt}.");
        }

        switch (m)
        {
            case PurchaseRecorded p:
                CheckPurchase(s, p);
                break;
            case InteractionRecorded x:
                Label(x.Kind, 64, nameof(x.Kind));
                break;
            case StageChanged sc:
                CheckStageChange(s, sc);
                break;
            case MemberMoved mv:
                var to = SubPoolIndex(Label(mv.To, 64, nameof(mv.To)));
                if (to < 0 || to == s.SubPoolIndex || !string.Equals(mv.From, SubPools[s.SubPoolIndex], StringComparison.Ordinal))
                {
                    throw Rule(DomainRuleCodes.PoolInvalidMove, $"Cannot move member from '{MessageText.Quote(mv.From)}' to '{MessageText.Quote(mv.To)}': they are in '{SubPools[s.SubPoolIndex]}' and the pool's sub-pools are {string.Join(", ", SubPools)}.");
                }

                break;
            case ConsentGranted g:
                ConsentArgs(g.Purpose, g.Channel);
                break;
            case ConsentWithdrawn w:
                ConsentArgs(w.Purpose, w.Channel);
                break;
            case MemberReferred r:
                CheckReferral(r, i);
                if (!s.Referrer.IsUnset)
                {
                    throw Rule(DomainRuleCodes.PoolInvalidReferral, $"Member '{MessageText.Quote(r.Member.Value)}' was already referred by '{MessageText.Quote(s.Referrer.Value)}'.");
                }

                break;
            case MemberLeft l:
                Guard.Against.Unmet(Enum.IsDefined(l.Reason), "Not a leave reason.", nameof(l.Reason));
                break;
            case MemberErased:
                break;
            default:
                throw new ArgumentException($"Unknown member event type {m.GetType().Name}.", nameof(m));
        }

        return i;
    }

    private void CheckPurchase(in MemberState s, PurchaseRecorded p)
    {
        Label(p.Category, 64, nameof(p.Category));
        if (p.Amount.Amount < 0m || p.Margin is { Amount: < 0m })
        {
            throw Rule(DomainRuleCodes.PoolInvalidPurchase, $"Purchase {p.EventId}: an amount or margin is never negative ({p.Amount}, margin {p.Margin?.ToString() ?? "none"}).");
        }

        if (p.Margin is { } margin && (margin.Currency != p.Amount.Currency || margin.Amount > p.Amount.Amount))
        {
            throw Rule(DomainRuleCodes.PoolInvalidPurchase, $"Purchase {p.EventId}: the margin {margin} must be in the amount's currency and at most the amount {p.Amount}.");
        }

        if (PurchaseCurrency is { } currency && p.Amount.Currency != currency)
        {
            throw Rule(DomainRuleCodes.PoolInvalidPurchase, $"Purchase {p.EventId} is in {p.Amount.Currency}; pool '{Id}' records its purchases in {currency}.");
        }

        Guard.Against.Unmet(s.PurchaseCount < int.MaxValue, "The member's purchase count is at its limit.", nameof(p));
    }

    private void CheckStageChange(in MemberState s, StageChanged sc)
    {
        if (sc.From != s.Stage || !LifecyclePolicy.IsLegalTransition(sc.From, sc.To))
        {
            throw Rule(DomainRuleCodes.PoolIllegalStageTransition, $"Member cannot go from {sc.From} to {sc.To}: their recorded stage is {s.Stage}.");
        }

        var expected = Lifecycle.Evaluate(s, _zones[s.ZoneIndex], sc.At);
        if (expected != sc.To)
        {
            throw Rule(DomainRuleCodes.PoolIllegalStageTransition, $"Member's history gives {expected} at {sc.At}, not {sc.To}.");
        }
    }

    /// <summary>Checks a referral of the member in slot <paramref name="capturedIndex"/> (or about to be captured there).</summary>
    private void CheckReferral(MemberReferred r, int capturedIndex)
    {
        Member(r.Referrer, nameof(r.Referrer));
        if (r.Referrer == r.Member)
        {
            throw Rule(DomainRuleCodes.PoolInvalidReferral, "A member cannot refer themselves.");
        }

        if (!_index.TryGetValue(r.Referrer.Value, out var referrer) || referrer >= capturedIndex)
        {
            throw Rule(DomainRuleCodes.PoolInvalidReferral, $"Referrer '{MessageText.Quote(r.Referrer.Value)}' must be a member captured before '{MessageText.Quote(r.Member.Value)}'.");
        }

        // Captures need not arrive in time order, so a referrer captured earlier in the pool may still have joined later
        // in time; no one refers a friend before they have joined themselves.
        if (r.At < _slots[referrer].CapturedAt)
        {
            throw Rule(DomainRuleCodes.PoolInvalidReferral, $"Referrer '{MessageText.Quote(r.Referrer.Value)}' joined at {_slots[referrer].CapturedAt}, after this referral at {r.At}.");
        }

        Guard.Against.Unmet(r.Mechanic is null || Enum.IsDefined(r.Mechanic.Value), "Not a referral mechanic.", nameof(r.Mechanic));
        Guard.Against.Unmet(r.Reward is not { Amount: < 0m }, "A referral reward is never negative.", nameof(r.Reward));
        Guard.Against.Unmet(r.Campaign is not { IsUnset: true }, "The campaign id is unset.", nameof(r.Campaign));
    }

    private static void ConsentArgs(ConsentPurpose purpose, ChannelId channel)
    {
        Guard.Against.Unmet(Enum.IsDefined(purpose), "Not a consent purpose.", nameof(purpose));
        Guard.Against.Unmet(!channel.IsUnset, "The channel id is unset.", nameof(channel));
    }

    private static PoolCreated CheckedDefinition(PoolCreated d)
    {
        Guard.Against.Null(d);
        Guard.Against.Unmet(!d.Pool.IsUnset, "The pool id is unset.", nameof(d.Pool));
        Guard.Against.Unmet(!d.EventId.IsUnset, "The event id is unset.", nameof(d.EventId));
        Guard.Against.Unmet(!d.Channel.IsUnset, "The channel id is unset.", nameof(d.Channel));
        Guard.Against.NullOrWhiteSpace(d.Owner, nameof(d.Owner));
        Guard.Against.Unmet(d.Owner.Length <= 200, "The owner's name is at most 200 characters.", nameof(d.Owner));
        ChannelKinds.RequirePrivate(d.Kind, nameof(d.Kind));
        Guard.Against.Null(d.SubPools, nameof(d.SubPools));
        Guard.Against.NotBetween(d.SubPools.Count, 1, 32, nameof(d.SubPools));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in d.SubPools)
        {
            Label(name, 64, nameof(d.SubPools));
            Guard.Against.Unmet(seen.Add(name), $"Sub-pool '{MessageText.Quote(name)}' appears twice.", nameof(d.SubPools));
        }

        if (d.Capacity is { } cap)
        {
            Guard.Against.ZeroOrBelow(cap, nameof(d.Capacity));
        }

        if (d.QrCodeJoinLimit is { } qr)
        {
            Guard.Against.ZeroOrBelow(qr, nameof(d.QrCodeJoinLimit));
        }

        if (d.FutureTolerance is { } tolerance)
        {
            Guard.Against.Unmet(tolerance >= Duration.Zero, "The future tolerance is never negative.", nameof(d.FutureTolerance));
        }

        return d;
    }

    /// <summary>Checks the definition and returns the lifecycle policy it names.</summary>
    private static LifecyclePolicy ValidateDefinition(PoolCreated d) => CheckedDefinition(d).Lifecycle();

    private static string Label(string? text, int maxLength, string paramName)
    {
        Guard.Against.NullOrWhiteSpace(text, paramName);
        if (text.Length > maxLength || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            // The message is built only on failure: this runs for every event of a rebuild.
            throw new ArgumentException($"'{MessageText.Quote(text)}' must be 1 to {maxLength} characters with no white space at either end.", paramName);
        }

        return text;
    }

    private static void Member(MemberId id, string paramName) =>
        Guard.Against.Unmet(!id.IsUnset, "The member id is unset.", paramName);

    private static DomainRuleException Rule(string code, string message) => new(code, message);
}
