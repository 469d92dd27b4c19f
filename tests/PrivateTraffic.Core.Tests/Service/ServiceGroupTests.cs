using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using NodaTime;
using PoolService.Hosting;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;

namespace PrivateTraffic.Core.Tests.Service;

/// <summary>A pool's community groups through the service: open, join, leave, the read model and the health route.</summary>
public sealed class ServiceGroupTests(ServiceRouteFixture fixture) : IClassFixture<ServiceRouteFixture>
{
    public const string GroupId = "wecom-group:store-12-a";

    public static string OpenGroup(string eventId = "go-1", string kind = "weComGroup", string admission = "open") =>
        $$"""{"eventId":"{{eventId}}","group":"{{GroupId}}","community":"Store 12 fresh food","kind":"{{kind}}","admission":"{{admission}}","at":"2026-11-02T03:00:00Z","joiningRitual":"a welcome with today's special"}""";

    public static string Join(string eventId, string member, string method = "groupQrCode", string at = "2026-11-02T04:00:00Z") =>
        $$"""{"eventId":"{{eventId}}","member":"{{member}}","method":"{{method}}","at":"{{at}}"}""";

    public static string Leave(string eventId, string member, string at = "2026-11-03T00:00:00Z") =>
        $$"""{"eventId":"{{eventId}}","member":"{{member}}","reason":"left","at":"{{at}}"}""";

    public static string Days(params string[] days) => $$"""{"days":[{{string.Join(",", days)}}]}""";

    public static string Day(string date, int members, int active, int messages, int promotions, int activities = 0) =>
        $$"""{"date":"{{date}}","members":{{members}},"activeMembers":{{active}},"messages":{{messages}},"promotionalMessages":{{promotions}},"activitiesHeld":{{activities}},"joins":0,"leaves":0,"sales":null}""";

    [Fact]
    public async Task Groups_open_join_and_leave_against_the_pool_with_repeats_and_refusals_answered_by_code()
    {
        var host = fixture.Host;
        await host.Open("g1");
        await host.PostOk("/pools/g1/captures", ServiceHost.Capture("c-1", "m-1"));
        await host.PostOk("/pools/g1/captures", ServiceHost.Capture("c-2", "m-2"));
        const string group = $"/pools/g1/groups/{GroupId}";

        using (var created = await host.Post("/pools/g1/groups", OpenGroup()))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            Assert.Equal("""{"version":1,"stored":1,"isRepeat":false}""", await created.Content.ReadAsStringAsync());
        }

        Assert.Equal("""{"version":1,"stored":0,"isRepeat":true}""", await host.PostOk("/pools/g1/groups", OpenGroup()));
        await ServiceRouteAsserts.Expect(host.Post("/pools/g1/groups", OpenGroup("go-2")), HttpStatusCode.Conflict, "service.group_exists");

        Assert.Equal("""{"version":2,"stored":1,"isRepeat":false}""", await host.PostOk(group + "/joins", Join("j-1", "m-1")));
        var afterJoin = await host.GetOk(group);
        // A retried join changes nothing.
        Assert.Equal("""{"version":2,"stored":0,"isRepeat":true}""", await host.PostOk(group + "/joins", Join("j-1", "m-1")));
        Assert.Equal(afterJoin, await host.GetOk(group));
        await host.PostOk(group + "/joins", Join("j-2", "m-2"));

        await ServiceRouteAsserts.Expect(host.Post(group + "/joins", Join("j-3", "m-1")), HttpStatusCode.Conflict, "community.already_member");
        await ServiceRouteAsserts.Expect(host.Post(group + "/joins", Join("j-4", "m-nobody")), HttpStatusCode.UnprocessableEntity, "community.not_in_pool");
        await ServiceRouteAsserts.Expect(host.Post("/pools/g1/groups/wecom-group:none/joins", Join("j-5", "m-1")), HttpStatusCode.NotFound, "service.group_not_found");
        await ServiceRouteAsserts.Expect(host.Client.GetAsync("/pools/g1/groups/wecom-group:none"), HttpStatusCode.NotFound, "service.group_not_found");
        await ServiceRouteAsserts.Expect(host.Post($"/pools/nowhere/groups/{GroupId}/joins", Join("j-6", "m-1")), HttpStatusCode.NotFound, "service.pool_not_found");
        // A member who left the pool cannot join its groups.
        await host.PostOk("/pools/g1/captures", ServiceHost.Capture("c-3", "m-3"));
        await host.PostOk("/pools/g1/leaves", """{"eventId":"l-3","member":"m-3","reason":"left","at":"2026-11-02T05:00:00Z"}""");
        await ServiceRouteAsserts.Expect(host.Post(group + "/joins", Join("j-7", "m-3", at: "2026-11-02T06:00:00Z")), HttpStatusCode.UnprocessableEntity, "community.not_in_pool");

        Assert.Equal("""{"version":4,"stored":1,"isRepeat":false}""", await host.PostOk(group + "/leaves", Leave("gl-1", "m-1")));
        await ServiceRouteAsserts.Expect(host.Post(group + "/leaves", Leave("gl-2", "m-1")), HttpStatusCode.UnprocessableEntity, "community.not_a_member");

        var snapshot = ServiceHost.Json(await host.GetOk(group));
        Assert.Equal(4, snapshot.GetProperty("version").GetInt32());
        Assert.Equal(new[] { "m-2" }, snapshot.GetProperty("members").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(500, snapshot.GetProperty("opened").GetProperty("capacity").GetInt32());
        Assert.Equal("g1", snapshot.GetProperty("opened").GetProperty("pool").GetString());
    }

    [Fact]
    public async Task A_restart_gives_the_same_group_and_a_retried_join_is_still_a_repeat()
    {
        var db = ServiceHost.NewDatabase();
        try
        {
            string before;
            const string group = $"/pools/g2/groups/{GroupId}";
            using (var first = new ServiceHost(db))
            {
                await first.Open("g2");
                await first.PostOk("/pools/g2/groups", OpenGroup());
                for (var i = 0; i < 4; i++)
                {
                    await first.PostOk("/pools/g2/captures", ServiceHost.Capture($"c-{i}", $"m-{i}"));
                    await first.PostOk(group + "/joins", Join($"j-{i}", $"m-{i}"));
                }

                await first.PostOk(group + "/leaves", Leave("gl-0", "m-0"));
                before = await first.GetOk(group);
            }

            using var second = new ServiceHost(db);
            Assert.Equal(before, await second.GetOk(group));
            Assert.Equal("""{"version":6,"stored":0,"isRepeat":true}""", await second.PostOk(group + "/joins", Join("j-1", "m-1")));
            Assert.Equal("""{"version":7,"stored":1,"isRepeat":false}""", await second.PostOk(group + "/joins", Join("j-0b", "m-0")));
        }
        finally
        {
            ServiceHost.Delete(db);
        }
    }

    [Fact]
    public async Task Group_health_is_assessed_from_consecutive_days_and_broken_days_are_a_400_with_the_path()
    {
        var host = fixture.Host;
        await host.Open("g3");
        await host.PostOk("/pools/g3/groups", OpenGroup());
        const string health = $"/pools/g3/groups/{GroupId}/health";

        var thriving = ServiceHost.Json(await host.PostOk(health, Days(Day("2026-11-01", 100, 40, 150, 10, 1), Day("2026-11-02", 100, 45, 160, 10), Day("2026-11-03", 100, 50, 170, 12))));
        Assert.Equal("thriving", thriving.GetProperty("health").GetString());
        Assert.Equal(3, thriving.GetProperty("figures").GetProperty("days").GetInt32());
        var dead = ServiceHost.Json(await host.PostOk(health, Days(Day("2026-11-01", 100, 0, 0, 0))));
        Assert.Equal("dead", dead.GetProperty("health").GetString());
        Assert.NotEqual(0, dead.GetProperty("reasons").GetArrayLength());

        await Bad(Days(Day("2026-11-01", 100, 40, 150, 10), Day("2026-11-02", 100, 140, 150, 10)), "$.days[1]");
        await Bad(Days(Day("2026-11-01", 100, 40, 150, 10), Day("2026-11-05", 100, 40, 150, 10)), "$.days[1].date");
        await Bad(Days(), "$.days");
        await Bad("""{"days":[{"date":"2026-11-01","members":"many","activeMembers":1,"messages":1,"promotionalMessages":0}]}""", "$.days[0].members");
        await Bad("""{"days":[],"window":7}""", "$.window");
        await ServiceRouteAsserts.Expect(host.Post("/pools/g3/groups/wecom-group:none/health", Days(Day("2026-11-01", 1, 1, 1, 0))), HttpStatusCode.NotFound, "service.group_not_found");

        async Task Bad(string body, string path)
        {
            var text = await ServiceRouteAsserts.Expect(host.Post(health, body), HttpStatusCode.BadRequest, "request.invalid_json");
            Assert.Equal(path, ServiceHost.Json(text).GetProperty("path").GetString());
        }
    }

    [Fact]
    public async Task Concurrent_joins_by_QR_code_admit_exactly_the_QR_limit_and_refuse_the_rest()
    {
        var db = ServiceHost.NewDatabase();
        var host = new SqlitePoolHost(new PoolHostOptions { DatabasePath = db });
        try
        {
            var pool = PoolId.From("g6");
            var group = ChannelId.From(GroupId);
            var at = Instant.FromUtc(2026, 11, 1, 0, 0);
            await host.OpenAsync(new PoolCreated(DomainEventId.From("open"), pool, at, "Brand A", ChannelId.From("wechat:g6"), ChannelKind.PersonalWeChat, ["prospects"], null, null));
            await host.ExecuteGroupAsync(pool, new GroupOpened(DomainEventId.From("go-1"), group, at, "Store 12", pool, ChannelKind.WeComGroup, null, null, AdmissionPolicy.Open, null));
            const int joiners = 210;   // the default QR-code join limit of a WeCom group is 200
            for (var i = 0; i < joiners; i++)
            {
                await host.ExecuteAsync(pool, new MemberCaptured(DomainEventId.From($"c-{i}"), pool, at, MemberId.From($"m-{i}"), ChannelId.From("counter"), "prospects",
                    PrivatePool.DefaultTimeZone, [], JoinMethod.Invitation));
            }

            var outcomes = await Task.WhenAll(Enumerable.Range(0, joiners).Select(i => Task.Run(async () =>
            {
                try
                {
                    await host.ExecuteGroupAsync(pool, new MemberJoinedGroup(DomainEventId.From($"j-{i}"), group, at + Duration.FromMinutes(1), MemberId.From($"m-{i}"), JoinMethod.GroupQrCode, null, null));
                    return "joined";
                }
                catch (DomainRuleException refused)
                {
                    return refused.Code;
                }
            })));

            Assert.Equal(200, outcomes.Count(o => o == "joined"));
            Assert.Equal(joiners - 200, outcomes.Count(o => o == DomainRuleCodes.CommunityQrJoinClosed));
            Assert.Equal(200, (await host.GroupAsync(pool, group)).Members.Count);
            Assert.Equal(201, host.Store.ReadStream(pool, "group:" + GroupId).Count);
        }
        finally
        {
            await host.DisposeAsync();
            ServiceHost.Delete(db);
        }
    }

    public static TheoryData<string, string, string, string> Hostile() => new()
    {
        { "join: wrong type", "/joins", """{"eventId":"j-9","member":42,"method":"groupQrCode","at":"2026-11-02T04:00:00Z"}""", "$.member" },
        { "join: unknown method", "/joins", """{"eventId":"j-9","member":"m-1","method":"carrierPigeon","at":"2026-11-02T04:00:00Z"}""", "$.method" },
        { "join: unknown member", "/joins", """{"eventId":"j-9","member":"m-1","method":"groupQrCode","at":"2026-11-02T04:00:00Z","vip":true}""", "$.vip" },
        { "leave: unknown reason", "/leaves", """{"eventId":"l-9","member":"m-1","reason":"bored","at":"2026-11-02T04:00:00Z"}""", "$.reason" },
        { "leave: truncated", "/leaves", """{"eventId":"l-9","member":"m-1","reason":"left","at":"2026-11""", "$.at" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Hostile_group_bodies_get_400_with_the_path(string name, string route, string body, string path)
    {
        var host = fixture.Host;
        await host.Open("g4");
        await host.PostOk("/pools/g4/groups", OpenGroup());
        using var response = await host.Post($"/pools/g4/groups/{GroupId}{route}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode} {text}");
        Assert.Equal(path, ServiceHost.Json(text).GetProperty("path").GetString());
        ServiceRouteAsserts.NoStackTrace(text);
    }

    [Fact]
    public async Task A_group_of_a_public_channel_kind_is_a_400()
    {
        var host = fixture.Host;
        await host.Open("g5");
        await ServiceRouteAsserts.Expect(host.Post("/pools/g5/groups", OpenGroup(kind: "douyin")), HttpStatusCode.BadRequest, "request.invalid_argument");
    }
}
