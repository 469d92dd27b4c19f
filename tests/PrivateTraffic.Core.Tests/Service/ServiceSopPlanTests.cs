using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;

namespace PrivateTraffic.Core.Tests.Service;

/// <summary>The SOP plan route: a member's SOP run through the reach planner, read from the pool, nothing stored.</summary>
public sealed class ServiceSopPlanTests(ServiceRouteFixture fixture) : IClassFixture<ServiceRouteFixture>
{
    private const string Start = "2026-11-02T02:00:00Z";

    [Fact]
    public async Task A_consenting_member_gets_every_step_planned_and_the_plan_stores_nothing()
    {
        var host = fixture.Host;
        await host.Open("sop1");
        await host.PostOk("/pools/sop1/captures", ServiceHost.Capture("c-1", "m-1"));
        await host.PostOk("/pools/sop1/consents/grant", """{"eventId":"g-1","member":"m-1","purpose":"marketing","channel":"clerk-wang","at":"2026-11-02T01:00:00Z"}""");
        var before = await host.GetOk("/pools/sop1/metrics?from=2026-11-01&to=2026-11-30");

        var body = await host.PostOk($"/pools/sop1/members/m-1/sop-plan?start={Start}", ServiceRouteFixture.SopPlanBody());
        var plan = ServiceHost.Json(body);
        Assert.Equal("m-1", plan.GetProperty("member").GetString());
        Assert.Equal("counter-sample-7-day-moments", plan.GetProperty("sop").GetString());
        Assert.Equal("Asia/Shanghai", plan.GetProperty("zone").GetString());
        var steps = plan.GetProperty("steps").EnumerateArray().ToArray();
        Assert.Equal(7, steps.Length);
        Assert.Equal(Enumerable.Range(1, 7), steps.Select(s => s.GetProperty("day").GetInt32()));
        Assert.All(steps, s =>
        {
            Assert.Equal("20:00:00", s.GetProperty("localTime").GetString());
            Assert.Equal("momentsPost", s.GetProperty("mode").GetString());
            Assert.Contains(s.GetProperty("content").GetString(), new[] { "customerResults", "promotion" });
        });
        // The first post is allowed at 20:00 in Shanghai on day 1; the policy's three a week cannot hold all seven.
        Assert.Equal("allow", steps[0].GetProperty("decision").GetProperty("kind").GetString());
        Assert.Equal("2026-11-03T12:00:00Z", steps[0].GetProperty("decision").GetProperty("at").GetString());
        Assert.Contains(steps, s => s.GetProperty("decision").GetProperty("kind").GetString() != "allow");

        // Read only: the same answer again, and the pool unchanged.
        Assert.Equal(body, await host.PostOk($"/pools/sop1/members/m-1/sop-plan?start={Start}", ServiceRouteFixture.SopPlanBody()));
        Assert.Equal(before, await host.GetOk("/pools/sop1/metrics?from=2026-11-01&to=2026-11-30"));
    }

    [Fact]
    public async Task A_member_without_consent_is_denied_every_marketing_touch_and_an_unknown_member_is_a_400()
    {
        var host = fixture.Host;
        await host.Open("sop2");
        await host.PostOk("/pools/sop2/captures", ServiceHost.Capture("c-1", "m-1"));
        var plan = ServiceHost.Json(await host.PostOk($"/pools/sop2/members/m-1/sop-plan?start={Start}", ServiceRouteFixture.SopPlanBody()));
        Assert.All(plan.GetProperty("steps").EnumerateArray(), s =>
        {
            Assert.Equal("deny", s.GetProperty("decision").GetProperty("kind").GetString());
            Assert.Equal("consentMissing", s.GetProperty("decision").GetProperty("reason").GetString());
        });

        await ServiceRouteAsserts.Expect(host.Post($"/pools/sop2/members/m-nobody/sop-plan?start={Start}", ServiceRouteFixture.SopPlanBody()), HttpStatusCode.BadRequest, "request.invalid_argument");
        await ServiceRouteAsserts.Expect(host.Post($"/pools/sop2/members/m-1/sop-plan?start=monday", ServiceRouteFixture.SopPlanBody()), HttpStatusCode.BadRequest, "request.invalid_argument");
        await ServiceRouteAsserts.Expect(host.Post($"/pools/nowhere/members/m-1/sop-plan?start={Start}", ServiceRouteFixture.SopPlanBody()), HttpStatusCode.NotFound, "service.pool_not_found");
    }

    [Fact]
    public async Task A_restart_gives_the_same_plan()
    {
        var db = ServiceHost.NewDatabase();
        try
        {
            const string plan = $"/pools/sop4/members/m-1/sop-plan?start={Start}";
            string before;
            using (var first = new ServiceHost(db, snapshotEvery: 2))
            {
                await first.Open("sop4");
                await first.PostOk("/pools/sop4/captures", ServiceHost.Capture("c-1", "m-1"));
                await first.PostOk("/pools/sop4/consents/grant", """{"eventId":"g-1","member":"m-1","purpose":"marketing","channel":"clerk-wang","at":"2026-11-02T01:00:00Z"}""");
                // Withdrawn from day 4 of the run on: the later steps are denied for want of consent.
                await first.PostOk("/pools/sop4/consents/withdraw", """{"eventId":"w-1","member":"m-1","purpose":"marketing","channel":"clerk-wang","at":"2026-11-06T01:00:00Z"}""");
                before = await first.PostOk(plan, ServiceRouteFixture.SopPlanBody());
            }

            using var second = new ServiceHost(db, snapshotEvery: 2);
            Assert.Equal(before, await second.PostOk(plan, ServiceRouteFixture.SopPlanBody()));
            Assert.Contains("\"consentWithdrawn\"", before, StringComparison.Ordinal);
        }
        finally
        {
            ServiceHost.Delete(db);
        }
    }

    public static TheoryData<string, string, string> Hostile() => new()
    {
        { "step out of range", ServiceRouteFixture.SopPlanBody(sop: Support.Golden.Read("engagement/sop", "counter-sample.json").Replace("\"day\": 1,", "\"day\": 367,", StringComparison.Ordinal)), "$.sop.steps[0]" },
        { "unknown member in the policy", ServiceRouteFixture.SopPlanBody(policy: Support.Golden.Read("engagement/reach", "policy.json").Replace("\"horizon\"", "\"vip\": 1, \"horizon\"", StringComparison.Ordinal)), "$.policy.vip" },
        { "no policy", $$"""{"sop":{{Support.Golden.Read("engagement/sop", "counter-sample.json")}}}""", "$" },
        { "unknown member", """{"x":1}""", "$.x" },
        { "null sop", """{"sop":null}""", "$.sop" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Hostile_bodies_get_400_with_the_path(string name, string body, string path)
    {
        var host = fixture.Host;
        await host.Open("sop3");
        await host.PostOk("/pools/sop3/captures", ServiceHost.Capture("c-1", "m-1"));
        using var response = await host.Post($"/pools/sop3/members/m-1/sop-plan?start={Start}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode} {text}");
        Assert.StartsWith(path, ServiceHost.Json(text).GetProperty("path").GetString(), StringComparison.Ordinal);
        ServiceRouteAsserts.NoStackTrace(text);
    }
}
