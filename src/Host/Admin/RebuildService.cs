using System.Diagnostics;
using EventNews.Analysis;
using EventNews.Host.EventStore;
using EventNews.Projections.Articles;
using EventNews.Projections.Stories;
using JasperFx.Events.Daemon;

namespace EventNews.Host.Admin;

/// <summary>Where a rebuild stands, as /api/status and the CLI show it.</summary>
public sealed record RebuildProgress(
    string State,
    IReadOnlyList<string> Projections,
    string? Current,
    long Done,
    long Total,
    double EventsPerSecond,
    double? EtaSeconds,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string? Error);

/// <summary>
/// Rebuilds views from the whole event log through the projection daemon, one projection after
/// another, in the background of the process that runs the projections. One rebuild at a time.
/// </summary>
public sealed partial class RebuildService(
    Marten.Events.Daemon.Coordination.IProjectionCoordinator coordinator,
    ArticleAnalyses analyses,
    StoryProjection stories,
    IConfiguration configuration,
    TimeProvider time,
    ILogger<RebuildService> logger)
{
    private readonly Lock _gate = new();
    private RebuildProgress? _last;
    private Task? _running;
    private Stopwatch _clock = new();
    private long _total;
    private int _index;

    public RebuildProgress? Progress
    {
        get
        {
            lock (_gate)
            {
                return _last is { State: "running" } running ? Measure(running) : _last;
            }
        }
    }

    /// <summary>Starts rebuilding; false when one is already running.</summary>
    public bool TryStart(IReadOnlyList<string> projections, CancellationToken stopping)
    {
        lock (_gate)
        {
            if (_running is { IsCompleted: false })
            {
                return false;
            }

            // Configuration that shapes the views is read again, so that "edit, then rebuild" works
            // without a restart; a broken file stops the rebuild before anything is touched.
            var analyzer = new ArticleAnalyzer(EventStoreExtensions.LoadAliases(configuration["EventNews:Aliases"]));
            var clustering = EventStoreExtensions.LoadClusteringOptions(configuration);
            analyses.Use(analyzer);
            if (projections.Contains(StoryProjection.ProjectionName))
            {
                stories.UseForRebuild(clustering);
            }

            var daemon = coordinator.DaemonForMainDatabase();
            _total = Math.Max(0, daemon.HighWaterMark()) * projections.Count;
            _index = 0;
            _clock = Stopwatch.StartNew();
            _last = new RebuildProgress("running", projections, projections[0], 0, _total, 0, null, time.GetUtcNow(), null, null);
            _running = Task.Run(() => RunAsync(daemon, projections, stopping), CancellationToken.None);
            return true;
        }
    }

    private async Task RunAsync(IProjectionDaemon daemon, IReadOnlyList<string> projections, CancellationToken stopping)
    {
        try
        {
            for (var i = 0; i < projections.Count; i++)
            {
                lock (_gate)
                {
                    _index = i;
                    _last = _last! with { Current = projections[i] };
                }

                LogStarted(projections[i]);
                await daemon.RebuildProjectionAsync(projections[i], TimeSpan.FromMinutes(30), stopping);

                // The daemon leaves a rebuilt shard stopped; it must follow new events again.
                await daemon.StartAgentAsync(projections[i] + ":All", stopping);
            }

            lock (_gate)
            {
                _last = Measure(_last!) with { State = "succeeded", Current = null, Done = _total, EtaSeconds = 0, FinishedAt = time.GetUtcNow() };
            }

            LogFinished(string.Join(", ", projections), _clock.Elapsed.TotalSeconds);
        }
        catch (Exception ex)
        {
            lock (_gate)
            {
                _last = Measure(_last!) with { State = "failed", FinishedAt = time.GetUtcNow(), Error = ex.Message };
            }

            LogFailed(ex);
            foreach (var name in projections)
            {
                try
                {
                    await daemon.StartAgentAsync(name + ":All", CancellationToken.None);
                }
                catch (Exception restart)
                {
                    LogFailed(restart);
                }
            }
        }
    }

    private RebuildProgress Measure(RebuildProgress progress)
    {
        var perProjection = _total / Math.Max(1, progress.Projections.Count);
        long current = 0;
        if (progress.Current is { } name && coordinator.DaemonForMainDatabase().Tracker.TryGetCurrentState(name + ":All", out var state))
        {
            current = Math.Min(perProjection, state.Sequence);
        }

        var done = (_index * perProjection) + current;
        var seconds = Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        var rate = done / seconds;
        return progress with
        {
            Done = done,
            EventsPerSecond = Math.Round(rate, 1),
            EtaSeconds = rate > 0 ? Math.Round((_total - done) / rate, 1) : null,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilding {Projection} from the event log")]
    private partial void LogStarted(string projection);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilt {Projections} in {Seconds:0.0} s")]
    private partial void LogFinished(string projections, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rebuild failed; the views are as the failure left them and follow new events again")]
    private partial void LogFailed(Exception exception);
}
