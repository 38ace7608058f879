using System.Text;
using EventNews.Analysis;
using EventNews.Contracts;
using JasperFx.Events;
using Marten;

namespace EventNews.Ingest.Articles;

public enum StoreOutcome
{
    Stored,
    Repeated,
    Redelivered,
}

/// <summary>An article as delivered: the message, the id the broker gave it and the trace it travelled in.</summary>
public sealed record Delivery(ArticleReceived Article, Guid? MessageId, string? TraceParent = null);

/// <summary>
/// The one rule for putting arrived articles into the event log, whoever delivered them: the stream
/// key is the hash of the normalised text, so the same content is one article. A later delivery of
/// the same content is recorded on that stream as <see cref="ArticleReceivedAgain"/>, unless it
/// carries a message id already stored (a redelivery after a crash). Each event's causation id is
/// the message id that brought it; its headers keep the W3C trace context of the delivery.
/// </summary>
public static class ArticleStore
{
    /// <summary>The header of an <see cref="ArticleReceived"/> event that names the file it came from.</summary>
    public const string SourceFileHeader = "sourceFile";

    /// <summary>Appends a batch of deliveries in one transaction; returns each one's article id and outcome, in order.</summary>
    public static async Task<IReadOnlyList<(string ArticleId, StoreOutcome Outcome)>> StoreAsync(
        IDocumentSession session, IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken)
    {
        var ids = deliveries.Select(d => ArticleIdentity.Of(d.Article.Text)).ToList();
        var distinct = ids.Distinct(StringComparer.Ordinal).ToArray();

        // Checked first so that the usual repeat is no database error; the unique stream key still
        // settles a race between two consumers (the retry then takes the "exists" path).
        var stored = await StoredAsync(session, distinct, cancellationToken);
        var causes = stored.ToDictionary(s => s.StreamKey, s => s.CausationIds!.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var outcomes = new List<(string, StoreOutcome)>(deliveries.Count);
        for (var i = 0; i < deliveries.Count; i++)
        {
            var (delivered, messageId, traceParent) = deliveries[i];

            // A message from an inbox of version 1 has no arrival time: taking it from the inbox is the best account.
            var article = delivered.ArrivedAt == default ? delivered with { ArrivedAt = delivered.ReceivedAt } : delivered;
            var cause = messageId?.ToString();
            if (!causes.TryGetValue(ids[i], out var seen))
            {
                session.Events.StartStream(ids[i], Caused(session, article, cause, traceParent));
                causes[ids[i]] = [cause];
                outcomes.Add((ids[i], StoreOutcome.Stored));
            }
            else if (cause is not null && seen.Contains(cause))
            {
                outcomes.Add((ids[i], StoreOutcome.Redelivered));
            }
            else
            {
                var again = new ArticleReceivedAgain(article.SourceFile, article.SizeBytes, article.BytesSha256, article.Format, article.ReceivedAt, article.Source);
                session.Events.Append(ids[i], Caused(session, again, cause, traceParent));
                seen.Add(cause);
                outcomes.Add((ids[i], StoreOutcome.Repeated));
            }
        }

        await session.SaveChangesAsync(cancellationToken);
        IngestTelemetry.ArticlesStored.Add(outcomes.Count(o => o.Item2 == StoreOutcome.Stored));
        IngestTelemetry.Duplicates.Add(outcomes.Count(o => o.Item2 == StoreOutcome.Repeated));
        return outcomes;
    }

    /// <summary>
    /// The message ids that brought the events already stored on these articles' streams, by stream.
    /// The streams are found by their primary key, which PostgreSQL knows to be unique, so it reads
    /// the index however young the table and whatever its statistics; the ids are written into the
    /// statement, so that it is planned for this batch rather than prepared once for all. The query
    /// this replaces asked the event table with the ids as one array parameter: prepared on its
    /// second use while the log was nearly empty, and without statistics in its first minute, its
    /// plan read the whole table each time, 17-40 ms a batch of 100 over the first 20,000 articles,
    /// as long as their appends (docs/benchmarks.md).
    /// </summary>
    private static async Task<IReadOnlyList<StoredStream>> StoredAsync(IDocumentSession session, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var list = new StringBuilder();
        foreach (var id in ids)
        {
            if (!ArticleIdentity.IsWellFormed(id))
            {
                throw new ArgumentException($"'{id}' is not an article id.", nameof(ids));
            }

            list.Append(list.Length == 0 ? "'" : ", '").Append(id).Append('\'');
        }

        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        var streams = await session.AdvancedSql.QueryAsync<StoredStream>(
            $"select jsonb_build_object('streamKey', s.id, 'causationIds', " +
            $"(select jsonb_agg(e.causation_id) from {schema}.mt_events e where e.stream_id = s.id and not e.is_archived)) " +
            $"from {schema}.mt_streams s where s.id in ({list})",
            cancellationToken);

        // A stream whose events are all archived counts as none, as before.
        return streams.Where(s => s.CausationIds is not null).ToList();
    }

    private sealed record StoredStream(string StreamKey, List<string?>? CausationIds);

    private static IEvent Caused(IDocumentSession session, object data, string? cause, string? traceParent)
    {
        var e = ((Marten.Events.EventGraph)session.DocumentStore.Options.Events).BuildEvent(data);
        e.CausationId = cause;
        e.CorrelationId = session.CorrelationId ?? cause;
        IngestTelemetry.Stamp(e, traceParent, null);
        if (data is ArticleReceived arrival)
        {
            // An arrival's body is stored as bytes, which SQL does not look into: the file it came from is
            // also a header, where a lookup by file name finds it.
            e.SetHeader(SourceFileHeader, arrival.SourceFile);
        }

        return e;
    }
}
