using System.Text.Json.Nodes;
using EventNews.Ingest.Articles;
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
        ["Logging__Console__FormatterName"] = "json",
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

        // What crossed the wire, by name: inbox ─ send ─ receive ─ … ─ consume ─ marten ─ postgresql.
        var trace = _collector.Spans.Where(s => s.TraceId == traceId).ToList();
        output.WriteLine(Describe());
        var file = Assert.Single(trace, s => s.Name == "inbox.file");
        Assert.Equal("traced.txt", file.Attribute("eventnews.file.name"));
        var publish = Assert.Single(trace, s => s.ParentSpanId == file.SpanId);
        Assert.Equal("EventNews.Contracts:ArticleReceived send", publish.Name);
        var receive = Assert.Single(trace, s => s.ParentSpanId == publish.SpanId);
        Assert.Equal("article-received receive", receive.Name);
        var consume = Assert.Single(trace, s => s.Attribute("messaging.masstransit.consumer_type") == typeof(ArticleReceivedConsumer).FullName);
        Assert.Equal("article-received process", consume.Name);
        Assert.True(IsBeneath(consume, receive, trace), "the consume span is not beneath the receive span:\n" + Describe());
        var session = Assert.Single(trace, s => s.ParentSpanId == consume.SpanId && s.Name == "marten.connection");
        Assert.Contains(trace, s => s.ParentSpanId == session.SpanId && s.Attribute("db.system.name") == "postgresql"
            && s.Attribute("db.query.text")?.Contains("append_events", StringComparison.Ordinal) == true);
        Assert.All(trace, s => Assert.Equal("eventnews", s.Service));

        var applies = _collector.Spans.Where(s => s.Name == "projection.apply" && s.Attribute("eventnews.article.id") == lineage["articleId"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(applies);
        Assert.All(applies, s => Assert.Equal(new OtlpReceiver.Link(traceId, publish.SpanId), Assert.Single(s.Links)));
        Assert.True(_collector.MetricsContain("eventnews.inbox.files"));
    }

    [Fact]
    public async Task A_log_line_written_inside_a_span_carries_its_trace_and_span_ids()
    {
        _service.DropText("vide.txt", "");
        await _service.WaitForStatusAsync(articles: 0, rejected: 1);
        await Eventually.Until(
            () => _collector.Spans.Any(s => s.Name == "inbox.file" && s.Attribute("eventnews.file.name") == "vide.txt"),
            TimeSpan.FromSeconds(30),
            () => "the span of vide.txt did not arrive");
        var file = Assert.Single(_collector.Spans, s => s.Name == "inbox.file" && s.Attribute("eventnews.file.name") == "vide.txt");
        Assert.Equal("empty", file.Attribute("eventnews.rejection.reason"));

        // Logging__Console__FormatterName=json: one object per line, the span's ids among its scopes.
        var rejected = _service.Log.Split('\n')
            .Where(line => line.StartsWith('{'))
            .Select(line => JsonNode.Parse(line)!)
            .Single(entry => entry["Message"]!.GetValue<string>().StartsWith("Rejected vide.txt: empty", StringComparison.Ordinal));
        Assert.Equal("Warning", rejected["LogLevel"]!.GetValue<string>());
        Assert.Equal("vide.txt", rejected["State"]!["File"]!.GetValue<string>());
        var scope = Assert.Single(rejected["Scopes"]!.AsArray(), s => s!["TraceId"] is not null)!;
        Assert.Equal((file.TraceId, file.SpanId), (scope["TraceId"]!.GetValue<string>(), scope["SpanId"]!.GetValue<string>()));
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

    private static bool IsBeneath(OtlpReceiver.Span span, OtlpReceiver.Span ancestor, IReadOnlyList<OtlpReceiver.Span> trace)
    {
        for (var parent = trace.FirstOrDefault(s => s.SpanId == span.ParentSpanId); parent is not null; parent = trace.FirstOrDefault(s => s.SpanId == parent.ParentSpanId))
        {
            if (parent.SpanId == ancestor.SpanId)
            {
                return true;
            }
        }

        return false;
    }
}
