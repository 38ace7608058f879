using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace EventNews.Host.Cli;

/// <summary>Commands that ask a running service, mirroring the HTTP API.</summary>
public static class QueryCommands
{
    private static readonly Option<string> Server = new("--server")
    {
        Description = "The service to ask (env EVENTNEWS_SERVER)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("EVENTNEWS_SERVER") is { Length: > 0 } s ? s : "http://127.0.0.1:5080",
        Recursive = true,
    };

    private static readonly Option<bool> Json = new("--json") { Description = "Print the API's JSON instead of a table" };

    public static IEnumerable<Command> All()
    {
        yield return Articles();
        yield return Article();
        yield return Status();
    }

    private static Command Articles()
    {
        var page = new Option<int>("--page") { Description = "Page number", DefaultValueFactory = _ => 1 };
        var pageSize = new Option<int>("--page-size") { Description = "Articles per page (1-500)", DefaultValueFactory = _ => 50 };
        var command = new Command("articles", "List articles, newest first") { page, pageSize, Json, Server };
        command.SetAction((parse, ct) => RunAsync(parse, $"/api/articles?page={parse.GetValue(page)}&pageSize={parse.GetValue(pageSize)}", body =>
        {
            var table = new Table().AddColumns("Id", "Published", "Source file", "Title");
            foreach (var item in body["items"]!.AsArray())
            {
                table.AddRow(Text(item!["id"]), Text(item["published"]?["value"], "—"), Text(item["sourceFile"]), Text(Shorten(item["title"]?.ToString(), 60)));
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"[grey]{Text(body["items"]!.AsArray().Count.ToString(System.Globalization.CultureInfo.InvariantCulture))} of {Text(body["total"])} article(s)[/]");
        }, ct));
        return command;
    }

    private static Command Article()
    {
        var id = new Argument<string>("id") { Description = "Article id" };
        var command = new Command("article", "Show one article") { id, Json, Server };
        command.SetAction((parse, ct) => RunAsync(parse, $"/api/articles/{Uri.EscapeDataString(parse.GetValue(id)!)}", body =>
        {
            var grid = new Grid().AddColumn().AddColumn();
            foreach (var (label, value) in new[]
            {
                ("Id", body["id"]), ("Title", body["title"]), ("Source file", body["sourceFile"]),
                ("Published", body["published"]?["value"]), ("Precision", body["published"]?["precision"]),
                ("Format", body["format"]), ("Encoding", body["encoding"]), ("Received", body["receivedAt"]),
            })
            {
                grid.AddRow(new Markup($"[bold]{label}[/]"), new Text(value?.ToString() ?? "—"));
            }

            AnsiConsole.Write(grid);
            AnsiConsole.WriteLine();
            AnsiConsole.WriteLine(body["text"]?.ToString() ?? string.Empty);
        }, ct));
        return command;
    }

    private static Command Status()
    {
        var command = new Command("status", "Counts, and how far each view is behind the event log") { Json, Server };
        command.SetAction((parse, ct) => RunAsync(parse, "/api/status", body =>
        {
            var grid = new Grid().AddColumn().AddColumn();
            foreach (var key in new[] { "articles", "duplicates", "rejected", "failed", "events" })
            {
                grid.AddRow(new Markup($"[bold]{key}[/]"), new Text(body[key]?.ToString() ?? "0"));
            }

            AnsiConsole.Write(grid);
            var table = new Table().AddColumns("Projection", "Position", "Lag");
            foreach (var projection in body["projections"]!.AsArray())
            {
                var lag = projection!["lag"]!.GetValue<long>();
                table.AddRow(Text(projection["name"]), Text(projection["sequence"]), lag == 0 ? "[green]0 (caught up)[/]" : $"[yellow]{lag}[/]");
            }

            AnsiConsole.Write(table);
        }, ct));
        return command;
    }

    private static string Shorten(string? text, int length) =>
        text is null || text.Length <= length ? text ?? string.Empty : string.Concat(text.AsSpan(0, length - 1), "…");

    private static string Text(object? value, string empty = "") => Markup.Escape(value?.ToString() ?? empty);

    private static async Task<int> RunAsync(ParseResult parse, string path, Action<JsonNode> render, CancellationToken cancellationToken)
    {
        var server = parse.GetValue(Server)!.TrimEnd('/');
        if (!Uri.TryCreate(server, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
        {
            await Console.Error.WriteLineAsync($"eventnews: --server must be an http(s) URL (got '{server}')");
            return EventNewsCommandLine.UsageError;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(server + path, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"eventnews: cannot reach the service at {server} ({ex.Message}); is ./eventnews run running?");
            return 1;
        }

        using (response)
        {
            var content = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var detail = TryParse(content)?["detail"]?.ToString() ?? response.ReasonPhrase;
                await Console.Error.WriteLineAsync($"eventnews: {detail}");
                return (int)response.StatusCode switch { 404 => 3, 400 => EventNewsCommandLine.UsageError, _ => 1 };
            }

            var body = TryParse(content);
            if (body is null)
            {
                await Console.Error.WriteLineAsync($"eventnews: {server} did not answer with JSON; is it an EventNews service?");
                return 1;
            }

            // Piped output is not wrapped at a guessed terminal width.
            if (Console.IsOutputRedirected)
            {
                AnsiConsole.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 40 ? columns : 240;
            }

            if (parse.GetValue(Json))
            {
                Console.WriteLine(body.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                render(body);
            }

            return 0;
        }
    }

    private static JsonNode? TryParse(string content)
    {
        try
        {
            return JsonNode.Parse(content);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
