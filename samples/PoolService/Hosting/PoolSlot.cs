using PrivateTraffic.Core.Pools;

namespace PoolService.Hosting;

/// <summary>A pool's lock and, while cached, its loaded state. Its fields are read and written under <see cref="Gate"/>.</summary>
internal sealed class PoolSlot
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public PrivatePool? Pool { get; set; }

    // The pool's community groups loaded so far, by channel id; each is loaded from its own stream when first used.
    public Dictionary<string, LoadedGroup>? Groups { get; set; }

    public long LastUsed { get; set; }

    public bool Dropped { get; set; }
}
