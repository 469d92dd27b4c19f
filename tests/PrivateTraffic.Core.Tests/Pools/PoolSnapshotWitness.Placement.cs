using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Tests.Pools;

// The witness's later steps: what the plan of captures, purchases, consents and referrals does not yet give is placed
// by folding the plan (an interaction, the stage change, a last event), then reviews, padding and ids finish the history.
public static partial class PoolSnapshotWitness
{
    private sealed partial class Builder
    {
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
            // Its leave comes after the interaction even at the same instant (nothing but a stage change follows a leave).
            var firstLater = plan.FindIndex(x => x.Event is MemberEvent own && own.Member == _ids[i] && (own.At > at || own is MemberLeft));
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
            var zone = Zone(i);
            var pool = Open();
            var captured = false;
            var last = Instant.MinValue;
            (int At, Instant T)? best = null;
            var bestInOrder = false;
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
                        // Under a future tolerance, prefer a place in the plan's instant order (no review then), then the
                        // latest place, and there the member's last event instant (the stage change then fills it).
                        var inOrder = _d.FutureTolerance is not null && InOrder(plan, g, t);
                        if (best is null || (inOrder && !bestInOrder) || (inOrder == bestInOrder
                            && (g > best.Value.At || (g == best.Value.At && t == m.LastEventAt))))
                        {
                            best = (g, t);
                            bestInOrder = inOrder;
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

        /// <summary>Whether a step at <paramref name="t"/> just after step g keeps the plan's keys in order there.</summary>
        private static bool InOrder(List<Step> plan, int g, Instant t) => plan[g].Key <= t && (g + 1 == plan.Count || plan[g + 1].Key >= t);

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
            // After the member's own events and, so that the clock need not jump ahead, after every step keyed up to then.
            var own = result.FindLastIndex(x => x.Event is MemberEvent e && e.Member == _ids[i]) + 1;
            result.Insert(Math.Max(own, result.FindLastIndex(x => x.Key <= m.LastEventAt) + 1), move);
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
    }
}
