using NodaTime;
using NodaTime.Text;
using PoolService.Hosting;
using PrivateTraffic.Core.Community;
using PrivateTraffic.Core.Engagement;
using PrivateTraffic.Core.Fission;
using PrivateTraffic.Core.Pools;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PoolService.Http;

/// <summary>The service's routes, all over <see cref="IPoolHost"/>: the same routes can stand in front of any host.</summary>
public static class PoolEndpoints
{
    /// <summary>Maps the routes under <c>/pools</c>.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapPoolEndpoints(this IEndpointRouteBuilder app)
    {
        var pools = app.MapGroup("/pools").WithTags("Pools");
        // Expected refusals (rules, conflicts, bad arguments) are answered here, without the exception handler's log.
        pools.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context).ConfigureAwait(false);
            }
            catch (Exception ex) when (Problems.For(ex) is { } problem)
            {
                return Results.Problem(problem);
            }
        });

        pools.MapPost("/", async (PoolCreated created, IPoolHost host, CancellationToken ct) =>
            {
                var outcome = await host.OpenAsync(created, ct).ConfigureAwait(false);
                return outcome.IsRepeat ? Results.Ok(outcome) : Results.Created($"/pools/{created.Pool}", outcome);
            })
            .WithName("OpenPool").WithSummary("Open a pool from its definition (a poolCreated event).")
            .Produces<PoolCommandOutcome>(StatusCodes.Status201Created).Produces<PoolCommandOutcome>().ProblemResponses();

        Command<CaptureRequest>(pools, "/{pool}/captures", "Capture", "Capture a member (引流).",
            (id, r) => new MemberCaptured(r.EventId, id, r.At, r.Member, r.Source, r.SubPool ?? string.Empty, PrivatePool.DefaultTimeZone, r.Tags ?? [], r.JoinedBy));
        Command<PurchaseRequest>(pools, "/{pool}/purchases", "RecordPurchase", "Record a purchase.",
            (id, r) => new PurchaseRecorded(r.EventId, id, r.At, r.Member, r.Category, r.Amount, r.Margin));
        Command<ConsentRequest>(pools, "/{pool}/consents/grant", "GrantConsent", "Record a member's consent to a purpose on a channel.",
            (id, r) => new ConsentGranted(r.EventId, id, r.At, r.Member, r.Purpose, r.Channel));
        Command<ConsentRequest>(pools, "/{pool}/consents/withdraw", "WithdrawConsent", "Record a member's withdrawal of consent.",
            (id, r) => new ConsentWithdrawn(r.EventId, id, r.At, r.Member, r.Purpose, r.Channel));
        Command<LeaveRequest>(pools, "/{pool}/leaves", "Leave", "Record that a member left.",
            (id, r) => new MemberLeft(r.EventId, id, r.At, r.Member, r.Reason));
        Command<EraseRequest>(pools, "/{pool}/erasures", "Erase", "Erase a member (PIPL): the stored history is redacted.",
            (id, r) => new MemberErased(r.EventId, id, r.At, r.Member));

        pools.MapGet("/{pool}/metrics", async (string pool, string from, string to, IPoolHost host, CancellationToken ct) =>
                Results.Ok(await host.MetricsAsync(Pool(pool), Day(from, nameof(from)), Day(to, nameof(to)), ct).ConfigureAwait(false)))
            .WithName("PoolMetrics").WithSummary("The pool's metrics over a range of days (ISO dates, Asia/Shanghai).")
            .Produces<PoolMetrics>().ProblemResponses();

        pools.MapGet("/{pool}/members/{member}/value-card", async (string pool, string member, string asOf, IPoolHost host, CancellationToken ct) =>
                await host.ValueCardAsync(Pool(pool), Member(member), Day(asOf, nameof(asOf)), ct).ConfigureAwait(false) is { } card
                    ? Results.Ok(card)
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No value card.",
                        detail: "The member has no purchase up to that day (a prospect), or the pool does not know them.",
                        extensions: new Dictionary<string, object?> { ["code"] = "service.no_value_card" }))
            .WithName("ValueCard").WithSummary("A buyer's value card (客户价值卡) as of a day.")
            .Produces<ValueCard>().ProblemResponses();

        pools.MapGet("/{pool}/composition", async (string pool, string asOf, IPoolHost host, CancellationToken ct) =>
                Results.Ok(await host.CompositionAsync(Pool(pool), Instant(asOf, nameof(asOf)), ct).ConfigureAwait(false)))
            .WithName("PoolComposition").WithSummary("The pool's 271 composition at an instant (ISO instant).")
            .Produces<PoolComposition>().ProblemResponses();

        pools.MapPost("/{pool}/members/{member}/engagement", async (string pool, string member, string asOf, EngagementRuleSet rules, IPoolHost host, CancellationToken ct) =>
                Results.Ok(EngagementDecisions.From(await host.EngagementAsync(Pool(pool), Member(member), Instant(asOf, nameof(asOf)), rules, ct).ConfigureAwait(false))))
            .WithName("EngagementDecisions").WithSummary("Evaluate engagement rules (the library's rule-set JSON) for a member at an instant; nothing is stored.")
            .Produces<EngagementDecisions>().ProblemResponses();

        pools.MapPost("/{pool}/members/{member}/sop-plan", async (string pool, string member, string start, SopPlanRequest request, IPoolHost host, CancellationToken ct) =>
                Results.Ok(await host.SopPlanAsync(Pool(pool), Member(member), Instant(start, nameof(start)), request.Sop, request.Policy, ct).ConfigureAwait(false)))
            .WithName("SopPlan").WithSummary("Plan a member's SOP run from an instant (ISO): each step with the reach planner's decision; nothing is stored.")
            .Produces<SopPlan>().ProblemResponses();

        MapGroups(pools);
        MapCampaigns(pools);
        return pools;
    }

    // A pool's community groups (社群), beside the pool and under its one writer: a join is decided against the pool.
    private static void MapGroups(RouteGroupBuilder pools)
    {
        pools.MapPost("/{pool}/groups", async (string pool, OpenGroupRequest r, IPoolHost host, CancellationToken ct) =>
            {
                var id = Pool(pool);
                var outcome = await host.ExecuteGroupAsync(id, new GroupOpened(r.EventId, r.Group, r.At, r.Community, id, r.Kind, null, null, r.Admission, r.JoiningRitual), ct).ConfigureAwait(false);
                return outcome.IsRepeat ? Results.Ok(outcome) : Results.Created($"/pools/{id}/groups/{Uri.EscapeDataString(r.Group.Value)}", outcome);
            })
            .WithName("OpenGroup").WithSummary("Open a community group (社群) of the pool; its capacity follows from its kind.")
            .Produces<PoolCommandOutcome>(StatusCodes.Status201Created).Produces<PoolCommandOutcome>().ProblemResponses();

        GroupCommand<JoinGroupRequest>(pools, "/{pool}/groups/{group}/joins", "JoinGroup", "A member of the pool joins the group (decided against the pool and the group's capacity).",
            (g, r) => new MemberJoinedGroup(r.EventId, g, r.At, r.Member, r.Method, r.InvitedBy, null));
        GroupCommand<LeaveGroupRequest>(pools, "/{pool}/groups/{group}/leaves", "LeaveGroup", "A member leaves the group, or is removed.",
            (g, r) => new MemberLeftGroup(r.EventId, g, r.At, r.Member, r.Reason));

        pools.MapGet("/{pool}/groups/{group}", async (string pool, string group, IPoolHost host, CancellationToken ct) =>
                Results.Ok(await host.GroupAsync(Pool(pool), Group(group), ct).ConfigureAwait(false)))
            .WithName("Group").WithSummary("A community group's read model: its snapshot (opening, members, roles, version).")
            .Produces<GroupSnapshot>().ProblemResponses();

        pools.MapPost("/{pool}/groups/{group}/health", async (string pool, string group, GroupHealthRequest request, IPoolHost host, CancellationToken ct) =>
            {
                await host.GroupAsync(Pool(pool), Group(group), ct).ConfigureAwait(false);   // an unknown pool or group is a 404
                return Results.Ok(GroupHealthAnswer.From(request.Assess()));
            })
            .WithName("GroupHealth").WithSummary("Assess a group's health (社群健康) from consecutive days of its figures, under the library's default thresholds; nothing is stored.")
            .Produces<GroupHealthAnswer>().ProblemResponses();
    }

    // A pool's fission campaigns (裂变), beside the pool like its groups: a referral is decided against the pool.
    private static void MapCampaigns(RouteGroupBuilder pools)
    {
        pools.MapPost("/{pool}/campaigns", async (string pool, CampaignLaunched launched, IPoolHost host, CancellationToken ct) =>
            {
                var id = Pool(pool);
                var outcome = await host.LaunchCampaignAsync(id, launched, ct).ConfigureAwait(false);
                return outcome.IsRepeat ? Results.Ok(outcome) : Results.Created($"/pools/{id}/campaigns/{Uri.EscapeDataString(launched.Campaign.Value)}", outcome);
            })
            .WithName("LaunchCampaign").WithSummary("Launch a fission campaign (裂变) of the pool (a campaignLaunched event).")
            .Produces<PoolCommandOutcome>(StatusCodes.Status201Created).Produces<PoolCommandOutcome>().ProblemResponses();

        pools.MapPost("/{pool}/campaigns/{campaign}/referrals", async (string pool, string campaign, ReferralRequest r, IPoolHost host, CancellationToken ct) =>
                Results.Ok(await host.CreditReferralAsync(Pool(pool), CampaignId.From(campaign), r.Referrer, r.Referee, r.At, r.EventId, ct).ConfigureAwait(false)))
            .WithName("CreditReferral").WithSummary("Credit a referral to the campaign, decided against the campaign and the pool (the referee must be new to both).")
            .Produces<PoolCommandOutcome>().ProblemResponses();

        pools.MapGet("/{pool}/campaigns/{campaign}", async (string pool, string campaign, IPoolHost host, CancellationToken ct) =>
                Results.Ok(CampaignResults.From(FissionCampaign.Restore(await host.CampaignAsync(Pool(pool), CampaignId.From(campaign), ct).ConfigureAwait(false)))))
            .WithName("CampaignResults").WithSummary("A campaign's results: referrals credited and counted, per referrer, spent, remaining and cost per member.")
            .Produces<CampaignResults>().ProblemResponses();
    }

    private static void GroupCommand<TRequest>(RouteGroupBuilder pools, string route, string name, string summary, Func<ChannelId, TRequest, GroupEvent> command)
        where TRequest : class =>
        pools.MapPost(route, async (string pool, string group, TRequest request, IPoolHost host, CancellationToken ct) =>
                Results.Ok(await host.ExecuteGroupAsync(Pool(pool), command(Group(group), request), ct).ConfigureAwait(false)))
            .WithName(name).WithSummary(summary)
            .Produces<PoolCommandOutcome>().ProblemResponses();

    private static void Command<TRequest>(RouteGroupBuilder pools, string route, string name, string summary, Func<PoolId, TRequest, PoolEvent> command)
        where TRequest : class =>
        pools.MapPost(route, async (string pool, TRequest request, IPoolHost host, CancellationToken ct) =>
            {
                var id = Pool(pool);
                return Results.Ok(await host.ExecuteAsync(id, command(id, request), ct).ConfigureAwait(false));
            })
            .WithName(name).WithSummary(summary)
            .Produces<PoolCommandOutcome>().ProblemResponses();

    private static RouteHandlerBuilder ProblemResponses(this RouteHandlerBuilder route) =>
        route.ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static PoolId Pool(string text) => PoolId.From(text);

    private static MemberId Member(string text) => MemberId.From(text);

    private static ChannelId Group(string text) => ChannelId.From(text);

    private static LocalDate Day(string text, string name) =>
        LocalDatePattern.Iso.Parse(text) is { Success: true } day ? day.Value : throw new ArgumentException($"'{Cut(text)}' is not an ISO date (yyyy-MM-dd).", name);

    private static Instant Instant(string text, string name) =>
        InstantPattern.ExtendedIso.Parse(text) is { Success: true } at ? at.Value : throw new ArgumentException($"'{Cut(text)}' is not an ISO instant.", name);

    private static string Cut(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
