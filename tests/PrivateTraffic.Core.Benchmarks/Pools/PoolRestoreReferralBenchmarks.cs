using BenchmarkDotNet.Attributes;
using NodaTime;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Benchmarks.Pools;

/// <summary>Restoring the snapshot of a chain of referrals (each member brought in by the one before), every member erased
/// since: each erased entry is an erased referrer that Restore checks against the later entries (裂变 chains are how
/// fission grows a pool, and PIPL erasures can take a whole chain). The check stops scanning once it has what it needs,
/// so the cost grows with the number of entries, not with its square.</summary>
[MemoryDiagnoser]
public class PoolRestoreReferralBenchmarks
{
    private PoolSnapshot _chain = null!;

    /// <summary>How many members the chain has.</summary>
    [Params(10_000, 40_000)]
    public int Members { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var start = Instant.FromUtc(2024, 1, 1, 0, 0);
        var pool = PrivatePool.Open(PoolId.From("pool-chain"), "Brand A counter", ChannelId.From("wechat-personal:clerk-li"),
            ChannelKind.PersonalWeChat, ["prospects"], start, DomainEventId.From("e-open"),
            CapacityPolicy.Default.WithLimit(ChannelKind.PersonalWeChat, null));
        var source = ChannelId.From("friend-referral");
        for (var k = 0; k < Members; k++)
        {
            pool.Capture(MemberId.From("m" + k), source, start + Duration.FromMinutes(k + 1), DomainEventId.From("c" + k),
                referredBy: k == 0 ? null : new ReferredBy(MemberId.From("m" + (k - 1))));
        }

        for (var k = 0; k < Members; k++)
        {
            pool.Erase(MemberId.From("m" + k), start + Duration.FromMinutes(Members + k + 1), DomainEventId.From("x" + k));
        }

        _chain = pool.ToSnapshot();
    }

    [Benchmark]
    public int Restore_a_chain_of_erased_referrers() => PrivatePool.Restore(_chain).MemberCount;
}
