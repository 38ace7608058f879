using RabbitMQ.Client;

namespace EventNews.Ingest;

/// <summary>
/// The messages waiting in the consumers' error queues (/api/status), asked of RabbitMQ over one
/// connection kept open between calls: a new connection for every call cost the broker about 10 ms
/// of processor time, and a page or a script that polls the status calls it every few seconds.
/// </summary>
public sealed class FailedMessageCount(string? connectionString) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;

    /// <summary>The count, or null when RabbitMQ cannot be asked (not configured, or unreachable: the next call tries again).</summary>
    public async Task<long?> ReadAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return null;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_connection is { IsOpen: false })
            {
                await DropConnectionAsync();
            }

            _connection ??= await RabbitMqAddress.Parse(connectionString).CreateFactory().CreateConnectionAsync(cancellationToken);
            return await IngestQueues.CountFailedAsync(_connection, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Best effort: the count is for people; the status answers without it.
            await DropConnectionAsync();
            return null;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DropConnectionAsync();
        _gate.Dispose();
    }

    private async Task DropConnectionAsync()
    {
        var connection = _connection;
        _connection = null;
        if (connection is not null)
        {
            try
            {
                await connection.DisposeAsync();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A connection that broke may fail to close as well; a new one is made next time.
            }
        }
    }
}
