using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;
using PoolCluster;
using PoolCluster.Hosting;

namespace PrivateTraffic.Core.Tests.Cluster;

/// <summary>
/// One in-process Orleans cluster of 3 silos running the PoolCluster sample's grains, shared by a collection: grain
/// storage in the process (<see cref="ProcessGrainStore"/>) or, for <see cref="PostgresClusterFixture"/>, on a throwaway
/// PostgreSQL server. Membership is the test host's own in both (its in-process membership replaces any other).
/// </summary>
public abstract class ClusterFixture : IAsyncLifetime
{
    /// <summary>The cluster; null when the fixture was skipped.</summary>
    public InProcessTestCluster? Cluster { get; private set; }

    /// <summary>The in-process grain store (empty when the storage is PostgreSQL).</summary>
    protected ProcessGrainStore Store { get; } = new();

    /// <summary>The pool storage writes to fail next (in-process storage only).</summary>
    public StorageFaults Faults { get; } = new();

    /// <summary>How many stored rows hold <paramref name="text"/> (UTF-8) in their payload.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The count.</returns>
    public virtual Task<long> RowsHoldingAsync(string text) => Task.FromResult((long)Store.RowsHolding(text));

    /// <summary>Why the suite is skipped, or null.</summary>
    public string? SkipReason { get; protected set; }

    /// <summary>The running cluster, or the test is skipped with the reason.</summary>
    public InProcessTestCluster Require()
    {
        Skip.If(SkipReason is not null, SkipReason);
        return Cluster!;
    }

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        var connectionString = await StartStorageAsync();
        if (SkipReason is not null)
        {
            return;
        }

        var builder = new InProcessTestClusterBuilder(3);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddPoolStorage(connectionString, Store);
            if (connectionString is null)
            {
                // The pools' storage again, behind a wrapper that fails the writes a test arms (the last registration wins).
                silo.Services.AddKeyedSingleton<IGrainStorage>(ClusterNames.PoolStorage, (services, key) =>
                    new FaultyGrainStorage(Store.Provider(services.GetRequiredKeyedService<IGrainStorageSerializer>(key)), Faults));
            }
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }

        await StopStorageAsync();
    }

    /// <summary>Starts the storage; returns its connection string, or null for the in-process store.</summary>
    protected virtual Task<string?> StartStorageAsync() => Task.FromResult<string?>(null);

    /// <summary>Stops what <see cref="StartStorageAsync"/> started.</summary>
    protected virtual Task StopStorageAsync() => Task.CompletedTask;
}

/// <summary>The cluster with its grain storage in the process.</summary>
public sealed class InProcessClusterFixture : ClusterFixture;

/// <summary>The cluster with its grain storage on a throwaway PostgreSQL server (Orleans ADO.NET, the Orleans tables created by the sample's scripts).</summary>
public sealed class PostgresClusterFixture : ClusterFixture
{
    private PostgresServer? _server;

    /// <summary>The server's connection string, once started.</summary>
    public string? ConnectionString => _server?.ConnectionString;

    /// <inheritdoc/>
    protected override async Task<string?> StartStorageAsync()
    {
        SkipReason = PostgresServer.SkipReason();
        if (SkipReason is not null)
        {
            return null;
        }

        _server = await PostgresServer.StartAsync();
        await OrleansSchema.EnsureAsync(_server.ConnectionString);
        return _server.ConnectionString;
    }

    /// <inheritdoc/>
    public override async Task<long> RowsHoldingAsync(string text)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM orleansstorage WHERE position(@text IN payloadbinary) > 0", connection);
        command.Parameters.AddWithValue("text", System.Text.Encoding.UTF8.GetBytes(text));
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <inheritdoc/>
    protected override async Task StopStorageAsync()
    {
        if (_server is not null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await _server.DisposeAsync();
        }
    }
}

/// <summary>The collection sharing the in-process cluster.</summary>
[CollectionDefinition(Name)]
public sealed class InProcessClusterGroup : ICollectionFixture<InProcessClusterFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "cluster, in-process storage";
}

/// <summary>The collection sharing the PostgreSQL cluster.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresClusterGroup : ICollectionFixture<PostgresClusterFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "cluster, PostgreSQL storage";
}
