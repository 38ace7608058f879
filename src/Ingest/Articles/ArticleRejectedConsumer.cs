using EventNews.Contracts;
using Marten;
using MassTransit;

namespace EventNews.Ingest.Articles;

/// <summary>Records a quarantined file in the event log, on a stream of its own per file content.</summary>
public sealed class ArticleRejectedConsumer(IDocumentSession session) : IConsumer<ArticleRejected>
{
    public const string StreamPrefix = "rejected-";

    public async Task Consume(ConsumeContext<ArticleRejected> context)
    {
        var key = StreamPrefix + (context.Message.BytesSha256 ?? context.Message.QuarantinedAs);
        var e = ((Marten.Events.EventGraph)session.DocumentStore.Options.Events).BuildEvent(context.Message);
        e.CausationId = context.MessageId?.ToString();
        IngestTelemetry.Stamp(e, context.Headers.Get<string>("MT-Activity-Id"), null);
        session.Events.Append(key, e);
        await session.SaveChangesAsync(context.CancellationToken);
    }
}

public sealed class ArticleRejectedConsumerDefinition : ConsumerDefinition<ArticleRejectedConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ArticleRejectedConsumer> consumerConfigurator,
        IRegistrationContext context) => IngestEndpoints.Configure(endpointConfigurator);
}
