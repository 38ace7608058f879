using EventNews.Host.Admin;
using EventNews.Ingest;
using EventNews.Projections;
using Marten;

namespace EventNews.Host.Status;

public sealed record ProjectionStatus(string Name, long Sequence, long Lag);

/// <summary>What /api/status answers.</summary>
/// <param name="Articles">Distinct articles stored.</param>
/// <param name="Duplicates">Deliveries of content already stored.</param>
/// <param name="Rejected">Files and messages rejected with a reason.</param>
/// <param name="Failed">Messages in the consumers' error queues (null when RabbitMQ cannot be asked).</param>
/// <param name="Events">Events in the log.</param>
/// <param name="LastSequence">Sequence number of the newest event.</param>
/// <param name="Projections">Each view's position and lag (0 = caught up).</param>
/// <param name="Rebuild">The running or last rebuild, if any.</param>
public sealed record ServiceStatus(long Articles, long Duplicates, long Rejected, long? Failed, long Events, long LastSequence, IReadOnlyList<ProjectionStatus> Projections, RebuildProgress? Rebuild);

public static class StatusEndpoints
{
    public static RouteGroupBuilder MapStatus(this RouteGroupBuilder api)
    {
        api.MapGet("/status", GetAsync).WithName("GetStatus").WithSummary("Counts and how far each view is behind the event log");
        return api;
    }

    private static async Task<IResult> GetAsync(
        IDocumentStore store, IQuerySession session, EventLogCounts log, FailedMessageCount failedMessages, RebuildService rebuilds, CancellationToken cancellationToken)
    {
        var counts = await log.ReadAsync(store, session, cancellationToken);
        var projections = await ProjectionsAsync(store, counts.LastSequence, cancellationToken);
        var failed = await failedMessages.ReadAsync(cancellationToken);
        return TypedResults.Ok(new ServiceStatus(counts.Articles, counts.Duplicates, counts.Rejected, failed, counts.Events, counts.LastSequence, projections, rebuilds.Progress));
    }

    /// <summary>The log's newest sequence, and each view's position and lag.</summary>
    public static async Task<(long LastSequence, IReadOnlyList<ProjectionStatus> Projections)> ReadProgressAsync(
        IDocumentStore store, IQuerySession session, CancellationToken cancellationToken)
    {
        // The highest stored sequence, not the sequence generator: a rolled-back append burns a
        // number that no projection will ever reach. The primary key's index answers it at once.
        var last = await session.AdvancedSql.QueryAsync<long>($"select coalesce(max(seq_id), 0) from {store.Options.Events.DatabaseSchemaName}.mt_events", cancellationToken);
        return (last[0], await ProjectionsAsync(store, last[0], cancellationToken));
    }

    private static async Task<IReadOnlyList<ProjectionStatus>> ProjectionsAsync(IDocumentStore store, long lastSequence, CancellationToken cancellationToken)
    {
        var progress = await store.Advanced.AllProjectionProgress(token: cancellationToken);
        return ProjectionsExtensions.ProjectionNames
            .Select(name =>
            {
                var sequence = progress.Where(p => p.ShardName.StartsWith(name + ":", StringComparison.Ordinal)).Select(p => p.Sequence).DefaultIfEmpty(0).Min();
                return new ProjectionStatus(name, sequence, Math.Max(0, lastSequence - sequence));
            })
            .ToList();
    }
}
