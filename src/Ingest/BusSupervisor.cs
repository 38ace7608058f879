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
/// <para>
/// A bus restart does not always bring a failed receive endpoint back either: MassTransit keeps
/// an endpoint's state across it. So when the bus stays unready for as long again after a
/// restart, the whole service is restarted in this process (<see cref="ServiceRestart"/>), with a
/// new bus built from nothing.
/// </para>
/// </summary>
public sealed partial class BusSupervisor(
    IBus bus,
    RabbitMqAddress broker,
    IOptions<InboxOptions> options,
    ServiceRestart restart,
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
                _problem = Describe(health);
                var (answered, consumed) = await AskBrokerAsync(stoppingToken);
                var healthy = health.Status == BusHealthStatus.Healthy && consumed;
                var reachable = healthy || answered || await BrokerReachableAsync(stoppingToken);
                switch (_policy.Decide(healthy, reachable, answered, time.GetUtcNow()))
                {
                    case BusRecovery.RestartBus:
                        _restarting = RestartAsync(control, stoppingToken);
                        await _restarting;
                        break;
                    case BusRecovery.RestartService:
                        restart.Request($"the bus stayed unready for {_policy.Patience.TotalSeconds} s after its restart while the broker answers ({_problem})");
                        return;
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

    /// <summary>The bus's health, with what each endpoint that is not healthy says of itself.</summary>
    private static string Describe(BusHealthResult health)
    {
        var endpoints = health.Endpoints.Values
            .Where(e => e.Status != BusHealthStatus.Healthy)
            .Select(e => $"{e.InputAddress.AbsolutePath.Split('/')[^1]}: {e.Description}");
        return string.Join("; ", endpoints.Prepend(health.Description));
    }

    /// <summary>
    /// Asks the broker, on a connection of the supervisor's own, how many consumers each queue of the
    /// write side has. Answered: the broker took the connection and answered. Consumed: false when
    /// it counts no consumer on a queue, or has no such queue; true when every one has one, and when
    /// it cannot be asked (an outage is judged apart).
    /// </summary>
    private async Task<(bool Answered, bool Consumed)> AskBrokerAsync(CancellationToken stoppingToken)
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
                // A broker still starting may take connections without answering them: not for long.
                factory.RequestedConnectionTimeout = ConnectLimit;
                factory.HandshakeContinuationTimeout = ConnectLimit;
                using var limit = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                limit.CancelAfter(ConnectLimit);
                _connection = await factory.CreateConnectionAsync(limit.Token);
            }

            foreach (var queue in IngestQueues.All)
            {
                // A passive declare of a missing queue closes its channel: one channel per question.
                await using var channel = await _connection.CreateChannelAsync(cancellationToken: stoppingToken);
                if ((await channel.QueueDeclarePassiveAsync(queue, stoppingToken)).ConsumerCount == 0)
                {
                    _problem += $"; the broker counts no consumer on {queue}";
                    LogNoConsumer(queue);
                    return (true, false);
                }
            }

            return (true, true);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
        {
            _problem += "; " + ex.ShutdownReason.ReplyText;
            LogNoConsumer(ex.ShutdownReason.ReplyText);
            return (true, false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            return (false, true);
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

/// <summary>What the supervisor does about the bus at a check.</summary>
public enum BusRecovery
{
    Wait,
    RestartBus,
    RestartService,
}

/// <summary>
/// When an unready bus is restarted: once it has been unready for <see cref="Patience"/> with the
/// broker reachable at every check. A ready bus or an unreachable broker starts the wait again, and
/// so does a restart. When the bus has not been ready since its last restart and the wait runs out
/// again, the whole service is restarted instead, provided the broker answers a connection of the
/// supervisor's own: then the fault lies in this process's bus. A broker that accepts connections
/// but refuses the service (its user or virtual host gone, say) gets bus restarts only.
/// </summary>
public sealed class BusRecoveryPolicy(TimeSpan patience)
{
    private DateTimeOffset? _unreadySince;
    private bool _restartedBus;

    public TimeSpan Patience { get; } = patience;

    public BusRecovery Decide(bool healthy, bool brokerReachable, bool brokerAnswers, DateTimeOffset now)
    {
        if (healthy)
        {
            _restartedBus = false;
        }

        if (healthy || !brokerReachable)
        {
            _unreadySince = null;
            return BusRecovery.Wait;
        }

        _unreadySince ??= now;
        if (now - _unreadySince.Value < Patience)
        {
            return BusRecovery.Wait;
        }

        _unreadySince = null;
        if (_restartedBus && brokerAnswers)
        {
            return BusRecovery.RestartService;
        }

        _restartedBus = true;
        return BusRecovery.RestartBus;
    }
}
