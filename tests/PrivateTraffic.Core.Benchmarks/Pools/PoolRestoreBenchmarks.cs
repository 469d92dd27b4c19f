using System;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Benchmarks.Pools;

/// <summary>Restoring a snapshot of 10,000 erased dormant entries: entries the default zone explains, against entries only
/// a zone far down the time zone database explains (Antarctica/Troll, whose clocks move two hours in spring). An erased
/// entry forgets its zone, so Restore searches the database for one; this measures what such a snapshot costs.</summary>
[MemoryDiagnoser]
public class PoolRestoreBenchmarks
{
    private const int Entries = 10_000;

    // Captured in the ten seconds before 1 February 2024 (UTC); reviewed 90 days later as seen from each zone.
    private static readonly Instant CapturedFrom = Instant.FromUtc(2024, 1, 31, 23, 59, 50);

    private PoolSnapshot _quietInShanghai = null!;
    private PoolSnapshot _quietOnlyAtTroll = null!;

    [GlobalSetup]
    public void Setup()
    {
        // In Shanghai the review a day late finds everyone quiet. At Troll (UTC+2 in summer, +0 in winter) the review at
        // 22:00 UTC on 30 April looks back to 00:00 UTC on 1 February; in Berlin (one hour's shift) or any fixed offset it
        // looks back an hour or more further, before the captures.
        _quietInShanghai = ErasedDormant(PrivatePool.DefaultTimeZone, Instant.FromUtc(2024, 5, 1, 22, 0));
        _quietOnlyAtTroll = ErasedDormant(DateTimeZoneProviders.Tzdb["Antarctica/Troll"], Instant.FromUtc(2024, 4, 30, 22, 0));
    }

    private static PoolSnapshot ErasedDormant(DateTimeZone zone, Instant reviewAt)
    {
        var pool = PrivatePool.Open(PoolId.From("counter-wechat"), "Brand A counter", ChannelId.From("wechat-personal:clerk-li"),
            ChannelKind.PersonalWeChat, ["prospects"], CapturedFrom - Duration.FromDays(1), DomainEventId.From("e-open"),
            CapacityPolicy.Default.WithLimit(ChannelKind.PersonalWeChat, null));
        var source = ChannelId.From("counter-sample");
        for (var i = 0; i < Entries; i++)
        {
            pool.Capture(MemberId.From("m" + i), source, CapturedFrom + Duration.FromMilliseconds(i), DomainEventId.From("c" + i), timeZone: zone);
        }

        pool.Review(reviewAt, DomainEventId.From("review"));
        for (var i = 0; i < Entries; i++)
        {
            pool.Erase(MemberId.From("m" + i), reviewAt + Duration.FromMinutes(1), DomainEventId.From("x" + i));
        }

        var snapshot = pool.ToSnapshot();
        if (snapshot.Members[0].Stage != LifecycleStage.Dormant || snapshot.Members[^1].Stage != LifecycleStage.Dormant)
        {
            throw new InvalidOperationException($"The workload in {zone.Id} is not dormant at the review; the benchmark would measure nothing.");
        }

        return snapshot;
    }

    [Benchmark(Baseline = true)]
    public int Restore_10k_erased_entries_the_default_zone_explains() => PrivatePool.Restore(_quietInShanghai).MemberCount;

    [Benchmark]
    public int Restore_10k_erased_entries_only_a_late_zone_explains() => PrivatePool.Restore(_quietOnlyAtTroll).MemberCount;
}
