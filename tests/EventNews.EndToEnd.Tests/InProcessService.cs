using System.Text.Json.Nodes;
using EventNews.Host.EventStore;
using EventNews.Host.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace EventNews.EndToEnd.Tests;

/// <summary>
/// The service as <c>./eventnews run</c> builds it (<see cref="ServiceHost.Build"/>), but hosted in
/// the test process against the real PostgreSQL and RabbitMQ, with a database, a virtual host and
/// an inbox of its own: for what only the process itself can see, such as its spans before export.
/// </summary>
public sealed class InProcessService : IAsyncDisposable
{
    private WebApplication? _app;

    private InProcessService() => Root = Directory.CreateTempSubdirectory("eventnews-test-").FullName;

    public string Root { get; }

    /// <summary>The service's own container, for tests that reach into it (the bus, the store).</summary>
    public IServiceProvider Services => _app!.Services;

    /// <summary>The name of its PostgreSQL database and of its RabbitMQ virtual host.</summary>
    public string Database { get; } = "en_test_" + Guid.NewGuid().ToString("N")[..10];

    public string Inbox => Path.Combine(Root, "inbox");

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Starts every role; <paramref name="configure"/> adds to the service's own builder (exporters, log providers).</summary>
    public static async Task<InProcessService> StartAsync(Action<WebApplicationBuilder> configure)
    {
        var service = new InProcessService();
        try
        {
            await Launcher.ServicesAsync("vhost", "add", service.Database);
            service._app = ServiceHost.Build(ServiceRoles.All, service.Inbox, "http://127.0.0.1:0", builder =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["ConnectionStrings:Postgres"] = $"Host=127.0.0.1;Port=5432;Database={service.Database};Username=eventnews;Password=eventnews",
                    ["ConnectionStrings:RabbitMq"] = $"amqp://guest:guest@127.0.0.1:5672/{service.Database}",
                    ["EventNews:MinimumFileAge"] = "00:00:00.200",
                    ["EventNews:RescanInterval"] = "00:00:01",
                    ["Logging:LogLevel:Default"] = "Warning",
                });
                configure(builder);
            });
            await EventStoreExtensions.EnsureDatabaseExistsAsync(EventStoreExtensions.PostgresConnectionString(service._app.Configuration), CancellationToken.None);
            await service._app.StartAsync();
            service.Http.BaseAddress = new Uri(service._app.Urls.First());
            await Eventually.Until(
                async () =>
                {
                    using var response = await service.Http.GetAsync("/health/ready");
                    return response.IsSuccessStatusCode;
                },
                TimeSpan.FromSeconds(60),
                () => "the in-process service did not become ready");
            return service;
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
    }

    public void Drop(string sourcePath, string asName)
    {
        // Written beside the inbox and renamed in, as a careful producer does.
        Directory.CreateDirectory(Inbox);
        var staging = Path.Combine(Root, "staging-" + Guid.NewGuid().ToString("N"));
        File.Copy(sourcePath, staging);
        File.Move(staging, Path.Combine(Inbox, asName));
    }

    public void DropText(string name, string text)
    {
        var staging = Path.Combine(Root, "staging-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(staging, text);
        Drop(staging, name);
        File.Delete(staging);
    }

    public async Task<JsonNode?> TryGetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        return response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync()) : null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Http.Dispose();
        await EventNewsService.DeleteDatabaseAndVirtualHostAsync(Database);
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
