using EventNews.Contracts;
using Marten;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace EventNews.Ingest.Articles;

/// <summary>Stores each article the inbox published (see <see cref="ArticleStore"/>).</summary>
public sealed partial class ArticleReceivedConsumer(IDocumentSession session, ILogger<ArticleReceivedConsumer> logger)
    : IConsumer<ArticleReceived>
{
    public async Task Consume(ConsumeContext<ArticleReceived> context)
    {
        session.CorrelationId = context.CorrelationId?.ToString();
        var (articleId, outcome) = await ArticleStore.StoreAsync(session, context.Message, context.MessageId, context.CancellationToken);
        if (outcome == StoreOutcome.Repeated)
        {
            LogRepeated(context.Message.SourceFile, articleId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{File} is article {ArticleId}, already stored; recorded as a repeat")]
    private partial void LogRepeated(string file, string articleId);
}

public sealed class ArticleReceivedConsumerDefinition : ConsumerDefinition<ArticleReceivedConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ArticleReceivedConsumer> consumerConfigurator,
        IRegistrationContext context) => IngestEndpoints.Configure(endpointConfigurator);
}
