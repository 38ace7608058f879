using System.Security.Cryptography;
using System.Text;
using EventNews.Contracts;
using Marten;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace EventNews.Ingest.Articles;

/// <summary>
/// Stores articles that other systems publish straight to RabbitMQ as plain JSON. The message body
/// plays the part a file plays for the inbox: its bytes are hashed and sized; an article without
/// text is rejected, like an empty file.
/// </summary>
public sealed partial class ArticleSubmittedConsumer(IDocumentSession session, TimeProvider time, ILogger<ArticleSubmittedConsumer> logger)
    : IConsumer<ArticleSubmitted>
{
    public const string Queue = "article-submissions";

    public async Task Consume(ConsumeContext<ArticleSubmitted> context)
    {
        var message = context.Message;
        var body = context.ReceiveContext.GetBody();
        var source = string.IsNullOrWhiteSpace(message.Source) ? "amqp" : message.Source.Trim();
        var reference = $"{Queue}/{context.MessageId?.ToString() ?? Convert.ToHexStringLower(SHA256.HashData(body))[..16]}";
        var text = message.Text ?? message.Body;
        session.CorrelationId = context.CorrelationId?.ToString();

        if (string.IsNullOrWhiteSpace(text))
        {
            session.Events.Append(
                ArticleRejectedConsumer.StreamPrefix + Convert.ToHexStringLower(SHA256.HashData(body)),
                new ArticleRejected(reference, body.Length, Convert.ToHexStringLower(SHA256.HashData(body)), "no-text", "the message has no text (fields: text or body)", reference, time.GetUtcNow()));
            await session.SaveChangesAsync(context.CancellationToken);
            LogRejected(reference);
            return;
        }

        var now = time.GetUtcNow();
        var article = new ArticleReceived(
            reference,
            body.Length,
            Convert.ToHexStringLower(SHA256.HashData(body)),
            "json",
            Encoding.UTF8.WebName,
            text,
            now,
            context.SentTime is { } sent && sent < now.UtcDateTime ? new DateTimeOffset(sent, TimeSpan.Zero) : now,
            source,
            message.Title,
            message.PublishedAt,
            message.Url,
            message.Language);
        await ArticleStore.StoreAsync(session, [new Delivery(article, context.MessageId)], context.CancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected {Reference}: the message has no text")]
    private partial void LogRejected(string reference);
}
