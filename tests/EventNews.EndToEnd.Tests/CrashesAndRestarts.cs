namespace EventNews.EndToEnd.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServerRestarts
{
    public const string Name = "Tests that restart the shared servers";
}

/// <summary>
/// Fault injection: 2,000 distinct files, and the service or a server dies in the middle. Each test
/// ends with exactly 2,000 articles, no repeat counted, an empty inbox and nothing in error/.
/// </summary>
[Collection(ServerRestarts.Name)]
public class CrashesAndRestarts : IAsyncLifetime
{
    private const int Files = 2000;
    private EventNewsService _service = null!;

    // A confirmation lost with the broker keeps its file claimed until the publish times out. The
    // bus's endpoints log their comings and goings (not each message), for a failure to show them.
    public async Task InitializeAsync() => _service = await EventNewsService.StartAsync(new Dictionary<string, string>
    {
        ["EventNews__PublishTimeout"] = "00:00:10",
        ["EventNews__BusRecoveryAfter"] = "00:00:15",
        ["Logging__LogLevel__MassTransit"] = "Debug",
        ["Logging__LogLevel__MassTransit.Messages"] = "Warning",
    });

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Killing_the_service_twice_mid_run_loses_and_doubles_nothing()
    {
        var random = new Random(20261122);
        DropDistinctArticles();

        foreach (var threshold in new[] { random.Next(150, 700), random.Next(900, 1500) })
        {
            await Eventually.Until(() => ArchivedCount() >= threshold, TimeSpan.FromSeconds(120), () => $"{ArchivedCount()} archived, waiting for {threshold}");
            await Task.Delay(random.Next(0, 300));
            _service.Kill();
            await _service.StartProcessAsync();
        }

        await AssertEverythingStoredOnceAsync();
    }

    [Fact]
    public async Task Restarting_the_service_in_its_process_mid_run_loses_and_doubles_nothing()
    {
        DropDistinctArticles();
        await Eventually.Until(() => ArchivedCount() >= 300, TimeSpan.FromSeconds(120), () => $"{ArchivedCount()} archived");

        await _service.HangUpAsync();

        Assert.Contains("Stopping the service to start it again in this process: SIGHUP", _service.Log);
        await AssertEverythingStoredOnceAsync();
    }

    [Fact]
    public async Task Restarting_rabbitmq_mid_run_loses_and_doubles_nothing()
    {
        DropDistinctArticles();
        await Eventually.Until(() => ArchivedCount() >= 300, TimeSpan.FromSeconds(120), () => $"{ArchivedCount()} archived");

        await Launcher.ServicesAsync("down", "rabbitmq");
        await Task.Delay(TimeSpan.FromSeconds(2));
        await Launcher.ServicesAsync("up", "rabbitmq");

        await AssertEverythingStoredOnceAsync();
    }

    [Fact]
    public async Task Restarting_postgresql_mid_run_loses_and_doubles_nothing()
    {
        DropDistinctArticles();
        await Eventually.Until(() => ArchivedCount() >= 300, TimeSpan.FromSeconds(120), () => $"{ArchivedCount()} archived");

        await Launcher.ServicesAsync("down", "postgres");
        await Task.Delay(TimeSpan.FromSeconds(2));
        await Launcher.ServicesAsync("up", "postgres");

        await AssertEverythingStoredOnceAsync();
    }

    private void DropDistinctArticles()
    {
        var words = File.ReadAllText(Launcher.Samples[1]).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var random = new Random(42);
        for (var i = 0; i < Files; i++)
        {
            var body = string.Join(' ', Enumerable.Range(0, 120).Select(_ => words[random.Next(words.Length)]));
            _service.DropText($"batch/article-{i:0000}.txt", $"Dépêche {i}\n\n{body}");
        }
    }

    private int ArchivedCount() =>
        Directory.Exists(_service.Archive) ? Directory.EnumerateFiles(_service.Archive, "*.txt", SearchOption.AllDirectories).Count() : 0;

    private async Task AssertEverythingStoredOnceAsync()
    {
        await _service.WaitForStatusAsync(articles: Files, seconds: 240);
        // A file whose confirmation was lost is taken again once its publish times out: its article
        // is stored already, and the file must still end up in the archive, once.
        await Eventually.Until(() => ArchivedCount() >= Files, TimeSpan.FromSeconds(60), () => $"{ArchivedCount()} of {Files} files archived; claimed: {string.Join(", ", ClaimedFiles())}");

        var status = await _service.StatusAsync();
        Assert.Equal(Files, status["articles"]!.GetValue<long>());
        Assert.Equal(0, status["duplicates"]!.GetValue<long>());
        Assert.Equal(0, status["rejected"]!.GetValue<long>());
        Assert.Equal(0, status["failed"]!.GetValue<long>());
        Assert.Equal(Files, (await _service.GetJsonAsync("/api/articles?pageSize=1"))["total"]!.GetValue<long>());
        Assert.Empty(_service.FilesInInbox());
        Assert.False(Directory.Exists(_service.ErrorFolder) && Directory.EnumerateFiles(_service.ErrorFolder, "*", SearchOption.AllDirectories).Any(), "nothing is quarantined");
        Assert.Equal(Files, ArchivedCount());
        Assert.Empty(ClaimedFiles());
    }

    private IEnumerable<string> ClaimedFiles()
    {
        var claims = Path.Combine(_service.Inbox, ".processing");
        return Directory.Exists(claims) ? Directory.EnumerateFiles(claims, "*", SearchOption.AllDirectories).Select(f => Path.GetFileName(f)) : [];
    }
}
