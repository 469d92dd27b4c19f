using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using NodaTime;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using PoolCluster.Fit;
using PoolCluster.Grains;
using PoolCluster.Hosting;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Core.Tests.Guides;

// docs/guide/scale-out.md, compiled: each "// begin NAME" ... "// end NAME" region is shown in the guide under
// <!-- compiled: NAME -->, line for line (ScaleOutGuideTests checks it), and the tests run the walk on a cluster.
public static class ScaleOutGuide
{
    /// <summary>A silo host configured as a production silo on PostgreSQL (built, not started).</summary>
    public static IHost Silo(string postgres, int siloPort, int gatewayPort)
    {
        var store = new ProcessGrainStore();
        var builder = Host.CreateApplicationBuilder();
        // begin silo
        builder.UseOrleans(silo =>
        {
            // Membership: every silo and client finds the others in PostgreSQL's OrleansMembershipTable.
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = postgres;
            });
            silo.Configure<ClusterOptions>(o =>
            {
                o.ServiceId = "private-traffic";
                o.ClusterId = "pool-cluster";
            });
            silo.ConfigureEndpoints(siloPort, gatewayPort);
            // Grain storage "pools" and "fit" on PostgreSQL, the state written by Orleans' own serializer.
            silo.AddPoolStorage(postgres, store);
        });
        // end silo
        return builder.Build();
    }

    /// <summary>Opens a pool and records a purchase through the grains.</summary>
    public static async Task<PoolCommandOutcome> Command(IGrainFactory grains)
    {
        var created = PoolScript.Definition(400);
        var at = PoolScript.Start + Duration.FromHours(1);
        // begin command
        // The pool's grain is its one writer: decide, store (one grain-storage write), then apply.
        var pools = new PoolGrainClient(grains);
        await pools.OpenAsync(created);
        await pools.ExecuteAsync(new MemberCaptured(DomainEventId.From("c-1"), created.Pool, at, MemberId.From("wx-7f3a"),
            ChannelId.From("counter-sample"), "", PrivatePool.DefaultTimeZone, [], JoinMethod.Invitation));
        var outcome = await pools.ExecuteAsync(new PurchaseRecorded(DomainEventId.From("order-1"), created.Pool,
            at + Duration.FromDays(1), MemberId.From("wx-7f3a"), "skincare", Money.Yuan(199m)));
        // A retried request carries the same event id: a repeat, nothing stored.
        var retried = await pools.ExecuteAsync(new PurchaseRecorded(DomainEventId.From("order-1"), created.Pool,
            at + Duration.FromDays(1), MemberId.From("wx-7f3a"), "skincare", Money.Yuan(199m)));
        // end command
        return retried.IsRepeat ? outcome : throw new System.InvalidOperationException("The retry was not a repeat.");
    }

    /// <summary>Fits BG/NBD over 8 partition grains.</summary>
    public static async Task<ModelFit<BgNbdParameters>> Fit(IGrainFactory grains)
    {
        var partitions = Enumerable.Range(0, 8).Select(p => grains.GetGrain<IFitPartitionGrain>(p)).ToArray();
        var loaded = await Task.WhenAll(partitions.Select(p => p.Load(seed: 11, customers: 500)));
        var customers = loaded.Sum(p => p.Customers);
        var meanAge = loaded.Sum(p => p.AgeSum) / customers;
        // begin fit
        // The coordinator holds no customer: it asks the session where to evaluate next, fans out to every
        // partition, and tells the session the sum. Nothing blocks between the calls.
        var session = BgNbdModel.BeginFit(customers, meanAge, TimeUnit.Weeks);
        while (!session.IsFinished)
        {
            var at = session.NextParameters;
            var parts = await Task.WhenAll(partitions.Select(p => p.Contribution(at)));
            session.Tell(parts.Aggregate(default(LikelihoodContribution), (sum, c) => sum.Merge(c)));
        }

        var fit = session.Result;   // the same fit as BgNbdModel.Fit on the whole base
        // end fit
        return fit;
    }
}
