using PrivateTraffic.Core.Pools;

namespace PoolService.Hosting;

/// <summary>A pool's lock and, while cached, its loaded state. Its fields are read and written under <see cref="Gate"/>.</summary>
internal sealed class PoolSlot
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public PrivatePool? Pool { get; set; }

    // The streams beside the pool loaded so far (a LoadedGroup, a FissionCampaign), by stream key; each is loaded from
    // the store when first used.
    public Dictionary<string, object>? Streams { get; set; }

    public long LastUsed { get; set; }

    public bool Dropped { get; set; }
}
