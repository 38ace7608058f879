using System.Security.Cryptography;
using System.Text;
using EventNews.Projections;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace EventNews.Host.Admin;

public static class AdminEndpoints
{
    public const string TokenHeader = "X-Admin-Token";

    public static IServiceCollection AddAdmin(this IServiceCollection services) => services.AddSingleton<RebuildService>();

    /// <summary>Administrative actions: they change views, so they need the token from EventNews:AdminToken.</summary>
    public static RouteGroupBuilder MapAdmin(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").AddEndpointFilter(RequireTokenAsync);
        admin.MapPost("/rebuild", Rebuild).WithName("Rebuild").WithSummary("Rebuild views from the event log (all, or ?projection=NAME)");
        admin.MapGet("/rebuild", Progress).WithName("RebuildProgress").WithSummary("Where the last rebuild stands");
        admin.MapDelete("/rebuild", Cancel).WithName("CancelRebuild").WithSummary("Stop the running rebuild; views not yet swapped in keep serving as before");
        return api;
    }

    private static Results<Accepted<RebuildProgress>, ProblemHttpResult> Rebuild(
        RebuildService rebuilds, IHostApplicationLifetime lifetime, string? projection = null)
    {
        IReadOnlyList<string> names = projection is null ? ProjectionsExtensions.ProjectionNames : [projection];
        if (projection is not null && !ProjectionsExtensions.ProjectionNames.Contains(projection))
        {
            return TypedResults.Problem(
                $"There is no view '{projection}'; views: {string.Join(", ", ProjectionsExtensions.ProjectionNames)}.",
                statusCode: StatusCodes.Status400BadRequest, title: "Unknown projection");
        }

        try
        {
            return rebuilds.TryStart(names, lifetime.ApplicationStopping)
                ? TypedResults.Accepted("/api/admin/rebuild", rebuilds.Progress!)
                : TypedResults.Problem("A rebuild is already running; follow it at /api/admin/rebuild or /api/status.", statusCode: StatusCodes.Status409Conflict, title: "Rebuild running");
        }
        catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException)
        {
            // A setting or file the views depend on is missing or malformed: nothing was touched.
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Rebuild refused");
        }
    }

    private static Results<Ok<RebuildProgress>, ProblemHttpResult> Progress(RebuildService rebuilds) =>
        rebuilds.Progress is { } progress
            ? TypedResults.Ok(progress)
            : TypedResults.Problem("No rebuild has run since the service started.", statusCode: StatusCodes.Status404NotFound, title: "No rebuild");

    private static async Task<Results<Ok<RebuildProgress>, ProblemHttpResult>> Cancel(RebuildService rebuilds)
    {
        if (!rebuilds.TryCancel())
        {
            return TypedResults.Problem("No rebuild is running.", statusCode: StatusCodes.Status409Conflict, title: "No rebuild running");
        }

        // The copies are dropped in the background; answer once the rebuild has really stopped.
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await rebuilds.Completion.WaitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            // Still stopping; the progress says so.
        }

        return TypedResults.Ok(rebuilds.Progress!);
    }

    private static async ValueTask<object?> RequireTokenAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var configured = context.HttpContext.RequestServices.GetRequiredService<IConfiguration>()["EventNews:AdminToken"];
        if (string.IsNullOrEmpty(configured))
        {
            return TypedResults.Problem("Administrative actions are disabled: set EventNews__AdminToken for the service (and the same value for the CLI).", statusCode: StatusCodes.Status403Forbidden, title: "Admin token not configured");
        }

        var given = context.HttpContext.Request.Headers[TokenHeader].ToString();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(configured)))
        {
            return TypedResults.Problem($"A valid {TokenHeader} header is required (EventNews__AdminToken).", statusCode: StatusCodes.Status401Unauthorized, title: "Admin token required");
        }

        return await next(context);
    }
}
