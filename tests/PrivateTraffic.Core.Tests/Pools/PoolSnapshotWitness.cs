using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>No history could be built for a snapshot: <see cref="Exception.Message"/> says which part of it.</summary>
public sealed class NoWitnessException(string reason) : Exception(reason);

/// <summary>
/// The witness of a snapshot: a history (its <see cref="PoolCreated"/> first) that <see cref="PrivatePool.Rebuild"/> folds
/// into a pool whose <see cref="PrivatePool.ToSnapshot"/> is the given snapshot. Built entry by entry: a capture in slot
/// order (an erased entry gets an invented id), its referral, consents, purchases whose instants and categories give the
/// recorded purchase instants, an interaction for the last activity, one stage change placed where the member's history
/// gives the recorded stage (found by folding), the leave and the erasure; referrals of erased referees make up the
/// referral counts; reviews step the clock within the future tolerance, reach the latest instant and pad the version,
/// and the last events carry the remembered ids.
/// </summary>
public static class PoolSnapshotWitness
{
    /// <summary>The history, or <see cref="NoWitnessException"/>.</summary>
    public static List<PoolEvent> Build(PoolSnapshot snapshot) => new Builder(snapshot).Build();

    /// <summary>Builds the witness, rebuilds a pool from it, and checks that its snapshot's JSON is the snapshot's.</summary>
    public static List<PoolEvent> BuildAndCheck(PoolSnapshot snapshot)
    {
        var history = Build(snapshot);
        PrivatePool pool;
        try
        {
            pool = PrivatePool.Rebuild(history);
        }
        catch (Exception ex) when (ex is DomainRuleException or ArgumentException)
        {
            throw new NoWitnessException("the witness does not fold: " + ex.Message);
        }

        var expected = PrivateTrafficJson.Serialize(Normalized(snapshot));
        var actual = PrivateTrafficJson.Serialize(pool.ToSnapshot());
        if (expected != actual)
        {
            throw new NoWitnessException("the witness folds to another snapshot: " + FirstDifference(expected, actual));
        }

        return history;
    }

    /// <summary>The snapshot as a pool writes it: a hand-written one may leave out the creation's id (documented), which
    /// a pool always remembers while it has applied at most <see cref="PoolSnapshot.RememberedEventIds"/> events.</summary>
    private static PoolSnapshot Normalized(PoolSnapshot s) =>
        s.Version <= PoolSnapshot.RememberedEventIds && s.RecentEventIds.Count == s.Version - 1
            ? s with { RecentEventIds = [s.Definition.EventId, .. s.RecentEventIds] }
            : s;

    private static string FirstDifference(string a, string b)
    {
        var k = 0;
        while (k < a.Length && k < b.Length && a[k] == b[k])
        {
            k++;
        }

        var from = Math.Max(0, k - 120);
        return $"expected …{a[from..Math.Min(a.Length, k + 60)]}… got …{b[from..Math.Min(b.Length, k + 60)]}…";
    }

    /// <summary>An event of the plan: the event (with a placeholder id), the member's slot (-1 for none), its place in
    /// that member's sequence, and the sort key that orders the plan.</summary>
    private sealed class Step(PoolEvent e, int slot, Instant key, int rank)
    {
        public PoolEvent Event { get; set; } = e;
        public int Slot { get; } = slot;
        public Instant BaseKey { get; } = key;

        public Instant Key { get; set; } = key;
        public int Rank { get; } = rank;
        public int Seq { get; set; }
    }

    private sealed class Builder(PoolSnapshot s)
    {
        private readonly PoolCreated _d = s.Definition;
        private readonly IReadOnlyList<MemberSnapshot> _m = s.Members;
        private readonly MemberId[] _ids = new MemberId[s.Members.Count];
        private readonly List<Step>[] _own = new List<Step>[s.Members.Count];
        private readonly List<Step> _referrals = [];
        private int _placeholder;

        private PoolId Pool => _d.Pool;

        private DomainEventId Tmp() => DomainEventId.From("tmp-" + (_placeholder++).ToString(CultureInfo.InvariantCulture));

        public List<PoolEvent> Build()
        {
            Legacy();
            NameMembers();
            for (var i = 0; i < _m.Count; i++)
            {
                _own[i] = MemberLife(i);
            }

            Referrals();
            var plan = Order();
            for (var i = 0; i < _m.Count; i++)
            {
                plan = PlaceActivity(plan, i);
            }

            for (var i = 0; i < _m.Count; i++)
            {
                plan = PlaceStage(plan, i);
            }

            for (var i = 0; i < _m.Count; i++)
            {
                plan = PlaceLastEvent(plan, i);
            }

            return Finish(plan);
        }

        private void Legacy()
        {
            // A version 1 snapshot did not record two things (json-pools.md); no version 2 history leaves them out.
            if (_m.Any(m => m.PurchaseCount > 0) && s.PurchaseCurrency is null)
            {
                throw new NoWitnessException("legacy: purchases without a purchase currency (version 1)");
            }

            if (_m.Any(m => m.Referrer is not null && m.ReferredAt is null))
            {
                throw new NoWitnessException("legacy: a referrer without a referral instant (version 1)");
            }
        }

        private void NameMembers()
        {
            var taken = new HashSet<string>(_m.Where(m => m.Id is not null).Select(m => m.Id!.Value.Value), StringComparer.Ordinal);
            for (var i = 0; i < _m.Count; i++)
            {
                if (_m[i].Id is { } id)
                {
                    _ids[i] = id;
                    continue;
                }

                var name = "witness-erased-" + i.ToString(CultureInfo.InvariantCulture);
                while (!taken.Add(name))
                {
                    name += "x";
                }

                _ids[i] = MemberId.From(name);
            }
        }

        /// <summary>A member's own events in their order (stage change, fillers and referrals as referrer come later).</summary>
        private List<Step> MemberLife(int i)
        {
            var m = _m[i];
            var id = _ids[i];
            var life = new List<Step>();
            void Add(PoolEvent e, int rank = 2) => life.Add(new Step(e, i, e.At, rank));

            life.Add(new Step(new MemberCaptured(Tmp(), Pool, m.CapturedAt, id, m.Source, m.SubPool, m.TimeZone ?? PrivatePool.DefaultTimeZone,
                m.Tags ?? [], JoinMethod.Invitation), i, m.CapturedAt, 0));
            var timed = new List<PoolEvent>();
            if (m.Referrer is { } referrer)
            {
                timed.Add(new MemberReferred(Tmp(), Pool, m.ReferredAt!.Value, id, referrer, m.Campaign, m.Mechanic, m.Reward));
            }

            foreach (var c in m.Consents ?? [])
            {
                timed.Add(c.Granted
                    ? new ConsentGranted(Tmp(), Pool, c.At, id, c.Purpose, c.Channel)
                    : new ConsentWithdrawn(Tmp(), Pool, c.At, id, c.Purpose, c.Channel));
            }

            timed.AddRange(Purchases(i));

            // Stable: events at one instant keep the order they were listed in (consents in their recorded order).
            foreach (var e in timed.OrderBy(e => e.At))
            {
                Add(e);
            }

            if (m.LeaveReason is { } reason)
            {
                Add(new MemberLeft(Tmp(), Pool, m.GoneAt!.Value, id, reason), 3);
            }

            if (m.Erased)
            {
                Add(new MemberErased(Tmp(), Pool, m.LastEventAt, id), 4);
            }

            return life;
        }

        private IEnumerable<PoolEvent> Purchases(int i)
        {
            var m = _m[i];
            if (m.PurchaseCount == 0)
            {
                yield break;
            }

            var first = m.FirstCategory ?? "witness-a";
            var other = first == "witness-b" ? "witness-c" : "witness-b";
            var amount = Money.Of(1m, s.PurchaseCurrency!.Value);
            PurchaseRecorded Buy(Instant at, string category) => new(Tmp(), Pool, at, _ids[i], category, amount);

            yield return Buy(m.FirstPurchaseAt!.Value, first);
            if (m.PurchaseCount == 1)
            {
                yield break;
            }

            var second = m.SecondPurchaseAt!.Value;
            var crossAtSecond = m.CrossCategoryAt == second;
            yield return Buy(second, crossAtSecond ? other : first);
            var extra = m.PurchaseCount - 2;
            if (m.CrossCategoryAt is { } cross && !crossAtSecond)
            {
                if (extra == 0)
                {
                    throw new NoWitnessException($"entry {i}: two purchases, the cross-category one after the second");
                }

                extra--;
                for (var k = 0; k < extra; k++)
                {
                    yield return Buy(second, first);
                }

                yield return Buy(cross, other);
                yield break;
            }

            for (var k = 0; k < extra; k++)
            {
                yield return Buy(second, first);
            }
        }

        /// <summary>The referrals each member made: those its known referees record, and erased referees for the rest.
        /// The first one applied sets the advocate instant.</summary>
        private void Referrals()
        {
            var used = new bool[_m.Count];
            for (var i = _m.Count - 1; i >= 0; i--)
            {
                var m = _m[i];
                var known = _m.Select((x, j) => (x, j)).Where(t => !t.x.Erased && t.x.Referrer == m.Id && m.Id is not null).ToList();
                var missing = m.ReferralCount - (m.Erased ? 0 : known.Count);
                if (missing < 0)
                {
                    throw new NoWitnessException($"entry {i}: fewer referrals than referees");
                }

                var advocateAt = m.AdvocateAt;
                var firstIsKnown = known.Any(t => t.x.ReferredAt == advocateAt);
                // The referee of the first referral (at the advocate instant) is chosen first, then the others.
                var order = Enumerable.Range(i + 1, _m.Count - i - 1).Reverse()
                    .OrderBy(j => Span(j) is { } sp && advocateAt >= sp.From && advocateAt <= sp.To ? 0 : 1).ToList();
                foreach (var j in order)
                {
                    if (missing == 0)
                    {
                        break;
                    }

                    // Erased entries first; an erased referrer's referees lose the link, so any later entry serves it.
                    if (used[j] || !(_m[j].Erased || (m.Erased && _m[j].Referrer is null)))
                    {
                        continue;
                    }

                    var span = Span(j);
                    if (span is null)
                    {
                        continue;
                    }

                    var (from, to) = span.Value;
                    Instant at;
                    var first = !firstIsKnown;
                    if (first)
                    {
                        if (advocateAt < from || advocateAt > to)
                        {
                            continue;
                        }

                        at = advocateAt!.Value;
                        firstIsKnown = true;
                    }
                    else
                    {
                        at = advocateAt is { } a && a >= from && a <= to ? a : from;
                    }

                    used[j] = true;
                    missing--;
                    var e = new MemberReferred(Tmp(), Pool, at, _ids[j], _ids[i]);
                    // Placed in the referee's life just after the capture (or at its instant); the referrer's first
                    // referral is applied before the others (rank 1 and the key of the advocate instant).
                    var step = new Step(e, j, first ? at : Max(at, advocateAt!.Value), first ? 1 : 2);
                    InsertInLife(j, step);
                    _referrals.Add(step);
                }

                if (missing > 0)
                {
                    throw new NoWitnessException($"entry {i}: {missing} referrals no later entry can have received");
                }
            }
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
            while (k < life.Count && life[k].Event.At <= step.Event.At && life[k].Rank <= 2)
            {
                k++;
            }

            life.Insert(k, step);
        }

        /// <summary>The plan in one order: every member's events in their own order, all sorted by key (monotone within a
        /// member), captures in slot order.</summary>
        private List<Step> Order()
        {
            // Captures past the capacity wait for an earlier member to go: their slot's floor moves past that event.
            var floors = new Instant[_m.Count];
            while (true)
            {
                var plan = Sorted(Keyed(floors));
                var present = 0;
                var moved = false;
                for (var g = 0; g < plan.Count && !moved; g++)
                {
                    var e = plan[g].Event;
                    present += e switch
                    {
                        MemberCaptured => 1,
                        MemberLeft => -1,
                        MemberErased when _m[plan[g].Slot].LeaveReason is null => -1,
                        _ => 0,
                    };
                    if (e is MemberCaptured && _d.Capacity is { } cap && present > cap)
                    {
                        var gone = plan.Skip(g + 1).FirstOrDefault(x => x.Slot < plan[g].Slot
                            && (x.Event is MemberLeft || (x.Event is MemberErased && _m[x.Slot].LeaveReason is null)));
                        if (gone is null)
                        {
                            throw new NoWitnessException($"entry {plan[g].Slot}: captured past the capacity");
                        }

                        floors[plan[g].Slot] = gone.Key + Duration.Epsilon;
                        moved = true;
                    }
                }

                if (!moved)
                {
                    return plan;
                }
            }
        }

        /// <summary>Every step keyed: at least its own key, its member's previous key and its slot's floor (captures in
        /// slot order).</summary>
        private List<Step> Keyed(Instant[] floors)
        {
            var floor = _d.At;
            var all = new List<Step>();
            for (var i = 0; i < _m.Count; i++)
            {
                var life = _own[i];
                floor = Max(Max(floor, life[0].Event.At), floors[i]);
                var key = floor;
                var seq = 0;
                foreach (var step in life)
                {
                    key = Max(key, step.BaseKey);
                    if (step.Event is MemberReferred r && BuyingStageReachedAt(Index(r.Referrer)) is { } reached)
                    {
                        // The referrer's buying stage below advocate is recorded before its first referral is applied.
                        key = Max(key, reached + Duration.Epsilon);
                    }

                    step.Key = key;
                    step.Seq = seq++;
                    all.Add(step);
                }
            }

            // An erased referrer is erased after the referrals it made.
            foreach (var r in _referrals)
            {
                var referrer = Index(((MemberReferred)r.Event).Referrer);
                foreach (var step in _own[referrer].Where(x => x.Event is MemberErased))
                {
                    step.Key = Max(step.Key, r.Key);
                }
            }

            return all;
        }

        /// <summary>When a member whose recorded stage is first purchase, repeat or cross-category reached it, if its
        /// advocate instant is no later (so its referrals must wait for that stage change).</summary>
        private Instant? BuyingStageReachedAt(int i)
        {
            var m = _m[i];
            Instant? reached = m.Stage switch
            {
                LifecycleStage.FirstPurchase => m.FirstPurchaseAt,
                LifecycleStage.Repeat => m.SecondPurchaseAt,
                LifecycleStage.CrossCategory => m.CrossCategoryAt,
                _ => null,
            };
            return reached is { } t && m.AdvocateAt <= t ? t : null;
        }

        private static List<Step> Sorted(IEnumerable<Step> steps) =>
            [.. steps.OrderBy(x => x.Key).ThenBy(x => x.Rank == 0 ? 0 : 1).ThenBy(x => x.Rank == 0 ? x.Slot : 0)
                .ThenBy(x => x.Rank).ThenBy(x => x.Slot).ThenBy(x => x.Seq)];

        private int Index(MemberId id) => Array.IndexOf(_ids, id);

        /// <summary>An interaction when the plan leaves a last activity other than the recorded one.</summary>
        private List<Step> PlaceActivity(List<Step> plan, int i)
        {
            var m = _m[i];
            if (m.Erased)
            {
                return plan;
            }

            var entry = Fold(plan).Members[i];
            if (entry.LastActivityAt == m.LastActivityAt)
            {
                return plan;
            }

            var at = m.LastActivityAt;
            // After the member's events up to that instant and after every later referral it made (one would raise it),
            // before its events after that instant (member order).
            var after = 0;
            for (var g = 0; g < plan.Count; g++)
            {
                var e = plan[g].Event;
                if ((e is MemberEvent own && own.Member == _ids[i] && e.At <= at && e is not (MemberLeft or MemberErased))
                    || (e is MemberReferred r && r.Referrer == _ids[i] && r.At > at))
                {
                    after = g + 1;
                }
            }

            // As late as the clock allows (after the plan's steps up to that instant), before the member's later events.
            var firstLater = plan.FindIndex(x => x.Event is MemberEvent own && own.Member == _ids[i] && own.At > at);
            var chronological = plan.FindLastIndex(x => x.Key <= at) + 1;
            if (firstLater >= 0 && after > firstLater)
            {
                throw new NoWitnessException($"entry {i}: its last activity {at} is earlier than a referral it made and later events");
            }

            after = Math.Max(after, firstLater < 0 ? chronological : Math.Min(chronological, firstLater));

            var result = new List<Step>(plan);
            result.Insert(after, new Step(new InteractionRecorded(Tmp(), Pool, at, _ids[i], "witness"), i, at, 2));
            return result;
        }

        /// <summary>One stage change, at a place and instant where the member's history gives the recorded stage; found by
        /// folding the plan and asking the pool.</summary>
        private List<Step> PlaceStage(List<Step> plan, int i)
        {
            var m = _m[i];
            if (m.Stage == LifecycleStage.Prospect)
            {
                return plan;
            }

            var id = _ids[i];
            var zone = m.TimeZone ?? PrivatePool.DefaultTimeZone;
            var pool = Open();
            var captured = false;
            var last = Instant.MinValue;
            (int At, Instant T)? best = null;
            for (var g = 0; g < plan.Count; g++)
            {
                var e = plan[g].Event;
                if (e is MemberEvent me && me.Member == id && e is MemberErased)
                {
                    break;
                }

                Apply(pool, e);
                if (e is MemberCaptured c && c.Member == id)
                {
                    captured = true;
                }

                if (!captured)
                {
                    continue;
                }

                if (e is MemberEvent own && own.Member == id)
                {
                    last = Max(last, e.At);
                }

                var next = plan.Skip(g + 1).Where(x => x.Slot == i && x.Event is MemberEvent ne && ne.Member == id).Select(x => x.Event.At).DefaultIfEmpty(m.LastEventAt).Min();
                next = Min(next, m.LastEventAt);
                foreach (var t in Candidates(pool.Find(id)!.LastActivityAt, last, next, zone).Append(e.At))
                {
                    if (t >= last && t <= next && pool.StageOf(id, t) == m.Stage)
                    {
                        // Prefer the latest place, and there the member's last event instant (the stage change then fills it).
                        if (best is null || g > best.Value.At || (g == best.Value.At && t == m.LastEventAt))
                        {
                            best = (g, t);
                        }
                    }
                }
            }

            if (best is not { } b)
            {
                throw new NoWitnessException($"entry {i}{(m.Erased ? " (erased)" : "")}: no instant where its history gives {m.Stage}");
            }

            var step = new Step(new StageChanged(Tmp(), Pool, b.T, id, LifecycleStage.Prospect, m.Stage), i, Max(b.T, plan[b.At].Key), 3);
            var result = new List<Step>(plan);
            result.Insert(b.At + 1, step);
            return result;
        }

        private IEnumerable<Instant> Candidates(Instant activity, Instant last, Instant next, DateTimeZone zone)
        {
            yield return last;
            yield return next;
            var lifecycle = _d.Lifecycle();
            foreach (var period in new[] { lifecycle.DormantAfter, lifecycle.ChurnedAfter })
            {
                if (activity > Instant.FromUtc(9000, 1, 1, 0, 0))
                {
                    continue;
                }

                var t = (activity.InZone(zone).LocalDateTime + period).InZoneLeniently(zone).ToInstant();
                foreach (var d in new[] { Duration.Zero, Duration.Epsilon, Duration.FromMinutes(1), Duration.FromHours(1), Duration.FromHours(2), Duration.FromDays(1) })
                {
                    yield return t + d;
                }
            }
        }

        /// <summary>When the plan leaves the member's last event earlier than recorded: a move into its sub-pool then (the
        /// stage change was already placed there when it could be).</summary>
        private List<Step> PlaceLastEvent(List<Step> plan, int i)
        {
            var m = _m[i];
            if (m.Erased)
            {
                return plan;
            }

            var entry = Fold(plan).Members[i];
            if (entry.LastEventAt == m.LastEventAt)
            {
                return plan;
            }

            if (m.LeaveReason is not null || _d.SubPools.Count < 2)
            {
                throw new NoWitnessException($"entry {i}: no event can be its last at {m.LastEventAt}");
            }

            // Captured into another sub-pool, moved into its own at that instant.
            var other = _d.SubPools.First(p => p != m.SubPool);
            var result = new List<Step>(plan);
            var capture = result.First(x => x.Event is MemberCaptured c && c.Member == _ids[i]);
            capture.Event = ((MemberCaptured)capture.Event) with { SubPool = other };
            var move = new Step(new MemberMoved(Tmp(), Pool, m.LastEventAt, _ids[i], other, m.SubPool), i, m.LastEventAt, 5);
            result.Insert(result.FindLastIndex(x => x.Event is MemberEvent e && e.Member == _ids[i]) + 1, move);
            return result;
        }

        /// <summary>Reviews for the future tolerance and the latest instant, padding to the version, and the ids.</summary>
        private List<PoolEvent> Finish(List<Step> plan)
        {
            var tolerance = _d.FutureTolerance;
            var events = new List<PoolEvent>();
            var clock = _d.At;
            void StepTo(Instant at)
            {
                while (tolerance is { } tol && at - clock > tol)
                {
                    if (tol == Duration.Zero || (at - clock).TotalTicks / tol.TotalTicks > s.Version)
                    {
                        throw new NoWitnessException($"version {s.Version}: an event at {at} is more reviews past {clock} than that within the future tolerance {tol}");
                    }

                    clock += tol;
                    events.Add(new PoolReviewed(Tmp(), Pool, clock));
                }
            }

            foreach (var step in plan)
            {
                StepTo(step.Event.At);
                events.Add(step.Event);
                clock = Max(clock, step.Event.At);
            }

            if (s.LatestAt > clock)
            {
                StepTo(s.LatestAt);
                if (s.LatestAt > clock)
                {
                    events.Add(new PoolReviewed(Tmp(), Pool, s.LatestAt));
                }
            }

            var padding = s.Version - 1 - events.Count;
            if (padding < 0)
            {
                throw new NoWitnessException($"version {s.Version}: its history needs at least {events.Count + 1} events");
            }

            for (var k = 0; k < padding; k++)
            {
                events.Add(new PoolReviewed(Tmp(), Pool, _d.At));
            }

            return [_d, .. Named(events)];
        }

        /// <summary>The remembered ids on the last events, fresh ids on the others.</summary>
        private IEnumerable<PoolEvent> Named(List<PoolEvent> events)
        {
            var ids = s.RecentEventIds;
            var remembered = Math.Min(PoolSnapshot.RememberedEventIds, s.Version);
            var named = ids.ToList();
            if (ids.Count == remembered)
            {
                if (s.Version <= PoolSnapshot.RememberedEventIds)
                {
                    if (ids[0] != _d.EventId)
                    {
                        throw new NoWitnessException("the first remembered id is not the creation's");
                    }

                    named.RemoveAt(0);
                }
            }
            else if (s.Version > PoolSnapshot.RememberedEventIds)
            {
                throw new NoWitnessException("fewer remembered ids than a pool keeps");
            }

            var taken = new HashSet<string>(ids.Select(x => x.Value).Append(_d.EventId.Value), StringComparer.Ordinal);
            var fresh = 0;
            DomainEventId Fresh()
            {
                string name;
                do
                {
                    name = "w" + (fresh++).ToString(CultureInfo.InvariantCulture);
                }
                while (taken.Contains(name));
                return DomainEventId.From(name);
            }

            var start = events.Count - named.Count;
            for (var k = 0; k < events.Count; k++)
            {
                yield return events[k] with { EventId = k >= start ? named[k - start] : Fresh() };
            }
        }

        /// <summary>A pool with the definition's lifecycle and no limits: the plan is folded before reviews step its clock.</summary>
        private PrivatePool Open() => PrivatePool.Rebuild([_d with { FutureTolerance = null, Capacity = null, QrCodeJoinLimit = null }]);

        private static void Apply(PrivatePool pool, PoolEvent e)
        {
            try
            {
                pool.Apply(e);
            }
            catch (Exception ex) when (ex is DomainRuleException or ArgumentException)
            {
                throw new NoWitnessException($"the plan does not fold at {e.Type} {e.At}: {ex.Message}");
            }
        }

        /// <summary>The snapshot the plan folds to (no tolerance: only the members' numbers are read from it).</summary>
        private PoolSnapshot Fold(List<Step> plan)
        {
            var pool = Open();
            foreach (var step in plan)
            {
                Apply(pool, step.Event);
            }

            return pool.ToSnapshot();
        }

        private static Instant Max(Instant a, Instant b) => a > b ? a : b;

        private static Instant Min(Instant a, Instant b) => a < b ? a : b;
    }
}
