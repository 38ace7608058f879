using System.Text.Json.Nodes;

namespace EventNews.EndToEnd.Tests;

public class CommandLine
{
    [Theory]
    [InlineData("no-such-command")]
    [InlineData("run", "--no-such-flag")]
    [InlineData("article")]
    public async Task A_usage_error_exits_with_2_and_one_readable_line(params string[] args)
    {
        var result = await Launcher.RunAsync(null, args);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("eventnews: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_without_a_service_exits_with_1_and_names_the_url()
    {
        var result = await Launcher.RunAsync(null, "articles", "--server", "http://127.0.0.1:9");

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
    }
}
