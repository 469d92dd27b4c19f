using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PrivateTraffic.Core.Pools;

namespace PrivateTraffic.Core.Tests.Pools;

// The witness's plan in one order: every step keyed by instant, then moved where the history needs it (an erased
// referrer after its referrals, a member's steps in its life's order, re-referred members after their earlier
// referrer's erasure, first referrals first).
public static partial class PoolSnapshotWitness
{
    private sealed partial class Builder
    {
        /// <summary>The plan in one order: every member's events in their own order, all sorted by key (monotone within a
        /// member), captures in slot order.</summary>
        private List<Step> Order()
        {
            // Captures past the capacity wait for an earlier member to go: their slot's floor moves past that event.
            var floors = new Instant[_m.Count];
            for (var round = 0; ; round++)
            {
                if (round > 4 * (_m.Count + 1) * (_m.Count + 1))
                {
                    // A capture waits for an erasure that waits for a referral into that capture's member.
                    throw new NoWitnessException("captures past the capacity wait on each other");
                }

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
                        // Not the erasure of a referrer who brought that capture's member or a later one: it waits
                        // for the capture.
                        var slot = plan[g].Slot;
                        var gone = plan.Skip(g + 1).FirstOrDefault(x => x.Slot < slot
                            && (x.Event is MemberLeft || (x.Event is MemberErased && _m[x.Slot].LeaveReason is null
                                && !_referrals.Any(r => r.Slot >= slot && ((MemberReferred)r.Event).Referrer == _ids[x.Slot]))));
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

            for (var pass = 0; FirstReferralsFirst(all) | ErasedAfterReferrals() | LinkOrder() | InLifeOrder(); pass++)
            {
                if (pass > all.Count)
                {
                    throw new NoWitnessException("referrals and erasures wait on each other");
                }
            }

            return all;
        }

        /// <summary>An erased referrer is erased after the referrals it made. True when a key moved.</summary>
        private bool ErasedAfterReferrals()
        {
            var moved = false;
            foreach (var r in _referrals)
            {
                var referrer = Index(((MemberReferred)r.Event).Referrer);
                if (_own[referrer][^1] is { Event: MemberErased } step && step.Key < r.Key)
                {
                    step.Key = r.Key;
                    moved = true;
                }
            }

            return moved;
        }

        /// <summary>A member's steps stay in its life's order: the plan sorts steps of one key by rank, so a step of a lower
        /// rank after one of a higher rank at that key (a first referral after a purchase keyed up to a later capture's
        /// instant) is keyed just after it. True when a key moved.</summary>
        private bool InLifeOrder()
        {
            var moved = false;
            foreach (var life in _own)
            {
                for (var k = 1; k < life.Count; k++)
                {
                    var (before, step) = (life[k - 1], life[k]);
                    if (step.Key < before.Key || (step.Key == before.Key && step.Rank < before.Rank))
                    {
                        step.Key = step.Key < before.Key ? before.Key : before.Key + Duration.Epsilon;
                        moved = true;
                    }
                }
            }

            return moved;
        }

        /// <summary>A member referred again: the referrer of its earlier referral was erased before the next one is applied
        /// (its link went with it), so that referral and the rest of the referee's life come after that erasure. True when a
        /// key moved.</summary>
        private bool LinkOrder()
        {
            var moved = false;
            foreach (var life in _own)
            {
                var (after, pending) = (Instant.MinValue, Instant.MinValue);
                foreach (var step in life)
                {
                    if (step.Event is MemberReferred r)
                    {
                        after = Max(after, pending);
                        if (_own[Index(r.Referrer)][^1] is { Event: MemberErased } erasure)
                        {
                            pending = Max(pending, erasure.Key);
                        }
                    }

                    if (step.Key <= after)
                    {
                        step.Key = after + Duration.Epsilon;
                        moved = true;
                    }
                }
            }

            return moved;
        }

        /// <summary>A referrer's first referral (rank 1, at its advocate instant) sets that instant, so its other referrals
        /// (an earlier instant is allowed: events of different members may be applied out of instant order) wait for it;
        /// a delayed referral delays the rest of its referee's life.</summary>
        private bool FirstReferralsFirst(List<Step> all)
        {
            var any = false;
            for (var pass = 0; pass <= all.Count; pass++)
            {
                var first = all.Where(x => x.Rank == 1).GroupBy(x => ((MemberReferred)x.Event).Referrer).ToDictionary(g => g.Key, g => g.Min(x => x.Key));
                var moved = false;
                foreach (var step in all)
                {
                    if (step.Rank == 2 && step.Event is MemberReferred r && first.TryGetValue(r.Referrer, out var key) && step.Key < key)
                    {
                        var life = _own[step.Slot];
                        for (var k = life.IndexOf(step); k < life.Count; k++)
                        {
                            life[k].Key = Max(life[k].Key, key);
                        }

                        moved = true;
                    }
                }

                if (!moved)
                {
                    return any;
                }

                any = true;
            }

            return any;
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
    }
}
