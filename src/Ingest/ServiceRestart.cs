using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EventNews.Ingest;

/// <summary>
/// Asks for the whole service to be built and started again inside the same process: the host
/// stops as on Ctrl-C, and the program that runs it (ServiceHost) starts a new one when
/// <see cref="Reason"/> is set. Every connection, background service and cache is new; the process
/// id, the terminal and the listening address stay the same.
/// </summary>
public sealed partial class ServiceRestart(IHostApplicationLifetime lifetime, ILogger<ServiceRestart> logger)
{
    private string? _reason;

    /// <summary>Why a restart was asked for; null when none was.</summary>
    public string? Reason => Volatile.Read(ref _reason);

    public void Request(string reason)
    {
        if (Interlocked.CompareExchange(ref _reason, reason, null) is null)
        {
            LogRestarting(reason);
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopping the service to start it again in this process: {Reason}")]
    private partial void LogRestarting(string reason);
}
