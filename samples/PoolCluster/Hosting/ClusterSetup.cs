using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace PoolCluster.Hosting;

/// <summary>
/// How a silo of the pool cluster is configured: grain storage in the process (<see cref="ProcessGrainStore"/>) or on PostgreSQL (Orleans ADO.NET), and the
/// grain state written with Orleans' own serializer (the [GenerateSerializer] state types), never reflection-based JSON.
/// Shared by the sample's program and the tests, so both run the same configuration.
/// </summary>
public static class ClusterSetup
{
    /// <summary>Adds the pool and fit storages: on PostgreSQL when a connection string is given, else in the process's <paramref name="store"/>.</summary>
    /// <param name="silo">The silo.</param>
    /// <param name="postgres">A PostgreSQL connection string, or null.</param>
    /// <param name="store">The process's store, shared by its silos (used when there is no connection string).</param>
    /// <returns>The silo.</returns>
    public static ISiloBuilder AddPoolStorage(this ISiloBuilder silo, string? postgres, ProcessGrainStore store)
    {
        foreach (var name in new[] { ClusterNames.PoolStorage, ClusterNames.FitStorage })
        {
            if (postgres is null)
            {
                silo.Services.AddGrainStorage(name, (services, key) => store.Provider(services.GetRequiredKeyedService<IGrainStorageSerializer>(key)));
            }
            else
            {
                silo.AddAdoNetGrainStorage(name, o =>
                {
                    o.Invariant = ClusterNames.PostgresInvariant;
                    o.ConnectionString = postgres;
                });
            }

            silo.Services.AddKeyedSingleton<IGrainStorageSerializer>(name, (services, _) => ActivatorUtilities.CreateInstance<OrleansGrainStorageSerializer>(services));
        }

        return silo;
    }

    /// <summary>
    /// Configures silo <paramref name="index"/> of a local cluster on loopback: ports <see cref="SiloPort"/> + index and
    /// <see cref="GatewayPort"/> + index; membership on PostgreSQL when a connection string is given, else the development
    /// membership with silo 0 as the primary.
    /// </summary>
    /// <param name="silo">The silo.</param>
    /// <param name="index">The silo's number, from 0.</param>
    /// <param name="postgres">A PostgreSQL connection string, or null.</param>
    /// <param name="store">The process's store, shared by its silos (used when there is no connection string).</param>
    /// <returns>The silo.</returns>
    public static ISiloBuilder ConfigureLocalSilo(this ISiloBuilder silo, int index, string? postgres, ProcessGrainStore store)
    {
        if (postgres is null)
        {
            silo.UseLocalhostClustering(SiloPort + index, GatewayPort + index, new IPEndPoint(IPAddress.Loopback, SiloPort), ClusterNames.ServiceId, ClusterNames.ClusterId);
        }
        else
        {
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = ClusterNames.PostgresInvariant;
                o.ConnectionString = postgres;
            });
            silo.Configure<ClusterOptions>(o =>
            {
                o.ServiceId = ClusterNames.ServiceId;
                o.ClusterId = ClusterNames.ClusterId;
            });
            silo.ConfigureEndpoints(IPAddress.Loopback, SiloPort + index, GatewayPort + index);
        }

        silo.Configure<SiloOptions>(o => o.SiloName = $"silo-{index}");
        return silo.AddPoolStorage(postgres, store);
    }

    /// <summary>Configures a client of the local cluster: the gateways of <paramref name="silos"/> silos, or the PostgreSQL membership.</summary>
    /// <param name="client">The client.</param>
    /// <param name="silos">How many silos run.</param>
    /// <param name="postgres">A PostgreSQL connection string, or null.</param>
    /// <returns>The client.</returns>
    public static IClientBuilder ConfigureLocalClient(this IClientBuilder client, int silos, string? postgres)
    {
        if (postgres is null)
        {
            return client.UseLocalhostClustering([.. Enumerable.Range(GatewayPort, silos)], ClusterNames.ServiceId, ClusterNames.ClusterId);
        }

        client.UseAdoNetClustering(o =>
        {
            o.Invariant = ClusterNames.PostgresInvariant;
            o.ConnectionString = postgres;
        });
        return client.Configure<ClusterOptions>(o =>
        {
            o.ServiceId = ClusterNames.ServiceId;
            o.ClusterId = ClusterNames.ClusterId;
        });
    }

    /// <summary>The first silo-to-silo port (silo i listens on this + i).</summary>
    public const int SiloPort = 11111;

    /// <summary>The first gateway port (silo i's clients connect to this + i).</summary>
    public const int GatewayPort = 30000;
}
