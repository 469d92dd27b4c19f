using System;
using System.Collections.Generic;
using NodaTime;

namespace PrivateTraffic.Core.Pools;

// The referrals that erased referees took with them (found by the witness property of issue 10): each referral a member
// still known made that no known referee accounts for was received by an erased entry whose membership can hold it, and no
// erased entry received two of them (its link to a referrer still known stays until its erasure). Counting erased entries
// is not enough: this is a bipartite matching of those referrals to erased entries.
public sealed partial class PrivatePool
{
    /// <summary>The referrals of members still known that erased entries account for (counted in RestoreCounters) can all
    /// be placed, each in its own erased entry: the matching runs only when there are such referrals.</summary>
    private void CheckErasedReferrals(PoolSnapshot snapshot)
    {
        for (var i = 0; i < _slotCount; i++)
        {
            ref readonly var s = ref _slots[i];
            if (!s.Erased && s.ReferralCount > (s.Referees?.Count ?? 0))
            {
                MatchErasedReferrals(snapshot.Members, out var unplaced);
                Invalid(unplaced is null, unplaced?.Position ?? -1, unplaced?.What ?? string.Empty);
                return;
            }
        }
    }

    /// <summary>An erased referrer's referrals went into distinct later entries (its link to each stays until its own
    /// erasure), present at an instant no earlier than its capture, one of them at its advocate instant (its first). An
    /// entry may serve several erased referrers one after another, so this is checked per referrer, scanning the later
    /// entries until both are found (O(entries) each at worst).</summary>
    /// <returns>For each entry erased without leaving that made referrals, the last entry whose capture it was present at
    /// (its erasure follows its referrals, so the captures of the entries they need); null when there is none.</returns>
    private int[]? CheckErasedReferrers()
    {
        int[]? presentUntil = null;
        for (var i = 0; i < _slotCount; i++)
        {
            ref readonly var r = ref _slots[i];
            if (!r.Erased || r.ReferralCount == 0)
            {
                continue;
            }

            var present = 0;
            var (enough, first) = (-1, -1);
            for (var j = i + 1; j < _slotCount; j++)
            {
                ref readonly var s = ref _slots[j];
                // Until its leave or erasure; a known referee of another referrer was free only until that referral.
                var end = !s.Erased && s.Referral is { } terms ? terms.At : s.Erased || s.Left ? s.GoneAt : s.LastEventAt;
                present += end >= r.CapturedAt ? 1 : 0;
                enough = enough < 0 && present == r.ReferralCount ? j : enough;
                first = first < 0 && s.CapturedAt <= r.AdvocateAt && r.AdvocateAt <= end ? j : first;
                if (enough >= 0 && first >= 0)
                {
                    // Both found: the rest of the scan changes neither, and stopping keeps a pool whose erased referrers
                    // referred soon after joining (a chain of referrals, all erased) linear instead of quadratic.
                    break;
                }
            }

            Invalid(enough >= 0, i, "is erased with more referrals than later entries present after its capture");
            Invalid(first >= 0, i, $"is erased with an advocate instant {r.AdvocateAt} at which no later entry was present to receive its first referral");
            if (!r.Left)
            {
                (presentUntil ??= new int[_slotCount])[i] = Math.Max(enough, first);
            }
        }

        return presentUntil;
    }

    /// <summary>A referral an erased entry received from a member still known: the referrer's and the referee's entries,
    /// and the instants it can have been at (<see cref="From"/> = <see cref="To"/> when one instant is needed).</summary>
    /// <param name="Referrer">The referrer's entry (not erased).</param>
    /// <param name="Referee">The erased entry that received it.</param>
    /// <param name="From">The earliest instant it can have been at.</param>
    /// <param name="To">The latest instant it can have been at.</param>
    /// <param name="SetsAdvocateInstant">Whether it is the referrer's first referral applied, at its advocate instant.</param>
    internal readonly record struct ErasedReferral(int Referrer, int Referee, Instant From, Instant To, bool SetsAdvocateInstant);

    /// <summary>What one referral needs of the entry that received it: an entry captured after the referrer's (slot order),
    /// present at some instant of [<paramref name="Lo"/>, <paramref name="Hi"/>].</summary>
    /// <param name="Referrer">The referrer's entry.</param>
    /// <param name="Lo">The earliest instant the referral can be at.</param>
    /// <param name="Hi">The latest instant the referral can be at.</param>
    /// <param name="Advocate">Whether it is the first referral applied, at the advocate instant.</param>
    internal readonly record struct ReferralDemand(int Referrer, Instant Lo, Instant Hi, bool Advocate);

    /// <summary>An entry that can receive a referral: its slot, and from when to when it can.</summary>
    /// <param name="Slot">The entry's position.</param>
    /// <param name="From">The earliest instant.</param>
    /// <param name="To">The latest instant.</param>
    internal readonly record struct ReferralSpan(int Slot, Instant From, Instant To);

    /// <summary>
    /// Matches the referrals that members still known made and no known referee accounts for to erased entries. A
    /// referral from r into an erased entry j is at an instant t with t no earlier than r's capture (no one refers before
    /// joining) and no later than r's last activity (the referral is r's activity, which only moves later), and j present
    /// then: from its capture to its leave or erasure (its <c>goneAt</c>). Some are pinned to one instant: the advocate
    /// instant when no known referee gives it (the first referral applied sets it), and a last activity past r's own
    /// events (only a referral moves it there) when no known referee gives that.
    /// </summary>
    /// <param name="members">The entries, in capture order.</param>
    /// <param name="failure">The referrer's entry and why, when no matching exists.</param>
    /// <returns>One referral per matched demand (complete when <paramref name="failure"/> is null).</returns>
    internal static List<ErasedReferral> MatchErasedReferrals(IReadOnlyList<MemberSnapshot> members, out (int Position, string What)? failure)
    {
        var demands = ReferralDemands(members, out failure);
        var matched = new List<ErasedReferral>();
        if (failure is not null || demands.Count == 0)
        {
            return matched;
        }

        var entries = new List<ReferralSpan>();
        for (var j = 0; j < members.Count; j++)
        {
            if (members[j].Erased)
            {
                entries.Add(new ReferralSpan(j, members[j].CapturedAt, SpanEnd(members[j])));
            }
        }

        var match = MatchReferrals(demands, entries, null, out var unmatched);
        if (unmatched >= 0)
        {
            var d = demands[unmatched];
            failure = (d.Referrer, d.Lo == d.Hi
                ? $"made a referral at {d.Lo} that no erased entry captured after it can have received (each holds at most one)"
                : $"made referrals that no erased entry captured after it can have received between {d.Lo} and {d.Hi} (each holds at most one)");
            return matched;
        }

        for (var d = 0; d < demands.Count; d++)
        {
            var j = match[d];
            var from = demands[d].Lo > members[j].CapturedAt ? demands[d].Lo : members[j].CapturedAt;
            var to = demands[d].Hi < SpanEnd(members[j]) ? demands[d].Hi : SpanEnd(members[j]);
            matched.Add(new ErasedReferral(demands[d].Referrer, j, from, to, demands[d].Advocate));
        }

        return matched;
    }

    /// <summary>Until when an erased entry can have received a referral: its leave, or its erasure (its gone instant
    /// either way).</summary>
    private static Instant SpanEnd(MemberSnapshot m) => m.GoneAt ?? m.LastEventAt;

    /// <summary>The referrals of members still known that no known referee accounts for, each with the instants it can be
    /// at (see <see cref="MatchErasedReferrals"/>).</summary>
    /// <param name="members">The entries, in capture order.</param>
    /// <param name="failure">The referrer's entry and why, when its pinned referrals outnumber its missing ones.</param>
    /// <returns>The demands.</returns>
    internal static List<ReferralDemand> ReferralDemands(IReadOnlyList<MemberSnapshot> members, out (int Position, string What)? failure)
    {
        failure = null;
        var demands = new List<ReferralDemand>();
        Dictionary<string, int>? index = null;
        List<Instant?>[]? known = null;
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            if (m.Erased || m.Id is not { } id)
            {
                continue;
            }

            if (m.Referrer is { } referrer && index is not null && index.TryGetValue(referrer.Value, out var r))
            {
                (known![r] ??= []).Add(m.ReferredAt);
            }

            if (m.ReferralCount > 0)
            {
                index ??= new Dictionary<string, int>(StringComparer.Ordinal);
                known ??= new List<Instant?>[members.Count];
                index[id.Value] = i;
            }
        }

        for (var i = 0; index is not null && i < members.Count; i++)
        {
            var m = members[i];
            var referees = known![i];
            var missing = m.ReferralCount - (referees?.Count ?? 0);
            if (m.Erased || missing <= 0)
            {
                continue;
            }

            // A version 1 entry recorded no referral instants: only the capture bounds its referrals.
            var undated = referees is not null && referees.Contains(null);
            var pinned = 0;
            if (!undated && referees?.Contains(m.AdvocateAt) != true)
            {
                demands.Add(new ReferralDemand(i, m.AdvocateAt!.Value, m.AdvocateAt.Value, true));
                pinned++;
            }

            var ownEnd = m.LeaveReason is not null ? m.GoneAt!.Value : m.LastEventAt;
            if (!undated && m.LastActivityAt > ownEnd && m.LastActivityAt != m.AdvocateAt && referees?.Contains(m.LastActivityAt) != true)
            {
                demands.Add(new ReferralDemand(i, m.LastActivityAt, m.LastActivityAt, false));
                pinned++;
            }

            if (pinned > missing)
            {
                failure = (i, $"has {missing} referral(s) no known referee accounts for, but its advocate instant and its last activity need {pinned}");
                return demands;
            }

            var hi = undated ? Instant.MaxValue : m.LastActivityAt;
            for (var k = pinned; k < missing; k++)
            {
                demands.Add(new ReferralDemand(i, m.CapturedAt, hi, false));
            }
        }

        return demands;
    }

    /// <summary>
    /// A maximum matching of demands to erased entries (-1 in <paramref name="unmatched"/> when every demand has one).
    /// First a greedy by earliest deadline: demands by their latest instant, each taking, among the free entries captured
    /// by then and present at its earliest instant, the one gone first. Without the slot order (an entry captured after
    /// the referrer) this is exact: every later demand can use any entry captured by then, so of two such entries the one
    /// gone first is never the more useful (exchange argument). The slot order can make it wrong, so a demand it leaves
    /// without an entry looks for an augmenting path (alternating between demands and the entries matched to them); by
    /// Berge's theorem a matching with none is maximum, so a demand still without an entry has no place in any history.
    /// The greedy costs O(k log k); a search, needed only where the slot order binds, O(demands × entries).
    /// </summary>
    /// <param name="demands">The referrals to place.</param>
    /// <param name="entries">The entries that can receive them, each once.</param>
    /// <param name="alsoFits">A further condition on a demand and an entry's slot, or null.</param>
    /// <param name="unmatched">A demand no matching places, or -1.</param>
    /// <returns>Each demand's entry (its slot), -1 from <paramref name="unmatched"/> on.</returns>
    internal static int[] MatchReferrals(IReadOnlyList<ReferralDemand> demands, IReadOnlyList<ReferralSpan> entries,
        Func<ReferralDemand, int, bool>? alsoFits, out int unmatched)
    {
        unmatched = -1;
        var match = new int[demands.Count];
        var owner = new Dictionary<int, int>();   // entry (its index in entries) → demand
        var order = new int[demands.Count];
        for (var d = 0; d < order.Length; d++)
        {
            order[d] = d;
        }

        Array.Sort(order, (x, y) => demands[x].Hi.CompareTo(demands[y].Hi) is var c and not 0 ? c : x.CompareTo(y));
        var byCapture = new int[entries.Count];
        for (var e = 0; e < byCapture.Length; e++)
        {
            byCapture[e] = e;
        }

        Array.Sort(byCapture, (x, y) => entries[x].From.CompareTo(entries[y].From) is var c and not 0 ? c : x.CompareTo(y));
        var free = new SortedSet<(Instant To, int Slot, int Entry)>();
        var next = 0;
        foreach (var d in order)
        {
            var demand = demands[d];
            for (; next < byCapture.Length && entries[byCapture[next]].From <= demand.Hi; next++)
            {
                if (!owner.ContainsKey(byCapture[next]))
                {
                    var e = entries[byCapture[next]];
                    free.Add((e.To, e.Slot, byCapture[next]));
                }
            }

            match[d] = -1;
            if (free.Count > 0 && free.Max.To >= demand.Lo)
            {
                foreach (var e in free.GetViewBetween((demand.Lo, int.MinValue, int.MinValue), free.Max))
                {
                    if (e.Slot > demand.Referrer && (alsoFits is null || alsoFits(demand, e.Slot)))
                    {
                        match[d] = e.Entry;
                        break;
                    }
                }
            }

            if (match[d] >= 0)
            {
                var e = entries[match[d]];
                free.Remove((e.To, e.Slot, match[d]));
                owner[match[d]] = d;
            }
            else if (!Augment(demands, entries, alsoFits, match, owner, d, free))
            {
                unmatched = d;
                return match;
            }
        }

        for (var d = 0; d < match.Length; d++)
        {
            match[d] = entries[match[d]].Slot;
        }

        return match;
    }

    private static bool Fits(ReferralDemand d, ReferralSpan e, Func<ReferralDemand, int, bool>? alsoFits) =>
        e.Slot > d.Referrer && e.From <= d.Hi && e.To >= d.Lo && (alsoFits is null || alsoFits(d, e.Slot));

    /// <summary>Breadth-first search for an augmenting path from demand <paramref name="start"/>: to an entry no demand
    /// holds (free, or not yet reached by the greedy's sweep), through entries held by demands that can move.</summary>
    private static bool Augment(IReadOnlyList<ReferralDemand> demands, IReadOnlyList<ReferralSpan> entries, Func<ReferralDemand, int, bool>? alsoFits,
        int[] match, Dictionary<int, int> owner, int start, SortedSet<(Instant To, int Slot, int Entry)> free)
    {
        var cameFrom = new Dictionary<int, int>();   // entry → the demand that reached it
        var queue = new Queue<int>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var d = queue.Dequeue();
            for (var j = 0; j < entries.Count; j++)
            {
                if (cameFrom.ContainsKey(j) || !Fits(demands[d], entries[j], alsoFits))
                {
                    continue;
                }

                cameFrom[j] = d;
                if (owner.TryGetValue(j, out var holder))
                {
                    queue.Enqueue(holder);
                    continue;
                }

                // Flip the path: each demand on it takes the entry that reached the next.
                free.Remove((entries[j].To, entries[j].Slot, j));
                for (var entry = j; ;)
                {
                    var taker = cameFrom[entry];
                    var previous = match[taker];
                    match[taker] = entry;
                    owner[entry] = taker;
                    if (taker == start)
                    {
                        return true;
                    }

                    entry = previous;
                }
            }
        }

        return false;
    }
}
