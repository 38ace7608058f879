using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EventNews.EndToEnd.Tests;

/// <summary>
/// A bus left stopped while the broker is fine (MassTransit ends up there when its receive
/// endpoints fail while stopping or starting, and does not leave it by itself): the service
/// restarts it, and files dropped meanwhile are stored.
/// </summary>
public class BusThatDoesNotComeBack
{
    [Fact]
    public async Task A_bus_that_stays_unready_while_the_broker_is_up_is_restarted()
    {
        await using var service = await StartWithOneArticleAsync();

        var bus = service.Services.GetRequiredService<IBusControl>();
        await bus.StopAsync();
        Assert.NotEqual(BusHealthStatus.Healthy, bus.CheckHealth().Status);
        service.DropText("second.txt", "Second titre\n\nMarie Curie est venue le 4 avril 2023 à Lyon pour une conférence.");

        await WaitForArticlesAsync(service, 2);
        await Eventually.Until(() => bus.CheckHealth().Status == BusHealthStatus.Healthy, TimeSpan.FromSeconds(30), () => $"the bus is {bus.CheckHealth().Status}");
    }

    [Fact]
    public async Task A_queue_the_broker_lost_while_the_bus_still_reports_ready_is_consumed_again()
    {
        await using var service = await StartWithOneArticleAsync();

        // Deleting the queue cancels its consumer at the broker; the bus goes on reporting ready.
        var factory = new RabbitMQ.Client.ConnectionFactory { HostName = "127.0.0.1", VirtualHost = service.Database };
        await using (var connection = await factory.CreateConnectionAsync())
        await using (var channel = await connection.CreateChannelAsync())
        {
            await channel.QueueDeleteAsync("article-received", ifUnused: false, ifEmpty: false);
        }

        service.DropText("second.txt", "Second titre\n\nMarie Curie est venue le 4 avril 2023 à Lyon pour une conférence.");
        await WaitForArticlesAsync(service, 2);
    }

    /// <summary>A service that restarts an unready bus after 3 s, with one article stored.</summary>
    private static async Task<InProcessService> StartWithOneArticleAsync()
    {
        var service = await InProcessService.StartAsync(builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["EventNews:BusRecoveryAfter"] = "00:00:03" }));
        try
        {
            service.DropText("first.txt", "Premier titre\n\nJean Dupont a parlé le 3 mars 2024 à Paris de la saison des vendanges.");
            await WaitForArticlesAsync(service, 1);
            return service;
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
    }

    private static Task WaitForArticlesAsync(InProcessService service, long count) =>
        Eventually.Until(
            async () => (await service.TryGetJsonAsync("/api/status"))?["articles"]?.GetValue<long>() == count,
            TimeSpan.FromSeconds(60),
            () => $"the service did not store {count} articles");
}
