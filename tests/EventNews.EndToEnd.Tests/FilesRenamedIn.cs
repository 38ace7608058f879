namespace EventNews.EndToEnd.Tests;

public class FilesRenamedIn : IAsyncLifetime
{
    private EventNewsService _service = null!;

    // So long that during the test only a file renamed in from a temporary name can be taken.
    public async Task InitializeAsync() => _service = await EventNewsService.StartAsync(new Dictionary<string, string>
    {
        ["EventNews__MinimumFileAge"] = "00:10:00",
    });

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task A_file_renamed_in_from_a_temporary_name_is_taken_at_once_one_written_in_place_waits_until_it_is_quiet()
    {
        Directory.CreateDirectory(_service.Inbox);
        File.WriteAllText(Path.Combine(_service.Inbox, "en-place.txt"), File.ReadAllText(Launcher.Samples[0]));
        WriteAsideAndRename(".depeche.txt.tmp", "depeche.txt", File.ReadAllText(Launcher.Samples[1]));
        WriteAsideAndRename("suite.txt.part", "suite.txt", File.ReadAllText(Launcher.Samples[2]));

        await _service.WaitForStatusAsync(articles: 2);
        await Task.Delay(TimeSpan.FromSeconds(6)); // a rescan at least: the file written in place still waits
        await _service.WaitForStatusAsync(articles: 2);

        var sources = (await _service.GetJsonAsync("/api/articles"))["items"]!.AsArray().Select(i => i!["sourceFile"]!.GetValue<string>());
        Assert.Equal(["depeche.txt", "suite.txt"], sources.Order(StringComparer.Ordinal));
        Assert.Equal([Path.Combine(_service.Inbox, "en-place.txt")], _service.FilesInInbox());
    }

    private void WriteAsideAndRename(string temporary, string name, string text)
    {
        var path = Path.Combine(_service.Inbox, temporary);
        File.WriteAllText(path, text);
        File.Move(path, Path.Combine(_service.Inbox, name));
    }
}
