using EventNews.Analysis;
using EventNews.Contracts;
using EventNews.Host.EventStore;
using EventNews.Ingest.Articles;
using EventNews.Projections;
using EventNews.Projections.Articles;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EventNews.Host.Status;

/// <summary>One event of a file's way, as the log holds it.</summary>
public sealed record LineageEvent(long Sequence, long Version, string Type, string? File, DateTimeOffset Timestamp, string? MessageId, string? TraceId);

/// <summary>The views an article changed.</summary>
public sealed record LineageViews(IReadOnlyList<string> Persons, IReadOnlyList<string> Dates, string? ClusterId);

/// <summary>
/// What became of a file: its facts, the message that carried it, the events it left, the trace it
/// travelled in, and either the article and the views it changed or the rejection and its reason.
/// Outcome is "article" (it became the article), "repeat" (its content already was one) or "rejected".
/// </summary>
public sealed record Lineage(
    string Outcome,
    string SourceFile,
    long SizeBytes,
    string? BytesSha256,
    DateTimeOffset ReceivedAt,
    string? MessageId,
    string? TraceId,
    string? ArticleId,
    IReadOnlyList<LineageEvent> Events,
    LineageViews? Views,
    ArticleRejected? Rejection);

public static class LineageEndpoints
{
    public static RouteGroupBuilder MapLineage(this RouteGroupBuilder api)
    {
        api.MapGet("/articles/{id}/lineage", ByArticleAsync).WithName("GetArticleLineage").WithSummary("What the article came from and what it changed");
        api.MapGet("/lineage", ByFileAsync).WithName("GetFileLineage").WithSummary("What became of a file (?file=NAME relative to the inbox)");
        return api;
    }

    private static async Task<Results<Ok<Lineage>, ProblemHttpResult>> ByArticleAsync(string id, IQuerySession session, CancellationToken cancellationToken)
    {
        if (!ArticleIdentity.IsWellFormed(id))
        {
            return TypedResults.Problem($"'{id}' is not an article id: ids are {ArticleIdentity.Length} lower-case hex characters.", statusCode: StatusCodes.Status400BadRequest, title: "Malformed article id");
        }

        return await OfArticleAsync(id, session, cancellationToken) is { } lineage
            ? TypedResults.Ok(lineage)
            : TypedResults.Problem($"No article has id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Article not found");
    }

    private static async Task<Results<Ok<Lineage>, ProblemHttpResult>> ByFileAsync(string? file, IDocumentStore store, IQuerySession session, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            return TypedResults.Problem("Give the file name, relative to the inbox, as ?file=NAME.", statusCode: StatusCodes.Status400BadRequest, title: "No file name");
        }

        // The arrival starts the article's stream. Its file is a header; arrivals stored as jsonb
        // before arrivals were stored as bytes have it in their body only.
        var receivedIn = await session.AdvancedSql.QueryAsync<string>(
            $"select stream_id from {store.Options.Events.DatabaseSchemaName}.mt_events where {EventStoreExtensions.ArticleReceivedTypeIn} " +
            $"and (headers ->> '{ArticleStore.SourceFileHeader}' = ? or (bdata is null and data ->> 'sourceFile' = ?)) order by seq_id limit 1",
            cancellationToken,
            [.. EventStoreExtensions.ArticleReceivedNames, file, file]);
        if (receivedIn.Count > 0 && await OfArticleAsync(receivedIn[0], session, cancellationToken) is { } lineage)
        {
            return TypedResults.Ok(lineage);
        }

        // A file whose content was already stored left an ArticleReceivedAgain on that article's stream.
        var repeatedIn = await session.AdvancedSql.QueryAsync<string>(
            $"select stream_id from {store.Options.Events.DatabaseSchemaName}.mt_events where type = '{EventStoreExtensions.ArticleReceivedAgainName}' and data ->> 'sourceFile' = ? order by seq_id limit 1",
            cancellationToken,
            file);
        if (repeatedIn.Count > 0 && await OfArticleAsync(repeatedIn[0], session, cancellationToken) is { } original)
        {
            var again = original.Events.FirstOrDefault(e => e.Type == EventStoreExtensions.ArticleReceivedAgainName && e.File == file);
            return TypedResults.Ok(original with { Outcome = "repeat", SourceFile = file, MessageId = again?.MessageId, TraceId = again?.TraceId });
        }

        var rejection = await session.Events.QueryRawEventDataOnly<ArticleRejected>().Where(r => r.SourceFile == file).OrderBy(r => r.RejectedAt).FirstOrDefaultAsync(cancellationToken);
        if (rejection is not null)
        {
            var stream = await session.Events.FetchStreamAsync(ArticleRejectedConsumer.StreamPrefix + (rejection.BytesSha256 ?? rejection.QuarantinedAs), token: cancellationToken);
            var events = stream.Where(e => e.Data is ArticleRejected r && r.SourceFile == file).ToList();
            var first = events.FirstOrDefault();
            return TypedResults.Ok(new Lineage(
                "rejected", rejection.SourceFile, rejection.SizeBytes, rejection.BytesSha256, rejection.RejectedAt,
                first?.CausationId, first is null ? null : ProjectionTelemetry.TraceIdOf(first), null,
                events.Select(Describe).ToList(), null, rejection));
        }

        return TypedResults.Problem($"No file named '{file}' has arrived (names are relative to the inbox).", statusCode: StatusCodes.Status404NotFound, title: "File not found");
    }

    private static async Task<Lineage?> OfArticleAsync(string id, IQuerySession session, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchStreamAsync(id, token: cancellationToken);
        if (stream.FirstOrDefault(e => e.Data is ArticleReceived) is not { } first)
        {
            return null;
        }

        var article = (ArticleReceived)first.Data;
        var view = await session.LoadAsync<ArticleView>(id, cancellationToken);
        var member = await session.LoadAsync<EventNews.Projections.Stories.StoryMemberDoc>(id, cancellationToken);
        var views = view is null ? null : new LineageViews(
            view.Persons.Select(p => p.Id).ToList(),
            view.MentionedDates.Select(d => d.Value).Prepend(view.Published.Value).OfType<string>().SelectMany(Containers).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            member?.ClusterId);
        return new Lineage(
            "article", article.SourceFile, article.SizeBytes, article.BytesSha256, article.ReceivedAt,
            first.CausationId, ProjectionTelemetry.TraceIdOf(first), id,
            stream.Select(Describe).ToList(), views, null);
    }

    private static LineageEvent Describe(IEvent e) =>
        new(e.Sequence, e.Version, e.EventTypeName, e.Data switch
        {
            ArticleReceived r => r.SourceFile,
            ArticleReceivedAgain a => a.SourceFile,
            ArticleRejected r => r.SourceFile,
            _ => null,
        }, e.Timestamp, e.CausationId, ProjectionTelemetry.TraceIdOf(e));

    /// <summary>The date views a date key lands in (2022-10-21 → 2022-10-21, 2022-10, 2022), by the dates view's own rule.</summary>
    private static IEnumerable<string> Containers(string key) =>
        PartialDate.TryParseKey(key) is { } date ? ArticleAnalyses.KeysOf(date) : [];
}
