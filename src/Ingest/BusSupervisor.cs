using System.Net.Sockets;
using EventNews.Ingest.Inbox;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace EventNews.Ingest;

/// <summary>
/// Restarts the bus when it has not been ready for <see cref="InboxOptions.BusRecoveryAfter"/>
/// although the broker accepted connections all that time. MassTransit reconnects by itself after
/// an outage, but not from every state: a bus whose receive endpoints failed while stopping or
/// starting stays unready for good, and after some broker restarts a bus reports ready while the
/// broker shows no consumer on its queues. Either way the queues fill with nobody consuming them,
/// so "ready" here also means that the broker counts a consumer on every queue of the write side
/// (asked with a passive declare on a connection of the supervisor's own). During an
/// outage nothing is restarted, since MassTransit's own reconnecting is the better cure there. A
/// restart opens a new connection; messages the consumers held unacknowledged come back from the
/// broker and are recognised by their ids. While it runs, the inbox takes no file.
/// </summary>
public sealed partial class BusSupervisor(
    IBus bus,
    RabbitMqAddress broker,
    IOptions<InboxOptions> options,
    TimeProvider time,
    ILogger<BusSupervisor> logger) : BackgroundService
{
    // Each check of an unready bus opens a TCP connection to the broker: not too often.
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ConnectLimit = TimeSpan.FromSeconds(3);

    private readonly BusRecoveryPolicy _policy = new(options.Value.BusRecoveryAfter);
    private volatile Task _restarting = Task.CompletedTask;
    private IConnection? _connection;
    private string _problem = "";

    /// <summary>Completes when no restart is under way.</summary>
    public Task Ready => _restarting;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (bus is not IBusControl control)
        {
            return;
        }

        using var timer = new PeriodicTimer(CheckInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var health = control.CheckHealth();
                _problem = health.Description;
                var healthy = health.Status == BusHealthStatus.Healthy && await ConsumedAsync(stoppingToken);
                var reachable = healthy || await BrokerReachableAsync(stoppingToken);
                if (_policy.ShouldRestart(healthy, reachable, time.GetUtcNow()))
                {
                    _restarting = RestartAsync(control, stoppingToken);
                    await _restarting;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (_connection is not null)
            {
                await _connection.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// False when the broker counts no consumer on a queue of the write side, or has no such queue;
    /// true when it says every one has one, and when it cannot be asked (an outage is judged apart).
    /// </summary>
    private async Task<bool> ConsumedAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (_connection is not { IsOpen: true })
            {
                if (_connection is not null)
                {
                    await _connection.DisposeAsync();
                }

                var factory = broker.CreateFactory();
                factory.ClientProvidedName = "eventnews-supervisor";
                _connection = await factory.CreateConnectionAsync(stoppingToken);
            }

            foreach (var queue in IngestQueues.All)
            {
                // A passive declare of a missing queue closes its channel: one channel per question.
                await using var channel = await _connection.CreateChannelAsync(cancellationToken: stoppingToken);
                if ((await channel.QueueDeclarePassiveAsync(queue, stoppingToken)).ConsumerCount == 0)
                {
                    _problem = $"the broker counts no consumer on {queue}";
                    LogNoConsumer(queue);
                    return false;
                }
            }

            return true;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
        {
            _problem = ex.ShutdownReason.ReplyText;
            LogNoConsumer(_problem);
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            return true;
        }
    }

    private async Task RestartAsync(IBusControl control, CancellationToken stoppingToken)
    {
        await Task.Yield();
        LogRestarting(_policy.Patience.TotalSeconds, _problem);
        try
        {
            // Never cancelled: a stop cut short leaves the bus neither started nor stopped.
            await control.StopAsync(CancellationToken.None).WaitAsync(stoppingToken);
            using var starting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            starting.CancelAfter(StartLimit);
            await control.StartAsync(starting.Token);
            LogRestarted();
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // Tried again once the bus has been unready for as long again.
            LogRestartFailed(ex);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task<bool> BrokerReachableAsync(CancellationToken stoppingToken)
    {
        try
        {
            using var client = new TcpClient();
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            limit.CancelAfter(ConnectLimit);
            await client.ConnectAsync(broker.Host, broker.Port, limit.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException || ex is OperationCanceledException && !stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Restarting the bus: not ready for {Seconds} s while the broker accepts connections ({Health})")]
    private partial void LogRestarting(double seconds, string health);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The broker counts no consumer: {Queue}")]
    private partial void LogNoConsumer(string queue);

    [LoggerMessage(Level = LogLevel.Information, Message = "The bus is restarted")]
    private partial void LogRestarted();

    [LoggerMessage(Level = LogLevel.Error, Message = "Restarting the bus failed; it is tried again if the bus stays unready")]
    private partial void LogRestartFailed(Exception exception);
}

/// <summary>
/// When an unready bus is restarted: once it has been unready for <see cref="Patience"/> with the
/// broker reachable at every check. A ready bus or an unreachable broker starts the wait again, and
/// so does a restart.
/// </summary>
public sealed class BusRecoveryPolicy(TimeSpan patience)
{
    private DateTimeOffset? _unreadySince;

    public TimeSpan Patience { get; } = patience;

    public bool ShouldRestart(bool healthy, bool brokerReachable, DateTimeOffset now)
    {
        if (healthy || !brokerReachable)
        {
            _unreadySince = null;
            return false;
        }

        _unreadySince ??= now;
        if (now - _unreadySince.Value < Patience)
        {
            return false;
        }

        _unreadySince = null;
        return true;
    }
}
