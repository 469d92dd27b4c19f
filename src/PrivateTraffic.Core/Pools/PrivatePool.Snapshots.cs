using System;
using System.Collections.Generic;
using NodaTime;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

// Snapshots: the pool writes them, and reads them back through the same rules its events pass, plus the
// consistency rules that tie a member's numbers together (what a history of events always leaves).
public sealed partial class PrivatePool
{
    /// <summary>The pool's state as a snapshot (bounded by the state: see <see cref="PoolSnapshot"/>).</summary>
    /// <returns>The snapshot.</returns>
    public PoolSnapshot ToSnapshot()
    {
        var members = new MemberSnapshot[_slotCount];
        for (var i = 0; i < _slotCount; i++)
        {
            ref readonly var s = ref _slots[i];
            var erased = s.Erased;
            members[i] = new MemberSnapshot(
                erased ? null : s.Id,
                erased,
                _sources[s.SourceIndex],
                s.CapturedAt,
                SubPools[s.SubPoolIndex],
                erased ? null : _zones[s.ZoneIndex],
                erased ? null : s.Tags ?? [],
                s.Referrer.IsUnset ? null : s.Referrer,
                s.Stage,
                s.PurchaseCount,
                Maybe(s.FirstPurchaseAt),
                Maybe(s.SecondPurchaseAt),
                Maybe(s.CrossCategoryAt),
                Maybe(s.AdvocateAt),
                s.FirstCategory,
                s.ReferralCount,
                s.LastActivityAt,
                s.LastEventAt,
                Maybe(s.GoneAt),
                s.Left ? s.LeaveReason : null,
                erased ? null : s.Consents?.ToArray() ?? [],
                s.Referral?.At,
                s.Referral?.Campaign,
                s.Referral?.Mechanic,
                s.Referral?.Reward);
        }

        return new PoolSnapshot(_definition, Version, LatestAt, PurchaseCurrency, members, _recent.ToList());
    }

    /// <summary>Restores a pool from a snapshot and the events stored after it, in one call.</summary>
    /// <param name="snapshot">The snapshot; it is checked by every rule a command runs and the rules that tie a member's
    /// numbers together, so one that no history could produce is refused.</param>
    /// <param name="laterEvents">The events applied after the snapshot's <see cref="PoolSnapshot.Version"/>, in order; none when null.</param>
    /// <returns>The pool, with no pending events.</returns>
    /// <exception cref="ArgumentException">A malformed snapshot or event.</exception>
    /// <exception cref="DomainRuleException"><see cref="DomainRuleCodes.PoolInvalidSnapshot"/> for a snapshot no history
    /// produces; a later event that breaks a rule (as <see cref="Apply(PoolEvent)"/>).</exception>
    public static PrivatePool Restore(PoolSnapshot snapshot, IEnumerable<PoolEvent>? laterEvents = null)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Null(snapshot.Members, nameof(snapshot.Members));
        Guard.Against.Null(snapshot.RecentEventIds, nameof(snapshot.RecentEventIds));
        var pool = new PrivatePool(snapshot.Definition);
        for (var i = 0; i < snapshot.Members.Count; i++)
        {
            var m = Guard.Against.Null(snapshot.Members[i], nameof(snapshot.Members));
            pool.RestoreMember(m, i);
        }

        pool.RestoreCounters(snapshot);
        if (laterEvents is not null)
        {
            using var e = laterEvents.GetEnumerator();
            pool.ApplyAll(e);
        }

        return pool;
    }

    private void RestoreMember(MemberSnapshot m, int position)
    {
        var subPool = SubPoolIndex(m.SubPool ?? string.Empty);
        Invalid(subPool >= 0, position, "names a sub-pool the pool does not have");
        Invalid(!m.Source.IsUnset, position, "has no source channel");
        Invalid(Enum.IsDefined(m.Stage), position, "has no valid stage");
        Invalid(m.LeaveReason is null || Enum.IsDefined(m.LeaveReason.Value), position, "has no valid leave reason");
        Invalid(m.Mechanic is null || Enum.IsDefined(m.Mechanic.Value), position, "has no valid referral mechanic");
        CheckNumbers(m, position);
        ReferralTerms? referral = null;
        if (m.Erased)
        {
            Invalid(m.Id is null && m.TimeZone is null && m.Tags is null && m.Referrer is null && m.FirstCategory is null
                && m.Consents is null && m.ReferredAt is null && m.Campaign is null && m.Mechanic is null && m.Reward is null && m.GoneAt is not null,
                position, "is erased but keeps personal data or has no gone instant");
        }
        else
        {
            Invalid(m.Id is { IsUnset: false } && m.TimeZone is not null && m.Tags is not null && m.Consents is not null,
                position, "has no id, time zone, tags or consents");
            Invalid(!_index.ContainsKey(m.Id!.Value.Value), position, "repeats a member id");
            Invalid(m.Tags!.Count <= 64, position, "has more than 64 tags");
            foreach (var tag in m.Tags)
            {
                Label(tag, 64, nameof(m.Tags));
            }

            if (m.FirstCategory is not null)
            {
                Label(m.FirstCategory, 64, nameof(m.FirstCategory));
            }

            CheckConsents(m, position);
            referral = CheckReferrer(m, position);
        }

        CheckEntryHistory(m, position);

        // The zone and source tables grow only for entries that passed every check above.
        AddSlot(new MemberState
        {
            Id = m.Id ?? default,
            Referrer = m.Referrer ?? default,
            Referral = referral,
            Tags = m.Tags is { Count: > 0 } tags ? [.. tags] : null,
            FirstCategory = m.FirstCategory,
            Consents = m.Consents is { Count: > 0 } consents ? [.. consents] : null,
            CapturedAt = m.CapturedAt,
            FirstPurchaseAt = m.FirstPurchaseAt ?? MemberState.Never,
            SecondPurchaseAt = m.SecondPurchaseAt ?? MemberState.Never,
            CrossCategoryAt = m.CrossCategoryAt ?? MemberState.Never,
            AdvocateAt = m.AdvocateAt ?? MemberState.Never,
            LastActivityAt = m.LastActivityAt,
            LastEventAt = m.LastEventAt,
            GoneAt = m.GoneAt ?? MemberState.Never,
            PurchaseCount = m.PurchaseCount,
            ReferralCount = m.ReferralCount,
            SourceIndex = SourceIndexOf(m.Source),
            ZoneIndex = m.TimeZone is null ? (ushort)0 : ZoneIndexOf(m.TimeZone),
            SubPoolIndex = (byte)subPool,
            Stage = m.Stage,
            LeaveReason = m.LeaveReason ?? LeaveReason.Left,
            Left = m.LeaveReason is not null,
            Erased = m.Erased,
        });
        if (!m.Erased && m.Referrer is { } referrer)
        {
            (_slots[_index[referrer.Value]].Referees ??= []).Add(_slotCount - 1);
        }
    }

    /// <summary>The rules that a member's numbers obey after any history: instants in order, counts that match them, a
    /// stage the numbers allow.</summary>
    private void CheckNumbers(MemberSnapshot m, int position)
    {
        var created = _definition.At;
        Invalid(m.CapturedAt >= created && m.CapturedAt <= m.LastEventAt && m.LastActivityAt >= m.CapturedAt, position, "has instants before its capture or the pool's creation");
        Invalid(m.PurchaseCount >= 0 && m.ReferralCount >= 0 && m.PurchaseCount < int.MaxValue && m.ReferralCount < int.MaxValue, position, "has a negative or exhausted count");
        Invalid((m.PurchaseCount == 0) == (m.FirstPurchaseAt is null) && (m.PurchaseCount >= 2) == (m.SecondPurchaseAt is not null)
            && (m.FirstCategory is null) == (m.PurchaseCount == 0 || m.Erased), position, "has purchase instants that disagree with its purchase count");
        Invalid(m.CrossCategoryAt is null || (m.SecondPurchaseAt is { } second && m.CrossCategoryAt >= second), position, "is cross-category without a second purchase");
        Invalid(Ordered(m.CapturedAt, m.FirstPurchaseAt, m.SecondPurchaseAt) && (m.FirstPurchaseAt is null || m.FirstPurchaseAt <= m.LastEventAt) && (m.CrossCategoryAt is null || m.CrossCategoryAt <= m.LastEventAt), position, "has purchases out of order");
        Invalid((m.ReferralCount > 0) == (m.AdvocateAt is not null) && (m.AdvocateAt is null || m.AdvocateAt >= m.CapturedAt), position, "has an advocate instant that disagrees with its referral count");
        Invalid((m.GoneAt is not null) == (m.LeaveReason is not null || m.Erased) && (m.GoneAt is null || (m.GoneAt >= m.CapturedAt && m.GoneAt <= m.LastEventAt)), position, "has a gone instant that disagrees with its leaving");
        // A member who left is churned once the leave's stage change is applied; a snapshot taken between the two (or
        // after a MemberLeft applied on its own) still shows the earlier stage.
        Invalid(!LifecyclePolicy.IsBuying(m.Stage) || m.Stage <= HighestBuyingStage(m), position, "has a buying stage its purchases and referrals never reached");
    }

    private static LifecycleStage HighestBuyingStage(MemberSnapshot m) =>
        m.AdvocateAt is not null ? LifecycleStage.Advocate
        : m.CrossCategoryAt is not null ? LifecycleStage.CrossCategory
        : m.SecondPurchaseAt is not null ? LifecycleStage.Repeat
        : m.FirstPurchaseAt is not null ? LifecycleStage.FirstPurchase
        : LifecycleStage.Prospect;

    private static bool Ordered(Instant a, Instant? b, Instant? c) => (b is null || b >= a) && (c is null || (b is { } bb && c >= bb));

    private static void CheckConsents(MemberSnapshot m, int position)
    {
        var previous = m.CapturedAt;
        foreach (var c in m.Consents!)
        {
            ConsentArgs(c.Purpose, c.Channel);
            Invalid(c.At >= previous && c.At <= m.LastEventAt, position, "has consent records out of order or outside its membership");
            previous = c.At;
        }
    }

    private ReferralTerms? CheckReferrer(MemberSnapshot m, int position)
    {
        if (m.Referrer is not { } referrer)
        {
            Invalid(m.ReferredAt is null && m.Campaign is null && m.Mechanic is null && m.Reward is null, position, "has referral details but no referrer");
            return null;
        }

        Invalid(!referrer.IsUnset && referrer != m.Id && _index.ContainsKey(referrer.Value), position, "names a referrer who is not a member captured before them");
        Invalid(m.Reward is not { Amount: < 0m } && m.Campaign is not { IsUnset: true }, position, "has a negative reward or an unset campaign");
        if (m.ReferredAt is not { } at)
        {
            // A version 1 snapshot recorded the referrer only.
            Invalid(m.Campaign is null && m.Mechanic is null && m.Reward is null, position, "has referral details but no referral instant");
            return null;
        }

        Invalid(at >= m.CapturedAt && at <= m.LastEventAt, position, "has a referral instant outside its membership");
        return new ReferralTerms(at, m.Campaign, m.Mechanic, m.Reward);
    }

    private void RestoreCounters(PoolSnapshot snapshot)
    {
        var ids = snapshot.RecentEventIds;
        Invalid(snapshot.Version >= 1 + _slotCount && snapshot.Version <= int.MaxValue - 1, -1, $"counts {snapshot.Version} events for {_slotCount} captures");
        // A pool remembers its last ids up to the bound; a snapshot written by hand may leave out the creation's.
        var remembered = Math.Min(PoolSnapshot.RememberedEventIds, snapshot.Version);
        Invalid(ids.Count <= remembered && ids.Count >= remembered - 1, -1, "remembers more or fewer event ids than it applied, or than a snapshot keeps");
        var latest = _definition.At;
        var bought = false;
        var referees = new int[_slotCount];
        for (var i = 0; i < _slotCount; i++)
        {
            ref readonly var s = ref _slots[i];
            latest = Max(Max(latest, s.LastEventAt), s.LastActivityAt);
            bought |= s.PurchaseCount > 0;
            if (!s.Erased && !s.Referrer.IsUnset)
            {
                referees[_index[s.Referrer.Value]]++;
            }
        }

        // A member's referrals are its referees still known plus referees erased since, each an erased entry captured after
        // it and counted for one referrer only: from the last entry back, the erased ones seen so far are what is left to
        // account for the difference.
        var erasedAfter = 0;
        for (var i = _slotCount - 1; i >= 0; i--)
        {
            if (_slots[i].Erased)
            {
                erasedAfter++;
                continue;
            }

            var unaccounted = _slots[i].ReferralCount - referees[i];
            Invalid(unaccounted >= 0 && unaccounted <= erasedAfter, i, "counts referrals that neither the members it brought nor the erased members after it account for");
            erasedAfter -= unaccounted;
            CheckReferralInstants(i, unaccounted);
        }

        // Every event but the creation and the reviews is a member's, and leaves its instant in their numbers; a review
        // (PoolReviewed) may move the latest instant past them, but never behind them.
        Invalid(snapshot.LatestAt >= latest && snapshot.LatestAt < Instant.MaxValue, -1, "has a latest instant before its members' latest event");
        // Without purchases there is no currency; with them there is one, except in a version 1 snapshot, which did not
        // record it (the next purchase sets it).
        Invalid(bought || snapshot.PurchaseCurrency is null, -1, "has a purchase currency without purchases");
        Invalid(Capacity is not { } cap || PresentCount <= cap, -1, "holds more present members than its capacity");
        CheckPoolHistory(snapshot, latest);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            Guard.Against.Unmet(!id.IsUnset, "An event id is unset.", nameof(snapshot.RecentEventIds));
            Invalid(seen.Add(id.Value), -1, "repeats an event id");
        }

        _recent.Clear();
        _applied.IndexIds(ids);
        // A snapshot written by hand may leave out the creation's id; the pool always holds it.
        _applied.Add(_definition.EventId.Value);
        foreach (var id in ids)
        {
            _recent.Add(id);
        }

        Version = snapshot.Version;
        LatestAt = snapshot.LatestAt;
        PurchaseCurrency = snapshot.PurchaseCurrency;
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static Instant? Maybe(Instant t) => t == MemberState.Never ? null : t;

    private static void Invalid(bool holds, int position, string what)
    {
        if (!holds)
        {
            throw new DomainRuleException(DomainRuleCodes.PoolInvalidSnapshot,
                position < 0 ? $"No history produces this snapshot: it {what}." : $"No history produces this snapshot: member entry {position} {what}.");
        }
    }
}
