using System;
using System.Threading.Tasks;
using PoolCluster.Grains;
using PoolCluster.Hosting;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Tests.Cluster;

/// <summary>
/// A command applies whole or not at all when the storage fails under it: at a seal (the chunk's write, or the state's
/// after it) and at an erasure. The failure is injected by the in-process fixture's storage (<see cref="FaultyGrainStorage"/>).
/// </summary>
[Collection(InProcessClusterGroup.Name)]
public sealed class ClusterStorageFailureTests(InProcessClusterFixture fixture)
{
    [SkippableFact]
    public async Task A_failed_write_at_a_seal_changes_nothing_and_the_retried_command_is_stored_once()
    {
        var cluster = fixture.Require();
        var pools = new PoolGrainClient(cluster.Client);
        const int n = 600;
        var grain = pools.Pool(PoolScript.Id(n));
        await pools.OpenAsync(PoolScript.Definition(n));
        var step = 0;
        while ((await grain.History()).Count < PoolValueSettings.SnapshotInterval)
        {
            await pools.ExecuteAsync(PoolScript.Command(n, step++));
        }

        // The next command seals: first the chunk's write fails, then the state's write after the chunk was written.
        foreach (var failing in new[] { "chunk-0", "pool" })
        {
            var before = await grain.History();
            fixture.Faults.FailNextWrite((name, id) => name == failing && id.Key.ToString() == PoolScript.Id(n).Value);
            await Assert.ThrowsAnyAsync<Exception>(() => pools.ExecuteAsync(PoolScript.Command(n, step)));
            Assert.Equal(before, await grain.History());
        }

        Assert.False((await pools.ExecuteAsync(PoolScript.Command(n, step))).IsRepeat);
        Assert.True((await pools.ExecuteAsync(PoolScript.Command(n, step++))).IsRepeat);
        await pools.ExecuteAsync(PoolScript.Command(n, step++));
        await cluster.Client.GetGrain<Orleans.Runtime.IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        await ClusterSuite.AssertSameAsLocal(pools, n, step);
    }

    [SkippableFact]
    public async Task A_failed_erasure_write_leaves_the_member_and_the_retry_erases_them()
    {
        var cluster = fixture.Require();
        var pools = new PoolGrainClient(cluster.Client);
        const int n = 601;
        var grain = pools.Pool(PoolScript.Id(n));
        await pools.OpenAsync(PoolScript.Definition(n));
        for (var step = 0; step < PoolValueSettings.SnapshotInterval + 30; step++)
        {
            await pools.ExecuteAsync(PoolScript.Command(n, step));
        }

        var member = MemberId.From($"wx-{n}-2");
        var erasure = new MemberErased(DomainEventId.From($"erase-{n}"), PoolScript.Id(n), PoolScript.Start + NodaTime.Duration.FromDays(30), member);
        var before = await grain.History();
        fixture.Faults.FailNextWrite((name, id) => name == "pool" && id.Key.ToString() == PoolScript.Id(n).Value);
        await Assert.ThrowsAnyAsync<Exception>(() => pools.ExecuteAsync(erasure));
        Assert.Equal(before, await grain.History());
        Assert.True(await fixture.RowsHoldingAsync($"\"{member}\"") > 0);

        Assert.False((await pools.ExecuteAsync(erasure)).IsRepeat);
        Assert.Equal(0, await fixture.RowsHoldingAsync($"\"{member}\""));
        Assert.Equal(before.Count + 1, (await grain.History()).Count);
    }
}
