using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace EventNews.EndToEnd.Tests;

public sealed class Observability(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly OtlpReceiver _collector = new();
    private EventNewsService _service = null!;

    public async Task InitializeAsync() => _service = await EventNewsService.StartAsync(new Dictionary<string, string>
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = _collector.Endpoint,
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
    });

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        _collector.Dispose();
    }

    [Fact]
    public async Task A_file_is_traced_from_the_inbox_through_the_broker_and_the_store_to_the_linked_projection_spans_and_measured()
    {
        _service.Drop(Launcher.Samples[0], "traced.txt");
        await _service.WaitForStatusAsync(articles: 1);
        var lineage = await _service.GetJsonAsync("/api/lineage?file=traced.txt");
        var traceId = lineage["traceId"]!.GetValue<string>();
        var article = await _service.GetJsonAsync($"/api/articles/{lineage["articleId"]}");
        Assert.Equal(traceId, article["traceId"]!.GetValue<string>());

        string Describe() => string.Join('\n', _collector.Spans.Select(s => $"{s.Service} {s.TraceId} {s.SpanId} <- {s.ParentSpanId} {s.Name} links={string.Join(',', s.Links.Select(l => l.TraceId))}"));
        await Eventually.Until(
            () => _collector.Spans.Any(s => s.Name == "projection.apply" && s.Links.Any(l => l.TraceId == traceId))
                && _collector.MetricsContain("eventnews.articles.stored")
                && _collector.MetricsContain("eventnews.article.latency"),
            TimeSpan.FromSeconds(30),
            () => "spans and metrics did not arrive:\n" + Describe());

        var trace = _collector.Spans.Where(s => s.TraceId == traceId).ToList();
        output.WriteLine(Describe());
        var file = Assert.Single(trace, s => s.Name == "inbox.file");
        var publish = Assert.Single(trace, s => s.ParentSpanId == file.SpanId);
        Assert.EndsWith(" send", publish.Name, StringComparison.Ordinal);
        Assert.Contains(trace, s => s.ParentSpanId == publish.SpanId);
        Assert.True(trace.Count >= 4, "the trace should hold the file, publish, receive and consume spans:\n" + Describe());
        Assert.Contains(_collector.Spans, s => s.Name == "projection.apply" && s.Links.Any(l => l.TraceId == traceId));
        Assert.True(_collector.MetricsContain("eventnews.inbox.files"));
    }

    [Fact]
    public async Task Lineage_says_what_became_of_an_article_file_and_of_a_rejected_file()
    {
        _service.Drop(Launcher.Samples[1], "bon.txt");
        _service.DropText("vide.txt", "");
        await _service.WaitForStatusAsync(articles: 1, rejected: 1);
        _service.Drop(Launcher.Samples[1], "copie.txt");
        await _service.WaitForStatusAsync(articles: 1, rejected: 1, duplicates: 1);

        var stored = await _service.GetJsonAsync("/api/lineage?file=bon.txt");
        Assert.Equal("article", stored["outcome"]!.GetValue<string>());
        var id = stored["articleId"]!.GetValue<string>();
        Assert.Equal(64, stored["bytesSha256"]!.GetValue<string>().Length);
        Assert.NotNull(stored["messageId"]);
        Assert.Matches("^[0-9a-f]{32}$", stored["traceId"]!.GetValue<string>());
        Assert.True(stored["events"]!.AsArray()[0]!["sequence"]!.GetValue<long>() > 0);
        Assert.NotEmpty(stored["views"]!["persons"]!.AsArray());
        Assert.StartsWith("s-", stored["views"]!["clusterId"]!.GetValue<string>(), StringComparison.Ordinal);

        var byId = await _service.GetJsonAsync($"/api/articles/{id}/lineage");
        Assert.Equal("bon.txt", byId["sourceFile"]!.GetValue<string>());

        var repeat = await _service.GetJsonAsync("/api/lineage?file=copie.txt");
        Assert.Equal("repeat", repeat["outcome"]!.GetValue<string>());
        Assert.Equal(id, repeat["articleId"]!.GetValue<string>());
        Assert.Equal(2, repeat["events"]!.AsArray().Count);

        var rejected = await _service.GetJsonAsync("/api/lineage?file=vide.txt");
        Assert.Equal("rejected", rejected["outcome"]!.GetValue<string>());
        Assert.Equal("empty", rejected["rejection"]!["reason"]!.GetValue<string>());
        Assert.Null(rejected["articleId"]);

        var cli = await Launcher.RunAsync(_service.Environment, "trace", "bon.txt");
        Assert.True(cli.ExitCode == 0, cli.Error);
        Assert.Contains(id, cli.Output, StringComparison.Ordinal);
        Assert.Contains(stored["traceId"]!.GetValue<string>(), cli.Output, StringComparison.Ordinal);

        var cliById = await Launcher.RunAsync(_service.Environment, "trace", id, "--json");
        Assert.Equal(0, cliById.ExitCode);
        Assert.Equal("bon.txt", JsonNode.Parse(cliById.Output)!["sourceFile"]!.GetValue<string>());

        var cliRejected = await Launcher.RunAsync(_service.Environment, "trace", "vide.txt");
        Assert.True(cliRejected.ExitCode == 0, cliRejected.Error);
        Assert.Contains("rejected", cliRejected.Output, StringComparison.Ordinal);
        Assert.Contains("empty", cliRejected.Output, StringComparison.Ordinal);

        var unknown = await Launcher.RunAsync(_service.Environment, "trace", "jamais-vu.txt");
        Assert.Equal(3, unknown.ExitCode);
    }
}
