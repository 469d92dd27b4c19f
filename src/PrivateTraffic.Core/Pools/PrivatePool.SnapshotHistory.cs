using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.TimeZones;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Pools;

// The snapshot rules that follow from how a history is applied (found by the witness property of issue 10): what a
// member's events leave in their numbers once a leave, an erasure or a stage change has been applied, and how many events
// a snapshot's numbers take at least, which its version must cover.
public sealed partial class PrivatePool
{
    /// <summary>The rules a member entry obeys because of the order events are applied in.</summary>
    private void CheckEntryHistory(MemberSnapshot m, int position)
    {
        var lastPurchase = Latest(Latest(m.FirstPurchaseAt, m.SecondPurchaseAt), m.CrossCategoryAt);
        // A purchase sets the last activity to its instant; later events only move it later.
        Invalid(lastPurchase is null || m.LastActivityAt >= lastPurchase, position, "has its last activity before a purchase");
        Invalid(m.SecondPurchaseAt is null || m.SecondPurchaseAt <= m.LastEventAt, position, "has purchases out of order");
        Invalid(m.CrossCategoryAt is null || m.CrossCategoryAt == m.SecondPurchaseAt || m.PurchaseCount >= 3, position,
            "is cross-category after its second purchase with only two purchases");
        // Repeat is recorded between the second purchase and a cross-category one; with two purchases, the second
        // being the cross-category one, there is no such moment.
        Invalid(m.Stage != LifecycleStage.Repeat || m.CrossCategoryAt != m.SecondPurchaseAt || m.PurchaseCount >= 3, position,
            "is repeat though its second purchase made it cross-category");
        // A buying stage is recorded at an instant its history reached it: its own instant is set.
        Invalid(m.Stage switch
        {
            LifecycleStage.FirstPurchase => m.FirstPurchaseAt is not null,
            LifecycleStage.Repeat => m.SecondPurchaseAt is not null,
            LifecycleStage.CrossCategory => m.CrossCategoryAt is not null,
            LifecycleStage.Advocate => m.AdvocateAt is not null,
            _ => true,
        }, position, $"is {m.Stage} without the instant it became one");
        // The change to advocate is the member's own event, applied after the referral that set the advocate instant.
        Invalid(m.Stage != LifecycleStage.Advocate || m.AdvocateAt <= m.LastEventAt, position, "is an advocate by an event before its advocate instant");
        if (m.Erased)
        {
            // An erased entry keeps no time zone: some zone must allow its dormancy.
            CheckQuiet(m, null, m.LeaveReason is not null ? m.GoneAt!.Value : m.LastEventAt, position);
            Invalid(m.LastActivityAt == m.GoneAt && (m.LeaveReason is not null || m.GoneAt == m.LastEventAt), position,
                "is erased with a last activity or a last event other than its gone instant");
            return;
        }

        // Only a referral it makes (the referee's event) moves a member's last activity past its own last event.
        Invalid(m.ReferralCount > 0 || m.LastActivityAt <= m.LastEventAt, position, "has its last activity after its last event");
        var zone = m.TimeZone ?? DefaultTimeZone;
        var end = m.LastEventAt;
        if (m.LeaveReason is not null && m.GoneAt is { } gone)
        {
            // After leaving, only the change to churned and the erasure are applied.
            end = gone;
            Invalid((lastPurchase is null || lastPurchase <= gone) && (m.ReferredAt is null || m.ReferredAt <= gone)
                && (m.ReferralCount > 0 || m.LastActivityAt <= gone), position, "has activity after it left");
            foreach (var c in m.Consents!)
            {
                Invalid(c.At <= gone, position, "has consent records after it left");
            }

            Invalid(m.LastEventAt == gone || m.Stage == LifecycleStage.Churned, position, "has events after it left but is not churned");
            Invalid(m.Stage != LifecycleStage.Advocate || m.AdvocateAt <= gone, position, "became an advocate only after it left");
        }

        CheckQuiet(m, zone, end, position);
    }

    /// <summary>
    /// A referral makes the referrer an advocate at its instant if it is the first applied, and is their activity then
    /// (<c>CountReferral</c> in the fold): so the last activity is no earlier than the advocate instant and any referee's
    /// referral instant, and when every referral is a referee still known, the advocate instant is one of theirs (and a last
    /// activity past its last event, the latest of theirs). It need not be the earliest: referrals into different members
    /// may be applied out of instant order. A referee erased since took its instant with it, so then only the bounds hold.
    /// </summary>
    /// <param name="referrer">The referrer's entry, not erased.</param>
    /// <param name="erasedReferrals">How many of its referrals erased entries account for.</param>
    private void CheckReferralInstants(int referrer, int erasedReferrals)
    {
        ref readonly var r = ref _slots[referrer];
        var latest = Instant.MinValue;
        var given = false;
        var undated = false;
        foreach (var k in r.Referees ?? [])
        {
            if (_slots[k].Referral is not { } terms)
            {
                undated = true;   // a version 1 entry recorded no referral instant
                continue;
            }

            latest = terms.At > latest ? terms.At : latest;
            given |= terms.At == r.AdvocateAt;
        }

        Invalid(r.LastActivityAt >= latest, referrer, "has its last activity earlier than a referral it made");
        if (r.ReferralCount == 0 || undated)
        {
            // A version 1 entry (undated referees) may come from before the last activity only moved later.
            return;
        }

        Invalid(r.LastActivityAt >= r.AdvocateAt, referrer, "has its last activity earlier than the referral that made it an advocate");
        // Its own activity is no later than its last event, or its leave (after it only the change to churned is applied):
        // a last activity past that is a referral's, the advocate instant's when it made only one.
        var ownEnd = r.Left ? r.GoneAt : r.LastEventAt;
        Invalid(r.LastActivityAt <= ownEnd || r.ReferralCount >= 2 || r.LastActivityAt == r.AdvocateAt, referrer,
            "has a last activity after its own events that its one referral does not give");
        if (erasedReferrals > 0)
        {
            return;
        }

        Invalid(given, referrer, "has an advocate instant that none of its referrals gives");
        Invalid(r.LastActivityAt <= ownEnd || r.LastActivityAt == latest, referrer, "has a last activity after its own events that none of its referrals gives");
    }

    /// <summary>Dormant, or churned without leaving, is recorded by a stage change at an instant t no later than
    /// <paramref name="end"/> (its last event, or its leave) when its activity then (at least its capture and its purchases
    /// before t) was that long ago; after it, only its own events at t or later, or a referral it made, move its last
    /// activity past that threshold. An erased entry's zone is gone (<paramref name="zone"/> null): some zone must allow it.</summary>
    private void CheckQuiet(MemberSnapshot m, DateTimeZone? zone, Instant end, int position)
    {
        if (m.Stage != LifecycleStage.Dormant && (m.Stage != LifecycleStage.Churned || m.LeaveReason is not null))
        {
            return;
        }

        var period = m.Stage == LifecycleStage.Dormant ? Lifecycle.DormantAfter : Lifecycle.ChurnedAfter;
        Invalid(zone is not null ? QuietBy(m, zone, end, period) : SomeZoneQuietBy(m, end, period), position, $"is {m.Stage} before it was quiet that long");
    }

    /// <summary>Each zone of the time zone database once, in the order of its id: about 250 of its 600 ids are links
    /// (another name for a zone, with the same rules), so trying only the zones they name gives the same answer in 58% of
    /// the time.</summary>
    private static readonly Lazy<DateTimeZone[]> CanonicalZones = new(() =>
    [
        .. TzdbDateTimeZoneSource.Default.CanonicalIdMap.Values.Distinct().Order(StringComparer.Ordinal).Select(id => DateTimeZoneProviders.Tzdb[id]),
    ]);

    /// <summary>Whether some time zone allows an erased entry's quiet stage: its own zone was Asia/Shanghai most often,
    /// fixed offsets cover every local date near <paramref name="end"/>, and only an entry within days of the bound
    /// (where a zone's change of offset may decide) tries every zone.</summary>
    private static bool SomeZoneQuietBy(MemberSnapshot m, Instant end, Period period)
    {
        if (QuietBy(m, DefaultTimeZone, end, period))
        {
            return true;
        }

        foreach (var hours in (ReadOnlySpan<int>)[-12, -6, 0, 6, 12, 14])
        {
            if (QuietBy(m, DateTimeZone.ForOffset(Offset.FromHours(hours)), end, period))
            {
                return true;
            }
        }

        var slack = Duration.FromDays(4);
        if (end >= Instant.MaxValue - slack || !QuietBy(m, DateTimeZone.Utc, end + slack, period))
        {
            return false;
        }

        foreach (var candidate in CanonicalZones.Value)
        {
            if (QuietBy(m, candidate, end, period))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a stage change at some instant up to <paramref name="end"/> found the member quiet for
    /// <paramref name="period"/>, and its last activity is one it can have had since. The instants worth trying are the
    /// end, the last activity and the purchases: between two purchases the threshold only grows.</summary>
    private static bool QuietBy(MemberSnapshot m, DateTimeZone zone, Instant end, Period period)
    {
        foreach (var candidate in (ReadOnlySpan<Instant?>)[end, m.LastActivityAt, m.FirstPurchaseAt, m.SecondPurchaseAt, m.CrossCategoryAt])
        {
            if (candidate is not { } t || t > end)
            {
                continue;
            }

            var threshold = LifecyclePolicy.Threshold(zone, t, period);
            if (ActivityBefore(m, t) <= threshold
                && (m.Erased || LastActivityCanBeAReferral(m) || m.LastActivityAt <= threshold || t <= m.LastActivityAt))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a referral the member made can have given its last activity (else it is its own event's, applied
    /// before its own later events): a referral is its referrer's activity at its instant, the advocate instant when it
    /// made only one.</summary>
    private static bool LastActivityCanBeAReferral(MemberSnapshot m) =>
        m.ReferralCount >= 2 || (m.ReferralCount == 1 && m.LastActivityAt == m.AdvocateAt);

    /// <summary>The least last activity a member can have had at an instant: its capture and its purchases before it.</summary>
    private static Instant ActivityBefore(MemberSnapshot m, Instant t)
    {
        var activity = m.CapturedAt;
        foreach (var purchase in (ReadOnlySpan<Instant?>)[m.FirstPurchaseAt, m.SecondPurchaseAt, m.CrossCategoryAt])
        {
            if (purchase is { } p && p < t && p > activity)
            {
                activity = p;
            }
        }

        return activity;
    }

    /// <summary>The rules on the snapshot as a whole that entries alone do not show.</summary>
    private void CheckPoolHistory(PoolSnapshot snapshot, Instant membersLatest)
    {
        // The creation is the first event: its id is the first remembered one while all are remembered, and never another.
        var ids = snapshot.RecentEventIds;
        var all = snapshot.Version <= PoolSnapshot.RememberedEventIds;
        for (var k = 0; k < ids.Count; k++)
        {
            Invalid(ids[k] != _definition.EventId || (k == 0 && all && ids.Count == snapshot.Version), -1, "remembers the creation's id where no history applies it");
        }

        Invalid(!all || ids.Count != snapshot.Version || ids.Count == 0 || ids[0] == _definition.EventId, -1, "remembers every event but not the creation first");

        Invalid(all || ids.Count == PoolSnapshot.RememberedEventIds, -1, "remembers fewer event ids than a pool keeps");

        // A capture is refused at the capacity: members who never left were all present at every later capture.
        var staying = 0;
        var later = 0;
        for (var i = _slotCount - 1; i >= 0; i--)
        {
            Invalid(!_slots[i].Erased || _slots[i].ReferralCount <= later, i, "counts referrals of more members than were captured after it");
            later++;
        }

        // An entry erased without leaving is present until its erasure, which follows its referrals, each into a distinct
        // later entry captured by then (and able to receive it): it was there at the captures up to the last it needs.
        var presentUntil = CheckErasedReferrers();
        var referring = presentUntil is null || Capacity is null ? null : new int[_slotCount + 1];
        for (var i = 0; i < _slotCount; i++)
        {
            Invalid(Capacity is not { } cap || staying + (referring?[i] ?? 0) < cap, i, "was captured when the pool was full");
            staying += _slots[i].GoneAt == MemberState.Never ? 1 : 0;
            if (referring is not null)
            {
                referring[i + 1] += referring[i];
                if (presentUntil![i] > i)
                {
                    // Present at the captures of entries i + 1 to presentUntil[i].
                    referring[i + 1]++;
                    referring[presentUntil[i] + 1]--;
                }
            }
        }

        CheckErasedReferrals(snapshot);
        var least = LeastEvents(snapshot, membersLatest);
        Invalid(least <= snapshot.Version, -1, $"counts {snapshot.Version} events where its numbers take at least {least}");
    }

    /// <summary>The fewest events a history producing the snapshot applies: the creation, one per capture, purchase,
    /// referral, consent record, leave, erasure and stage other than prospect, a review when the latest instant is past every
    /// member's, and the reviews that step the clock within the future tolerance from one recorded instant to the next
    /// (among the instants that can have moved it).</summary>
    private long LeastEvents(PoolSnapshot snapshot, Instant membersLatest)
    {
        long least = 1 + _slotCount + (snapshot.LatestAt > membersLatest ? 1 : 0);
        var instants = new List<Instant> { _definition.At, snapshot.LatestAt };
        // Captures are applied in entry order, and every event an entry's numbers show comes after its capture, when the
        // clock has passed every earlier capture: an instant before those never moved the clock, so it is no step.
        var captured = Instant.MinValue;
        var erasedReferrer = false;
        foreach (var m in snapshot.Members)
        {
            least += (long)m.PurchaseCount + m.ReferralCount + (m.Consents?.Count ?? 0) + (m.LeaveReason is null ? 0 : 1)
                + (m.Erased ? 1 : 0) + (m.Stage == LifecycleStage.Prospect ? 0 : 1);
            least += UnexplainedInstants(m, erasedReferrer);
            erasedReferrer |= m.Erased && m.ReferralCount > 0;
            captured = m.CapturedAt > captured ? m.CapturedAt : captured;
            var from = instants.Count;
            instants.AddRange([m.CapturedAt, m.LastActivityAt, m.LastEventAt]);
            AddIfSet(instants, m.FirstPurchaseAt, m.SecondPurchaseAt, m.CrossCategoryAt, m.AdvocateAt, m.GoneAt, m.ReferredAt);
            foreach (var c in m.Consents ?? [])
            {
                instants.Add(c.At);
            }

            for (var k = from; k < instants.Count; k++)
            {
                instants[k] = instants[k] < captured ? captured : instants[k];
            }
        }

        if (_definition.FutureTolerance is not { } tolerance)
        {
            return least;
        }

        // Each event is at most the tolerance past the latest before it: a gap between recorded instants with none in
        // between takes reviews. Ticks rounded up keep this a lower bound.
        var step = Math.Max(1L, (tolerance + Duration.FromTicks(1) - Duration.Epsilon).BclCompatibleTicks);
        instants.Sort();
        for (var k = 1; k < instants.Count && least <= int.MaxValue; k++)
        {
            var gap = (instants[k] - instants[k - 1]).BclCompatibleTicks;
            if (gap > 0)
            {
                least += tolerance == Duration.Zero ? int.MaxValue : (gap - 1) / step;
            }
        }

        return least;
    }

    /// <summary>The events a member entry's last activity and last event take beyond those counted: an interaction for a
    /// last activity that is neither the capture nor a purchase (a referral it made may explain it too, its one referral
    /// only at the advocate instant), and one more event
    /// for a last event that none of its recorded instants explains (a stage change may be it, unless it records a buying
    /// stage and the member was already dormant then: its last activity is the most it had when the change was applied).
    /// An entry with no referrer after an erased referrer may have had its last event from that referrer, whose referral its
    /// count holds and whose link went with its erasure.</summary>
    private int UnexplainedInstants(MemberSnapshot m, bool erasedReferrerBefore)
    {
        if (m.Erased)
        {
            return 0;
        }

        var lastPurchase = Latest(Latest(m.FirstPurchaseAt, m.SecondPurchaseAt), m.CrossCategoryAt);
        var interaction = !LastActivityCanBeAReferral(m) && m.LastActivityAt != m.CapturedAt && m.LastActivityAt != lastPurchase ? 1 : 0;
        var last = m.LastEventAt;
        var explained = interaction == 1 && last == m.LastActivityAt || last == m.CapturedAt || last == lastPurchase || last == m.ReferredAt
            || last == m.GoneAt || StageChangeCanBeAt(m, last) || m.ReferralCount > 0 || (m.Consents is { Count: > 0 } c && c[^1].At == last)
            || (m.LastActivityAt == last && m.ReferralCount == 0) || (erasedReferrerBefore && m.Referrer is null);
        return interaction + (explained ? 0 : 1);
    }

    /// <summary>Whether the change to the entry's stage can be its last event, at <paramref name="t"/> (its last event, so
    /// its activity then is its last activity): a buying stage when it was not yet dormant then, dormant when it was quiet
    /// that long but not churned, churned when it left or was quiet that long.</summary>
    private bool StageChangeCanBeAt(MemberSnapshot m, Instant t)
    {
        var zone = m.TimeZone ?? DefaultTimeZone;
        var dormant = m.LastActivityAt <= LifecyclePolicy.Threshold(zone, t, Lifecycle.DormantAfter);
        return m.Stage switch
        {
            LifecycleStage.Prospect => false,
            LifecycleStage.Dormant => dormant && m.LastActivityAt > LifecyclePolicy.Threshold(zone, t, Lifecycle.ChurnedAfter),
            LifecycleStage.Churned => m.LeaveReason is not null || m.LastActivityAt <= LifecyclePolicy.Threshold(zone, t, Lifecycle.ChurnedAfter),
            _ => !dormant,
        };
    }

    private static void AddIfSet(List<Instant> instants, params ReadOnlySpan<Instant?> values)
    {
        foreach (var t in values)
        {
            if (t is { } value)
            {
                instants.Add(value);
            }
        }
    }

    private static Instant? Latest(Instant? a, Instant? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
