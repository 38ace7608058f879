using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;

namespace EventNews.EndToEnd.Tests;

public class Rebuilds : IAsyncLifetime
{
    private const string Token = "jeton-de-test";
    private EventNewsService _service = null!;
    private string _aliases = null!;

    public async Task InitializeAsync()
    {
        _aliases = Path.Combine(Path.GetTempPath(), $"eventnews-aliases-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(_aliases, "# no aliases of our own yet\n");
        _service = await EventNewsService.StartAsync(new Dictionary<string, string>
        {
            ["EventNews__Aliases"] = _aliases,
            ["EventNews__AdminToken"] = Token,
        });
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        File.Delete(_aliases);
    }

    [Fact]
    public async Task Editing_the_alias_file_and_rebuilding_makes_two_persons_one()
    {
        _service.DropText("conseil.txt", "La maire Hélène Vasseur a ouvert le conseil municipal jeudi. Hélène Vasseur a défendu le budget.");
        _service.DropText("marche.txt", "Au marché, Mme Lena Vasseur a salué les commerçants. Lena Vasseur veut rénover la halle.");
        await _service.WaitForStatusAsync(articles: 2);
        Assert.Equal(2, (await _service.GetJsonAsync("/api/persons?search=vasseur"))["total"]!.GetValue<long>());

        await File.AppendAllTextAsync(_aliases, "Hélène Vasseur | Lena Vasseur\n");
        var rebuild = await Launcher.RunAsync(_service.Environment, "rebuild", "--projection", "persons");
        Assert.True(rebuild.ExitCode == 0, rebuild.Output + rebuild.Error);
        Assert.Contains("Rebuilt persons", rebuild.Output, StringComparison.Ordinal);

        var found = await _service.GetJsonAsync("/api/persons?search=vasseur");
        var person = Assert.Single(found["items"]!.AsArray())!;
        Assert.Equal("Hélène Vasseur", person["name"]!.GetValue<string>());
        Assert.Equal(2, person["articleCount"]!.GetValue<int>());
        Assert.Contains(person["aliases"]!.AsArray(), a => a!["name"]!.GetValue<string>() == "Lena Vasseur");

        // The live view goes on from the rebuilt document, not from one it held in memory before the swap.
        _service.DropText("halle.txt", "Lena Vasseur a inauguré la halle rénovée samedi.");
        await _service.WaitForStatusAsync(articles: 3);
        var after = Assert.Single((await _service.GetJsonAsync("/api/persons?search=vasseur"))["items"]!.AsArray())!;
        Assert.Equal("Hélène Vasseur", after["name"]!.GetValue<string>());
        Assert.Equal(3, after["articleCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_rebuild_of_every_view_reproduces_the_live_views_exactly_and_new_files_still_arrive()
    {
        foreach (var sample in Launcher.Samples)
        {
            _service.Drop(sample);
        }

        await _service.WaitForStatusAsync(articles: 3);
        var before = await SnapshotAsync();

        var rebuild = await Launcher.RunAsync(_service.Environment, "rebuild", "--all");
        Assert.True(rebuild.ExitCode == 0, rebuild.Output + rebuild.Error);
        await _service.WaitForStatusAsync(articles: 3);
        Assert.Equal(before, await SnapshotAsync());

        // The rebuilt views follow new events again.
        _service.DropText("apres.txt", "Olaf Scholz a reçu Emmanuel Macron à Berlin le 3 mars 2023.");
        await _service.WaitForStatusAsync(articles: 4);
        Assert.Contains("olaf", (await _service.GetJsonAsync("/api/persons?search=scholz")).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_alias_file_refuses_the_rebuild_with_its_line_and_the_views_stay()
    {
        _service.DropText("conseil.txt", "La maire Hélène Vasseur a ouvert le conseil municipal jeudi. Hélène Vasseur a défendu le budget.");
        await _service.WaitForStatusAsync(articles: 1);

        await File.AppendAllTextAsync(_aliases, "| Lena Vasseur\n");
        var refused = await Launcher.RunAsync(_service.Environment, "rebuild", "--projection", "persons");

        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith("eventnews: the alias file", refused.Error, StringComparison.Ordinal);
        Assert.Contains("Alias line 2", refused.Error, StringComparison.Ordinal);

        using var answer = await PostRebuildAsync("?projection=persons");
        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, answer.StatusCode);
        var problem = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;
        Assert.Equal("Rebuild refused", problem["title"]!.GetValue<string>());
        Assert.Contains("is malformed", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, (await _service.GetJsonAsync("/api/persons?search=vasseur"))["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task Rebuilding_needs_the_admin_token_and_a_known_view()
    {
        var environment = _service.Environment.ToDictionary();
        environment["EventNews__AdminToken"] = "faux";
        var refused = await Launcher.RunAsync(environment, "rebuild");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("X-Admin-Token", refused.Error, StringComparison.Ordinal);

        var unknown = await Launcher.RunAsync(_service.Environment, "rebuild", "--projection", "nope");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("articles, persons, dates", unknown.Error, StringComparison.Ordinal);

        using var anonymous = await _service.Http.PostAsync("/api/admin/rebuild", null);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_cancelled_rebuild_leaves_the_current_views_serving_and_says_why()
    {
        foreach (var sample in Launcher.Samples)
        {
            _service.Drop(sample);
        }

        await _service.WaitForStatusAsync(articles: 3);
        await WaitForViewsAsync();
        var before = await SnapshotAsync();

        using var started = await PostRebuildAsync(string.Empty);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, started.StatusCode);
        using var cancel = new HttpRequestMessage(HttpMethod.Delete, "/api/admin/rebuild") { Headers = { { "X-Admin-Token", Token } } };
        using var cancelled = await _service.Http.SendAsync(cancel);
        var outcome = (await cancelled.Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.True(cancelled.IsSuccessStatusCode, outcome.ToJsonString());
        Assert.Equal("cancelled", outcome["state"]!.GetValue<string>());
        Assert.Contains("cancelled on request", outcome["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("kept serving", outcome["error"]!.GetValue<string>(), StringComparison.Ordinal);

        Assert.Equal(before, await SnapshotAsync());
        _service.DropText("apres.txt", "Olaf Scholz a reçu Emmanuel Macron à Berlin le 3 mars 2023.");
        await _service.WaitForStatusAsync(articles: 4);
        await WaitForViewsAsync();
        Assert.Contains("olaf", (await _service.GetJsonAsync("/api/persons?search=scholz")).ToJsonString(), StringComparison.Ordinal);
        var status = await _service.StatusAsync();
        Assert.Equal("cancelled", status["rebuild"]!["state"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("article_received_v1.json")]
    [InlineData("article_received_v2_jsonb.json")]
    public async Task Arrivals_stored_by_earlier_versions_still_load_project_rebuild_and_trace(string file)
    {
        // An event exactly as an earlier version stored it: version 1 as "article_received", without
        // arrivedAt; version 2 as jsonb in the data column, before arrivals were stored as bytes.
        var stored = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "StoredEvents", file)))!;
        var streamId = stored["streamId"]!.GetValue<string>();
        await using (var connection = new NpgsqlConnection(_service.Environment["ConnectionStrings__Postgres"]))
        {
            await connection.OpenAsync();
            var timestamp = DateTimeOffset.Parse(stored["timestamp"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
            await using var insert = new NpgsqlBatch(connection)
            {
                BatchCommands =
                {
                    new("insert into eventnews.mt_streams (id, version, timestamp, created) values ($1, 1, $2, $2)")
                    {
                        Parameters = { new() { Value = streamId }, new() { Value = timestamp } },
                    },
                    new("""
                        insert into eventnews.mt_events (seq_id, id, stream_id, version, data, type, timestamp, mt_dotnet_type)
                        values (nextval('eventnews.mt_events_sequence'), gen_random_uuid(), $1, 1, $2::jsonb, $3, $4, $5)
                        """)
                    {
                        Parameters =
                        {
                            new() { Value = streamId },
                            new() { Value = stored["data"]!.ToJsonString() },
                            new() { Value = stored["type"]!.GetValue<string>() },
                            new() { Value = timestamp },
                            new() { Value = stored["dotnetType"]!.GetValue<string>() },
                        },
                    },
                },
            };
            await insert.ExecuteNonQueryAsync();
        }

        // A new file next to it is stored in the current shape.
        _service.DropText("nouveau.txt", "Hélène Vasseur a inauguré la halle du marché le 21 novembre 2026.");
        await _service.WaitForStatusAsync(articles: 2);
        await WaitForViewsAsync();

        var article = await _service.GetJsonAsync($"/api/articles/{streamId}");
        Assert.Equal("Le port de Brest modernise ses quais", article["title"]!.GetValue<string>());
        Assert.Equal("2026-11-17", article["published"]!["value"]!.GetValue<string>());
        Assert.Equal(article["receivedAt"]!.GetValue<DateTimeOffset>(), article["arrivedAt"]!.GetValue<DateTimeOffset>());
        Assert.Contains(article["persons"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "Hélène Vasseur");
        var vasseur = Assert.Single((await _service.GetJsonAsync("/api/persons?search=vasseur"))["items"]!.AsArray())!;
        Assert.Equal(2, vasseur["articleCount"]!.GetValue<int>());
        Assert.NotNull((await _service.GetJsonAsync("/api/dates/2026-11-17"))["key"]);

        // Found by the file it came from, as is the new arrival, whose body is stored as bytes.
        var traced = await _service.GetJsonAsync($"/api/lineage?file={Uri.EscapeDataString(stored["data"]!["sourceFile"]!.GetValue<string>())}");
        Assert.Equal(streamId, traced["articleId"]!.GetValue<string>());
        var fresh = await _service.GetJsonAsync("/api/lineage?file=nouveau.txt");
        Assert.Equal("article", fresh["outcome"]!.GetValue<string>());
        Assert.NotEqual(streamId, fresh["articleId"]!.GetValue<string>());

        var before = await SnapshotAsync();
        var rebuild = await Launcher.RunAsync(_service.Environment, "rebuild", "--all");
        Assert.True(rebuild.ExitCode == 0, rebuild.Output + rebuild.Error);
        await WaitForViewsAsync();
        Assert.Equal(before, await SnapshotAsync());
    }

    private Task<HttpResponseMessage> PostRebuildAsync(string query) => PostRebuildAsync(_service, Token, query);

    /// <summary>Starts a rebuild through the API (<paramref name="query"/>: empty for every view, or "?projection=NAME").</summary>
    internal static async Task<HttpResponseMessage> PostRebuildAsync(EventNewsService service, string token, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/rebuild" + query) { Headers = { { "X-Admin-Token", token } } };
        return await service.Http.SendAsync(request);
    }

    /// <summary>Waits up to <paramref name="seconds"/> for the running rebuild to end, and checks that it succeeded.</summary>
    internal static async Task WaitForRebuildToSucceedAsync(EventNewsService service, int seconds)
    {
        await Eventually.Until(
            async () => (await service.StatusAsync())["rebuild"]!["state"]!.GetValue<string>() != "running",
            TimeSpan.FromSeconds(seconds),
            () => "the rebuild did not end");
        var progress = (await service.StatusAsync())["rebuild"]!;
        Assert.True(progress["state"]!.GetValue<string>() == "succeeded", progress.ToJsonString());
    }

    private Task WaitForViewsAsync() => WaitForViewsAsync(_service);

    private Task<string> SnapshotAsync() => SnapshotAsync(_service);

    /// <summary>Waits until no view is behind the event log.</summary>
    internal static async Task WaitForViewsAsync(EventNewsService service)
    {
        for (var i = 0; i < 600; i++)
        {
            var status = await service.StatusAsync();
            if (status["projections"]!.AsArray().All(p => p!["lag"]!.GetValue<long>() == 0))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"the views did not catch up: {(await service.StatusAsync()).ToJsonString()}");
    }

    /// <summary>A short article with persons and a date; each number gives another text.</summary>
    /// <summary>A service whose rebuilds take one event per batch: a copy records its progress from the first event on.</summary>
    internal static Task<EventNewsService> StartRebuildingOneEventAtATimeAsync(string token) =>
        EventNewsService.StartAsync(new Dictionary<string, string>
        {
            ["EventNews__AdminToken"] = token,
            ["EventNews__Rebuild__BatchSize"] = "1",
        });

    /// <summary>Drops <paramref name="count"/> stories and waits until every view has them.</summary>
    internal static async Task DropStoriesAsync(EventNewsService service, int count)
    {
        for (var i = 0; i < count; i++)
        {
            service.DropText($"avant-{i:000}.txt", Story(i));
        }

        await service.WaitForStatusAsync(articles: count);
        await WaitForViewsAsync(service);
    }

    /// <summary>
    /// Locks the progress row of the rebuild's copy of <paramref name="view"/> in <paramref name="held"/>
    /// as soon as the copy has recorded some, so that the copy waits there until the transaction ends;
    /// returns the event it had reached.
    /// </summary>
    internal static async Task<long> HoldCopyAsync(NpgsqlConnection holder, NpgsqlTransaction held, string view)
    {
        long copyAt = 0;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (copyAt == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the copy recorded no progress within 60 s");
            await using var hold = new NpgsqlCommand(
                $"select last_seq_id from eventnews.mt_event_progression where name = 'rebuild_{view}:All' for update", holder, held);
            copyAt = await hold.ExecuteScalarAsync() as long? ?? 0;
            await Task.Delay(5);
        }

        return copyAt;
    }

    internal static string Story(int i)
    {
        string[] people = ["Claire Dubois", "Paul Martin", "Inès Roussel", "Marc Fontaine", "Julie Carpentier"];
        return $"Dépêche {i}. La ministre {people[i % 5]} a rencontré {people[(i + 2) % 5]} à Lyon le {(i % 28) + 1} mars 2024 "
            + $"pour discuter du dossier numéro {i * 7919 % 100003}. {people[i % 5]} a promis une réponse avant l'été.";
    }

    /// <summary>Every document of every view, as the API serves it, in a stable order.</summary>
    internal static async Task<string> SnapshotAsync(EventNewsService service)
    {
        var snapshot = new JsonArray();
        var articles = await service.GetJsonAsync("/api/articles?pageSize=500");
        foreach (var item in articles["items"]!.AsArray().OrderBy(i => i!["id"]!.GetValue<string>(), StringComparer.Ordinal))
        {
            snapshot.Add(await service.GetJsonAsync($"/api/articles/{item!["id"]}"));
        }

        foreach (var person in (await service.GetJsonAsync("/api/persons?pageSize=500"))["items"]!.AsArray().OrderBy(p => p!["id"]!.GetValue<string>(), StringComparer.Ordinal))
        {
            snapshot.Add(await service.GetJsonAsync($"/api/persons/{person!["id"]}"));
        }

        foreach (var date in (await service.GetJsonAsync("/api/dates"))["items"]!.AsArray())
        {
            snapshot.Add(await service.GetJsonAsync($"/api/dates/{date!["key"]}"));
        }

        foreach (var cluster in (await service.GetJsonAsync("/api/clusters?pageSize=500"))["items"]!.AsArray().OrderBy(c => c!["id"]!.GetValue<string>(), StringComparer.Ordinal))
        {
            snapshot.Add(await service.GetJsonAsync($"/api/clusters/{cluster!["id"]}"));
        }

        return snapshot.ToJsonString();
    }
}

/// <summary>
/// A rebuild in batches of 7 events, holding up to 20 documents back: the 5 persons wait in memory
/// until the end, each batch reading them back from there; the 30 dates (28 days, a month, a year)
/// are written whenever 20 wait, every third batch or so. The views come out as the live ones.
/// </summary>
public class RebuildsInSmallBatches : IAsyncLifetime
{
    private EventNewsService _service = null!;

    public async Task InitializeAsync() =>
        _service = await EventNewsService.StartAsync(new Dictionary<string, string>
        {
            ["EventNews__AdminToken"] = "jeton-de-test",
            ["EventNews__Rebuild__BatchSize"] = "7",
            ["EventNews__Rebuild__DocumentsInMemory"] = "20",
        });

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Views_rebuilt_seven_events_at_a_time_with_documents_held_back_in_memory_equal_the_live_views()
    {
        const int Count = 45;
        for (var i = 0; i < Count; i++)
        {
            _service.DropText($"depeche-{i:00}.txt", Rebuilds.Story(i));
        }

        await _service.WaitForStatusAsync(articles: Count);
        await Rebuilds.WaitForViewsAsync(_service);
        var before = await Rebuilds.SnapshotAsync(_service);
        Assert.Contains("Claire Dubois", before, StringComparison.Ordinal);
        Assert.Contains("2024-03-28", before, StringComparison.Ordinal);

        var rebuild = await Launcher.RunAsync(_service.Environment, "rebuild", "--all");
        Assert.True(rebuild.ExitCode == 0, rebuild.Output + rebuild.Error);

        // A copy is swapped in only once its stored progress reached the end of the log.
        var progress = (await _service.StatusAsync())["rebuild"]!;
        Assert.Equal(["articles", "persons", "dates", "clusters"], progress["swapped"]!.AsArray().Select(v => v!.GetValue<string>()));
        await Rebuilds.WaitForViewsAsync(_service);
        Assert.Equal(before, await Rebuilds.SnapshotAsync(_service));
    }
}

/// <summary>
/// The switch from the current view to its rebuilt copy, held open by the test for longer than the
/// projection coordinator waits between its looks for stopped agents (5 s). The copy is held back
/// first, so that the current views are ahead of it when the switch comes: the copy must apply what
/// arrived meanwhile, up to where the current views stopped, and the switched view go on from there.
/// </summary>
public class RebuildSwaps : IAsyncLifetime
{
    private const string Token = "jeton-de-test";
    private static readonly TimeSpan CoordinatorLooksEvery = TimeSpan.FromSeconds(5);
    private EventNewsService _service = null!;

    public async Task InitializeAsync() => _service = await Rebuilds.StartRebuildingOneEventAtATimeAsync(Token);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task A_view_switched_in_while_the_coordinator_looks_for_stopped_agents_first_applies_what_arrived_during_its_rebuild()
    {
        const int Before = 300;
        const int During = 10;
        await Rebuilds.DropStoriesAsync(_service, Before);

        var connectionString = _service.Environment["ConnectionStrings__Postgres"];
        await using var copyHolder = new NpgsqlConnection(connectionString);
        await copyHolder.OpenAsync();
        await using var switchHolder = new NpgsqlConnection(connectionString);
        await switchHolder.OpenAsync();

        using (var started = await Rebuilds.PostRebuildAsync(_service, Token, "?projection=articles"))
        {
            Assert.Equal(System.Net.HttpStatusCode.Accepted, started.StatusCode);
        }

        // 1. The copy waits to record its progress, as soon as it recorded some.
        await using var copyHeld = await copyHolder.BeginTransactionAsync();
        var copyAt = await Rebuilds.HoldCopyAsync(copyHolder, copyHeld, "articles");

        Assert.True(copyAt < Before, $"the copy had replayed {copyAt} of {Before} events before it could be held");

        // 2. Meanwhile new files reach the current view.
        for (var i = 0; i < During; i++)
        {
            _service.DropText($"pendant-{i:00}.txt", Rebuilds.Story(1000 + i));
        }

        await _service.WaitForStatusAsync(articles: Before + During);
        var ahead = await ProgressAsync("articles:All");
        Assert.Equal(Before + During, ahead);

        // 3. The copy finishes; its switch waits behind a reader of the current table, then goes on.
        await using var switchHeld = await switchHolder.BeginTransactionAsync();
        await using (var read = new NpgsqlCommand("lock table eventnews.mt_doc_articleview in access share mode", switchHolder, switchHeld))
        {
            await read.ExecuteNonQueryAsync();
        }

        await copyHeld.CommitAsync();
        await Eventually.Until(
            async () => await ScalarAsync(
                "select count(*) from pg_locks l join pg_class c on c.oid = l.relation where c.relname = 'mt_doc_articleview' and l.mode = 'AccessExclusiveLock' and not l.granted") is 1L,
            TimeSpan.FromSeconds(60),
            () => "the switch never waited for the current table");
        await Task.Delay(CoordinatorLooksEvery + TimeSpan.FromSeconds(2));

        // Paused for the switch, the projections leave the service ready, and say why.
        using (var ready = await _service.Http.GetAsync("/health/ready"))
        {
            var body = await ready.Content.ReadAsStringAsync();
            Assert.True(ready.IsSuccessStatusCode, body);
            var daemon = JsonNode.Parse(body)!["checks"]!["projection-daemon"]!;
            Assert.Equal("Degraded", daemon["status"]!.GetValue<string>());
            Assert.Contains("rebuilt view", daemon["description"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        await switchHeld.CommitAsync();

        // 4. The copy applied what arrived while it was being built, and the view goes on from there.
        await Rebuilds.WaitForRebuildToSucceedAsync(_service, seconds: 60);
        await Rebuilds.WaitForViewsAsync(_service);
        Assert.Equal(Before + During, (await _service.GetJsonAsync("/api/articles?pageSize=1"))["total"]!.GetValue<long>());
        Assert.Equal(Before + During, await ProgressAsync("articles:All"));
        Assert.Contains("applies events", _service.Log, StringComparison.Ordinal);
        using (var ready = await _service.Http.GetAsync("/health/ready"))
        {
            var body = await ready.Content.ReadAsStringAsync();
            Assert.Equal("Healthy", JsonNode.Parse(body)!["checks"]!["projection-daemon"]!["status"]!.GetValue<string>());
        }

        async Task<long> ProgressAsync(string name) =>
            (long)(await ScalarAsync($"select last_seq_id from eventnews.mt_event_progression where name = '{name}'"))!;

        async Task<object?> ScalarAsync(string sql)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            return await command.ExecuteScalarAsync();
        }
    }
}

/// <summary>
/// Queries while a rebuild runs. The rebuild takes one event per batch and the test holds the article
/// copy's progress once it has recorded some, so the rebuild is still running for as many rounds of
/// queries as the test makes, however fast the machine replays.
/// </summary>
public class RebuildsWhileQueried : IAsyncLifetime
{
    private const string Token = "jeton-de-test";
    private EventNewsService _service = null!;

    public async Task InitializeAsync() => _service = await Rebuilds.StartRebuildingOneEventAtATimeAsync(Token);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Queries_keep_answering_from_the_current_views_during_a_rebuild_and_files_dropped_meanwhile_appear_after_it()
    {
        const int Before = 300;
        const int During = 20;
        const int Rounds = 5;
        await Rebuilds.DropStoriesAsync(_service, Before);
        var persons = (await _service.GetJsonAsync("/api/persons?pageSize=1"))["total"]!.GetValue<long>();
        Assert.True(persons >= 3, $"only {persons} persons");

        await using var holder = new NpgsqlConnection(_service.Environment["ConnectionStrings__Postgres"]);
        await holder.OpenAsync();
        using (var started = await Rebuilds.PostRebuildAsync(_service, Token, string.Empty))
        {
            Assert.Equal(System.Net.HttpStatusCode.Accepted, started.StatusCode);
        }

        // The article copy waits to record its progress, as soon as it recorded some.
        var held = await holder.BeginTransactionAsync();
        await Rebuilds.HoldCopyAsync(holder, held, "articles");

        for (var round = 0; round < Rounds; round++)
        {
            var articles = (await _service.GetJsonAsync("/api/articles?pageSize=1"))["total"]!.GetValue<long>();
            var people = (await _service.GetJsonAsync("/api/persons?pageSize=1"))["total"]!.GetValue<long>();
            var dates = (await _service.GetJsonAsync("/api/dates"))["items"]!.AsArray().Count;
            var state = (await _service.StatusAsync())["rebuild"]!["state"]!.GetValue<string>();
            Assert.Equal("running", state);
            Assert.True(articles >= Before, $"{articles} articles answered during the rebuild, {Before} before it");
            Assert.True(people >= persons, $"{people} persons answered during the rebuild, {persons} before it");
            Assert.True(dates > 0, "no dates answered during the rebuild");
            if (round == 0)
            {
                for (var i = 0; i < During; i++)
                {
                    _service.DropText($"pendant-{i:00}.txt", Rebuilds.Story(1000 + i) + " Le maire Octave Lenoir a salué l'initiative.");
                }
            }

            await Task.Delay(50);
        }

        await held.RollbackAsync();
        await held.DisposeAsync();
        JsonNode progress;
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while ((progress = (await _service.StatusAsync())["rebuild"]!)["state"]!.GetValue<string>() == "running")
        {
            Assert.True(DateTime.UtcNow < deadline, "the rebuild did not end within 3 minutes of being let go");
            await Task.Delay(100);
        }

        Assert.True(progress["state"]!.GetValue<string>() == "succeeded", progress.ToJsonString());
        await _service.WaitForStatusAsync(articles: Before + During);
        await Rebuilds.WaitForViewsAsync(_service);
        Assert.Equal(Before + During, (await _service.GetJsonAsync("/api/articles?pageSize=1"))["total"]!.GetValue<long>());
        var lenoir = (await _service.GetJsonAsync("/api/persons?search=lenoir"))["items"]!.AsArray();
        Assert.Equal(During, Assert.Single(lenoir)!["articleCount"]!.GetValue<int>());
    }
}
