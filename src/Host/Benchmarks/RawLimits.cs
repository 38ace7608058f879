using System.Diagnostics;
using System.Text.Json;
using EventNews.Analysis;
using EventNews.Contracts;
using EventNews.Ingest;
using Npgsql;
using NpgsqlTypes;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace EventNews.Host.Benchmarks;

/// <summary>How fast a server takes the payloads with nothing of ours in the way.</summary>
public sealed record Limit(string What, long Items, double Seconds)
{
    public double PerSecond => Items / Math.Max(Seconds, 1e-9);
}

/// <summary>
/// The ceilings the pipeline runs under, measured on the same servers with the same payloads: the
/// <see cref="ArticleReceived"/> JSON the inbox would publish for each staged file, prepared before
/// the clock starts so that the figure is the server's, not this client's.
/// </summary>
public static class RawLimits
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The message the inbox would publish for each file, with its article id.</summary>
    public static IReadOnlyList<(string Id, byte[] Json)> Payloads(IEnumerable<string> files) => files.Select(Payload).ToList();

    private static (string Id, byte[] Json) Payload(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var now = DateTimeOffset.UtcNow;
        var article = new ArticleReceived(
            Path.GetFileName(path), bytes.LongLength, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)),
            "txt", "utf-8", text, now, now, "inbox");
        return (ArticleIdentity.Of(text), JsonSerializer.SerializeToUtf8Bytes(article, Json));
    }

    /// <summary>
    /// PostgreSQL COPY in binary format (Npgsql's binary import) of every payload as one jsonb row
    /// with its article id, into a scratch table shaped like the event table (a sequence as primary
    /// key, an index on the stream id), in one transaction. The table is dropped afterwards.
    /// </summary>
    public static async Task<Limit> PostgresCopyAsync(string connectionString, IReadOnlyList<(string Id, byte[] Json)> payloads, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await Execute(connection, "drop table if exists bench_copy; create table bench_copy (seq bigint generated always as identity primary key, id text not null, data jsonb not null); create index on bench_copy (id)", cancellationToken);
        var clock = Stopwatch.StartNew();
        await using (var import = await connection.BeginBinaryImportAsync("copy bench_copy (id, data) from stdin (format binary)", cancellationToken))
        {
            foreach (var (id, json) in payloads)
            {
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(id, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(System.Text.Encoding.UTF8.GetString(json), NpgsqlDbType.Jsonb, cancellationToken);
            }

            await import.CompleteAsync(cancellationToken);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        await Execute(connection, "drop table bench_copy", cancellationToken);
        return new Limit("PostgreSQL COPY (binary, jsonb, Npgsql)", payloads.Count, seconds);
    }

    /// <summary>
    /// Publish and consume through one quorum queue with plain RabbitMQ.Client, as the service's
    /// MassTransit endpoint uses it: persistent messages, publisher confirms (up to 256 awaited
    /// together), a consumer with prefetch 200 acknowledging each message. Timed from the first
    /// publish to the last acknowledgement; the queue is deleted afterwards.
    /// </summary>
    public static async Task<Limit> RabbitMqAsync(string amqpUri, IReadOnlyList<(string Id, byte[] Json)> payloads, CancellationToken cancellationToken)
    {
        const string queue = "bench-raw-limit";
        var factory = RabbitMqAddress.Parse(amqpUri).CreateFactory();
        factory.ClientProvidedName = "eventnews-bench";
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var publisher = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        await using var receiver = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await publisher.QueueDeleteAsync(queue, cancellationToken: cancellationToken);
        await publisher.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancellationToken);
        await receiver.BasicQosAsync(0, 200, false, cancellationToken);

        var consumed = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = new AsyncEventingBasicConsumer(receiver);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            await receiver.BasicAckAsync(delivery.DeliveryTag, multiple: false, cancellationToken);
            if (Interlocked.Increment(ref consumed) == payloads.Count)
            {
                done.TrySetResult();
            }
        };
        await receiver.BasicConsumeAsync(queue, autoAck: false, consumer, cancellationToken);

        var properties = new BasicProperties { Persistent = true, ContentType = "application/json" };
        var clock = Stopwatch.StartNew();
        var pending = new List<Task>(256);
        foreach (var (_, json) in payloads)
        {
            pending.Add(publisher.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, json, cancellationToken).AsTask());
            if (pending.Count == 256)
            {
                await Task.WhenAll(pending);
                pending.Clear();
            }
        }

        await Task.WhenAll(pending);
        await done.Task.WaitAsync(TimeSpan.FromMinutes(10), cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        await publisher.QueueDeleteAsync(queue, cancellationToken: cancellationToken);
        return new Limit("RabbitMQ publish + consume (RabbitMQ.Client 7, quorum queue, confirms)", payloads.Count, seconds);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
