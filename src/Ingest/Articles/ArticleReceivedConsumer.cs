using EventNews.Contracts;
using Marten;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace EventNews.Ingest.Articles;

/// <summary>
/// Stores the articles the inbox published, many per transaction (see <see cref="ArticleStore"/>):
/// one round of queries and one commit for up to a batch of messages.
/// </summary>
public sealed partial class ArticleReceivedConsumer(IDocumentSession session, ILogger<ArticleReceivedConsumer> logger)
    : IConsumer<Batch<ArticleReceived>>
{
    // MassTransit carries the publisher's W3C activity id in this header.
    private const string TraceHeader = "MT-Activity-Id";

    public async Task Consume(ConsumeContext<Batch<ArticleReceived>> context)
    {
        var deliveries = context.Message.Select(m => new Delivery(m.Message, m.MessageId, m.Headers.Get<string>(TraceHeader))).ToList();
        var outcomes = await ArticleStore.StoreAsync(session, deliveries, context.CancellationToken);
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i].Outcome == StoreOutcome.Repeated)
            {
                LogRepeated(deliveries[i].Article.SourceFile, outcomes[i].ArticleId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{File} is article {ArticleId}, already stored; recorded as a repeat")]
    private partial void LogRepeated(string file, string articleId);
}

public sealed class ArticleReceivedConsumerDefinition : ConsumerDefinition<ArticleReceivedConsumer>
{
    public const int BatchSize = 100;

    public ArticleReceivedConsumerDefinition() => ConcurrentMessageLimit = BatchSize * 2;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ArticleReceivedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        IngestEndpoints.Configure(endpointConfigurator, prefetch: BatchSize * 2);
        consumerConfigurator.Options<BatchOptions>(o => o
            .SetMessageLimit(BatchSize)
            .SetTimeLimit(TimeSpan.FromMilliseconds(50))
            .SetConcurrencyLimit(2));
    }
}
