using System.Diagnostics;
using System.Diagnostics.Metrics;
using EventNews.Analysis;
using EventNews.Analysis.Stories;
using EventNews.Host.EventStore;
using EventNews.Projections;
using EventNews.Projections.Articles;
using EventNews.Projections.Stories;
using JasperFx.Events.Daemon;
using Npgsql;

namespace EventNews.Host.Admin;

/// <summary>Where a rebuild stands, as /api/status and the CLI show it.</summary>
/// <param name="State">running, succeeded, failed or cancelled.</param>
/// <param name="Projections">The views being rebuilt, in order.</param>
/// <param name="Current">The view being rebuilt now.</param>
/// <param name="Done">Events replayed so far, over all the views.</param>
/// <param name="Total">Events to replay: the log's length when the rebuild started, times the views.</param>
/// <param name="EventsPerSecond">Replay speed so far.</param>
/// <param name="EtaSeconds">Time left at that speed.</param>
/// <param name="StartedAt">When the rebuild started.</param>
/// <param name="FinishedAt">When it ended, whatever the outcome.</param>
/// <param name="Error">Why it failed or stopped; the views it had not swapped in yet were left as they were.</param>
/// <param name="Swapped">The views already rebuilt and serving.</param>
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
    string? Error,
    IReadOnlyList<string>? Swapped = null);

/// <summary>
/// Rebuilds views from the whole event log without taking them away. Each view is built afresh
/// through Marten's projection rebuild in a separate schema, under its own progress, while the
/// current views keep answering queries and following new events. When the copy has caught up
/// with the log as it stood at the start, the live views pause, the copy applies what arrived
/// meanwhile up to the event they stopped at, and its tables replace the current ones in one
/// transaction; the live views then resume together from that event. A rebuild that fails or is
/// cancelled drops its copies: the current views never stopped serving. One rebuild at a time.
/// </summary>
public sealed partial class RebuildService(
    Marten.Events.Daemon.Coordination.IProjectionCoordinator coordinator,
    ArticleAnalyses analyses,
    StoryProjection stories,
    IConfiguration configuration,
    TimeProvider time,
    ILogger<RebuildService> logger)
{
    /// <summary>The copies being built are registered as this prefix + the view's name.</summary>
    public const string CopyPrefix = ProjectionsExtensions.RebuildPrefix;

    private const string AllShards = ":All";
    private static readonly TimeSpan ReplayTimeout = TimeSpan.FromHours(4);

    /// <summary>How long a switch waits for the live views to pass the copy, or the copy to reach them.</summary>
    private static readonly TimeSpan MeetTimeout = TimeSpan.FromMinutes(30);
    private readonly Lock _gate = new();
    private RebuildProgress? _last;
    private Task? _running;
    private CancellationTokenSource? _cancel;
    private IProjectionDaemon? _copies;
    private Stopwatch _clock = new();
    private long _total;
    private long _applied;
    private string? _applying;
    private int _index;
    private volatile bool _switching;

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

    /// <summary>True while a rebuilt copy replaces its view and the live projections are paused for it.</summary>
    public bool Switching => _switching;

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
            var connectionString = EventStoreExtensions.PostgresConnectionString(configuration);
            var batchSize = configuration.GetValue<int?>("EventNews:Rebuild:BatchSize");
            if (batchSize is < 1 or > 100_000)
            {
                throw EventStoreExtensions.Invalid("EventNews:Rebuild:BatchSize", typeof(int), $"EventNews:Rebuild:BatchSize must be between 1 and 100000 (got {batchSize}).");
            }

            var documentsInMemory = configuration.GetValue<int?>("EventNews:Rebuild:DocumentsInMemory") ?? ProjectionsExtensions.DefaultRebuildDocumentsInMemory;
            if (documentsInMemory is < 0 or > 1_000_000)
            {
                throw EventStoreExtensions.Invalid("EventNews:Rebuild:DocumentsInMemory", typeof(int), $"EventNews:Rebuild:DocumentsInMemory must be between 0 and 1000000 (got {documentsInMemory}).");
            }

            var live = coordinator.DaemonForMainDatabase();
            _total = Math.Max(0, live.HighWaterMark()) * projections.Count;
            _index = 0;
            _clock = Stopwatch.StartNew();
            _last = new RebuildProgress("running", projections, projections[0], 0, _total, 0, null, time.GetUtcNow(), null, null, []);
            _cancel?.Dispose();
            _cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            var token = _cancel.Token;
            _running = Task.Run(() => RunAsync(live, projections, new Configuration(connectionString, analyzer, clustering, batchSize, documentsInMemory), stopping, token), CancellationToken.None);
            return true;
        }
    }

    /// <summary>Stops the running rebuild, leaving every view it had not swapped in as it was; false when none runs.</summary>
    public bool TryCancel()
    {
        lock (_gate)
        {
            if (_running is not { IsCompleted: false } || _cancel is null)
            {
                return false;
            }

            _cancel.Cancel();
            return true;
        }
    }

    /// <summary>Waits for the running rebuild, if any, to end (used when the service stops).</summary>
    public Task Completion
    {
        get
        {
            lock (_gate)
            {
                return _running ?? Task.CompletedTask;
            }
        }
    }

    private async Task RunAsync(IProjectionDaemon live, IReadOnlyList<string> projections, Configuration config, CancellationToken stopping, CancellationToken token)
    {
        var swapped = new List<string>();
        try
        {
            await DropCopiesAsync(config.ConnectionString, token);

            // The current clusters view is replaced at the switch by a copy that brings its own
            // clusterer; until then the view holds its clusterer only while articles keep arriving.
            if (projections.Contains(StoryProjection.ProjectionName))
            {
                stories.Release();
            }
            var copyAnalyses = new ArticleAnalyses(config.Analyzer, wholeAnalyses: false);
            var ceiling = new SequenceCeiling();
            var copyStories = new StoryProjection(copyAnalyses, config.Clustering, CopyPrefix + StoryProjection.ProjectionName, ceiling);
            await using var store = EventStoreExtensions.CreateRebuildStore(config.ConnectionString, copyAnalyses, copyStories, projections, CopyPrefix, ceiling, config.BatchSize, config.DocumentsInMemory);
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            using var daemon = await store.BuildProjectionDaemonAsync();
            lock (_gate)
            {
                _copies = daemon;
            }

            // The daemon counts the events each batch applied, per view ("….rebuild_dates.all.processed").
            using var applied = new MeterListener();
            applied.InstrumentPublished = (instrument, listener) =>
            {
                if (projections.FirstOrDefault(p => instrument.Name.EndsWith($".{CopyPrefix}{p}.all.processed", StringComparison.OrdinalIgnoreCase)) is { } projection)
                {
                    listener.EnableMeasurementEvents(instrument, projection);
                }
            };
            applied.SetMeasurementEventCallback<long>((_, count, _, projection) =>
            {
                if (Equals(projection, Volatile.Read(ref _applying)))
                {
                    Interlocked.Add(ref _applied, count);
                }
            });
            applied.Start();
            for (var i = 0; i < projections.Count; i++)
            {
                lock (_gate)
                {
                    _index = i;
                    _last = _last! with { Current = projections[i] };
                    Interlocked.Exchange(ref _applied, 0);
                    Volatile.Write(ref _applying, projections[i]);
                }

                LogStarted(projections[i]);

                // The copy must replay at least what the log held when it started; stopping does not
                // wait for the daemon to notice the cancellation (it is stopped when disposed below).
                var expected = live.HighWaterMark();
                if (projections[i] == StoryProjection.ProjectionName)
                {
                    // Again: an article that arrived since had the view reload it.
                    stories.Release();
                }

                ceiling.Value = long.MaxValue;
                var replay = daemon.RebuildProjectionAsync(CopyPrefix + projections[i], ReplayTimeout, token);
                _ = replay.ContinueWith(t => LogReplayEnded(t.Exception!), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                await replay.WaitAsync(token);
                await SwapAsync(live, daemon, projections[i], expected, ceiling, config, copyStories, stopping, token);
                swapped.Add(projections[i]);
                lock (_gate)
                {
                    _last = _last! with { Swapped = [.. swapped] };
                }
            }

            await daemon.StopAllAsync();
            lock (_gate)
            {
                _copies = null;
                _last = Measure(_last!) with { State = "succeeded", Current = null, Done = _total, EtaSeconds = 0, FinishedAt = time.GetUtcNow() };
            }

            LogFinished(string.Join(", ", projections), _clock.Elapsed.TotalSeconds);
        }
        catch (Exception ex) when (token.IsCancellationRequested && ex is OperationCanceledException or TaskCanceledException)
        {
            var why = stopping.IsCancellationRequested ? "the service is stopping" : "cancelled on request";
            Finish("cancelled", why, swapped);
            LogCancelled(why);
        }
        catch (Exception ex)
        {
            Finish("failed", ex.Message, swapped);
            LogFailed(ex);
        }
        finally
        {
            try
            {
                await DropCopiesAsync(config.ConnectionString, CancellationToken.None);
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
            {
                LogCleanupFailed(ex);
            }
        }
    }

    private void Finish(string state, string why, IReadOnlyList<string> swapped)
    {
        lock (_gate)
        {
            _copies = null;
            var kept = _last!.Projections.Except(swapped).ToList();
            var detail = kept.Count == 0 ? why : $"{why}; {string.Join(", ", kept)} kept serving as before";
            _last = Measure(_last!) with { State = state, FinishedAt = time.GetUtcNow(), Error = detail, Swapped = [.. swapped] };
        }
    }

    /// <summary>
    /// Puts the rebuilt copy of <paramref name="projection"/> in place of the current view. The live
    /// views keep one position for all four, so copy and live views must meet at one event first: the
    /// live views pause; if they are behind the copy (a backlog), they go on until they have passed it
    /// and pause again; the copy then applies what arrived since it was built, up to the event they
    /// stopped at (its <paramref name="ceiling"/>). The copy's tables replace the current ones in one
    /// transaction and the live views resume, the swapped one included, from that event.
    /// </summary>
    /// <remarks>
    /// Pausing the coordinator, rather than stopping the views' agent, also stops its restarts: it starts
    /// every agent it finds stopped, every few seconds, and one started during the transaction would
    /// read the old documents and keep them in memory past the commit.
    /// </remarks>
    private async Task SwapAsync(
        IProjectionDaemon live, IProjectionDaemon copies, string projection, long expected, SequenceCeiling ceiling, Configuration config, StoryProjection copyStories, CancellationToken stopping, CancellationToken token)
    {
        _switching = true;
        var paused = false;
        try
        {
            await using var connection = new NpgsqlConnection(config.ConnectionString);
            await connection.OpenAsync(token);
            var copyShard = CopyPrefix + projection + AllShards;
            var built = await ProgressAsync(connection, copyShard, token)
                ?? throw new InvalidOperationException($"the rebuilt copy of {projection} recorded no progress; the current view was kept");
            if (built < expected)
            {
                throw new InvalidOperationException($"the rebuilt copy of {projection} stopped at event {built:N0} of {expected:N0}; the current view was kept");
            }

            var deadline = DateTime.UtcNow + MeetTimeout;
            long at;
            while (true)
            {
                await coordinator.PauseAsync();
                paused = true;
                at = await ProgressAsync(connection, LiveShard, token) ?? 0;
                if (at >= built)
                {
                    break;
                }

                LogWaitingForLiveViews(projection, built, at);
                await coordinator.ResumeAsync();
                paused = false;
                while ((await ProgressAsync(connection, LiveShard, token) ?? 0) < built)
                {
                    Deadline(deadline, $"the live views did not reach event {built:N0} of the rebuilt {projection}");
                    await Task.Delay(100, token);
                }
            }

            if (built < at)
            {
                LogCatchingUp(projection, built, at);
                ceiling.Value = at;
                await copies.StartAgentAsync(copyShard, token);
                while ((await ProgressAsync(connection, copyShard, token) ?? 0) < at)
                {
                    Deadline(deadline, $"the rebuilt copy of {projection} did not reach event {at:N0}");
                    await Task.Delay(50, token);
                }

                await copies.StopAgentAsync(copyShard);
            }

            await using (var transaction = await connection.BeginTransactionAsync(token))
            {
                await ExecuteAsync(connection, "set local lock_timeout = '30s'", token);
                foreach (var type in ProjectionsExtensions.ViewTypes(projection))
                {
                    var table = ProjectionsExtensions.TableOf(type);
                    if (await ScalarAsync(connection, $"select to_regclass('{EventStoreExtensions.RebuildSchema}.{table}') is not null", token) is not true)
                    {
                        throw new InvalidOperationException($"the rebuilt copy of {projection} has no table {table}; the current view was kept");
                    }

                    await ExecuteAsync(connection, $"drop table if exists {EventStoreExtensions.Schema}.{table}", token);
                    await ExecuteAsync(connection, $"alter table {EventStoreExtensions.RebuildSchema}.{table} set schema {EventStoreExtensions.Schema}", token);
                }

                await ExecuteAsync(connection, $"delete from {Progression} where name = '{copyShard}'", token);
                await transaction.CommitAsync(token);
            }

            // From here on the current projection works as the copy did, for every new event.
            analyses.Use(config.Analyzer);
            if (projection == StoryProjection.ProjectionName)
            {
                stories.TakeOver(copyStories, at);
            }

            LogSwapped(projection, at);
        }
        finally
        {
            // A service that is stopping stops the coordinator itself; resumed now, it would outlive it.
            if (paused && !stopping.IsCancellationRequested)
            {
                await coordinator.ResumeAsync();

                // The coordinator starts the agents in the background; readiness waits for them.
                for (var waited = 0; !live.IsRunning && waited < 100 && !stopping.IsCancellationRequested; waited++)
                {
                    await Task.Delay(50, CancellationToken.None);
                }
            }

            _switching = false;
        }
    }

    private const string Progression = $"{EventStoreExtensions.Schema}.mt_event_progression";

    /// <summary>The progress the live views share.</summary>
    private const string LiveShard = ProjectionsExtensions.LiveViews + AllShards;

    private static async Task<long?> ProgressAsync(NpgsqlConnection connection, string shard, CancellationToken token) =>
        await ScalarAsync(connection, $"select last_seq_id from {Progression} where name = '{shard}'", token) as long?;

    private static void Deadline(DateTime deadline, string what)
    {
        if (DateTime.UtcNow > deadline)
        {
            throw new InvalidOperationException($"{what} within {MeetTimeout.TotalMinutes:0} minutes; the current view was kept");
        }
    }

    /// <summary>Drops what a rebuild left behind: the copies' schema and their progress.</summary>
    private static async Task DropCopiesAsync(string connectionString, CancellationToken token)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(token);
        await ExecuteAsync(connection, $"drop schema if exists {EventStoreExtensions.RebuildSchema} cascade", token);
        await ExecuteAsync(
            connection,
            $"delete from {Progression} where name like '{CopyPrefix}%'",
            token);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken token)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(token);
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken token)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync(token);
        return value is DBNull ? null : value;
    }

    private RebuildProgress Measure(RebuildProgress progress)
    {
        var perProjection = _total / Math.Max(1, progress.Projections.Count);
        long current = 0;
        if (progress.Current is { } name && _copies is { } copies)
        {
            if (copies.Tracker.TryGetCurrentState(CopyPrefix + name + AllShards, out var state))
            {
                current = state.Sequence;
            }

            // Persons and dates record their progress only when they write, at the end (see
            // EventNews:Rebuild:DocumentsInMemory): until then, the events applied.
            current = Math.Min(perProjection, Math.Max(current, Interlocked.Read(ref _applied)));
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

    private sealed record Configuration(string ConnectionString, ArticleAnalyzer Analyzer, ClusteringOptions Clustering, int? BatchSize, int DocumentsInMemory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilding {Projection} from the event log beside the current view")]
    private partial void LogStarted(string projection);

    [LoggerMessage(Level = LogLevel.Information, Message = "The rebuilt {Projection} replaced the current view at sequence {Sequence}")]
    private partial void LogSwapped(string projection, long sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "The rebuilt {Projection} reached event {Built}; the live views go on from event {At} to meet it")]
    private partial void LogWaitingForLiveViews(string projection, long built, long at);

    [LoggerMessage(Level = LogLevel.Information, Message = "The rebuilt {Projection} applies events {Built} to {At}, which arrived while it was built")]
    private partial void LogCatchingUp(string projection, long built, long at);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilt {Projections} in {Seconds:0.0} s")]
    private partial void LogFinished(string projections, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rebuild stopped ({Why}); the views not yet swapped in kept serving")]
    private partial void LogCancelled(string why);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rebuild failed; the views not yet swapped in kept serving")]
    private partial void LogFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A replay the rebuild no longer waited for ended with an error")]
    private partial void LogReplayEnded(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not drop the rebuild's copies; the next rebuild drops them")]
    private partial void LogCleanupFailed(Exception exception);
}
