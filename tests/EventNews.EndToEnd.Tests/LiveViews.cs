using Npgsql;

namespace EventNews.EndToEnd.Tests;

/// <summary>
/// The four live views run as one projection with one position. A database whose views each kept
/// their own position (as they did before) is brought over when the service starts, without applying
/// any event twice.
/// </summary>
public class LiveViews : IAsyncLifetime
{
    private const int Articles = 12;
    private EventNewsService _service = null!;

    public async Task InitializeAsync()
    {
        _service = await EventNewsService.StartAsync();
        for (var i = 0; i < Articles; i++)
        {
            _service.DropText($"depeche-{i:00}.txt", Rebuilds.Story(i));
        }

        await _service.WaitForStatusAsync(articles: Articles);
        await Rebuilds.WaitForViewsAsync(_service);
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task The_four_views_keep_one_position_with_a_row_each_for_their_lag()
    {
        var rows = await ProgressAsync();
        Assert.Equal(Articles, rows["views:All"]);
        foreach (var view in new[] { "articles", "persons", "dates", "clusters" })
        {
            Assert.Equal(Articles, rows[$"{view}:All"]);
        }
    }

    [Fact]
    public async Task Views_that_each_stopped_at_the_same_event_go_on_together_from_it_without_applying_anything_twice()
    {
        var before = await Rebuilds.SnapshotAsync(_service);
        var paul = await PersonArticleCountAsync("Paul Martin");
        await _service.InterruptAsync(TimeSpan.FromSeconds(10));
        await ExecuteAsync("delete from eventnews.mt_event_progression where name = 'views:All'");

        await _service.StartProcessAsync();
        await Rebuilds.WaitForViewsAsync(_service);
        Assert.Contains("now go on together", _service.Log, StringComparison.Ordinal);
        Assert.Equal(Articles, (await ProgressAsync())["views:All"]);
        Assert.Equal(before, await Rebuilds.SnapshotAsync(_service));

        // Story 1 names Paul Martin; a new article naming him is counted once.
        _service.DropText("suite.txt", Rebuilds.Story(1001));
        await _service.WaitForStatusAsync(articles: Articles + 1);
        await Rebuilds.WaitForViewsAsync(_service);
        Assert.Equal(paul + 1, await PersonArticleCountAsync("Paul Martin"));
    }

    [Fact]
    public async Task Views_that_stopped_at_different_events_are_built_again_from_the_log_as_they_were()
    {
        var before = await Rebuilds.SnapshotAsync(_service);
        await _service.InterruptAsync(TimeSpan.FromSeconds(10));
        await ExecuteAsync(
            "delete from eventnews.mt_event_progression where name = 'views:All'; " +
            "update eventnews.mt_event_progression set last_seq_id = 5 where name = 'persons:All'");

        await _service.StartProcessAsync();
        await Rebuilds.WaitForViewsAsync(_service);
        Assert.Contains("built again from the event log", _service.Log, StringComparison.Ordinal);
        Assert.Equal(Articles, (await ProgressAsync())["persons:All"]);

        // Had the persons gone on from event 5 over their documents, events 6 to 12 would count twice.
        Assert.Equal(before, await Rebuilds.SnapshotAsync(_service));
    }

    private async Task<int> PersonArticleCountAsync(string name)
    {
        var found = await _service.GetJsonAsync($"/api/persons?search={Uri.EscapeDataString(name)}");
        var person = Assert.Single(found["items"]!.AsArray())!;
        return person["articleCount"]!.GetValue<int>();
    }

    private async Task<Dictionary<string, long>> ProgressAsync()
    {
        await using var connection = new NpgsqlConnection(_service.Environment["ConnectionStrings__Postgres"]);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select name, last_seq_id from eventnews.mt_event_progression", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            rows[reader.GetString(0)] = reader.GetInt64(1);
        }

        return rows;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_service.Environment["ConnectionStrings__Postgres"]);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>
/// A view rebuilt while the live views are behind (held here by a lock on their progress): the switch
/// lets them go on until they have passed the copy, which then catches up to them, so the swapped view
/// and the others go on from one event.
/// </summary>
public class RebuildAheadOfTheLiveViews : IAsyncLifetime
{
    private const string Token = "jeton-de-test";
    private EventNewsService _service = null!;

    public async Task InitializeAsync() =>
        _service = await EventNewsService.StartAsync(new Dictionary<string, string> { ["EventNews__AdminToken"] = Token });

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task The_live_views_catch_up_with_the_copy_before_it_is_switched_in()
    {
        const int Before = 30;
        const int Held = 10;
        for (var i = 0; i < Before; i++)
        {
            _service.DropText($"avant-{i:00}.txt", Rebuilds.Story(i));
        }

        await _service.WaitForStatusAsync(articles: Before);
        await Rebuilds.WaitForViewsAsync(_service);

        var connectionString = _service.Environment["ConnectionStrings__Postgres"];
        await using var holder = new NpgsqlConnection(connectionString);
        await holder.OpenAsync();
        await using (var held = await holder.BeginTransactionAsync())
        {
            await using (var hold = new NpgsqlCommand("select last_seq_id from eventnews.mt_event_progression where name = 'views:All' for update", holder, held))
            {
                Assert.Equal(Before, (long)(await hold.ExecuteScalarAsync())!);
            }

            for (var i = 0; i < Held; i++)
            {
                _service.DropText($"pendant-{i:00}.txt", Rebuilds.Story(100 + i));
            }

            await Eventually.Until(
                async () => (await _service.StatusAsync())["articles"]!.GetValue<long>() == Before + Held,
                TimeSpan.FromSeconds(60),
                () => "the held files were not stored");
            await RebuildAsync("?projection=articles");
            await Eventually.Until(
                () => Task.FromResult(_service.Log.Contains("the live views go on from event", StringComparison.Ordinal)),
                TimeSpan.FromSeconds(60),
                () => $"the switch did not wait for the live views:\n{_service.Log}");
            await held.CommitAsync();
        }

        await Rebuilds.WaitForRebuildToSucceedAsync(_service, seconds: 120);
        await Rebuilds.WaitForViewsAsync(_service);
        Assert.Equal(Before + Held, (await _service.GetJsonAsync("/api/articles?pageSize=1"))["total"]!.GetValue<long>());
        var switched = await Rebuilds.SnapshotAsync(_service);

        // A rebuild of every view, with nothing held, reproduces them exactly: nothing was applied twice or missed.
        await RebuildAsync(string.Empty);
        await Rebuilds.WaitForRebuildToSucceedAsync(_service, seconds: 120);
        await Rebuilds.WaitForViewsAsync(_service);
        Assert.Equal(switched, await Rebuilds.SnapshotAsync(_service));
    }

    private async Task RebuildAsync(string query)
    {
        using var started = await Rebuilds.PostRebuildAsync(_service, Token, query);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, started.StatusCode);
    }
}
