using EventNews.Ingest.Articles;
using RabbitMQ.Client;

namespace EventNews.Ingest;

/// <summary>The queues the write side consumes; MassTransit adds an "_error" queue beside each.</summary>
public static class IngestQueues
{
    public const string ErrorSuffix = "_error";

    public static readonly IReadOnlyList<string> All = ["article-received", "article-rejected", ArticleSubmittedConsumer.Queue];

    /// <summary>Messages waiting in the error queues of <paramref name="connection"/>'s virtual host.</summary>
    public static async Task<long> CountFailedAsync(IConnection connection, CancellationToken cancellationToken)
    {
        long total = 0;
        foreach (var queue in All)
        {
            await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            try
            {
                total += (await channel.QueueDeclarePassiveAsync(queue + ErrorSuffix, cancellationToken)).MessageCount;
            }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
            {
                // The error queue does not exist until something fails.
            }
        }

        return total;
    }
}
