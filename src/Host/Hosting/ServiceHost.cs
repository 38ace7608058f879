using System.Runtime.InteropServices;
using EventNews.Host.Admin;
using EventNews.Host.EventStore;
using EventNews.Host.Status;
using EventNews.Host.Telemetry;
using EventNews.Host.Web;
using EventNews.Ingest;
using EventNews.Ingest.Inbox;
using EventNews.Projections;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EventNews.Host.Hosting;

/// <summary>Builds and runs the service for the given roles, until Ctrl-C or SIGTERM.</summary>
public static partial class ServiceHost
{
    /// <summary>
    /// Runs the service until Ctrl-C or SIGTERM. When it asks to be restarted (<see cref="ServiceRestart"/>:
    /// its bus could not be revived), and on SIGHUP, it is stopped and built again from its
    /// configuration, in this process. A setting the service cannot use throws
    /// <see cref="OptionsValidationException"/> before anything starts (the command line turns it into
    /// one line and exit code 2).
    /// </summary>
    public static async Task<int> RunAsync(ServiceRoles roles, string? inbox, string? urls)
    {
        while (true)
        {
            await using var app = Build(roles, inbox, urls);
            CheckSettings(app, roles);

            if (!await TryPrepareDatabaseAsync(app))
            {
                return 1;
            }

            var restart = app.Services.GetRequiredService<ServiceRestart>();
            List<BackgroundService> parts;
            using (PosixSignalRegistration.Create(PosixSignal.SIGHUP, context =>
            {
                context.Cancel = true;
                restart.Request("SIGHUP");
            }))
            {
                var listenOn = app.Configuration[WebHostDefaults.ServerUrlsKey];
                // Taken now: running the host disposes its services.
                parts = app.Services.GetServices<IHostedService>().OfType<BackgroundService>().ToList();
                try
                {
                    await app.RunAsync();
                }
                catch (IOException ex) when (ex.InnerException is AddressInUseException)
                {
                    await Console.Error.WriteLineAsync($"eventnews: cannot listen on {listenOn}: the address is already in use; stop what listens there or choose another address with --urls");
                    return 1;
                }
            }

            if (parts.FirstOrDefault(part => part.ExecuteTask is { IsFaulted: true }) is { } failed)
            {
                // The host stops when a part of the service fails; that is not a clean exit.
                await Console.Error.WriteLineAsync($"eventnews: stopped because {failed.GetType().Name} failed: {failed.ExecuteTask!.Exception!.GetBaseException().Message}");
                return 1;
            }

            if (restart.Reason is null)
            {
                return 0;
            }
        }
    }

    /// <summary>
    /// The service for the given roles, built but not started. <paramref name="configure"/> sees the
    /// builder before the roles read their configuration, so that a program hosting the service
    /// (a test) can add configuration sources, log providers or telemetry exporters of its own.
    /// The database must exist before the application starts (<see cref="EventStoreExtensions.EnsureDatabaseExistsAsync"/>).
    /// </summary>
    public static WebApplication Build(ServiceRoles roles, string? inbox, string? urls, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        if (inbox is not null)
        {
            builder.Configuration["EventNews:Inbox"] = inbox;
        }

        configure?.Invoke(builder);

        // A process that only ingests listens on a free port unless told otherwise, so that several
        // can run beside the one serving the API.
        builder.WebHost.UseUrls(urls ?? (roles == ServiceRoles.Ingest ? "http://127.0.0.1:0" : builder.Configuration["Urls"] ?? "http://127.0.0.1:5080"));
        builder.Host.ConfigureHostOptions(o => o.ShutdownTimeout = TimeSpan.FromSeconds(8));

        builder.AddEventNewsTelemetry(roles switch
        {
            ServiceRoles.Ingest => "eventnews-ingest",
            ServiceRoles.Projections => "eventnews-projections",
            _ => "eventnews",
        });
        builder.AddEventStore(runProjections: roles.HasFlag(ServiceRoles.Projections));
        if (roles.HasFlag(ServiceRoles.Ingest))
        {
            builder.AddIngest();
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<ServiceRestart>();
        builder.Services.AddProblemDetails();
        BadRequests.AddTo(builder.Services);
        if (roles.HasFlag(ServiceRoles.Projections))
        {
            builder.Services.AddAdmin();
            builder.Services.AddWebPage();
            builder.Services.AddHostedService<ProjectionLagGauge>();
            builder.Services.AddSingleton<EventLogCounts>();
            builder.Services.AddSingleton(services => new FailedMessageCount(services.GetRequiredService<IConfiguration>().GetConnectionString("RabbitMq")));
        }

        builder.Services.AddEventNewsHealthChecks(roles);

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapEventNewsHealth();
        if (roles.HasFlag(ServiceRoles.Projections))
        {
            app.MapQueryApi().MapStatus().MapRejections().MapLineage().MapAdmin();
            app.MapWebPage();
        }

        return app;
    }

    /// <summary>
    /// Settings that would otherwise fail only once the host starts (which logs the failure with its
    /// stack first, and may stop with exit code 0), checked now.
    /// </summary>
    private static void CheckSettings(WebApplication app, ServiceRoles roles)
    {
        foreach (var url in (app.Configuration[WebHostDefaults.ServerUrlsKey] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            try
            {
                _ = BindingAddress.Parse(url);
            }
            catch (FormatException ex)
            {
                throw EventStoreExtensions.Invalid("--urls", typeof(BindingAddress), $"--urls: {ex.Message} (e.g. http://127.0.0.1:5080)");
            }
        }

        if (roles.HasFlag(ServiceRoles.Ingest))
        {
            app.Services.GetRequiredService<IOptions<InboxOptions>>().Value.CreateFolders();
        }
    }

    private static async Task<bool> TryPrepareDatabaseAsync(WebApplication app)
    {
        var connectionString = EventStoreExtensions.PostgresConnectionString(app.Configuration);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await EventStoreExtensions.EnsureDatabaseExistsAsync(connectionString, app.Lifetime.ApplicationStopping);
                switch (await EventStoreExtensions.JoinViewProgressAsync(connectionString, app.Lifetime.ApplicationStopping))
                {
                    case EventStoreExtensions.ViewProgressJoin.Joined:
                        LogViewsJoined(app.Logger);
                        break;
                    case EventStoreExtensions.ViewProgressJoin.Rebuilding:
                        LogViewsEmptied(app.Logger);
                        break;
                }

                return true;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), app.Lifetime.ApplicationStopping);
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
            {
                var where = new NpgsqlConnectionStringBuilder(connectionString);
                await Console.Error.WriteLineAsync($"eventnews: cannot reach PostgreSQL at {where.Host}:{where.Port} as {where.Username} ({ex.Message}); start it with ./eventnews services up");
                return false;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The views, each stopped at the same event, now go on together from it")]
    private static partial void LogViewsJoined(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The views had stopped at different events; they were emptied and are built again from the event log")]
    private static partial void LogViewsEmptied(ILogger logger);
}
