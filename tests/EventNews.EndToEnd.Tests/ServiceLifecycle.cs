namespace EventNews.EndToEnd.Tests;

public class ServiceLifecycle : IAsyncLifetime
{
    private EventNewsService _service = null!;

    public async Task InitializeAsync() => _service = await EventNewsService.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Ctrl_C_stops_the_service_cleanly_within_ten_seconds_and_a_restart_resumes()
    {
        _service.Drop(Launcher.Samples[0]);
        await _service.WaitForStatusAsync(articles: 1);

        var (exitCode, took) = await _service.InterruptAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, exitCode);
        Assert.True(took < TimeSpan.FromSeconds(10), $"stopping took {took}");

        // A file that arrives while the service is down is taken at the next start.
        _service.Drop(Launcher.Samples[1]);
        await _service.StartProcessAsync();
        await _service.WaitForStatusAsync(articles: 2);
        Assert.Equal(2, (await _service.GetJsonAsync("/api/articles"))["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task Ready_reports_postgres_rabbitmq_the_projection_daemon_and_the_inbox()
    {
        var ready = await _service.GetJsonAsync("/health/ready");

        Assert.Equal("Healthy", ready["status"]!.GetValue<string>());
        var checks = ready["checks"]!.AsObject().Select(c => c.Key).ToList();
        Assert.Contains("postgres", checks);
        Assert.Contains("masstransit-bus", checks);
        Assert.Contains("projection-daemon", checks);
        Assert.Contains("inbox", checks);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_route_of_the_api()
    {
        var spec = await _service.GetJsonAsync("/openapi/v1.json");
        var paths = spec["paths"]!.AsObject().Select(p => p.Key).ToList();

        foreach (var route in new[]
        {
            "/api/articles", "/api/articles/{id}", "/api/persons", "/api/persons/{id}", "/api/dates", "/api/dates/{key}",
            "/api/clusters", "/api/clusters/{id}", "/api/status", "/api/rejections", "/api/admin/rebuild",
        })
        {
            Assert.Contains(route, paths);
        }
    }
}

public class FirstStart
{
    [Fact]
    public async Task Files_waiting_before_the_very_first_start_on_a_new_broker_are_all_stored()
    {
        // A new virtual host has no queues yet: nothing may be published before the consumers' queues exist.
        await using var service = await EventNewsService.PrepareAsync();
        foreach (var sample in Launcher.Samples)
        {
            service.Drop(sample);
        }

        await service.StartProcessAsync();

        await service.WaitForStatusAsync(articles: 3);
        Assert.Empty(service.FilesInInbox());
    }
}
