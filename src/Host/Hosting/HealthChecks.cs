using EventNews.Host.Admin;
using EventNews.Ingest.Inbox;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EventNews.Host.Hosting;

public static class HealthChecks
{
    private const string Ready = "ready";

    public static IServiceCollection AddEventNewsHealthChecks(this IServiceCollection services, ServiceRoles roles)
    {
        var checks = services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres", tags: [Ready]);
        if (roles.HasFlag(ServiceRoles.Projections))
        {
            checks.AddCheck<DaemonHealthCheck>("projection-daemon", tags: [Ready]);
        }

        if (roles.HasFlag(ServiceRoles.Ingest))
        {
            checks.AddCheck<InboxHealthCheck>("inbox", tags: [Ready]);
        }

        // MassTransit registers its own bus check ("masstransit-bus", tagged "ready") with the bus.
        return services;
    }

    /// <summary>/health/live: the process answers. /health/ready: its servers, daemon and inbox watcher are up.</summary>
    public static IEndpointRouteBuilder MapEventNewsHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Ready),
            ResponseWriter = WriteJsonAsync,
        });
        return endpoints;
    }

    private static Task WriteJsonAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description ?? e.Value.Exception?.Message }),
        });

    private sealed class PostgresHealthCheck(IDocumentStore store) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await using var connection = store.Storage.Database.CreateConnection();
                await connection.OpenAsync(cancellationToken);
                await using var command = connection.CreateCommand();
                command.CommandText = "select 1";
                await command.ExecuteScalarAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception ex)
            {
                return HealthCheckResult.Unhealthy($"PostgreSQL is not reachable: {ex.Message}", ex);
            }
        }
    }

    private sealed class DaemonHealthCheck(IProjectionCoordinator coordinator, RebuildService rebuilds) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var daemon = coordinator.DaemonForMainDatabase();
            var result = !daemon.IsRunning && rebuilds.Switching ? HealthCheckResult.Degraded("the projections are paused while a rebuilt view replaces the current one")
                : !daemon.IsRunning ? HealthCheckResult.Unhealthy("the projection daemon is not running")
                : daemon.HasAnyPaused() ? HealthCheckResult.Degraded("a projection is paused after an error; see the logs")
                : HealthCheckResult.Healthy();
            return Task.FromResult(result);
        }
    }

    private sealed class InboxHealthCheck(InboxWatcher inbox) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(inbox.Watching ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("the inbox is not watched yet"));
    }
}
