using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace PrivateTraffic.Core.Tests.Service;

/// <summary>The reference service's storage through its HTTP routes: restarts, retries, concurrent captures.</summary>
public sealed class ServiceStorageTests
{
    private const string Metrics = "/pools/p1/metrics?from=2026-11-01&to=2026-11-30";

    [Fact]
    public async Task A_restart_gives_byte_identical_metrics_composition_and_value_cards()
    {
        var db = ServiceHost.NewDatabase();
        try
        {
            string metrics, composition, card;
            using (var first = new ServiceHost(db, snapshotEvery: 4))
            {
                await first.Open("p1");
                for (var i = 0; i < 9; i++)
                {
                    await first.PostOk("/pools/p1/captures", ServiceHost.Capture($"c-{i}", $"m-{i}", $"2026-11-0{1 + (i % 3) + 1}T0{i}:00:00Z"));
                }

                for (var i = 0; i < 5; i++)
                {
                    await first.PostOk("/pools/p1/purchases", ServiceHost.Purchase($"o-{i}", $"m-{i}", $"{100 + i}.00", $"2026-11-1{i}T00:00:00Z"));
                }

                await first.PostOk("/pools/p1/leaves", """{"eventId":"l-1","member":"m-8","reason":"left","at":"2026-11-20T00:00:00Z"}""");
                metrics = await first.GetOk(Metrics);
                composition = await first.GetOk("/pools/p1/composition?asOf=2026-11-30T00:00:00Z");
                card = await first.GetOk("/pools/p1/members/m-1/value-card?asOf=2026-11-30");
            }

            using var second = new ServiceHost(db, snapshotEvery: 4);
            Assert.Equal(metrics, await second.GetOk(Metrics));
            Assert.Equal(composition, await second.GetOk("/pools/p1/composition?asOf=2026-11-30T00:00:00Z"));
            Assert.Equal(card, await second.GetOk("/pools/p1/members/m-1/value-card?asOf=2026-11-30"));
            Assert.Equal(9, ServiceHost.Json(metrics).GetProperty("captures").GetInt32());
        }
        finally
        {
            ServiceHost.Delete(db);
        }
    }

    [Fact]
    public async Task A_retried_request_changes_nothing_also_after_a_restart()
    {
        var db = ServiceHost.NewDatabase();
        try
        {
            string before, outcome;
            using (var host = new ServiceHost(db, snapshotEvery: 3))
            {
                await host.Open("p1");
                var first = ServiceHost.Json(await host.PostOk("/pools/p1/captures", ServiceHost.Capture("c-1", "m-1")));
                Assert.False(first.GetProperty("isRepeat").GetBoolean());
                await host.PostOk("/pools/p1/purchases", ServiceHost.Purchase("o-1", "m-1"));
                before = await host.GetOk(Metrics);
                outcome = await host.PostOk("/pools/p1/purchases", ServiceHost.Purchase("o-1", "m-1"));
                var again = ServiceHost.Json(outcome);
                Assert.True(again.GetProperty("isRepeat").GetBoolean());
                Assert.Equal(0, again.GetProperty("stored").GetInt32());
                Assert.Equal(before, await host.GetOk(Metrics));
                // The open is idempotent too.
                Assert.True(ServiceHost.Json(await host.Open("p1")).GetProperty("isRepeat").GetBoolean());
            }

            using var restarted = new ServiceHost(db, snapshotEvery: 3);
            Assert.Equal(outcome, await restarted.PostOk("/pools/p1/purchases", ServiceHost.Purchase("o-1", "m-1")));
            // The capture's id is older than the snapshot the restarted service loads from: still a repeat.
            Assert.Equal(outcome, await restarted.PostOk("/pools/p1/captures", ServiceHost.Capture("c-1", "m-1")));
            Assert.Equal(before, await restarted.GetOk(Metrics));
        }
        finally
        {
            ServiceHost.Delete(db);
        }
    }

    [Fact]
    public async Task Concurrent_captures_into_a_full_pool_accept_exactly_the_capacity()
    {
        const int capacity = 40;
        const int attempts = 160;
        var db = ServiceHost.NewDatabase();
        try
        {
            using var host = new ServiceHost(db, snapshotEvery: 7);
            await host.Open("p1", capacity);
            var responses = await Task.WhenAll(Enumerable.Range(0, attempts).Select(i => Task.Run(async () =>
            {
                using var response = await host.Post("/pools/p1/captures", ServiceHost.Capture($"c-{i}", $"m-{i}"));
                return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
            })));

            Assert.Equal(capacity, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
            var refused = responses.Where(r => r.StatusCode != HttpStatusCode.OK).ToList();
            Assert.Equal(attempts - capacity, refused.Count);
            Assert.All(refused, r =>
            {
                Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
                Assert.Equal("pool.capacity_exceeded", ServiceHost.Json(r.Body).GetProperty("code").GetString());
            });
            Assert.Equal(capacity, ServiceHost.Json(await host.GetOk(Metrics)).GetProperty("captures").GetInt32());
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False");
            connection.Open();
            using var count = connection.CreateCommand();
            count.CommandText = "SELECT count(*), max(position) FROM pool_events WHERE pool_id = 'p1';";
            using var reader = count.ExecuteReader();
            reader.Read();
            Assert.Equal(capacity + 1, reader.GetInt32(0));
            Assert.Equal(capacity + 1, reader.GetInt32(1));
        }
        finally
        {
            ServiceHost.Delete(db);
        }
    }
}
