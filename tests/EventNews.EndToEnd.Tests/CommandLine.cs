using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace EventNews.EndToEnd.Tests;

public class CommandLine
{
    [Theory]
    [InlineData("no-such-command")]
    [InlineData("run", "--no-such-flag")]
    [InlineData("article")]
    [InlineData("article", "")]
    [InlineData("person", " ")]
    [InlineData("cluster", "")]
    [InlineData("date", "")]
    [InlineData("trace", "")]
    public async Task A_usage_error_exits_with_2_and_one_readable_line(params string[] args)
    {
        var result = await Launcher.RunAsync(null, args);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("eventnews: ", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--inbox: the folder /proc/no-such-folder/inbox cannot be created", "loadgen", "--count", "3", "--inbox", "/proc/no-such-folder/inbox")]
    [InlineData("EventNews:Aliases names /nonexistent/aliases.txt, which does not exist", "eval", "--corpus", "{repository}/eval", "--aliases", "/nonexistent/aliases.txt")]
    public async Task A_command_given_a_path_it_cannot_use_exits_with_2_and_one_line(string expected, params string[] args)
    {
        var result = await Launcher.RunAsync(null, [.. args.Select(a => a.Replace("{repository}", Launcher.RepositoryRoot, StringComparison.Ordinal))]);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("eventnews: ", StringComparison.Ordinal));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_names_a_label_that_cannot_be_right_in_one_line()
    {
        var folder = Directory.CreateTempSubdirectory("eventnews-gold-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "corpus"));
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "corpus", "000_a.txt"), "Le ministre est arrivé mardi à Kiev.");
            await File.WriteAllTextAsync(
                Path.Combine(folder.FullName, "gold.json"),
                """{"articles": [{"file": "000_a.txt", "language": "fr", "published": {"value": "2025-03-06", "precision": "day"}, "persons": [], "mentionedDates": [{"surface": "mercredi", "value": "2025-03-05"}]}]}""");

            var result = await Launcher.RunAsync(null, "eval", "--corpus", folder.FullName);

            Assert.Equal(2, result.ExitCode);
            var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal($"eventnews: {Path.Combine(folder.FullName, "gold.json")}: 000_a.txt: the mentioned date \"mercredi\" does not occur in the article", line);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("run", "ConnectionStrings__Postgres", "Hst=127.0.0.1;Database=eventnews", "ConnectionStrings:Postgres cannot be read")]
    [InlineData("run", "ConnectionStrings__Postgres", "Host=127.0.0.1", "ConnectionStrings:Postgres names no Database")]
    [InlineData("ingest", "ConnectionStrings__RabbitMq", "http://127.0.0.1/", "ConnectionStrings:RabbitMq must be an amqp:// URI")]
    [InlineData("run", "EventNews__Concurrency", "0", "Concurrency")]
    [InlineData("run", "EventNews__Aliases", "/nonexistent/aliases.txt", "EventNews:Aliases names /nonexistent/aliases.txt")]
    [InlineData("projections", "EventNews__Clustering__MatchThreshold", "2", "EventNews:Clustering: MatchThreshold")]
    [InlineData("ingest", "EventNews__Archive", "/proc/no-such-folder/archive", "EventNews:Archive: the folder /proc/no-such-folder/archive cannot be created")]
    [InlineData("run", "--urls", "nonsense", "--urls: Invalid url: 'nonsense'")]
    public async Task A_setting_the_service_cannot_use_exits_with_2_and_one_line_that_names_it(string role, string setting, string value, string expected)
    {
        var inbox = Directory.CreateTempSubdirectory("eventnews-settings-");
        try
        {
            // Should the setting ever be taken, the service finds no PostgreSQL here and stops by itself.
            var environment = new Dictionary<string, string>
            {
                ["ConnectionStrings__Postgres"] = "Host=127.0.0.1;Port=9;Database=never;Username=eventnews;Password=eventnews",
            };
            var args = new List<string> { role, "--urls", setting == "--urls" ? value : "http://127.0.0.1:0" };
            if (role != "projections")
            {
                args.AddRange(["--inbox", inbox.FullName]);
            }

            if (!setting.StartsWith('-'))
            {
                environment[setting] = value;
            }

            var result = await Launcher.RunAsync(environment, [.. args]);

            Assert.Equal(2, result.ExitCode);
            var last = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
            Assert.StartsWith("eventnews: ", last, StringComparison.Ordinal);
            Assert.Contains(expected, last, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            inbox.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_service_whose_address_is_taken_exits_with_1_and_one_readable_line()
    {
        await using var service = await EventNewsService.PrepareAsync();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";

        var result = await Launcher.RunAsync(service.Environment, "run", "--inbox", service.Inbox, "--urls", url);

        Assert.Equal(1, result.ExitCode);
        var last = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        Assert.StartsWith("eventnews: cannot listen on " + url, last, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("articles")]
    [InlineData("person", "Sergueï Lavrov")]
    [InlineData("person", "lavrov")]
    public async Task A_query_without_a_service_exits_with_1_and_names_the_url(params string[] args)
    {
        var result = await Launcher.RunAsync(null, [.. args, "--server", "http://127.0.0.1:9"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("http://127.0.0.1:9", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queries_print_tables_and_the_api_json()
    {
        await using var service = await EventNewsService.StartAsync();
        service.Drop(Launcher.Samples[2]);
        await service.WaitForStatusAsync(articles: 1);

        var json = await Launcher.RunAsync(service.Environment, "articles", "--json");
        Assert.Equal(0, json.ExitCode);
        var list = JsonNode.Parse(json.Output)!;
        Assert.Equal(1, list["total"]!.GetValue<long>());
        var id = list["items"]![0]!["id"]!.GetValue<string>();

        var table = await Launcher.RunAsync(service.Environment, "articles");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains(id, table.Output, StringComparison.Ordinal);
        Assert.Contains("004_7c0963efd4a23422.txt", table.Output, StringComparison.Ordinal);

        var status = await Launcher.RunAsync(service.Environment, "status");
        Assert.Equal(0, status.ExitCode);
        Assert.Contains("caught up", status.Output, StringComparison.Ordinal);

        var missing = await Launcher.RunAsync(service.Environment, "article", "0123456789abcdef");
        Assert.Equal(3, missing.ExitCode);
        Assert.Contains("0123456789abcdef", missing.Error, StringComparison.Ordinal);

        var persons = await Launcher.RunAsync(service.Environment, "persons", "--search", "lavrov", "--json");
        Assert.Equal(0, persons.ExitCode);
        var lavrov = JsonNode.Parse(persons.Output)!["items"]![0]!;
        Assert.Equal("Sergei Lavrov", lavrov["name"]!.GetValue<string>());

        var personTable = await Launcher.RunAsync(service.Environment, "person", "Sergueï Lavrov");
        Assert.Equal(0, personTable.ExitCode);
        Assert.Contains("Sergei Lavrov", personTable.Output, StringComparison.Ordinal);
        Assert.Contains("Antony Blinken", personTable.Output, StringComparison.Ordinal);

        // A lower-case name reads like an id; no person has that id, so it is looked up as a name.
        var byName = await Launcher.RunAsync(service.Environment, "person", "lavrov", "--json");
        Assert.Equal(0, byName.ExitCode);
        Assert.Equal("sergei-lavrov", JsonNode.Parse(byName.Output)!["id"]!.GetValue<string>());
        var unknown = await Launcher.RunAsync(service.Environment, "person", "zorglub");
        Assert.Equal(3, unknown.ExitCode);
        Assert.Contains("zorglub", unknown.Error, StringComparison.Ordinal);

        var dates = await Launcher.RunAsync(service.Environment, "dates", "--json");
        Assert.Equal(0, dates.ExitCode);
        Assert.Contains(JsonNode.Parse(dates.Output)!["items"]!.AsArray(), d => d!["key"]!.GetValue<string>() == "2022-07");
        var july = await Launcher.RunAsync(service.Environment, "date", "2022-07");
        Assert.Equal(0, july.ExitCode);
        Assert.Contains(id, july.Output, StringComparison.Ordinal);
        var badDate = await Launcher.RunAsync(service.Environment, "date", "juillet");
        Assert.Equal(2, badDate.ExitCode);

        var clusters = await Launcher.RunAsync(service.Environment, "clusters", "--json");
        Assert.Equal(0, clusters.ExitCode);
        var clusterId = JsonNode.Parse(clusters.Output)!["items"]![0]!["id"]!.GetValue<string>();
        var cluster = await Launcher.RunAsync(service.Environment, "cluster", clusterId);
        Assert.Equal(0, cluster.ExitCode);
        Assert.Contains(id, cluster.Output, StringComparison.Ordinal);

        var filtered = await Launcher.RunAsync(service.Environment, "articles", "--json");
        Assert.Equal(0, filtered.ExitCode);
        using var byPerson = await service.Http.GetAsync($"/api/articles?person={lavrov["id"]}&date=2022&cluster={clusterId}");
        Assert.Equal(1, JsonNode.Parse(await byPerson.Content.ReadAsStringAsync())!["total"]!.GetValue<long>());
        using var nobody = await service.Http.GetAsync("/api/articles?person=personne");
        Assert.Equal(0, JsonNode.Parse(await nobody.Content.ReadAsStringAsync())!["total"]!.GetValue<long>());
    }
}
