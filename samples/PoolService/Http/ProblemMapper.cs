using Microsoft.AspNetCore.Diagnostics;

namespace PoolService.Http;

/// <summary>The exception handler behind every route: whatever escapes an endpoint (or the binder, which throws
/// <c>BadHttpRequestException</c>) is written as problem details by <see cref="Problems"/>; an unexpected exception is
/// logged here and answered with a bare 500.</summary>
/// <param name="problems">ASP.NET Core's problem details writer.</param>
/// <param name="logger">The log.</param>
public sealed partial class ProblemMapper(IProblemDetailsService problems, ILogger<ProblemMapper> logger) : IExceptionHandler
{
    /// <inheritdoc/>
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var problem = Problems.For(exception);
        if (problem is null)
        {
            LogUnexpected(logger, exception);
            problem = Problems.Unexpected();
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        // The exception is not passed on: the writer must not add it (or its stack trace) to the body.
        return problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error")]
    private static partial void LogUnexpected(ILogger logger, Exception exception);
}
