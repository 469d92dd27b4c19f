using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;

namespace PrivateTraffic.Core.Tests.Service;

/// <summary>A pool's fission campaigns through the service: launch, referrals decided against the pool, results.</summary>
public sealed class ServiceCampaignTests(ServiceRouteFixture fixture) : IClassFixture<ServiceRouteFixture>
{
    /// <summary>The golden launch (share with 2 friends, hear one lesson free: ¥5 to each newcomer, ¥9.90 at the 2nd
    /// friend, seed "teacher"), moved to November 2026, with a campaign id and a budget.</summary>
    public static string Launch(string campaign = "free-lesson", string eventId = "launch", string budget = "99.00") =>
        Support.Golden.Read("fission", "campaignLaunched.json")
            .Replace("\"2024-03-01T00:00:00Z\"", "\"2026-11-02T00:00:00Z\"", StringComparison.Ordinal)
            .Replace("\"campaign\": \"free-lesson\"", $"\"campaign\": \"{campaign}\"", StringComparison.Ordinal)
            .Replace("\"eventId\": \"launch\"", $"\"eventId\": \"{eventId}\"", StringComparison.Ordinal)
            .Replace("\"amount\": \"99.00\"", $"\"amount\": \"{budget}\"", StringComparison.Ordinal);

    public static string Referral(string eventId, string referrer, string referee, string at = "2026-11-03T00:00:00Z") =>
        $$"""{"eventId":"{{eventId}}","referrer":"{{referrer}}","referee":"{{referee}}","at":"{{at}}"}""";

    [Fact]
    public async Task Referrals_are_credited_against_the_campaign_and_the_pool_and_the_results_are_the_campaigns()
    {
        var host = fixture.Host;
        await host.Open("f1");
        await host.PostOk("/pools/f1/captures", ServiceHost.Capture("c-t", "teacher"));
        await host.PostOk("/pools/f1/captures", ServiceHost.Capture("c-a", "already-here"));
        const string campaign = "/pools/f1/campaigns/free-lesson";

        using (var launched = await host.Post("/pools/f1/campaigns", Launch()))
        {
            Assert.Equal(HttpStatusCode.Created, launched.StatusCode);
        }

        Assert.Equal("""{"version":1,"stored":0,"isRepeat":true}""", await host.PostOk("/pools/f1/campaigns", Launch()));
        await ServiceRouteAsserts.Expect(host.Post("/pools/f1/campaigns", Launch(eventId: "launch-2")), HttpStatusCode.Conflict, "service.campaign_exists");

        Assert.Equal("""{"version":2,"stored":1,"isRepeat":false}""", await host.PostOk(campaign + "/referrals", Referral("r-1", "teacher", "b")));
        var afterOne = await host.GetOk(campaign);
        Assert.Equal("""{"version":2,"stored":0,"isRepeat":true}""", await host.PostOk(campaign + "/referrals", Referral("r-1", "teacher", "b")));
        Assert.Equal(afterOne, await host.GetOk(campaign));
        await host.PostOk(campaign + "/referrals", Referral("r-2", "teacher", "c"));

        // A referee the pool already knows is not new; nor is one already credited, nor the referrer.
        await ServiceRouteAsserts.Expect(host.Post(campaign + "/referrals", Referral("r-3", "teacher", "already-here")), HttpStatusCode.UnprocessableEntity, "fission.not_new_member");
        await ServiceRouteAsserts.Expect(host.Post(campaign + "/referrals", Referral("r-4", "b", "c")), HttpStatusCode.UnprocessableEntity, "fission.not_new_member");
        await ServiceRouteAsserts.Expect(host.Post("/pools/f1/campaigns/none/referrals", Referral("r-5", "teacher", "d")), HttpStatusCode.NotFound, "service.campaign_not_found");
        await ServiceRouteAsserts.Expect(host.Client.GetAsync("/pools/f1/campaigns/none"), HttpStatusCode.NotFound, "service.campaign_not_found");
        await ServiceRouteAsserts.Expect(host.Post("/pools/nowhere/campaigns/free-lesson/referrals", Referral("r-6", "teacher", "d")), HttpStatusCode.NotFound, "service.pool_not_found");

        var results = ServiceHost.Json(await host.GetOk(campaign));
        Assert.Equal(2, results.GetProperty("referred").GetInt32());
        Assert.Equal(2, results.GetProperty("counted").GetInt32());
        Assert.Equal(3, results.GetProperty("version").GetInt32());
        Assert.Equal("benefitUnlock", results.GetProperty("mechanic").GetString());
        Assert.Equal("19.90", results.GetProperty("spent").GetProperty("amount").GetString());
        Assert.Equal(2, results.GetProperty("cost").GetProperty("acquired").GetInt32());
        var teacher = Assert.Single(results.GetProperty("referrers").EnumerateArray());
        Assert.Equal("teacher", teacher.GetProperty("referrer").GetString());
        Assert.Equal(2, teacher.GetProperty("credited").GetInt32());
        Assert.Equal("9.90", teacher.GetProperty("rewards").GetProperty("amount").GetString());
    }

    [Fact]
    public async Task A_referral_that_does_not_fit_the_budget_ends_the_campaign_and_later_ones_are_a_409()
    {
        var host = fixture.Host;
        await host.Open("f2");
        await host.PostOk("/pools/f2/captures", ServiceHost.Capture("c-t", "teacher"));
        await host.PostOk("/pools/f2/campaigns", Launch(budget: "10.00"));
        const string campaign = "/pools/f2/campaigns/free-lesson";
        await host.PostOk(campaign + "/referrals", Referral("r-1", "teacher", "b"));
        // The 2nd friend would cost ¥5 + ¥9.90, more than the ¥5 left: the campaign ends instead.
        Assert.Equal("""{"version":3,"stored":1,"isRepeat":false}""", await host.PostOk(campaign + "/referrals", Referral("r-2", "teacher", "c")));
        await ServiceRouteAsserts.Expect(host.Post(campaign + "/referrals", Referral("r-3", "teacher", "d", "2026-11-04T00:00:00Z")), HttpStatusCode.Conflict, "fission.campaign_ended");
        var results = ServiceHost.Json(await host.GetOk(campaign));
        Assert.Equal("budgetSpent", results.GetProperty("endReason").GetString());
        Assert.Equal(1, results.GetProperty("referred").GetInt32());
    }

    [Fact]
    public async Task A_restart_gives_the_same_results_and_a_retried_referral_is_still_a_repeat()
    {
        var db = ServiceHost.NewDatabase();
        try
        {
            string before;
            const string campaign = "/pools/f3/campaigns/free-lesson";
            using (var first = new ServiceHost(db))
            {
                await first.Open("f3");
                await first.PostOk("/pools/f3/captures", ServiceHost.Capture("c-t", "teacher"));
                await first.PostOk("/pools/f3/campaigns", Launch());
                foreach (var friend in new[] { "b", "c", "d" })
                {
                    await first.PostOk(campaign + "/referrals", Referral("r-" + friend, "teacher", friend));
                }

                before = await first.GetOk(campaign);
            }

            using var second = new ServiceHost(db);
            Assert.Equal(before, await second.GetOk(campaign));
            Assert.Equal("""{"version":4,"stored":0,"isRepeat":true}""", await second.PostOk(campaign + "/referrals", Referral("r-b", "teacher", "b")));
        }
        finally
        {
            ServiceHost.Delete(db);
        }
    }

    public static TheoryData<string, string, string, string> Hostile() => new()
    {
        { "launch: no budget", "/pools/f4/campaigns", Launch().Replace("\"budget\"", "\"budjet\"", StringComparison.Ordinal), "$" },
        { "launch: wrong mechanic", "/pools/f4/campaigns", Launch().Replace("\"benefitUnlock\"", "\"pyramid\"", StringComparison.Ordinal), "$.mechanic" },
        { "referral: wrong type", "/pools/f4/campaigns/free-lesson/referrals", """{"eventId":"r-9","referrer":7,"referee":"x","at":"2026-11-03T00:00:00Z"}""", "$.referrer" },
        { "referral: unknown member", "/pools/f4/campaigns/free-lesson/referrals", """{"eventId":"r-9","referrer":"teacher","referee":"x","at":"2026-11-03T00:00:00Z","bonus":1}""", "$.bonus" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Hostile_campaign_bodies_get_400_with_the_path(string name, string route, string body, string path)
    {
        var host = fixture.Host;
        await host.Open("f4");
        using var response = await host.Post(route, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode} {text}");
        Assert.StartsWith(path, ServiceHost.Json(text).GetProperty("path").GetString(), StringComparison.Ordinal);
        ServiceRouteAsserts.NoStackTrace(text);
    }
}
