extern alias service;

using NodaTime;
using PrivateTraffic.Core.Value;
using PoolValueModels = service::PoolService.Hosting.PoolValueModels;

namespace PoolCluster.Grains;

/// <summary>
/// The 271 rule and the snapshot interval the pool grains use. The value models are the service's
/// (<see cref="PoolValueModels"/>: CDNOW's published fits as placeholders, printed as an assumption); a
/// deployment fits its own base, for example with the distributed fit.
/// </summary>
public static class PoolValueSettings
{
    /// <summary>The 271 status rule: active within 30 days, consent for marketing, no spam tags.</summary>
    public static readonly MemberStatusRule StatusRule = MemberStatusRule.Create(Duration.FromDays(30));

    /// <summary>Every this many events the grain seals them into a history chunk with the pool's snapshot (and the state
    /// it writes per command never holds more).</summary>
    public const int SnapshotInterval = 64;

    /// <summary>The lines printed as assumptions.</summary>
    public static IEnumerable<string> Assumptions() =>
    [
        $"value models: {PoolValueModels.Description}",
        "271 status: active within 30 days, consent purpose marketing, no spam tags",
        $"a pool's events sealed into a chunk with its snapshot every {SnapshotInterval} events",
    ];
}
