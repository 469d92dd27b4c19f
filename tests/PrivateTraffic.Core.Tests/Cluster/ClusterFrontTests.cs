using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PoolCluster.Hosting;
using PoolService.Hosting;
using PoolService.Http;
using PrivateTraffic.Core.Tests.Service;

namespace PrivateTraffic.Core.Tests.Cluster;

/// <summary>The service's routes in front of the cluster (<see cref="GrainPoolHost"/>) answer as they do over SQLite.</summary>
[Collection(InProcessClusterGroup.Name)]
public sealed class ClusterFrontTests(InProcessClusterFixture fixture)
{
    private const string Pool = "front-same-answers";

    [SkippableFact]
    public async Task The_routes_over_the_grains_give_the_same_answers_as_over_SQLite()
    {
        var cluster = fixture.Require();
        var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false"]);
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<IPoolHost>(new GrainPoolHost(new PoolGrainClient(cluster.Client)));
        builder.AddPoolServiceHttp();
        await using var front = builder.Build();
        front.UsePoolServiceHttp();
        await front.StartAsync();
        using var overGrains = front.GetTestClient();

        var db = ServiceHost.NewDatabase();
        try
        {
            using var service = new ServiceHost(db);
            var expected = await Run(service.Client);
            var actual = await Run(overGrains);
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.True(expected[i] == actual[i], $"step {i}:\n  SQLite: {expected[i]}\n  grains: {actual[i]}");
            }

            // The script reached every kind of answer the comparison is meant to cover.
            Assert.Contains(expected, a => a.StartsWith("409 ", StringComparison.Ordinal) && a.Contains("pool.capacity_exceeded", StringComparison.Ordinal));
            Assert.Contains(expected, a => a.StartsWith("422 ", StringComparison.Ordinal) && a.Contains("pool.event_out_of_order", StringComparison.Ordinal));
            Assert.Contains(expected, a => a.StartsWith("404 ", StringComparison.Ordinal) && a.Contains("service.pool_not_found", StringComparison.Ordinal));
            Assert.Contains(expected, a => a.StartsWith("200 ", StringComparison.Ordinal) && a.Contains("\"cohorts\"", StringComparison.Ordinal));
            Assert.Contains(expected, a => a.StartsWith("409 ", StringComparison.Ordinal) && a.Contains("community.already_member", StringComparison.Ordinal));
            Assert.Contains(expected, a => a.StartsWith("404 ", StringComparison.Ordinal) && a.Contains("service.group_not_found", StringComparison.Ordinal));
            Assert.Contains(expected, a => a.StartsWith("200 ", StringComparison.Ordinal) && a.Contains("\"decision\"", StringComparison.Ordinal));
            Assert.Contains(expected, a => a.StartsWith("422 ", StringComparison.Ordinal) && a.Contains("fission.not_new_member", StringComparison.Ordinal));
            Assert.Contains(expected, a => a.StartsWith("200 ", StringComparison.Ordinal) && a.Contains("\"referrers\"", StringComparison.Ordinal));
        }
        finally
        {
            ServiceHost.Delete(db);
        }

        await front.StopAsync();
    }

    // Each answer as "status body", the body's JSON without the per-request traceId.
    private static async Task<List<string>> Run(HttpClient client)
    {
        var rules = System.IO.File.ReadAllText(System.IO.Path.Combine(Support.RepositoryPaths.Root, "samples", "EngagementRules", "articles-rules.json"));
        var open = $$"""{"type":"poolCreated","owner":"Brand A","channel":"wechat:{{Pool}}","kind":"personalWeChat","subPools":["prospects","customers"],"capacity":2,"qrCodeJoinLimit":null,"eventId":"open-1","pool":"{{Pool}}","at":"2026-11-01T00:00:00Z"}""";
        var p = $"/pools/{Pool}";
        var group = $"{p}/groups/{ServiceGroupTests.GroupId}";
        var campaign = $"{p}/campaigns/free-lesson";
        var steps = new (string Path, string? Body)[]
        {
            ("/pools", open),
            ("/pools", open),
            ("/pools", open.Replace("open-1", "open-2", StringComparison.Ordinal)),
            (p + "/captures", ServiceHost.Capture("c-1", "m-1")),
            (p + "/captures", ServiceHost.Capture("c-2", "m-2", at: "2026-11-02T01:00:00Z")),
            (p + "/captures", ServiceHost.Capture("c-3", "m-3", at: "2026-11-02T02:00:00Z")),
            (p + "/purchases", ServiceHost.Purchase("o-1", "m-1")),
            (p + "/purchases", ServiceHost.Purchase("o-1", "m-1")),
            (p + "/purchases", ServiceHost.Purchase("o-2", "m-1", yuan: "88.00", at: "2026-11-04T00:00:00Z", category: "tea")),
            (p + "/purchases", ServiceHost.Purchase("o-3", "m-nobody", at: "2026-11-05T00:00:00Z")),
            (p + "/purchases", ServiceHost.Purchase("o-4", "m-1", yuan: "-5.00", at: "2026-11-05T00:00:00Z")),
            (p + "/purchases", """{"eventId":"o-5","member":"m-1"}"""),
            ("/pools/nowhere/captures", ServiceHost.Capture("c-9", "m-9")),
            ("/pools/nowhere/metrics?from=2026-11-01&to=2026-11-30", null),
            (p + "/metrics?from=2026-11-01&to=2026-11-30", null),
            (p + "/metrics?from=yesterday&to=2026-11-30", null),
            (p + "/composition?asOf=2026-11-10T00:00:00Z", null),
            (p + "/members/m-1/value-card?asOf=2026-11-30", null),
            (p + "/members/m-2/value-card?asOf=2026-11-30", null),
            (p + "/members/m-1/engagement?asOf=2026-11-10T00:00:00Z", rules),
            (p + "/members/m-nobody/engagement?asOf=2026-11-10T00:00:00Z", rules),
            (p + "/consents/grant", """{"eventId":"g-1","member":"m-1","purpose":"marketing","channel":"clerk-wang","at":"2026-11-06T00:00:00Z"}"""),
            (p + "/members/m-1/sop-plan?start=2026-11-07T00:00:00Z", ServiceRouteFixture.SopPlanBody()),
            (p + "/members/m-2/sop-plan?start=2026-11-07T00:00:00Z", ServiceRouteFixture.SopPlanBody()),
            (p + "/members/m-nobody/sop-plan?start=2026-11-07T00:00:00Z", ServiceRouteFixture.SopPlanBody()),
            ("/pools/nowhere/members/m-1/sop-plan?start=2026-11-07T00:00:00Z", ServiceRouteFixture.SopPlanBody()),
            (p + "/groups", ServiceGroupTests.OpenGroup()),
            (p + "/groups", ServiceGroupTests.OpenGroup()),
            (p + "/groups", ServiceGroupTests.OpenGroup("go-2")),
            (group + "/joins", ServiceGroupTests.Join("j-1", "m-1")),
            (group + "/joins", ServiceGroupTests.Join("j-1", "m-1")),
            (group + "/joins", ServiceGroupTests.Join("j-2", "m-2")),
            (group + "/joins", ServiceGroupTests.Join("j-3", "m-1")),
            (group + "/joins", ServiceGroupTests.Join("j-4", "m-nobody")),
            (group + "/joins", """{"eventId":"j-5","member":"m-1"}"""),
            (p + "/groups/wecom-group:none/joins", ServiceGroupTests.Join("j-6", "m-1")),
            ("/pools/nowhere/groups/wecom-group:none/joins", ServiceGroupTests.Join("j-7", "m-1")),
            (group + "/leaves", ServiceGroupTests.Leave("gl-1", "m-2")),
            (group + "/leaves", ServiceGroupTests.Leave("gl-2", "m-2")),
            (group, null),
            (p + "/groups/wecom-group:none", null),
            (group + "/health", ServiceGroupTests.Days(ServiceGroupTests.Day("2026-11-01", 100, 40, 150, 10, 1), ServiceGroupTests.Day("2026-11-02", 100, 5, 20, 15))),
            (group + "/health", ServiceGroupTests.Days(ServiceGroupTests.Day("2026-11-01", 100, 400, 150, 10))),
            (p + "/campaigns", ServiceCampaignTests.Launch().Replace("\"teacher\"", "\"m-1\"", StringComparison.Ordinal)),
            (p + "/campaigns", ServiceCampaignTests.Launch().Replace("\"teacher\"", "\"m-1\"", StringComparison.Ordinal)),
            (p + "/campaigns", ServiceCampaignTests.Launch(eventId: "launch-2")),
            (campaign + "/referrals", ServiceCampaignTests.Referral("r-1", "m-1", "friend-1")),
            (campaign + "/referrals", ServiceCampaignTests.Referral("r-1", "m-1", "friend-1")),
            (campaign + "/referrals", ServiceCampaignTests.Referral("r-2", "m-1", "friend-2")),
            (campaign + "/referrals", ServiceCampaignTests.Referral("r-3", "m-1", "m-2")),
            (campaign + "/referrals", """{"eventId":"r-4","referrer":"m-1"}"""),
            (p + "/campaigns/none/referrals", ServiceCampaignTests.Referral("r-5", "m-1", "friend-3")),
            (campaign, null),
            (p + "/campaigns/none", null),
        };

        var answers = new List<string>();
        foreach (var (path, body) in steps)
        {
            using var response = body is null
                ? await client.GetAsync(path)
                : await client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
            var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            if (json is JsonObject problem)
            {
                problem.Remove("traceId");
            }

            answers.Add($"{(int)response.StatusCode} {json.ToJsonString()}");
        }

        return answers;
    }
}
