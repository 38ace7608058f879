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
    /// <summary>Appends a batch of deliveries in one transaction; returns each one's article id and outcome, in order.</summary>
    public static async Task<IReadOnlyList<(string ArticleId, StoreOutcome Outcome)>> StoreAsync(
        IDocumentSession session, IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken)
    {
        var ids = deliveries.Select(d => ArticleIdentity.Of(d.Article.Text)).ToList();
        var distinct = ids.Distinct(StringComparer.Ordinal).ToArray();

        // Checked first so that the usual repeat is no database error; the unique stream key still
        // settles a race between two consumers (the retry then takes the "exists" path).
        var stored = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamKey!.IsOneOf(distinct))
            .Select(e => new { e.StreamKey, e.CausationId })
            .ToListAsync(cancellationToken);
        var causes = stored.GroupBy(e => e.StreamKey!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.CausationId).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

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

    private static IEvent Caused(IDocumentSession session, object data, string? cause, string? traceParent)
    {
        var e = ((Marten.Events.EventGraph)session.DocumentStore.Options.Events).BuildEvent(data);
        e.CausationId = cause;
        e.CorrelationId = session.CorrelationId ?? cause;
        IngestTelemetry.Stamp(e, traceParent, null);
        return e;
    }
}
