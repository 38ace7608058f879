using System.Diagnostics.Metrics;
using EventNews.Host.Status;
using EventNews.Projections;
using Marten;

namespace EventNews.Host.Telemetry;

/// <summary>
/// "eventnews.projection.lag": events each view is behind the log. Gauges are read synchronously
/// at export time, so the value is polled from the database in the background and kept.
/// </summary>
public sealed partial class ProjectionLagGauge(IDocumentStore store, IMeterFactory meters, ILogger<ProjectionLagGauge> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private volatile IReadOnlyList<ProjectionStatus> _last = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // On a meter of this service's own, which goes with it when the service is restarted in the process.
        meters.Create(ProjectionTelemetry.Name).CreateObservableGauge(
            "eventnews.projection.lag",
            () => _last.Select(p => new Measurement<long>(p.Lag, new KeyValuePair<string, object?>("projection", p.Name))),
            "{event}",
            "Events each view is behind the event log (0 = caught up)");
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await using var session = store.QuerySession();
                _last = (await StatusEndpoints.ReadProgressAsync(store, session, stoppingToken)).Projections;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not read the projections' progress")]
    private partial void LogFailed(Exception exception);
}
