using EventNews.Analysis;
using EventNews.Contracts;
using Marten;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace EventNews.Ingest.Articles;

/// <summary>
/// Stores an arrived article as the first event of a stream whose key is the hash of its normalised
/// text; the stream's uniqueness is what makes the same content, delivered twice, one article. A
/// later delivery of the same content is recorded on that stream as <see cref="ArticleReceivedAgain"/>,
/// unless it is the broker redelivering a message already stored (same message id).
/// </summary>
public sealed partial class ArticleReceivedConsumer(IDocumentSession session, ILogger<ArticleReceivedConsumer> logger)
    : IConsumer<ArticleReceived>
{
    public async Task Consume(ConsumeContext<ArticleReceived> context)
    {
        var article = context.Message;
        var articleId = ArticleIdentity.Of(article.Text);
        session.CausationId = context.MessageId?.ToString();
        session.CorrelationId = context.CorrelationId?.ToString() ?? session.CausationId;

        // Checked first so that the usual repeat is no database error; the unique stream key still
        // settles a race between two consumers (the retry then takes this path).
        var existing = await session.Events.FetchStreamAsync(articleId, token: context.CancellationToken);
        if (existing.Count == 0)
        {
            session.Events.StartStream(articleId, article);
            await session.SaveChangesAsync(context.CancellationToken);
            return;
        }

        if (session.CausationId is not null && existing.Any(e => e.CausationId == session.CausationId))
        {
            return; // A redelivery of what is already stored.
        }

        session.Events.Append(articleId, new ArticleReceivedAgain(article.SourceFile, article.SizeBytes, article.BytesSha256, article.Format, article.ReceivedAt, article.Source));
        await session.SaveChangesAsync(context.CancellationToken);
        LogAlreadyStored(article.SourceFile, articleId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{File} is article {ArticleId}, already stored; recorded as a repeat")]
    private partial void LogAlreadyStored(string file, string articleId);
}

public sealed class ArticleReceivedConsumerDefinition : ConsumerDefinition<ArticleReceivedConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ArticleReceivedConsumer> consumerConfigurator,
        IRegistrationContext context) => IngestEndpoints.Configure(endpointConfigurator);
}
