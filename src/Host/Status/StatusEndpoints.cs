using EventNews.Host.Admin;
using EventNews.Host.EventStore;
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

    private static async Task<IResult> GetAsync(IDocumentStore store, IQuerySession session, IConfiguration configuration, RebuildService rebuilds, CancellationToken cancellationToken)
    {
        // One scan of the log for its length, its newest sequence and the counts by kind.
        var counts = await session.AdvancedSql.QueryAsync<long>(
            Ordered(
                LogAggregates + $", count(*) filter (where {EventStoreExtensions.ArticleReceivedTypeIn}), " +
                "count(*) filter (where type = ?), count(*) filter (where type = ?)",
                $"{store.Options.Events.DatabaseSchemaName}.mt_events"),
            cancellationToken,
            [.. EventStoreExtensions.ArticleReceivedNames, EventStoreExtensions.ArticleReceivedAgainName, EventStoreExtensions.ArticleRejectedName]);
        var (events, lastSequence, articles, duplicates, rejected) = (counts[0], counts[1], counts[2], counts[3], counts[4]);
        var projections = await ProjectionsAsync(store, lastSequence, cancellationToken);
        var failed = await IngestQueues.CountFailedAsync(configuration.GetConnectionString("RabbitMq"), cancellationToken);
        return TypedResults.Ok(new ServiceStatus(articles, duplicates, rejected, failed, events, lastSequence, projections, rebuilds.Progress));
    }

    /// <summary>How many events the log holds, the newest sequence, and each view's position and lag.</summary>
    public static async Task<(long Events, long LastSequence, IReadOnlyList<ProjectionStatus> Projections)> ReadProgressAsync(
        IDocumentStore store, IQuerySession session, CancellationToken cancellationToken)
    {
        var counts = await session.AdvancedSql.QueryAsync<long>(Ordered(LogAggregates, $"{store.Options.Events.DatabaseSchemaName}.mt_events"), cancellationToken);
        return (counts[0], counts[1], await ProjectionsAsync(store, counts[1], cancellationToken));
    }

    // The log's length and its highest stored sequence, not the sequence generator: a rolled-back
    // append burns a number that no projection will ever reach.
    private const string LogAggregates = "count(*), coalesce(max(seq_id), 0)";

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

    /// <summary>
    /// Several aggregates of one table in one scan, as rows in the order given (rows of a union have
    /// no order, and PostgreSQL may run its parts in parallel).
    /// </summary>
    private static string Ordered(string aggregates, string table) =>
        $"select n from unnest((select array[{aggregates}] from {table})) with ordinality as t(n, k) order by k";
}
