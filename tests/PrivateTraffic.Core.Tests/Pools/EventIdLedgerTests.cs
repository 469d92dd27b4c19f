using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Tests.Support;

namespace PrivateTraffic.Core.Tests.Pools;

/// <summary>
/// The ledger of applied event ids, checked against a plain hash set: the bulk index of a history must say exactly
/// what inserting its ids one by one would say. (Two different ids with the same 32-bit hash cannot be made on
/// purpose, since the hash is randomised per process; distinct ids sharing a directory run happen in every large case.)
/// </summary>
public sealed class EventIdLedgerTests
{
    private static readonly PoolId Pool = PoolId.From("ledger");
    private static readonly MemberId Someone = MemberId.From("someone");

    // Ids drawn from a small alphabet so that repeats are common; null stands for an event without an id.
    private static readonly Gen<string?> IdGen = Gen.Frequency(
        (1, Gen.Constant<string?>(null)),
        (12, Gen.Choose(0, 40).Select(i => (string?)("e" + i.ToString(CultureInfo.InvariantCulture)))));

    private static readonly Arbitrary<(string?[] History, (bool Add, int Id)[] Later)> Cases =
        (from history in IdGen.ArrayOf()
         from later in Gen.Zip(Gen.Elements(true, false), Gen.Choose(0, 60)).ArrayOf()
         select (history, later)).ToArbitrary();

    private static PoolEvent?[] Events(IEnumerable<string?> ids) =>
        [.. ids.Select(id => id is null ? null : (PoolEvent)new InteractionRecorded(DomainEventId.From(id), Pool, Generators.PoolEpoch, Someone, "reply"))];

    [DeepProperty]
    public Property The_bulk_index_agrees_with_inserting_the_ids_one_by_one() =>
        Prop.ForAll(Cases, c =>
        {
            var ledger = new EventIdLedger();
            ledger.Add("stale"); // indexing starts the ledger over
            ledger.IndexHistory(Events(c.History)!);

            var reference = new HashSet<string>(StringComparer.Ordinal);
            var firstSeen = new List<string>();
            for (var k = 0; k < c.History.Length; k++)
            {
                if (c.History[k] is not { } id)
                {
                    continue;
                }

                var fresh = reference.Add(id);
                Assert.Equal(!fresh, ledger.IsRepeatInHistory(k));
                if (fresh)
                {
                    firstSeen.Add(id);
                }
            }

            Assert.Equal(reference.Count, ledger.Count);
            Assert.Equal(firstSeen, ledger.Ids);
            Assert.False(ledger.Contains("stale"));

            // Later ids, added one at a time and sometimes given back, on top of the indexed history.
            foreach (var (add, i) in c.Later)
            {
                var id = "e" + i.ToString(CultureInfo.InvariantCulture);
                if (add)
                {
                    Assert.Equal(reference.Add(id), ledger.Add(id));
                }
                else if (!firstSeen.Contains(id))
                {
                    // Only ids added one at a time are ever given back (a refused event of a rebuild ends it).
                    reference.Remove(id);
                    ledger.Remove(id);
                }

                Assert.Equal(reference.Count, ledger.Count);
            }

            for (var i = 0; i <= 60; i++)
            {
                var id = "e" + i.ToString(CultureInfo.InvariantCulture);
                Assert.Equal(reference.Contains(id), ledger.Contains(id));
            }

            Assert.Equal(reference.OrderBy(x => x, StringComparer.Ordinal), ledger.Ids.OrderBy(x => x, StringComparer.Ordinal));
        });

    [Fact]
    public void A_history_long_enough_to_be_shared_between_cores_is_indexed_the_same_way()
    {
        // 300,000 events over 200,000 distinct ids, repeats scattered: several shares, thousands of crowded runs.
        var random = new Random(20241124);
        var ids = new string?[300_000];
        for (var k = 0; k < ids.Length; k++)
        {
            ids[k] = k % 997 == 0 ? null : "order-" + random.Next(200_000).ToString(CultureInfo.InvariantCulture);
        }

        var ledger = new EventIdLedger();
        ledger.IndexHistory(Events(ids)!);

        var reference = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < ids.Length; k++)
        {
            if (ids[k] is { } id)
            {
                Assert.Equal(!reference.Add(id), ledger.IsRepeatInHistory(k));
            }
        }

        Assert.Equal(reference.Count, ledger.Count);
        Assert.All(reference, id => Assert.True(ledger.Contains(id)));
        Assert.False(ledger.Contains("order-200000"));
        Assert.True(ledger.Add("order-200000"));
        Assert.False(ledger.Add(reference.First()));
        Assert.Equal(reference.Count + 1, ledger.Count);
    }

    [DeepProperty]
    public Property A_list_of_ids_is_indexed_like_a_history_of_events_with_those_ids() =>
        Prop.ForAll(Cases, c =>
        {
            var fromEvents = new EventIdLedger();
            fromEvents.IndexHistory(Events(c.History)!);
            var fromIds = new EventIdLedger();
            fromIds.IndexIds([.. c.History.Select(id => id is null ? default : DomainEventId.From(id))]);
            Assert.Equal(fromEvents.Ids, fromIds.Ids);
            Assert.Equal(fromEvents.Count, fromIds.Count);
        });

    [Fact]
    public void Two_ids_with_the_same_hash_are_told_apart_by_the_ids_themselves()
    {
        // The runtime's string hash is randomised per process, so the colliding pair is searched for here: among n ids,
        // a 32-bit hash is shared by some pair with probability about 1 − exp(−n²/2³³), nearly certain by 600,000.
        var seen = new Dictionary<int, string>();
        (string A, string B)? pair = null;
        for (var k = 0; pair is null && k < 2_000_000; k++)
        {
            var id = "order-" + k.ToString(CultureInfo.InvariantCulture);
            if (!seen.TryAdd(id.GetHashCode(), id))
            {
                pair = (seen[id.GetHashCode()], id);
            }
        }

        var (a, b) = pair!.Value;
        var ledger = new EventIdLedger();
        ledger.IndexIds([DomainEventId.From(a)]);
        Assert.True(ledger.Contains(a));
        Assert.False(ledger.Contains(b));

        var both = new EventIdLedger();
        both.IndexIds([DomainEventId.From(a), DomainEventId.From(b)]);
        Assert.Equal(2, both.Count);
        Assert.True(both.Contains(a) && both.Contains(b));
    }
}
