using System.Text.Json.Nodes;

namespace EventNews.EndToEnd.Tests;

public class UnreadableFiles : IAsyncLifetime
{
    private EventNewsService _service = null!;

    public async Task InitializeAsync() => _service = await EventNewsService.StartAsync(asUnprivilegedUser: true);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task A_file_the_service_may_not_read_is_quarantined_as_unreadable_and_the_rest_goes_on()
    {
        _service.DropText("secret.txt", "Un article que personne ne peut lire.");
        File.SetUnixFileMode(Path.Combine(_service.Inbox, "secret.txt"), UnixFileMode.None);
        _service.Drop(Launcher.Samples[0]);

        await _service.WaitForStatusAsync(articles: 1, rejected: 1);

        var reason = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_service.ErrorFolder, "secret.txt.reason.json")))!;
        Assert.Equal("unreadable", reason["reason"]!.GetValue<string>());
        Assert.Contains("could not be read", reason["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_service.ErrorFolder, "secret.txt")), "the file itself is kept in error/");
    }
}
