using System;
using System.Collections.Generic;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Value.Models;

/// <summary>
/// The batch scorer's (x, T) table: what it stores, what it refuses, and that it never hands one pair another's sums
/// (issue 10: its hits and misses do not change any score, so the scores' tests cannot see a broken table).
/// </summary>
public sealed class AliveSumsCacheTests
{
    [Fact]
    public void A_stored_pair_is_found_and_a_pair_sharing_one_half_is_not()
    {
        var cache = AliveSumsCache.Rent();
        try
        {
            Assert.False(cache.TryGet(2, 38.86, out _, out _));
            Assert.True(cache.Add(2, 38.86, 1.25, 3.5));
            Assert.True(cache.TryGet(2, 38.86, out var discounted, out var total));
            Assert.Equal((1.25, 3.5), (discounted, total));
            Assert.False(cache.TryGet(2, 38.87, out _, out _));
            Assert.False(cache.TryGet(3, 38.86, out _, out _));
        }
        finally
        {
            cache.Return();
        }
    }

    [Fact]
    public void A_rented_table_is_empty_even_when_its_arrays_were_used_before()
    {
        var first = AliveSumsCache.Rent();
        var pairs = RealisticPairs(500);
        foreach (var (x, t) in pairs)
        {
            first.Add(x, t, 1, 1);
        }

        first.Return();
        var second = AliveSumsCache.Rent();
        try
        {
            Assert.All(pairs, pair => Assert.False(second.TryGet(pair.X, pair.T, out _, out _)));
        }
        finally
        {
            second.Return();
        }
    }

    [Fact]
    public void A_neighbourhood_holds_eight_pairs_and_refuses_the_ninth()
    {
        var home = PairsAt(100, AliveSumsCache.MaxProbes + 1);
        var cache = AliveSumsCache.Rent();
        try
        {
            for (var i = 0; i < AliveSumsCache.MaxProbes; i++)
            {
                Assert.True(cache.Add(home[i].X, home[i].T, i, -i));
            }

            Assert.False(cache.Add(home[^1].X, home[^1].T, 99, 99));
            Assert.False(cache.TryGet(home[^1].X, home[^1].T, out _, out _));
            for (var i = 0; i < AliveSumsCache.MaxProbes; i++)
            {
                Assert.True(cache.TryGet(home[i].X, home[i].T, out var discounted, out var total));
                Assert.Equal((i, -i), ((int)discounted, (int)total));
            }
        }
        finally
        {
            cache.Return();
        }
    }

    [Fact]
    public void A_pair_looks_only_at_the_eight_slots_from_its_home_onwards()
    {
        // Slots 100..107 hold pairs homed at 100 and slot 108 one homed there: a pair homed at 101 finds 101..108 taken.
        var cache = AliveSumsCache.Rent();
        try
        {
            foreach (var (x, t) in PairsAt(100, AliveSumsCache.MaxProbes))
            {
                Assert.True(cache.Add(x, t, 1, 1));
            }

            var (x108, t108) = PairsAt(108, 1)[0];
            Assert.True(cache.Add(x108, t108, 1, 1));
            var (x101, t101) = PairsAt(101, 1)[0];
            Assert.False(cache.Add(x101, t101, 1, 1));
        }
        finally
        {
            cache.Return();
        }
    }

    [Fact]
    public void A_search_that_passes_a_stored_frequency_of_one_goes_on()
    {
        // The empty marker is x = −1; a slot holding x = +1 is taken, not empty.
        var pairs = PairsAt(200, 2, firstFrequency: 1);
        var cache = AliveSumsCache.Rent();
        try
        {
            Assert.True(cache.Add(pairs[0].X, pairs[0].T, 1, 1));
            Assert.True(cache.Add(pairs[1].X, pairs[1].T, 2, 2));
            Assert.True(cache.TryGet(pairs[1].X, pairs[1].T, out var discounted, out _));
            Assert.Equal(2, discounted);
        }
        finally
        {
            cache.Return();
        }
    }

    [Fact]
    public void A_neighbourhood_at_the_last_slot_wraps_to_the_first()
    {
        var last = PairsAt(AliveSumsCache.Capacity - 1, 3);
        var first = PairsAt(0, 1)[0];
        var cache = AliveSumsCache.Rent();
        try
        {
            foreach (var (x, t) in last)
            {
                Assert.True(cache.Add(x, t, x, t));
            }

            Assert.True(cache.Add(first.X, first.T, 0, 0));
            foreach (var (x, t) in last)
            {
                Assert.True(cache.TryGet(x, t, out var discounted, out var total));
                Assert.Equal((x, t), (discounted, total));
            }

            Assert.True(cache.TryGet(first.X, first.T, out _, out _));
        }
        finally
        {
            cache.Return();
        }
    }

    [Fact]
    public void Realistic_pairs_spread_over_the_table()
    {
        // A base's pairs are small whole frequencies and ages in whole days: a weak mix would pile them on a few slots.
        var pairs = RealisticPairs(2000);
        var cache = AliveSumsCache.Rent();
        try
        {
            var stored = 0;
            foreach (var (x, t) in pairs)
            {
                stored += cache.Add(x, t, 1, 1) ? 1 : 0;
            }

            Assert.True(stored >= 1990, $"{stored} of {pairs.Count} stored.");
            var homes = new HashSet<int>();
            foreach (var (x, t) in pairs)
            {
                var slot = AliveSumsCache.HomeSlot(x, t);
                Assert.InRange(slot, 0, AliveSumsCache.Capacity - 1);
                homes.Add(slot);
            }

            Assert.True(homes.Count > 1500, $"{homes.Count} distinct home slots.");
        }
        finally
        {
            cache.Return();
        }
    }

    private static List<(double X, double T)> RealisticPairs(int count)
    {
        var pairs = new List<(double X, double T)>(count);
        for (var x = 0; pairs.Count < count; x++)
        {
            for (var days = 1; days <= 100 && pairs.Count < count; days++)
            {
                pairs.Add((x, days / 7.0));
            }
        }

        return pairs;
    }

    /// <summary>Pairs whose home slot is <paramref name="slot"/>, found by trying whole frequencies and ages in days.</summary>
    private static List<(double X, double T)> PairsAt(int slot, int count, double? firstFrequency = null)
    {
        var found = new List<(double X, double T)>(count);
        for (var days = 1; found.Count < count; days++)
        {
            for (var x = 0; x < 50 && found.Count < count; x++)
            {
                var frequency = found.Count == 0 && firstFrequency is { } fixedX ? fixedX : x;
                if (AliveSumsCache.HomeSlot(frequency, days / 7.0) == slot && !found.Contains((frequency, days / 7.0)))
                {
                    found.Add((frequency, days / 7.0));
                }
            }
        }

        return found;
    }
}
