using System.Text.Json.Nodes;
using Npgsql;

namespace EventNews.EndToEnd.Tests;

public class ArticlesDroppedIntoTheInbox : IAsyncLifetime
{
    private EventNewsService _service = null!;

    public async Task InitializeAsync() => _service = await EventNewsService.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task The_three_samples_are_listed_with_every_view_caught_up_and_the_inbox_empty()
    {
        foreach (var sample in Launcher.Samples)
        {
            _service.Drop(sample);
        }

        await _service.WaitForStatusAsync(articles: 3);

        var list = await _service.GetJsonAsync("/api/articles");
        Assert.Equal(3, list["total"]!.GetValue<long>());
        var items = list["items"]!.AsArray().Select(i => i!).ToList();
        Assert.Equal(
            Launcher.Samples.Select(Path.GetFileName).Order(StringComparer.Ordinal),
            items.Select(i => i["sourceFile"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(items, i => Assert.Matches("^[0-9a-f]{16}$", i["id"]!.GetValue<string>()));

        // The ' date 2022-10 ' prefix of the first sample is its publication month.
        var first = items.Single(i => i["sourceFile"]!.GetValue<string>() == "000_1842155fc3e3dec6.txt");
        Assert.Equal("2022-10", first["published"]!["value"]!.GetValue<string>());
        Assert.Equal("month", first["published"]!["precision"]!.GetValue<string>());

        var article = await _service.GetJsonAsync($"/api/articles/{first["id"]}");
        Assert.Contains("Blinken", article["text"]!.GetValue<string>(), StringComparison.Ordinal);

        // The text is served from the article's event; the stored view does not hold it a second time.
        await using (var connection = new NpgsqlConnection(_service.Environment["ConnectionStrings__Postgres"]))
        {
            await connection.OpenAsync();
            await using var stored = new NpgsqlCommand("select data ->> 'text', data ->> 'title' from eventnews.mt_doc_articleview where id = $1", connection)
            {
                Parameters = { new() { Value = first["id"]!.GetValue<string>() } },
            };
            await using var reader = await stored.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.True(reader.IsDBNull(0));
            Assert.Equal(article["title"]!.GetValue<string>(), reader.GetString(1));
        }

        // The database the service created compresses large values with lz4, the articles' events among
        // them (their bodies, stored as bytes).
        await using (var connection = new NpgsqlConnection(_service.Environment["ConnectionStrings__Postgres"]))
        {
            await connection.OpenAsync();
            await using var compression = new NpgsqlCommand(
                "select pg_column_compression(bdata) as method, count(*) from eventnews.mt_events where bdata is not null group by 1 order by 1 nulls last", connection);
            var methods = new List<(string? Method, long Count)>();
            await using var reader = await compression.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                methods.Add((reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1)));
            }

            Assert.Equal("lz4", methods[0].Method);
            Assert.DoesNotContain(methods, m => m.Method == "pglz");
        }

        await Eventually.Until(() => _service.FilesInInbox().Count == 0, TimeSpan.FromSeconds(10), () => string.Join(", ", _service.FilesInInbox()));
        Assert.Equal(3, Directory.GetFiles(_service.Archive, "*.txt", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task The_status_counts_the_event_log_as_it_grows()
    {
        // Each status call counts only the events after those it has counted before.
        _service.Drop(Launcher.Samples[0]);
        await _service.WaitForStatusAsync(articles: 1);
        _service.DropText("vide.txt", "  \n ");
        _service.Drop(Launcher.Samples[1]);
        await _service.WaitForStatusAsync(articles: 2, rejected: 1);
        _service.DropText("encore.txt", File.ReadAllText(Launcher.Samples[0]));
        _service.Drop(Launcher.Samples[2]);
        await _service.WaitForStatusAsync(articles: 3, rejected: 1, duplicates: 1);

        var status = await _service.StatusAsync();
        await using var connection = new NpgsqlConnection(_service.Environment["ConnectionStrings__Postgres"]);
        await connection.OpenAsync();
        await using var log = new NpgsqlCommand("select count(*), max(seq_id) from eventnews.mt_events", connection);
        await using var reader = await log.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(reader.GetInt64(0), status["events"]!.GetValue<long>());
        Assert.Equal(reader.GetInt64(1), status["lastSequence"]!.GetValue<long>());
        Assert.Equal(5, reader.GetInt64(0));
    }

    [Fact]
    public async Task The_same_content_under_another_name_stays_one_article_and_counts_as_a_repeat()
    {
        var sample = Launcher.Samples[0];
        _service.Drop(sample);
        await _service.WaitForStatusAsync(articles: 1);

        // Same text with other line endings and a byte-order mark: no reader sees a difference.
        var again = "\uFEFF" + File.ReadAllText(sample).Replace("\n", "\r\n", StringComparison.Ordinal);
        _service.DropText("sous un autre nom.txt", again);
        await _service.WaitForStatusAsync(articles: 1, duplicates: 1);

        Assert.Equal(1, (await _service.GetJsonAsync("/api/articles"))["total"]!.GetValue<long>());
        await Eventually.Until(() => _service.FilesInInbox().Count == 0, TimeSpan.FromSeconds(10), () => string.Join(", ", _service.FilesInInbox()));
    }

    [Fact]
    public async Task An_empty_file_is_quarantined_with_its_reason_and_the_service_goes_on()
    {
        _service.DropText("vide.txt", "  \n ");
        _service.Drop(Launcher.Samples[1]);

        await _service.WaitForStatusAsync(articles: 1, rejected: 1);

        var quarantined = Path.Combine(_service.ErrorFolder, "vide.txt");
        Assert.True(File.Exists(quarantined), "the empty file lies in error/");
        var reason = JsonNode.Parse(await File.ReadAllTextAsync(quarantined + ".reason.json"))!;
        Assert.Equal("empty", reason["reason"]!.GetValue<string>());
        Assert.Equal(4, reason["sizeBytes"]!.GetValue<long>());
    }

    [Fact]
    public async Task Unknown_and_malformed_article_ids_get_problem_details()
    {
        using var missing = await _service.Http.GetAsync("/api/articles/0123456789abcdef");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Contains("0123456789abcdef", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var malformed = await _service.Http.GetAsync("/api/articles/not-an-id");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, malformed.StatusCode);

        using var badPage = await _service.Http.GetAsync("/api/articles?pageSize=0");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, badPage.StatusCode);
        Assert.Contains("pageSize", await badPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
