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

    /// <summary>
    /// How long a batch waits to fill. Each transaction wakes the projection daemon once, and every
    /// view then rewrites each person and date document its articles touch: batches that wait longer
    /// hold more articles, which share those documents. It adds at most this much to an article's
    /// way from the inbox to the views.
    /// </summary>
    public static readonly TimeSpan BatchWait = TimeSpan.FromMilliseconds(200);

    public ArticleReceivedConsumerDefinition() => ConcurrentMessageLimit = BatchSize * 2;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ArticleReceivedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        IngestEndpoints.Configure(endpointConfigurator, prefetch: BatchSize * 2);
        consumerConfigurator.Options<BatchOptions>(o => o
            .SetMessageLimit(BatchSize)
            .SetTimeLimit(BatchWait)
            .SetConcurrencyLimit(2));
    }
}
