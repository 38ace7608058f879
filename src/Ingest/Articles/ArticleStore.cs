using EventNews.Analysis;
using EventNews.Contracts;
using Marten;

namespace EventNews.Ingest.Articles;

public enum StoreOutcome
{
    Stored,
    Repeated,
    Redelivered,
}

/// <summary>
/// The one rule for putting an arrived article into the event log, whoever delivered it: the stream
/// key is the hash of the normalised text, so the same content is one article. A later delivery of
/// the same content is recorded on that stream as <see cref="ArticleReceivedAgain"/>, unless it
/// carries the message id already stored (a redelivery after a crash).
/// </summary>
public static class ArticleStore
{
    public static async Task<(string ArticleId, StoreOutcome Outcome)> StoreAsync(
        IDocumentSession session, ArticleReceived article, Guid? messageId, CancellationToken cancellationToken)
    {
        var articleId = ArticleIdentity.Of(article.Text);
        session.CausationId = messageId?.ToString();
        session.CorrelationId ??= session.CausationId;

        // Checked first so that the usual repeat is no database error; the unique stream key still
        // settles a race between two consumers (the retry then takes this path).
        var existing = await session.Events.FetchStreamAsync(articleId, token: cancellationToken);
        if (existing.Count == 0)
        {
            session.Events.StartStream(articleId, article);
            await session.SaveChangesAsync(cancellationToken);
            return (articleId, StoreOutcome.Stored);
        }

        if (session.CausationId is not null && existing.Any(e => e.CausationId == session.CausationId))
        {
            return (articleId, StoreOutcome.Redelivered);
        }

        session.Events.Append(articleId, new ArticleReceivedAgain(article.SourceFile, article.SizeBytes, article.BytesSha256, article.Format, article.ReceivedAt, article.Source));
        await session.SaveChangesAsync(cancellationToken);
        return (articleId, StoreOutcome.Repeated);
    }
}
