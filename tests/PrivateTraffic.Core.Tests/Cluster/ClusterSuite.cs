using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using PoolCluster;
using PoolCluster.Fit;
using PoolCluster.Grains;
using PoolCluster.Hosting;
using PoolCommands = PoolService.Hosting.PoolCommands;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using PrivateTraffic.Core.Tests.Value.Models;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Cluster;

/// <summary>The cluster suite, run once per storage (the derived classes). Each test uses its own pool numbers.</summary>
public abstract class ClusterSuite(ClusterFixture fixture)
{
    private const int Commands = 12;

    [SkippableFact]
    public async Task Commands_on_many_pools_spread_across_silos_and_match_a_local_replay()
    {
        var cluster = fixture.Require();
        var pools = new PoolGrainClient(cluster.Client);
        var numbers = Enumerable.Range(0, 30).ToArray();
        await Task.WhenAll(numbers.Select(async n =>
        {
            await pools.OpenAsync(PoolScript.Definition(n));
            for (var step = 0; step < Commands; step++)
            {
                await pools.ExecuteAsync(PoolScript.Command(n, step));
            }
        }));

        var silos = await Task.WhenAll(numbers.Select(n => pools.Pool(PoolScript.Id(n)).Silo()));
        Assert.True(silos.Distinct().Count() > 1, $"every pool is on {silos[0]}");
        foreach (var n in numbers)
        {
            await AssertSameAsLocal(pools, n, Commands);
        }
    }

    [SkippableFact]
    public async Task A_stopped_silo_s_pools_reactivate_elsewhere_from_storage_with_no_event_lost_or_applied_twice()
    {
        var cluster = fixture.Require();
        var pools = new PoolGrainClient(cluster.Client);
        var numbers = Enumerable.Range(100, 24).ToArray();
        foreach (var n in numbers)
        {
            await pools.OpenAsync(PoolScript.Definition(n));
            for (var step = 0; step < Commands / 2; step++)
            {
                await pools.ExecuteAsync(PoolScript.Command(n, step));
            }
        }

        var before = new Dictionary<int, string>();
        foreach (var n in numbers)
        {
            before[n] = await pools.Pool(PoolScript.Id(n)).Silo();
        }

        var silos = cluster.GetActiveSilos().ToList();
        var victim = silos.Skip(1).OrderByDescending(s => before.Values.Count(v => v == s.SiloAddress.ToString())).First();
        var moved = numbers.Where(n => before[n] == victim.SiloAddress.ToString()).ToArray();
        Assert.NotEmpty(moved);
        await cluster.StopSiloAsync(victim);

        foreach (var n in numbers)
        {
            for (var step = Commands / 2; step < Commands; step++)
            {
                await pools.ExecuteAsync(PoolScript.Command(n, step));
            }

            // A retry of a command stored before the stop is a repeat after the move.
            Assert.True((await pools.ExecuteAsync(PoolScript.Command(n, 1))).IsRepeat);
        }

        foreach (var n in moved)
        {
            Assert.NotEqual(victim.SiloAddress.ToString(), await pools.Pool(PoolScript.Id(n)).Silo());
        }

        foreach (var n in numbers)
        {
            await AssertSameAsLocal(pools, n, Commands);
        }

        await cluster.StartAdditionalSiloAsync();
    }

    [SkippableFact]
    public async Task A_refused_command_is_the_pool_s_exception_and_changes_nothing()
    {
        var cluster = fixture.Require();
        var pools = new PoolGrainClient(cluster.Client);
        const int n = 200;
        await pools.OpenAsync(PoolScript.Definition(n));
        Assert.True((await pools.OpenAsync(PoolScript.Definition(n))).IsRepeat);
        await pools.ExecuteAsync(PoolScript.Command(n, 0));
        var stranger = new PurchaseRecorded(DomainEventId.From("stranger-1"), PoolScript.Id(n), PoolScript.Start + NodaTime.Duration.FromHours(5),
            MemberId.From("nobody"), "skincare", Money.Yuan(10m));

        await Assert.ThrowsAsync<DomainRuleException>(() => pools.ExecuteAsync(stranger));
        Assert.Equal(2, (await pools.HistoryAsync(PoolScript.Id(n))).Count);
        await Assert.ThrowsAsync<InvalidOperationException>(() => pools.OpenAsync(PoolScript.Definition(n) with { EventId = DomainEventId.From("other-open") }));
    }

    [SkippableFact]
    public async Task A_pool_past_its_snapshot_interval_reactivates_from_the_snapshot_and_later_events()
    {
        var cluster = fixture.Require();
        var pools = new PoolGrainClient(cluster.Client);
        const int n = 400;
        const int before = 2 * PoolValueSettings.SnapshotInterval + 20;  // two snapshots, then events after the last
        await pools.OpenAsync(PoolScript.Definition(n));
        for (var step = 0; step < before; step++)
        {
            await pools.ExecuteAsync(PoolScript.Command(n, step));
        }

        // Every idle activation is collected, so the next call restores the pool from storage (snapshot + later events).
        await cluster.Client.GetGrain<Orleans.Runtime.IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        Assert.True((await pools.ExecuteAsync(PoolScript.Command(n, 1))).IsRepeat);
        for (var step = before; step < before + 10; step++)
        {
            await pools.ExecuteAsync(PoolScript.Command(n, step));
        }

        await AssertSameAsLocal(pools, n, before + 10);
    }

    [SkippableFact]
    public async Task An_erasure_past_sealed_chunks_leaves_the_member_in_no_stored_row_and_the_pool_goes_on()
    {
        var cluster = fixture.Require();
        var pools = new PoolGrainClient(cluster.Client);
        const int n = 500;
        const int before = 2 * PoolValueSettings.SnapshotInterval + 20;
        await pools.OpenAsync(PoolScript.Definition(n));
        for (var step = 0; step < before; step++)
        {
            await pools.ExecuteAsync(PoolScript.Command(n, step));
        }

        var member = MemberId.From($"wx-{n}-37");
        var quoted = $"\"{member}\"";
        Assert.True(await fixture.RowsHoldingAsync(quoted) > 0);
        var erasure = new MemberErased(DomainEventId.From($"erase-{n}"), PoolScript.Id(n), PoolScript.Start + NodaTime.Duration.FromHours(before + 1), member);
        Assert.False((await pools.ExecuteAsync(erasure)).IsRepeat);
        Assert.True((await pools.ExecuteAsync(erasure)).IsRepeat);

        Assert.Equal(0, await fixture.RowsHoldingAsync(quoted));
        Assert.DoesNotContain((await pools.Pool(PoolScript.Id(n)).History()), e => e.Contains(quoted, StringComparison.Ordinal));

        // Restored from the redacted history, the pool seals new chunks and still answers as before the restart.
        var history = await pools.Pool(PoolScript.Id(n)).History();
        await cluster.Client.GetGrain<Orleans.Runtime.IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        Assert.Equal(history, await pools.Pool(PoolScript.Id(n)).History());
        var next = (before / 3 + 1) * 3;  // a capture: the script's steps go capture, purchase, purchase
        for (var step = next; step < next + PoolValueSettings.SnapshotInterval + 6; step++)
        {
            await pools.ExecuteAsync(PoolScript.Command(n, step));
        }

        var longer = await pools.Pool(PoolScript.Id(n)).History();
        var day = PoolScript.Start.InZone(PrivatePool.DefaultTimeZone).Date;
        var metrics = PrivateTrafficJson.Serialize(await pools.MetricsAsync(PoolScript.Id(n), day, day.PlusDays(10)));
        await cluster.Client.GetGrain<Orleans.Runtime.IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        Assert.True(longer.Count >= history.Count + PoolValueSettings.SnapshotInterval + 6);
        Assert.Equal(longer, await pools.Pool(PoolScript.Id(n)).History());
        Assert.Equal(metrics, PrivateTrafficJson.Serialize(await pools.MetricsAsync(PoolScript.Id(n), day, day.PlusDays(10))));
        Assert.Equal(0, await fixture.RowsHoldingAsync(quoted));
    }

    [SkippableFact]
    public async Task The_distributed_fit_and_scores_equal_the_local_ones()
    {
        var cluster = fixture.Require();
        const int seed = 7;
        const int perPartition = 1_500;
        var coordinator = new FitCoordinator(cluster.Client, 8);
        var summary = await coordinator.LoadSimulatedAsync(seed, perPartition);
        var whole = SimulatedBase.Whole(seed, 8, perPartition);

        var (fit, evaluations) = await coordinator.FitAsync(summary);
        var local = BgNbdModel.Fit(whole);
        Assert.True(fit.IsConverged, fit.Message);
        ModelFitSessionTests.AssertSameFit(local, fit);
        Assert.True(evaluations > fit.Iterations);

        var model = fit.Parameters!.Value;
        var score = await coordinator.ScoreAsync(model, 52.0);
        var columns = Enumerable.Range(0, 8).Select(p => SimulatedBase.Partition(seed, p, perPartition)).ToArray();
        var (x, tx, t) = (columns.SelectMany(c => c.X).ToArray(), columns.SelectMany(c => c.Tx).ToArray(), columns.SelectMany(c => c.T).ToArray());
        var alive = new double[x.Length];
        var expected = new double[x.Length];
        model.ProbabilityAlive(x, tx, t, alive);
        model.ExpectedPurchases(x, tx, t, 52.0, expected);
        Assert.Equal(x.Length, score.Customers);
        Assert.Equal(alive.Sum(), score.ProbabilityAlive, 1e-9 * alive.Sum());
        Assert.Equal(expected.Sum(), score.ExpectedPurchases, 1e-9 * expected.Sum());
    }

    /// <summary>The grain's stored history and metrics are those of the same commands replayed on a local pool.</summary>
    internal static async Task AssertSameAsLocal(PoolGrainClient pools, int number, int commands)
    {
        var local = PrivatePool.Rebuild([PoolScript.Definition(number)]);
        var history = new List<PoolEvent> { PoolScript.Definition(number) };
        for (var step = 0; step < commands; step++)
        {
            var decision = PoolCommands.Decide(local, PoolScript.Command(number, step));
            history.AddRange(decision.Events);
            local.Apply(decision);
        }

        var stored = await pools.HistoryAsync(PoolScript.Id(number));
        Assert.Equal(history.Select(e => PrivateTrafficJson.Serialize(e)), stored.Select(e => PrivateTrafficJson.Serialize(e)));
        var day = PoolScript.Start.InZone(PrivatePool.DefaultTimeZone).Date;
        Assert.Equal(
            PrivateTrafficJson.Serialize(local.Measure(day, day.PlusDays(2))),
            PrivateTrafficJson.Serialize(await pools.MetricsAsync(PoolScript.Id(number), day, day.PlusDays(2))));
    }
}

/// <summary>The suite with grain storage in the process.</summary>
[Collection(InProcessClusterGroup.Name)]
public sealed class InProcessClusterTests(InProcessClusterFixture fixture) : ClusterSuite(fixture);

/// <summary>The suite with grain storage on PostgreSQL (skipped, with the reason, where the server binaries are absent).</summary>
[Collection(PostgresClusterGroup.Name)]
public sealed class PostgresClusterTests(PostgresClusterFixture fixture) : ClusterSuite(fixture)
{
    [SkippableFact]
    public async Task The_sample_s_own_silos_keep_membership_and_pools_in_PostgreSQL()
    {
        fixture.Require();
        var postgres = fixture.ConnectionString!;
        var store = new ProcessGrainStore();
        var hosts = new List<IHost>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                var index = i;
                var silo = Host.CreateApplicationBuilder();
                silo.Logging.ClearProviders();
                silo.UseOrleans(s => s.ConfigureLocalSilo(index, postgres, store));
                hosts.Add(silo.Build());
                await hosts[^1].StartAsync();
            }

            var client = Host.CreateApplicationBuilder();
            client.Logging.ClearProviders();
            client.UseOrleansClient(c => c.ConfigureLocalClient(3, postgres));
            hosts.Add(client.Build());
            await hosts[^1].StartAsync();

            var pools = new PoolGrainClient(hosts[^1].Services.GetRequiredService<Orleans.IGrainFactory>());
            await pools.OpenAsync(PoolScript.Definition(300));
            await pools.ExecuteAsync(PoolScript.Command(300, 0));

            Assert.Equal(3L, await Scalar(postgres, $"SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = '{ClusterNames.ClusterId}' AND status = 3"));
            Assert.True(await Scalar(postgres, $"SELECT count(*) FROM orleansstorage WHERE serviceid = '{ClusterNames.ServiceId}'") >= 1);
            Assert.Equal(0, store.Count);
        }
        finally
        {
            foreach (var host in Enumerable.Reverse(hosts))
            {
                await host.StopAsync();
                host.Dispose();
            }
        }
    }

    private static async Task<long> Scalar(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
