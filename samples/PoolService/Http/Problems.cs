using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using PoolService.Hosting;
using PrivateTraffic.Core.Primitives;

namespace PoolService.Http;

/// <summary>
/// The error mapping (RFC 9457 problem details). Every body has <c>status</c>, <c>title</c>, <c>detail</c> and a stable
/// <c>code</c>; bad JSON also has <c>path</c>. A rule the pool refused is 422, a conflict with the pool's state
/// (capacity, duplicate, stale) 409, bad input 400, an unknown pool 404. Nothing else leaves: an unexpected error is a
/// bare 500, never a stack trace or an exception's message.
/// </summary>
public static class Problems
{
    // Refusals caused by the state the pool is in, not by the request itself: retrying later may succeed.
    private static readonly HashSet<string> Conflicts = new(StringComparer.Ordinal)
    {
        DomainRuleCodes.PoolCapacityExceeded,
        DomainRuleCodes.PoolMemberAlreadyCaptured,
        DomainRuleCodes.PoolEventIdTaken,
        DomainRuleCodes.PoolStaleDecision,
        DomainRuleCodes.CommunityAlreadyMember,
        DomainRuleCodes.CommunityGroupFull,
        DomainRuleCodes.CommunityQrJoinClosed,
        DomainRuleCodes.CommunityEventIdTaken,
        DomainRuleCodes.CommunityStaleDecision,
        DomainRuleCodes.FissionCampaignEnded,
        DomainRuleCodes.FissionStaleDecision,
    };

    /// <summary>The problem for an exception, or null when it is not one the service expects (a 500).</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The problem, or null.</returns>
    public static ProblemDetails? For(Exception exception) => exception switch
    {
        DomainRuleException rule => Problem(Conflicts.Contains(rule.Code) ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity,
            "The pool refused the command.", rule.Message, rule.Code),
        PoolConflictException conflict => Problem(StatusCodes.Status409Conflict, "The command conflicts with the pool's store.", conflict.Message, conflict.Code),
        StreamNotFoundException stream => Problem(StatusCodes.Status404NotFound, stream.Code == StreamNotFoundException.CampaignNotFound ? "No such campaign." : "No such group.", stream.Message, stream.Code),
        KeyNotFoundException missing => Problem(StatusCodes.Status404NotFound, "No such pool.", missing.Message, "service.pool_not_found"),
        BadHttpRequestException { InnerException: JsonException json } => BadJson(json),
        BadHttpRequestException bad => Problem(bad.StatusCode, "The request is malformed.", Clean(bad.Message), "request.malformed", path: "$"),
        JsonException json => BadJson(json),
        ArgumentException argument => WithParameter(Problem(StatusCodes.Status400BadRequest, "An argument is invalid.", argument.Message, "request.invalid_argument"), argument.ParamName),
        _ => null,
    };

    /// <summary>The problem for a body longer than the service reads.</summary>
    /// <param name="limit">The most bytes a body may have.</param>
    /// <returns>A 413.</returns>
    public static ProblemDetails TooLarge(long limit) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "The body is too large.", $"A request body may have at most {limit} bytes.", "request.too_large", path: "$");

    /// <summary>The bare problem for an unexpected error.</summary>
    /// <returns>A 500 with no detail.</returns>
    public static ProblemDetails Unexpected() =>
        Problem(StatusCodes.Status500InternalServerError, "The service failed.", "An unexpected error occurred; it has been logged.", "service.internal_error");

    private static ProblemDetails BadJson(JsonException json) =>
        Problem(StatusCodes.Status400BadRequest, "The JSON body is invalid.", Clean(json.Message), "request.invalid_json", path: json.Path ?? "$");

    private static ProblemDetails Problem(int status, string title, string detail, string code, string? path = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        problem.Extensions["code"] = code;
        if (path is not null)
        {
            problem.Extensions["path"] = path;
        }

        return problem;
    }

    private static ProblemDetails WithParameter(ProblemDetails problem, string? parameter)
    {
        if (parameter is not null)
        {
            problem.Extensions["parameter"] = parameter;
        }

        return problem;
    }

    // The messages come from the serializer and the binder: one line each, no stack trace; cut to a sane length so a
    // huge hostile value is not echoed back.
    private static string Clean(string message)
    {
        var line = message.ReplaceLineEndings(" ");
        return line.Length <= 400 ? line : string.Concat(line.AsSpan(0, 400), "…");
    }
}
