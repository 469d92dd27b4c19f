using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace PrivateTraffic.Core.Tests.Service;

/// <summary>Hostile bodies and the described API: problem details with a path and no stack trace, in Production and
/// in Development; the OpenAPI document.</summary>
public sealed class ServiceHttpContractTests
{
    public static TheoryData<string, string, string> Hostile() => new()
    {
        { "truncated", """{"eventId":"c-9","member":"m-9","source":"counter","at":"2026-11-02T0""", "$.at" },
        { "wrong type", """{"eventId":"c-9","member":42,"source":"counter","at":"2026-11-02T00:00:00Z"}""", "$.member" },
        { "unknown member", """{"eventId":"c-9","member":"m-9","source":"counter","at":"2026-11-02T00:00:00Z","vip":true}""", "$.vip" },
        { "huge string", $$"""{"eventId":"c-9","member":"{{new string('x', 200_000)}}","source":"counter","at":"2026-11-02T00:00:00Z"}""", "$.member" },
        { "null body", "null", "$" },
        { "null member", """{"eventId":"c-9","member":null,"source":"counter","at":"2026-11-02T00:00:00Z"}""", "$.member" },
        { "missing member", """{"eventId":"c-9","source":"counter","at":"2026-11-02T00:00:00Z"}""", "$" },
        { "not JSON", "<xml/>", "$" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Hostile_bodies_get_400_problem_details_with_a_path_and_no_stack_trace(string name, string body, string path)
    {
        foreach (var environment in new[] { "Production", "Development" })
        {
            var db = ServiceHost.NewDatabase();
            try
            {
                using var host = new ServiceHost(db, environment: environment);
                await host.Open("p1");
                using var response = await host.Post("/pools/p1/captures", body);
                var text = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name} ({environment}): {(int)response.StatusCode} {text}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                var problem = ServiceHost.Json(text);
                Assert.Equal(path, problem.GetProperty("path").GetString());
                Assert.StartsWith("request.", problem.GetProperty("code").GetString(), StringComparison.Ordinal);
                NoStackTrace(text);
                Assert.True(text.Length < 2_000, $"{name}: the answer echoes the input ({text.Length} characters)");
            }
            finally
            {
                ServiceHost.Delete(db);
            }
        }
    }

    [Fact]
    public async Task Rules_conflicts_bad_arguments_and_unknown_pools_map_to_their_status_with_a_code()
    {
        var db = ServiceHost.NewDatabase();
        try
        {
            using var host = new ServiceHost(db, environment: "Development");
            await host.Open("p1", capacity: 1);
            await host.PostOk("/pools/p1/captures", ServiceHost.Capture("c-1", "m-1"));
            await Expect(host.Post("/pools/p1/captures", ServiceHost.Capture("c-2", "m-2")), HttpStatusCode.Conflict, "pool.capacity_exceeded");
            await Expect(host.Post("/pools/p1/purchases", ServiceHost.Purchase("o-1", "m-nobody")), HttpStatusCode.UnprocessableEntity, "pool.event_out_of_order");
            await Expect(host.Post("/pools/p1/purchases", ServiceHost.Purchase("o-2", "m-1", yuan: "-5.00")), HttpStatusCode.UnprocessableEntity, "pool.invalid_purchase");
            await Expect(host.Post("/pools/nowhere/captures", ServiceHost.Capture("c-3", "m-3")), HttpStatusCode.NotFound, "service.pool_not_found");
            await Expect(host.Client.GetAsync("/pools/p1/metrics?from=yesterday&to=2026-11-30"), HttpStatusCode.BadRequest, "request.invalid_argument");
            await Expect(host.Post("/pools", """{"type":"poolCreated","owner":"B","channel":"wechat:x","kind":"personalWeChat","subPools":["a"],"capacity":null,"qrCodeJoinLimit":null,"eventId":"other-open","pool":"p1","at":"2026-11-01T00:00:00Z"}"""),
                HttpStatusCode.Conflict, "service.pool_exists");
            await Expect(host.Post("/pools/p1/purchases", ServiceHost.Purchase("o-3", "m-1", category: new string('c', 500))), HttpStatusCode.BadRequest, "request.invalid_argument");
            await Expect(host.Client.PostAsync("/pools/p1/captures", new ByteArrayContent(new byte[2 << 20]) { Headers = { { "Content-Type", "application/json" } } }),
                HttpStatusCode.RequestEntityTooLarge, "request.too_large");
        }
        finally
        {
            ServiceHost.Delete(db);
        }
    }

    [Fact]
    public async Task Engagement_rules_are_evaluated_for_a_member_and_bad_rules_are_a_400_with_a_path()
    {
        var db = ServiceHost.NewDatabase();
        try
        {
            using var host = new ServiceHost(db);
            await host.Open("p1");
            await host.PostOk("/pools/p1/captures", ServiceHost.Capture("c-1", "m-1"));
            var rules = System.IO.File.ReadAllText(System.IO.Path.Combine(Support.RepositoryPaths.Root, "samples", "EngagementRules", "articles-rules.json"));
            var answer = ServiceHost.Json(await host.PostOk("/pools/p1/members/m-1/engagement?asOf=2026-11-10T00:00:00Z", rules));
            Assert.Equal("m-1", answer.GetProperty("member").GetString());
            var decisions = answer.GetProperty("decisions");
            Assert.Equal(System.Text.RegularExpressions.Regex.Count(rules, "\"id\":"), decisions.GetArrayLength());
            foreach (var d in decisions.EnumerateArray())
            {
                Assert.Contains(d.GetProperty("outcome").GetString(), new[] { "fired", "notMet", "outsideWindow", "stopped" });
            }

            await Expect(host.Post("/pools/p1/members/m-nobody/engagement?asOf=2026-11-10T00:00:00Z", rules), HttpStatusCode.BadRequest, "request.invalid_argument");
            using var bad = await host.Post("/pools/p1/members/m-1/engagement?asOf=2026-11-10T00:00:00Z", rules.Replace("\"priority\": 1000", "\"priority\": \"high\"", StringComparison.Ordinal));
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.StartsWith("$.rules[0]", ServiceHost.Json(await bad.Content.ReadAsStringAsync()).GetProperty("path").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            ServiceHost.Delete(db);
        }
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_routes_and_names_the_contracts()
    {
        var db = ServiceHost.NewDatabase();
        try
        {
            using var host = new ServiceHost(db);
            var document = await host.GetOk("/openapi/v1.json");
            foreach (var route in new[] { "/pools", "/pools/{pool}/captures", "/pools/{pool}/purchases", "/pools/{pool}/consents/grant",
                         "/pools/{pool}/consents/withdraw", "/pools/{pool}/leaves", "/pools/{pool}/erasures", "/pools/{pool}/metrics",
                         "/pools/{pool}/members/{member}/value-card", "/pools/{pool}/composition", "/pools/{pool}/members/{member}/engagement",
                         "/pools/{pool}/members/{member}/sop-plan", "/pools/{pool}/groups", "/pools/{pool}/groups/{group}", "/pools/{pool}/groups/{group}/joins",
                         "/pools/{pool}/groups/{group}/leaves", "/pools/{pool}/groups/{group}/health",
                         "/pools/{pool}/campaigns", "/pools/{pool}/campaigns/{campaign}/referrals", "/pools/{pool}/campaigns/{campaign}" })
            {
                Assert.Contains($"\"{route}\"", document, StringComparison.Ordinal);
            }

            foreach (var contract in new[] { "PoolCreated", "PoolMetrics", "ValueCard", "PoolComposition", "CaptureRequest", "PoolCommandOutcome",
                         "SopPlan", "SopPlanStep", "OpenGroupRequest", "JoinGroupRequest", "GroupSnapshot", "GroupHealthRequest", "GroupHealthAnswer",
                         "CampaignLaunched", "ReferralRequest", "CampaignResults" })
            {
                Assert.Contains($"\"{contract}\"", document, StringComparison.Ordinal);
            }
        }
        finally
        {
            ServiceHost.Delete(db);
        }
    }

    private static async Task Expect(Task<HttpResponseMessage> call, HttpStatusCode status, string code)
    {
        using var response = await call;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{code}: {(int)response.StatusCode} {text}");
        Assert.Equal(code, ServiceHost.Json(text).GetProperty("code").GetString());
        NoStackTrace(text);
    }

    private static void NoStackTrace(string text)
    {
        // A stack frame reads "at Namespace.Type.Method(".
        Assert.DoesNotMatch(@"\bat [\w.`<>]+\.[\w<>]+\(", text);
        Assert.DoesNotContain("stack trace", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(".cs:line", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }
}
