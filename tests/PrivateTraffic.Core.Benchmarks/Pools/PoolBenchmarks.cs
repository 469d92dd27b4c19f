using BenchmarkDotNet.Attributes;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Benchmarks.Pools;

/// <summary>Rebuilding a pool of 1,000,000 members from 10,000,000 events (target: under 3 s).</summary>
[MemoryDiagnoser]
public class PoolRebuildBenchmarks
{
    private PoolEvent[] _events = [];

    [GlobalSetup]
    public void Setup() => _events = PoolWorkload.Events(1_000_000);

    [Benchmark]
    public int Rebuild_1M_members_from_10M_events() => PrivatePool.Rebuild(_events).MemberCount;
}

/// <summary>Metrics over 1,000,000 members (target: under 100 ms).</summary>
[MemoryDiagnoser]
public class PoolMetricsBenchmarks
{
    private PrivatePool _pool = null!;

    [GlobalSetup]
    public void Setup() => _pool = PrivatePool.Rebuild(PoolWorkload.Events(1_000_000));

    [Benchmark]
    public int Metrics_over_1M_members() =>
        _pool.Measure(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)).SizeAtEnd;
}

/// <summary>Capturing one member: time and bytes allocated per capture, amortised over 1,000 captures into a fresh pool.</summary>
[MemoryDiagnoser]
public class PoolCaptureBenchmarks
{
    private const int Captures = 1_000;
    private MemberId[] _members = [];
    private DomainEventId[] _eventIds = [];
    private readonly ChannelId _source = ChannelId.From("counter-sample");

    [GlobalSetup]
    public void Setup()
    {
        _members = PoolWorkload.Members(Captures);
        _eventIds = new DomainEventId[Captures];
        for (var i = 0; i < Captures; i++)
        {
            _eventIds[i] = DomainEventId.From("c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Benchmark(OperationsPerInvoke = Captures)]
    public int Capture_one_member()
    {
        var pool = PoolWorkload.NewPool();
        for (var i = 0; i < Captures; i++)
        {
            pool.Capture(_members[i], _source, PoolWorkload.Epoch, _eventIds[i]);
        }

        return pool.MemberCount;
    }
}
