using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using PoolService.Hosting;
using PoolService.Storage;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;
using NodaTime;

namespace PrivateTraffic.Core.Tests.Service;

/// <summary>Erasure through the redaction recipe, the schema migration from version 1, two writers on one file, and a
/// cache smaller than the pools in use.</summary>
public sealed class ServiceErasureAndMigrationTests
{
    private const string Metrics = "/pools/p1/metrics?from=2026-11-01&to=2026-11-30";

    [Fact]
    public async Task An_erased_members_id_tags_and_categories_are_gone_from_every_table_and_the_metrics_rebuild()
    {
        var db = ServiceHost.NewDatabase();
        try
        {
            string metrics;
            using (var host = new ServiceHost(db, snapshotEvery: 3))
            {
                await host.Open("p1");
                await host.PostOk("/pools/p1/captures", ServiceHost.Capture("c-1", "m-keep"));
                await host.PostOk("/pools/p1/captures", ServiceHost.Capture("c-2", "zhang-wx-7731", tags: """["tag-rare-91"]"""));
                await host.PostOk("/pools/p1/purchases", ServiceHost.Purchase("o-1", "zhang-wx-7731", category: "cat-rare-91"));
                await host.PostOk("/pools/p1/consents/grant", """{"eventId":"g-1","member":"zhang-wx-7731","purpose":"marketing","channel":"wechat:p1","at":"2026-11-04T00:00:00Z"}""");
                await host.PostOk("/pools/p1/purchases", ServiceHost.Purchase("o-2", "m-keep", at: "2026-11-05T00:00:00Z"));
                // The member is in a group and has referred a friend in a campaign: the streams beside the pool name them too.
                await host.PostOk("/pools/p1/groups", ServiceGroupTests.OpenGroup());
                await host.PostOk($"/pools/p1/groups/{ServiceGroupTests.GroupId}/joins", ServiceGroupTests.Join("j-1", "zhang-wx-7731"));
                await host.PostOk($"/pools/p1/groups/{ServiceGroupTests.GroupId}/joins", ServiceGroupTests.Join("j-2", "m-keep"));
                await host.PostOk("/pools/p1/campaigns", ServiceCampaignTests.Launch());
                await host.PostOk("/pools/p1/campaigns/free-lesson/referrals", ServiceCampaignTests.Referral("r-1", "zhang-wx-7731", "friend-1", "2026-11-05T01:00:00Z"));
                var campaignBefore = ServiceHost.Json(await host.GetOk("/pools/p1/campaigns/free-lesson"));
                await host.PostOk("/pools/p1/erasures", """{"eventId":"x-1","member":"zhang-wx-7731","at":"2026-11-06T00:00:00Z"}""");
                metrics = await host.GetOk(Metrics);
                // The group and the campaign rebuild to the same figures, under the pseudonym.
                var group = ServiceHost.Json(await host.GetOk($"/pools/p1/groups/{ServiceGroupTests.GroupId}"));
                Assert.Equal(2, group.GetProperty("members").GetArrayLength());
                var campaignAfter = ServiceHost.Json(await host.GetOk("/pools/p1/campaigns/free-lesson"));
                Assert.Equal(campaignBefore.GetProperty("referred").GetInt32(), campaignAfter.GetProperty("referred").GetInt32());
                Assert.Equal(campaignBefore.GetProperty("spent").GetRawText(), campaignAfter.GetProperty("spent").GetRawText());
                // After the erasure the service still works on the redacted stream, snapshots included.
                await host.PostOk("/pools/p1/captures", ServiceHost.Capture("c-3", "m-later", "2026-11-07T00:00:00Z"));
                await host.PostOk("/pools/p1/purchases", ServiceHost.Purchase("o-3", "m-later", at: "2026-11-08T00:00:00Z"));
                metrics = await host.GetOk(Metrics);
            }

            var text = ServiceHost.AllText(db);
            foreach (var secret in new[] { "zhang-wx-7731", "tag-rare-91", "cat-rare-91" })
            {
                Assert.DoesNotContain(text, t => t.Text.Contains(secret, System.StringComparison.Ordinal));
                // Secure delete and the checkpoint leave no old copy in the file's free pages or its log either.
                foreach (var file in Directory.GetFiles(Path.GetDirectoryName(db)!))
                {
                    Assert.DoesNotContain(secret, Encoding.UTF8.GetString(File.ReadAllBytes(file)), System.StringComparison.Ordinal);
                }
            }

            using var restarted = new ServiceHost(db, snapshotEvery: 3);
            Assert.Equal(metrics, await restarted.GetOk(Metrics));
        }
        finally
        {
            ServiceHost.Delete(db);
        }
    }

    [Fact]
    public async Task A_version_1_database_is_migrated_on_start_and_its_events_keep_their_ids()
    {
        var db = ServiceHost.NewDatabase();
        try
        {
            OldDatabase(db, SqliteSchema.Version1, "INSERT INTO pool_events (pool_id, position, type, json) VALUES ('p1', $p, $t, $j);");

            using var host = new ServiceHost(db);
            var metrics = ServiceHost.Json(await host.GetOk(Metrics));
            Assert.Equal(1, metrics.GetProperty("buyers").GetInt32());
            // The retried purchase is a repeat, known by its id in the migrated table.
            var retried = ServiceHost.Json(await host.PostOk("/pools/p1/purchases", ServiceHost.Purchase("o-1", "m-1", at: "2026-11-03T00:00:00Z")));
            Assert.True(retried.GetProperty("isRepeat").GetBoolean());
            await host.PostOk("/pools/p1/purchases", ServiceHost.Purchase("o-2", "m-1", at: "2026-11-04T00:00:00Z"));

            using var check = new SqliteConnection($"Data Source={db};Pooling=False");
            check.Open();
            Assert.Equal(SqliteSchema.CurrentVersion, SqliteSchema.VersionOf(check));
            using var ids = check.CreateCommand();
            ids.CommandText = "SELECT group_concat(event_id, ',') FROM (SELECT event_id FROM pool_events ORDER BY position);";
            Assert.Equal("open-p1,c-1,o-1,o-1~stage,o-2,o-2~stage", (string)ids.ExecuteScalar()!);
            // Through version 2 to 3: the pool's groups have their table.
            await host.PostOk("/pools/p1/groups", ServiceGroupTests.OpenGroup());
            await host.PostOk($"/pools/p1/groups/{ServiceGroupTests.GroupId}/joins", ServiceGroupTests.Join("j-1", "m-1"));
        }
        finally
        {
            ServiceHost.Delete(db);
        }
    }

    [Fact]
    public async Task A_version_2_database_is_migrated_to_3_on_start_with_its_pools_unchanged_and_groups_beside_them()
    {
        var db = ServiceHost.NewDatabase();
        try
        {
            var pool = OldDatabase(db, SqliteSchema.Version2, "INSERT INTO pool_events (pool_id, position, event_id, type, json) VALUES ('p1', $p, $id, $t, $j);");
            var expected = PrivatePool.Rebuild(pool.PendingEvents).Measure(new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30));
            using var host = new ServiceHost(db);
            Assert.Equal(PrivateTrafficJson.Serialize(expected), PrivateTrafficJson.Serialize(PrivateTrafficJson.Deserialize<PoolMetrics>(await host.GetOk(Metrics))));
            Assert.True(ServiceHost.Json(await host.PostOk("/pools/p1/purchases", ServiceHost.Purchase("o-1", "m-1", at: "2026-11-03T00:00:00Z"))).GetProperty("isRepeat").GetBoolean());
            await host.PostOk("/pools/p1/groups", ServiceGroupTests.OpenGroup());
            await host.PostOk($"/pools/p1/groups/{ServiceGroupTests.GroupId}/joins", ServiceGroupTests.Join("j-1", "m-1"));

            using var check = new SqliteConnection($"Data Source={db};Pooling=False");
            check.Open();
            Assert.Equal(3, SqliteSchema.VersionOf(check));
            using var rows = check.CreateCommand();
            rows.CommandText = "SELECT group_concat(event_id, ',') FROM (SELECT event_id FROM stream_events WHERE pool_id = 'p1' ORDER BY position);";
            Assert.Equal("go-1,j-1", (string)rows.ExecuteScalar()!);
        }
        finally
        {
            ServiceHost.Delete(db);
        }
    }

    // A database an older release made: its schema, and one pool's three events (open, capture, purchase) inserted by
    // the given statement ($p position, $id event id, $t type, $j JSON).
    private static PrivatePool OldDatabase(string db, string schema, string insertSql)
    {
        var at = Instant.FromUtc(2026, 11, 1, 0, 0);
        var pool = PrivatePool.Open(PoolId.From("p1"), "Brand A", ChannelId.From("wechat:p1"), ChannelKind.PersonalWeChat,
            ["prospects", "customers"], at, DomainEventId.From("open-p1"));
        pool.Capture(MemberId.From("m-1"), ChannelId.From("counter-sample"), at + Duration.FromDays(1), DomainEventId.From("c-1"));
        pool.RecordPurchase(MemberId.From("m-1"), "skincare", Money.Yuan(199m), at + Duration.FromDays(2), DomainEventId.From("o-1"));
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = schema;
        create.ExecuteNonQuery();
        var position = 0;
        foreach (var e in pool.PendingEvents)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = insertSql;
            insert.Parameters.AddWithValue("$p", ++position);
            if (insertSql.Contains("$id", System.StringComparison.Ordinal))
            {
                insert.Parameters.AddWithValue("$id", e.EventId.Value);
            }

            insert.Parameters.AddWithValue("$t", e.Type);
            insert.Parameters.AddWithValue("$j", PrivateTrafficJson.Serialize(e));
            insert.ExecuteNonQuery();
        }

        return pool;
    }

    [Fact]
    public async Task Two_hosts_on_one_file_writing_to_one_pool_lose_no_event()
    {
        var db = ServiceHost.NewDatabase();
        var one = new SqlitePoolHost(new PoolHostOptions { DatabasePath = db, SnapshotEvery = 5 });
        var two = new SqlitePoolHost(new PoolHostOptions { DatabasePath = db, SnapshotEvery = 5 });
        try
        {
            var id = PoolId.From("p1");
            var at = Instant.FromUtc(2026, 11, 1, 0, 0);
            await one.OpenAsync(new PoolCreated(DomainEventId.From("open"), id, at, "Brand A", ChannelId.From("wechat:p1"), ChannelKind.PersonalWeChat,
                ["prospects"], null, null));
            await one.ExecuteAsync(id, new MemberCaptured(DomainEventId.From("c-1"), id, at, MemberId.From("m-1"), ChannelId.From("counter"), "prospects",
                PrivatePool.DefaultTimeZone, [], JoinMethod.Invitation));

            async Task Buy(SqlitePoolHost host, string name)
            {
                for (var i = 0; i < 30; i++)
                {
                    var purchase = new PurchaseRecorded(DomainEventId.From($"{name}-{i}"), id, at + Duration.FromHours(1), MemberId.From("m-1"), "tea", Money.Yuan(10m));
                    while (true)
                    {
                        try
                        {
                            await host.ExecuteAsync(id, purchase);
                            break;
                        }
                        catch (PoolConflictException)
                        {
                            // Lost the race on every attempt: the client retries, as a real one would.
                        }
                    }
                }
            }

            await Task.WhenAll(Task.Run(() => Buy(one, "a")), Task.Run(() => Buy(two, "b")));
            var history = one.Store.ReadAll(id);
            Assert.Equal(2 + 60 + history.Count(e => e is StageChanged), history.Count);
            Assert.Equal(60, history.OfType<PurchaseRecorded>().Select(p => p.EventId).Distinct().Count());
            var rebuilt = PrivatePool.Rebuild(history);
            Assert.Equal(60, rebuilt.Find(MemberId.From("m-1"))!.PurchaseCount);
        }
        finally
        {
            await one.DisposeAsync();
            await two.DisposeAsync();
            ServiceHost.Delete(db);
        }
    }
    [Fact]
    public async Task A_cache_smaller_than_the_pools_in_use_drops_and_reloads_them_without_losing_a_command()
    {
        var db = ServiceHost.NewDatabase();
        var host = new SqlitePoolHost(new PoolHostOptions { DatabasePath = db, SnapshotEvery = 3, CachedPools = 2 });
        try
        {
            var at = Instant.FromUtc(2026, 11, 1, 0, 0);
            var pools = Enumerable.Range(0, 6).Select(i => PoolId.From($"p{i}")).ToArray();
            foreach (var id in pools)
            {
                await host.OpenAsync(new PoolCreated(DomainEventId.From($"open-{id}"), id, at, "Brand A", ChannelId.From($"wechat:{id}"),
                    ChannelKind.PersonalWeChat, ["prospects"], null, null));
            }

            // Eight captures per pool, all pools at once: slots are dropped and pools reloaded from snapshots all along.
            await Task.WhenAll(pools.Select(id => Task.Run(async () =>
            {
                for (var i = 0; i < 8; i++)
                {
                    await host.ExecuteAsync(id, new MemberCaptured(DomainEventId.From($"c-{i}"), id, at + Duration.FromMinutes(i), MemberId.From($"m-{i}"),
                        ChannelId.From("counter"), "prospects", PrivatePool.DefaultTimeZone, [], JoinMethod.Invitation));
                }
            })));

            foreach (var id in pools)
            {
                var metrics = await host.MetricsAsync(id, new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30));
                Assert.Equal(8, metrics.Captures);
                Assert.Equal(9, host.Store.ReadAll(id).Count);
                // A retry of the first capture, long forgotten by the cache, is still a repeat.
                var retry = await host.ExecuteAsync(id, new MemberCaptured(DomainEventId.From("c-0"), id, at, MemberId.From("m-0"),
                    ChannelId.From("counter"), "prospects", PrivatePool.DefaultTimeZone, [], JoinMethod.Invitation));
                Assert.Equal(new PoolCommandOutcome(9, 0, true), retry);
            }
        }
        finally
        {
            await host.DisposeAsync();
            ServiceHost.Delete(db);
        }
    }
}
