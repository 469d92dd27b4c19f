using System.Text.Json.Serialization;
using PrivateTraffic.Core.Serialization;

namespace PoolService.Http;

/// <summary>The HTTP side of the service, shared by every program that serves the pool routes (this service over
/// SQLite, the cluster's front over grains): JSON options, body limit, problem details, OpenAPI and the routes. The
/// caller registers its own <c>IPoolHost</c>.</summary>
public static class ServiceSetup
{
    /// <summary>The most bytes a request body may have: a megabyte is far more than any command needs (Kestrel stops a
    /// longer chunked body too).</summary>
    public const int MaxBody = 1 << 20;

    /// <summary>Registers the JSON options, the body limit, problem details and OpenAPI.</summary>
    /// <param name="builder">The application's builder.</param>
    /// <returns>The builder.</returns>
    public static WebApplicationBuilder AddPoolServiceHttp(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.AddPrivateTraffic();
            o.SerializerOptions.TypeInfoResolverChain.Insert(1, ServiceJsonContext.Default);
            // The service's own bodies are as strict as the library's: unknown members, missing members and nulls refused.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            o.SerializerOptions.RespectNullableAnnotations = true;
            o.SerializerOptions.RespectRequiredConstructorParameters = true;
        });
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxBody);
        // The binder throws on a bad body in every environment, so the mapping below gives it a path.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemMapper>();
        builder.Services.AddOpenApi();
        return builder;
    }

    /// <summary>Adds the exception handler, the body limit's answer, status pages, the OpenAPI document and the pool routes.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The application.</returns>
    public static WebApplication UsePoolServiceHttp(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.Use((context, next) => context.Request.ContentLength > MaxBody
            ? Results.Problem(Problems.TooLarge(MaxBody)).ExecuteAsync(context)
            : next(context));
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.MapPoolEndpoints();
        return app;
    }
}
