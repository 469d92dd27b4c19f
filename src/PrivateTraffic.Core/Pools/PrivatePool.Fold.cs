using System;
using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

// The fold: how an event that passed the rules (PrivatePool.Rules.cs) changes the state. Nothing here checks or
// throws; the member-level arithmetic is in static methods on a MemberState, so that deciding a command can run it on
// a copy to see which stage the member would reach.
public sealed partial class PrivatePool
{
    // Rebuilds of at least this many events index their ids in bulk before the fold (see EventIdLedger).
    private const int IndexIdsInBulkFrom = 10_000;

    /// <summary>Applies one event. An event already applied (same id) changes nothing and returns false.</summary>
    /// <param name="poolEvent">The event.</param>
    /// <returns>True when the event changed the pool; false when it was a duplicate.</returns>
    /// <exception cref="ArgumentException">A null or malformed event (blank category, undefined enum value, ...).</exception>
    /// <exception cref="DomainRuleException">The event is for another pool, out of order, or breaks a rule; the pool is unchanged.</exception>
    public bool Apply(PoolEvent poolEvent)
    {
        CheckEnvelope(poolEvent);
        if (_applied.Contains(poolEvent.EventId.Value))
        {
            return false;
        }

        var slot = Check(poolEvent);
        _applied.Add(poolEvent.EventId.Value);
        Fold(poolEvent, slot);
        return true;
    }

    /// <summary>Rebuild with the history length from which the event ids are indexed in bulk (tests change it to
    /// check that both paths give the same pool).</summary>
    internal static PrivatePool RebuildCore(IEnumerable<PoolEvent> events, int indexIdsInBulkFrom)
    {
        Guard.Against.Null(events);
        using var e = events.GetEnumerator();
        Guard.Against.Unmet(e.MoveNext(), "A pool's history starts with its PoolCreated event.", nameof(events));
        if (e.Current is not PoolCreated created)
        {
            throw new DomainRuleException(DomainRuleCodes.PoolEventOutOfOrder,
                $"A pool's history must start with {nameof(PoolCreated)}, not {e.Current?.GetType().Name ?? "null"}.");
        }

        var pool = new PrivatePool(created);
        if (events is IReadOnlyList<PoolEvent> list)
        {
            // Size the tables once instead of growing them through a million members.
            pool.SizeMemberTables(list);
            if (list.Count >= indexIdsInBulkFrom)
            {
                pool.FoldIndexedHistory(list);
                return pool;
            }

            pool._applied.EnsureCapacity(list.Count);
        }

        pool.ApplyAll(e);
        return pool;
    }

    private void ApplyAll(IEnumerator<PoolEvent> e)
    {
        while (e.MoveNext())
        {
            Apply(e.Current);
        }
    }

    /// <summary>
    /// The fold of <see cref="Rebuild"/> for a long history: the ledger indexes every event id first, which tells
    /// which events repeat an earlier id, then the events are checked and folded in order, repeats skipped. The result is
    /// that of <see cref="Apply(PoolEvent)"/> event by event: an id is a repeat exactly when an earlier event has it, the
    /// envelope checks still run before the repeat is looked at, and the first refused event throws the same exception.
    /// </summary>
    private void FoldIndexedHistory(IReadOnlyList<PoolEvent> events)
    {
        _applied.IndexHistory(events);
        for (var k = 1; k < events.Count; k++)
        {
            var poolEvent = events[k];
            CheckEnvelope(poolEvent);
            if (!_applied.IsRepeatInHistory(k))
            {
                Fold(poolEvent, Check(poolEvent));
            }
        }
    }

    /// <summary>Sizes the member index and the slot array for the captures in a history.</summary>
    private void SizeMemberTables(IReadOnlyList<PoolEvent> events)
    {
        var captures = 0;
        for (var i = 0; i < events.Count; i++)
        {
            captures += events[i] is MemberCaptured ? 1 : 0;
        }

        _index.EnsureCapacity(captures);
        Array.Resize(ref _slots, Math.Max(captures, _slots.Length));
    }

    /// <summary>Changes the state for an event that passed <see cref="Check"/>; <paramref name="slot"/> is what it returned.</summary>
    private void Fold(PoolEvent poolEvent, int slot)
    {
        Version++;
        _recent.Add(poolEvent.EventId);
        if (poolEvent.At > LatestAt)
        {
            LatestAt = poolEvent.At;
        }

        if (poolEvent is MemberCaptured c)
        {
            FoldCaptured(c);
            return;
        }

        if (poolEvent is PoolReviewed)
        {
            // A review changes nothing but the pool's latest instant, above.
            return;
        }

        ref var s = ref _slots[slot];
        switch (poolEvent)
        {
            case PurchaseRecorded p:
                PurchaseCurrency ??= p.Amount.Currency;
                CountPurchase(ref s, p);
                break;
            case InteractionRecorded x:
                MarkActive(ref s, x.At);
                break;
            case StageChanged sc:
                s.Stage = sc.To;
                break;
            case MemberMoved mv:
                s.SubPoolIndex = (byte)SubPoolIndex(mv.To);
                break;
            case ConsentGranted g:
                (s.Consents ??= []).Add(new ConsentRecord(g.Purpose, g.Channel, true, g.At));
                break;
            case ConsentWithdrawn w:
                (s.Consents ??= []).Add(new ConsentRecord(w.Purpose, w.Channel, false, w.At));
                break;
            case MemberReferred r:
                FoldReferred(ref s, slot, r);
                break;
            case MemberLeft l:
                MarkLeft(ref s, l);
                PresentCount--;
                break;
            case MemberErased e:
                s.LastEventAt = e.At;
                EraseSlot(slot, e.At);
                return;
        }

        s.LastEventAt = poolEvent.At;
    }

    private void FoldCaptured(MemberCaptured c) =>
        AddSlot(new MemberState
        {
            Id = c.Member,
            Referrer = default,
            Tags = c.Tags.Count == 0 ? null : [.. c.Tags],
            CapturedAt = c.At,
            FirstPurchaseAt = MemberState.Never,
            SecondPurchaseAt = MemberState.Never,
            CrossCategoryAt = MemberState.Never,
            AdvocateAt = MemberState.Never,
            LastActivityAt = c.At,
            LastEventAt = c.At,
            GoneAt = MemberState.Never,
            SourceIndex = SourceIndexOf(c.Source),
            ZoneIndex = ZoneIndexOf(c.TimeZone),
            SubPoolIndex = (byte)SubPoolIndex(c.SubPool),
            Stage = LifecycleStage.Prospect,
        });

    private void FoldReferred(ref MemberState s, int i, MemberReferred r)
    {
        var referrerIndex = _index[r.Referrer.Value];
        s.Referrer = r.Referrer;
        s.Referral = new ReferralTerms(r.At, r.Campaign, r.Mechanic, r.Reward);

        ref var referrer = ref _slots[referrerIndex];
        (referrer.Referees ??= []).Add(i);
        CountReferral(ref referrer, r.At);
    }

    /// <summary>A purchase's effect on the member's own numbers (the buying stages they reach, their last activity).</summary>
    private static void CountPurchase(ref MemberState s, PurchaseRecorded p)
    {
        s.PurchaseCount++;
        if (s.PurchaseCount == 1)
        {
            s.FirstPurchaseAt = p.At;
            s.FirstCategory = p.Category;
        }
        else
        {
            if (s.PurchaseCount == 2)
            {
                s.SecondPurchaseAt = p.At;
            }

            if (s.CrossCategoryAt == MemberState.Never && !string.Equals(s.FirstCategory, p.Category, StringComparison.Ordinal))
            {
                s.CrossCategoryAt = p.At;
            }
        }

        MarkActive(ref s, p.At);
    }

    /// <summary>Bringing someone in counts as the referrer's activity, and makes them an advocate (裂变) from then on,
    /// whether or not they have bought yet: the articles' loop lets fission come before or after any buying stage.</summary>
    private static void CountReferral(ref MemberState referrer, Instant at)
    {
        referrer.ReferralCount++;
        MarkActive(ref referrer, at);

        if (referrer.AdvocateAt == MemberState.Never)
        {
            referrer.AdvocateAt = at;
        }
    }

    /// <summary>Activity at an instant: the last activity only ever moves later. A referral (the referee's event) can put it
    /// past the member's own events, and their own next event, though later than their last one, may still be earlier
    /// than that referral.</summary>
    private static void MarkActive(ref MemberState s, Instant at)
    {
        if (s.LastActivityAt < at)
        {
            s.LastActivityAt = at;
        }
    }

    private static void MarkLeft(ref MemberState s, MemberLeft l)
    {
        s.Left = true;
        s.LeaveReason = l.Reason;
        s.GoneAt = l.At;
    }

    private void EraseSlot(int i, Instant at)
    {
        ref var s = ref _slots[i];
        _index.Remove(s.Id.Value);
        if (s.Referees is { } referees)
        {
            foreach (var k in referees)
            {
                _slots[k].Referrer = default;
                _slots[k].Referral = null;
            }
        }

        if (!s.Referrer.IsUnset && _index.TryGetValue(s.Referrer.Value, out var r))
        {
            _slots[r].Referees?.Remove(i);
        }

        if (!s.Left)
        {
            s.GoneAt = at;
            PresentCount--;
        }

        s.Id = default;
        s.Referrer = default;
        s.Referral = null;
        s.Tags = null;
        s.FirstCategory = null;
        s.Consents = null;
        s.Referees = null;
        s.ZoneIndex = 0;
        s.LastActivityAt = s.GoneAt;
        s.Erased = true;
        ErasedCount++;
    }

    private void AddSlot(in MemberState state)
    {
        if (_slotCount == _slots.Length)
        {
            Array.Resize(ref _slots, _slots.Length * 2);
        }

        _slots[_slotCount] = state;
        if (!state.Erased)
        {
            _index.Add(state.Id.Value, _slotCount);
            if (!state.Left)
            {
                PresentCount++;
            }
        }
        else
        {
            ErasedCount++;
        }

        _slotCount++;
    }

    private ushort SourceIndexOf(ChannelId source)
    {
        if (!_sourceIndex.TryGetValue(source, out var i))
        {
            i = _sources.Count;
            _sources.Add(source);
            _sourceIndex.Add(source, i);
        }

        return (ushort)i;
    }

    private int ZoneIndex(DateTimeZone zone)
    {
        for (var i = 0; i < _zones.Count; i++)
        {
            if (ReferenceEquals(_zones[i], zone) || _zones[i].Id == zone.Id)
            {
                return i;
            }
        }

        return -1;
    }

    private ushort ZoneIndexOf(DateTimeZone zone)
    {
        var i = ZoneIndex(zone);
        if (i < 0)
        {
            i = _zones.Count;
            _zones.Add(zone);
        }

        return (ushort)i;
    }
}
