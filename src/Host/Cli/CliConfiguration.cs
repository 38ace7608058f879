namespace EventNews.Host.Cli;

/// <summary>The same configuration the service reads (appsettings.json, then environment), for commands that act locally.</summary>
public static class CliConfiguration
{
    public static IConfiguration Load() =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
}
