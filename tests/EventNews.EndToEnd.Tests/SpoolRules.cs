namespace EventNews.EndToEnd.Tests;

public class SpoolRules : IAsyncLifetime
{
    private EventNewsService _service = null!;

    public async Task InitializeAsync() => _service = await EventNewsService.StartAsync(new Dictionary<string, string>
    {
        ["EventNews__MinimumFileAge"] = "00:00:01.500",
    });

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task A_file_still_being_written_is_taken_only_once_it_is_complete()
    {
        var text = File.ReadAllText(Launcher.Samples[1]);
        var path = Path.Combine(_service.Inbox, "en-cours.txt");
        Directory.CreateDirectory(_service.Inbox);
        await using (var writer = new StreamWriter(path))
        {
            await writer.WriteAsync(text[..(text.Length / 3)]);
            await writer.FlushAsync();
            await Task.Delay(700);
            await writer.WriteAsync(text[(text.Length / 3)..(2 * text.Length / 3)]);
            await writer.FlushAsync();
            await Task.Delay(700);
            await writer.WriteAsync(text[(2 * text.Length / 3)..]);
        }

        await _service.WaitForStatusAsync(articles: 1);
        var id = (await _service.GetJsonAsync("/api/articles"))["items"]![0]!["id"]!.GetValue<string>();
        Assert.Equal(text, (await _service.GetJsonAsync($"/api/articles/{id}"))["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_inbox_folder_removed_while_the_service_runs_is_made_again_and_watched()
    {
        _service.DropText("avant.txt", "Olaf Scholz a reçu Emmanuel Macron à Berlin le 3 mars 2023 pour parler d'énergie.");
        await _service.WaitForStatusAsync(articles: 1);

        Directory.Delete(_service.Inbox, recursive: true);
        // The service's own work folder inside the inbox shows that the service made the inbox again.
        await Eventually.Until(() => Directory.Exists(Path.Combine(_service.Inbox, ".processing")), TimeSpan.FromSeconds(30), () => "the inbox was not made again\n" + _service.Log);
        await Eventually.Until(
            async () => (await _service.Http.GetAsync("/health/ready")).IsSuccessStatusCode,
            TimeSpan.FromSeconds(30),
            () => "the service is not ready again");

        _service.DropText("apres.txt", "Angela Merkel a rencontré Jacques Chirac à Paris le 12 mai 2005 au sujet de l'Europe.");
        await _service.WaitForStatusAsync(articles: 2);
        Assert.Contains("is gone; it is made again", _service.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hidden_and_partial_files_are_left_alone_subfolders_are_walked_and_links_not_followed()
    {
        var outside = Path.Combine(_service.Root, "outside");
        Directory.CreateDirectory(outside);
        File.Copy(Launcher.Samples[0], Path.Combine(outside, "secret.txt"));
        Directory.CreateDirectory(Path.Combine(_service.Inbox, "feeds", "agence"));
        File.CreateSymbolicLink(Path.Combine(_service.Inbox, "lien.txt"), Path.Combine(outside, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_service.Inbox, "dossier-lien"), outside);

        _service.DropText(".cache.txt", "caché");
        _service.DropText("download.txt.part", "partiel");
        _service.DropText("copie.tmp", "temporaire");
        _service.DropText("page.crdownload", "téléchargement");
        _service.Drop(Launcher.Samples[2], Path.Combine("feeds", "agence", "depeche.txt"));

        await _service.WaitForStatusAsync(articles: 1);
        await Task.Delay(TimeSpan.FromSeconds(3)); // a few more rescans: nothing else may be taken
        await _service.WaitForStatusAsync(articles: 1);

        Assert.True(File.Exists(Path.Combine(_service.Inbox, ".cache.txt")));
        Assert.True(File.Exists(Path.Combine(_service.Inbox, "download.txt.part")));
        Assert.True(File.Exists(Path.Combine(_service.Inbox, "copie.tmp")));
        Assert.True(File.Exists(Path.Combine(_service.Inbox, "page.crdownload")));
        Assert.True(File.Exists(Path.Combine(outside, "secret.txt")), "the link's target is never moved");
        Assert.Single(Directory.GetFiles(_service.Archive, "depeche.txt", SearchOption.AllDirectories));
        var item = (await _service.GetJsonAsync("/api/articles"))["items"]![0]!;
        Assert.Equal(Path.Combine("feeds", "agence", "depeche.txt"), item["sourceFile"]!.GetValue<string>());
    }

    [Fact]
    public async Task File_names_with_spaces_quotes_unicode_and_newlines_work()
    {
        string[] names = ["avec des espaces.txt", "guillemets \"doubles\" et 'simples'.txt", "Sergueï Choïgou — été.txt", "ligne\nsuivante.txt"];
        for (var i = 0; i < names.Length; i++)
        {
            _service.DropText(names[i], $"Article {i} : {File.ReadAllText(Launcher.Samples[i % 3])}");
        }

        await _service.WaitForStatusAsync(articles: names.Length);
        var sources = (await _service.GetJsonAsync("/api/articles"))["items"]!.AsArray().Select(i => i!["sourceFile"]!.GetValue<string>());
        Assert.Equal(names.Order(StringComparer.Ordinal), sources.Order(StringComparer.Ordinal));
        Assert.Empty(_service.FilesInInbox());
    }
}
