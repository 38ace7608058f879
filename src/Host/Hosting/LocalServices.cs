using System.Diagnostics;

namespace EventNews.Host.Hosting;

/// <summary>
/// When started through ./eventnews, the local PostgreSQL and RabbitMQ are brought up (installed if
/// need be) before the service starts. The launcher names its script in EVENTNEWS_SERVICES_SCRIPT;
/// elsewhere (a container, a server) the servers are someone else's business.
/// </summary>
public static class LocalServices
{
    public static async Task<bool> EnsureUpAsync()
    {
        var script = Environment.GetEnvironmentVariable("EVENTNEWS_SERVICES_SCRIPT");
        if (string.IsNullOrEmpty(script))
        {
            return true;
        }

        using var process = Process.Start(new ProcessStartInfo("bash") { ArgumentList = { script, "up" }, UseShellExecute = false })!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            await Console.Error.WriteLineAsync("eventnews: the local PostgreSQL and RabbitMQ could not be started (see above)");
        }

        return process.ExitCode == 0;
    }
}
