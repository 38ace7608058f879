namespace EventNews.EndToEnd.Tests;

public class FoldersMovedIn : IAsyncLifetime
{
    private EventNewsService _service = null!;

    // No rescan during the test: only the watcher can find the files.
    public async Task InitializeAsync() => _service = await EventNewsService.StartAsync(new Dictionary<string, string>
    {
        ["EventNews__RescanInterval"] = "00:10:00",
    });

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task A_folder_of_files_moved_into_the_inbox_and_one_just_made_are_taken_without_waiting_for_a_rescan()
    {
        Directory.CreateDirectory(_service.Inbox);

        // A batch prepared outside the inbox, on the same file system, then moved in whole: its files come with no event of their own.
        var batch = Path.Combine(Path.GetDirectoryName(_service.Inbox)!, "batch-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(batch, "jour"));
        File.Copy(Launcher.Samples[0], Path.Combine(batch, "premier.txt"));
        File.Copy(Launcher.Samples[1], Path.Combine(batch, "jour", "second.txt"));
        Directory.Move(batch, Path.Combine(_service.Inbox, "lot"));

        // A folder made and written into at once, before the watcher can watch it.
        var made = Directory.CreateDirectory(Path.Combine(_service.Inbox, "neuf", "plus-bas")).FullName;
        File.Copy(Launcher.Samples[2], Path.Combine(made, "troisieme.txt"));

        await _service.WaitForStatusAsync(articles: 3, seconds: 30);
        var sources = (await _service.GetJsonAsync("/api/articles"))["items"]!.AsArray().Select(i => i!["sourceFile"]!.GetValue<string>());
        Assert.Equal(["lot/jour/second.txt", "lot/premier.txt", "neuf/plus-bas/troisieme.txt"], sources.Order(StringComparer.Ordinal));
    }
}
