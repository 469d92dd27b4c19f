using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Pools;

namespace PrivateTraffic.Core.Tests.Pools;

// The witness's plan: the referrals each member made (those referees record and those erased referees must have
// received), put into the referees' lives, and the one order of every step (keys, the first referral of each referrer
// before its others, captures past the capacity after an earlier member went).
public static partial class PoolSnapshotWitness
{
    private sealed partial class Builder
    {
        /// <summary>The referrals each member made: those its known referees record, and erased referees for the rest.
        /// The first one applied sets the advocate instant. A member still known: the erased entries Restore's matching
        /// gives (each present at an instant the referral can be at); an erased one: any later entry, chosen greedily.</summary>
        private void Referrals()
        {
            var demands = PrivatePool.ReferralDemands(_m, out var failure);
            if (failure is { } f)
            {
                throw new NoWitnessException($"entry {f.Position}: referrals no later entry can have received ({f.What})");
            }

            // Restore's demands (referrals of members still known that erased entries took), and each erased referrer's
            // first referral, at its advocate instant, which may need the same entries: one matching places them all.
            var entries = new List<PrivatePool.ReferralSpan>();
            var firsts = new List<PrivatePool.ReferralDemand>();
            for (var j = 0; j < _m.Count; j++)
            {
                if (Span(j) is not { } span)
                {
                    continue;
                }

                // A known entry that names a referrer can have been referred by an erased one up to that referral (at its
                // instant too: the erased one's comes first in the entry's life, and its erasure is applied before the other).
                var again = _m[j].Erased || _m[j].Referrer is null ? span.To : _m[j].ReferredAt!.Value;
                if (again >= span.From)
                {
                    entries.Add(new PrivatePool.ReferralSpan(j, span.From, again < span.To ? again : span.To));
                }

                if (_m[j].Erased && _m[j].AdvocateAt is { } a)
                {
                    firsts.Add(new PrivatePool.ReferralDemand(j, a, a, true));
                }
            }

            // A referrer still known needs an erased entry (a known referee keeps its link); an erased referrer's referee
            // loses it, and one referred again since was referred by it before its erasure (applied before that referral,
            // whatever their instants: events of different members need not be applied in instant order).
            bool Fits(PrivatePool.ReferralDemand d, int j) => _m[j].Erased || _m[d.Referrer].Erased;
            // Referrals no earlier than the advocate instant first: an earlier one waits for the first referral, and its
            // referee's later events with it (which can hold up a capture waiting for that referee to leave). Then any
            // instant; then without erased referrers, which can share an entry (one erased before the next refers it).
            var late = demands.Select(d => d.Advocate || d.Lo == d.Hi ? d : d with { Lo = Max(d.Lo, _m[d.Referrer].AdvocateAt!.Value) });
            List<PrivatePool.ReferralDemand> all = [];
            int[] match = [];
            var unmatched = 0;
            // First of all, an erased referrer's first referral into the earliest entry (slot order) that can hold it: its
            // erasure waits for that capture, and a full pool's later captures may wait for its erasure.
            bool Earliest(PrivatePool.ReferralDemand d, int j) =>
                Fits(d, j) && (!d.Advocate || !_m[d.Referrer].Erased || !entries.Any(e => e.Slot > d.Referrer && e.Slot < j
                    && e.From <= d.Lo && e.To >= d.Lo && Fits(d, e.Slot)));
            foreach (var (attempt, fits) in new (List<PrivatePool.ReferralDemand>, Func<PrivatePool.ReferralDemand, int, bool>)[]
                { ([.. late, .. firsts], Earliest), ([.. late, .. firsts], Fits), ([.. demands, .. firsts], Fits), (demands, Fits) })
            {
                all = attempt;
                match = PrivatePool.MatchReferrals(all, entries, fits, out unmatched);
                if (unmatched < 0)
                {
                    break;
                }
            }

            if (unmatched >= 0)
            {
                throw new NoWitnessException($"entry {all[unmatched].Referrer}: referrals no later entry can have received (the matching)");
            }

            // Each entry's referrals so far: when, and when their referrer was erased (null for a member still known).
            var uses = _m.Select(_ => new List<(Instant At, Instant? ErasedAt)>()).ToArray();
            var advocatePlaced = new bool[_m.Count];
            for (var d = 0; d < all.Count; d++)
            {
                var (i, j) = (all[d].Referrer, match[d]);
                var span = entries.First(e => e.Slot == j);
                var (from, to) = (Max(all[d].Lo, span.From), Min(all[d].Hi, span.To));
                // At the advocate instant when it is the first, else as near it as the referee's membership allows.
                var advocate = _m[i].AdvocateAt!.Value;
                var at = advocate < from ? from : advocate > to ? to : advocate;
                advocatePlaced[i] |= all[d].Advocate;
                uses[j].Add((at, _m[i].Erased ? _m[i].LastEventAt : null));
                AddReferral(j, i, at, all[d].Advocate);
            }

            // The advocate instants no known referee gives: an erased entry (or, for an erased referrer, any entry) holds each.
            var open = _m.Select(r => r.AdvocateAt is { } a && !_m.Any(x => !x.Erased && r.Id is not null && x.Referrer == r.Id && x.ReferredAt == a)
                ? r.AdvocateAt : null).ToArray();
            for (var i = _m.Count - 1; i >= 0; i--)
            {
                var m = _m[i];
                var known = _m.Select((x, j) => (x, j)).Where(t => !t.x.Erased && t.x.Referrer == m.Id && m.Id is not null).ToList();
                var missing = m.ReferralCount - (m.Erased ? advocatePlaced[i] ? 1 : 0 : known.Count);
                if (missing < 0)
                {
                    throw new NoWitnessException($"entry {i}: fewer referrals than referees");
                }

                if (!m.Erased)
                {
                    continue;
                }

                var advocateAt = m.AdvocateAt;
                var firstIsKnown = advocatePlaced[i] || known.Any(t => t.x.ReferredAt == advocateAt);
                // The referee of the first referral (at the advocate instant) is chosen first, then the others.
                // A last activity past what the member's own events give (its last event, or its leave) is a referral's.
                var activity = m.LastActivityAt;
                var activityIsReferral = !m.Erased && activity > (m.LeaveReason is null ? m.LastEventAt : m.GoneAt!.Value)
                    && !known.Any(t => t.x.ReferredAt == activity);
                bool In(int j, Instant? t) => t is { } x && SpanOf(j) is { } sp && x >= sp.From && x <= sp.To;
                var later = Enumerable.Range(i + 1, _m.Count - i - 1).Reverse().ToList();
                while (missing > 0)
                {
                    // The first referral's referee holds the advocate instant; then one holds a last activity only a
                    // referral gives; then any. An erased referrer takes entries captured by its erasure's instant first
                    // (no capture then waits for the erasure), and known entries before erased ones (which are scarcer).
                    // Entries that hold an earlier referrer's advocate instant are left for it when others serve.
                    var first = !firstIsKnown;
                    var pick = later.OrderBy(j => first ? (In(j, advocateAt) ? 0 : 1) : activityIsReferral && In(j, activity) ? 0 : 1)
                        .ThenBy(j => m.Erased && _m[j].CapturedAt > m.LastEventAt ? 1 : 0)
                        .ThenBy(j => m.Erased && _m[j].Erased ? 1 : 0)
                        .ThenBy(j => Enumerable.Range(0, i).Count(k => Span(j) is { } sp && open[k] >= sp.From && open[k] <= sp.To))
                        .ThenBy(j => In(j, advocateAt) ? 0 : 1)
                        .Where(j => first ? In(j, advocateAt) && Shares(j, advocateAt!.Value) : Eligible(j)).Select(j => (int?)j).FirstOrDefault();
                    if (pick is not { } j)
                    {
                        break;
                    }

                    // No referral before its referrer joined (a later entry may have joined earlier in time).
                    var (from, to) = SpanOf(j)!.Value;
                    from = Max(from, m.CapturedAt);
                    Instant at;
                    if (first)
                    {
                        at = advocateAt!.Value;
                        firstIsKnown = true;
                    }
                    else if (activityIsReferral && activity >= from && activity <= to)
                    {
                        at = activity;
                        activityIsReferral = false;
                    }
                    else
                    {
                        at = advocateAt is { } a && a >= from && a <= to ? a : from;
                    }

                    uses[j].Add((at, m.LastEventAt));
                    missing--;
                    AddReferral(j, i, at, first);
                }

                // Erased entries serve; an erased referrer's referees lose the link, so any later entry serves it. An
                // erased referrer's erasure is applied after its referrals, whatever their instants; another referrer's
                // are no later than its last activity.
                bool Eligible(int j) =>
                    uses[j].Count == 0 && (_m[j].Erased || m.Erased) && SpanOf(j) is { } sp && sp.To >= m.CapturedAt && (m.Erased || sp.From <= activity);

                // An erased referrer's first referral may go into an entry referred already: in the entry's instant order,
                // each referral but the last is an erased referrer's, whose erasure is applied before the next referral
                // (the link goes with it; LinkOrder keys it so, whatever the erasure's instant).
                bool Shares(int j, Instant at) =>
                    Eligible(j) || (m.Erased && SpanOf(j) is not null && uses[j].All(u => (u.ErasedAt is not null && u.At <= at) || at <= u.At));

                // A known entry that names another referrer served an erased one up to its referral: it could be referred
                // again once that one was erased (a referee's link goes with its referrer).
                (Instant From, Instant To)? SpanOf(int j) =>
                    !m.Erased || _m[j].Erased || _m[j].Referrer is null ? Span(j) : (_m[j].CapturedAt, _m[j].ReferredAt!.Value);

                if (missing > 0)
                {
                    throw new NoWitnessException($"entry {i}: {missing} referrals no later entry can have received");
                }
            }
        }

        /// <summary>Referee j's referral from referrer i at <paramref name="at"/>: placed in the referee's life just after
        /// the capture (or at its instant); the referrer's first referral is applied before the others (rank 1 and the key
        /// of the advocate instant).</summary>
        private void AddReferral(int j, int i, Instant at, bool first)
        {
            var e = new MemberReferred(Tmp(), Pool, at, _ids[j], _ids[i]);
            var step = new Step(e, j, first ? at : Max(at, _m[i].AdvocateAt!.Value), first ? 1 : 2);
            InsertInLife(j, step);
            _referrals.Add(step);
        }

        /// <summary>When entry j can receive a referral: from its capture to its leave or last event (or its erasure).</summary>
        private (Instant From, Instant To)? Span(int j)
        {
            var m = _m[j];
            var to = m.LeaveReason is not null ? m.GoneAt!.Value : m.LastEventAt;
            // A referral is the referee's event: it goes into the referee's life in instant order, before a leave.
            return to < m.CapturedAt ? null : (m.CapturedAt, to);
        }

        private void InsertInLife(int j, Step step)
        {
            var life = _own[j];
            var k = 1;
            // An erased referrer's referral goes before a referral at its instant by a member still known (that one stays).
            bool KeptAfter(Step x) => x.Event is MemberReferred kept && x.Event.At == step.Event.At && step.Event is MemberReferred r
                && _m[Index(r.Referrer)].Erased && !_m[Index(kept.Referrer)].Erased;
            while (k < life.Count && life[k].Event.At <= step.Event.At && life[k].Rank <= 2 && !KeptAfter(life[k]))
            {
                k++;
            }

            life.Insert(k, step);
        }
    }
}
