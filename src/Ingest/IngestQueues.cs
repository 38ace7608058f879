using EventNews.Ingest.Articles;

namespace EventNews.Ingest;

/// <summary>The queues the write side consumes; MassTransit adds an "_error" queue beside each.</summary>
public static class IngestQueues
{
    public const string ErrorSuffix = "_error";

    public static readonly IReadOnlyList<string> All = ["article-received", "article-rejected", ArticleSubmittedConsumer.Queue];

    /// <summary>Messages waiting in the error queues, or null when the broker cannot be asked.</summary>
    public static async Task<long?> CountFailedAsync(string? connectionString, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return null;
        }

        try
        {
            await using var connection = await RabbitMqAddress.Parse(connectionString).CreateFactory().CreateConnectionAsync(cancellationToken);
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
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Best effort: the count is for people; the status answers without it.
            return null;
        }
    }
}
