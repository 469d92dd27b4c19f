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
public static partial class PoolSnapshotWitness
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
        var name = a.LastIndexOf("\":", Math.Min(k, a.Length - 1), StringComparison.Ordinal);
        var field = name < 0 ? "?" : a[(a.LastIndexOf('"', name - 1) + 1)..name];
        return $"differs at {field}: expected …{a[from..Math.Min(a.Length, k + 60)]}… got …{b[from..Math.Min(b.Length, k + 60)]}…";
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

    private sealed partial class Builder(PoolSnapshot s)
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

            life.Add(new Step(new MemberCaptured(Tmp(), Pool, m.CapturedAt, id, m.Source, m.SubPool, Zone(i),
                m.Tags ?? [], JoinMethod.Invitation), i, m.CapturedAt, 0));
            var timed = new List<PoolEvent>();
            MemberReferred? referral = null;
            if (m.Referrer is { } referrer)
            {
                referral = new MemberReferred(Tmp(), Pool, m.ReferredAt!.Value, id, referrer, m.Campaign, m.Mechanic, m.Reward);
                timed.Add(referral);
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
                // A referral at its referrer's advocate instant may be the one that set it: applied before the others.
                Add(e, e == referral && _m[Index(referral.Referrer)].AdvocateAt == e.At ? 1 : 2);
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
            if (crossAtSecond && m.PurchaseCount >= 3 && m.Stage == LifecycleStage.Repeat)
            {
                // Repeat though the cross-category purchase is at the second's instant: the second is in the first
                // category and the third, at that instant too, in another (the stage change comes between them).
                yield return Buy(second, first);
                yield return Buy(second, other);
                for (var k = 3; k < m.PurchaseCount; k++)
                {
                    yield return Buy(second, first);
                }

                yield break;
            }

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

        private int Index(MemberId id) => Array.IndexOf(_ids, id);

        /// <summary>The entry's time zone; an erased entry's is gone, so one that allows its quiet stage is chosen
        /// (Asia/Shanghai when it does): the same search <see cref="PrivatePool.Restore"/> makes.</summary>
        private DateTimeZone Zone(int i)
        {
            var m = _m[i];
            if (m.TimeZone is { } zone)
            {
                return zone;
            }

            if (m.Stage != LifecycleStage.Dormant && (m.Stage != LifecycleStage.Churned || m.LeaveReason is not null))
            {
                return PrivatePool.DefaultTimeZone;
            }

            var period = m.Stage == LifecycleStage.Dormant ? _d.Lifecycle().DormantAfter : _d.Lifecycle().ChurnedAfter;
            var end = m.LeaveReason is not null ? m.GoneAt!.Value : m.LastEventAt;
            return new[] { PrivatePool.DefaultTimeZone }.Concat(DateTimeZoneProviders.Tzdb.Ids.Select(z => DateTimeZoneProviders.Tzdb[z]))
                .FirstOrDefault(z => QuietBy(m, z, end, period)) ?? PrivatePool.DefaultTimeZone;
        }

        private static bool QuietBy(MemberSnapshot m, DateTimeZone zone, Instant end, Period period)
        {
            Instant?[] candidates = [end, m.FirstPurchaseAt, m.SecondPurchaseAt, m.CrossCategoryAt];
            foreach (var t in candidates.OfType<Instant>().Where(t => t <= end))
            {
                var before = new[] { m.FirstPurchaseAt, m.SecondPurchaseAt, m.CrossCategoryAt }.OfType<Instant>().Where(p => p < t).Append(m.CapturedAt).Max();
                if (before <= LifecyclePolicy.Threshold(zone, t, period))
                {
                    return true;
                }
            }

            return false;
        }

        private static Instant Max(Instant a, Instant b) => a > b ? a : b;

        private static Instant Min(Instant a, Instant b) => a < b ? a : b;
    }
}
