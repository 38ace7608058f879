using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using EventNews.Host.EventStore;
using EventNews.Ingest.Articles;
using EventNews.Projections.Articles;
using EventNews.Projections.Dates;
using EventNews.Projections.People;
using EventNews.Projections.Stories;
using OpenTelemetry.Trace;
using Xunit.Abstractions;

namespace EventNews.EndToEnd.Tests;

/// <summary>
/// The spans of one file as the service's own tracer provider ends them, seen through an in-memory
/// exporter added to it: the service runs in the test process, against the real servers.
/// </summary>
public sealed class SpansOfOneFile(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly SpanList _spans = [];
    private InProcessService _service = null!;

    public async Task InitializeAsync() =>
        _service = await InProcessService.StartAsync(builder =>
            builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans)));

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task A_file_is_one_trace_from_the_inbox_span_through_publish_receive_and_consume_to_the_append_and_the_projection_spans_link_to_its_publish()
    {
        var bytes = await File.ReadAllBytesAsync(Launcher.Samples[0]);
        _service.Drop(Launcher.Samples[0], "traced.txt");
        var lineage = await WaitForJsonAsync("/api/lineage?file=traced.txt");
        var articleId = lineage["articleId"]!.GetValue<string>();
        var article = await WaitForJsonAsync($"/api/articles/{articleId}");
        var traceId = lineage["traceId"]!.GetValue<string>();

        // Another service may run in this process meanwhile (another test class), and its spans reach this exporter too.
        await Eventually.Until(
            () => _spans.Snapshot().Any(s => s.DisplayName == "inbox.file" && Tag(s, "eventnews.file.name") == "traced.txt")
                && _spans.Snapshot().Any(s => Tag(s, "messaging.masstransit.consumer_type") == typeof(ArticleReceivedConsumer).FullName && s.TraceId.ToHexString() == traceId)
                && ProjectionSpans(articleId).Select(s => Tag(s, "eventnews.projection")).Distinct().Count() == 4,
            TimeSpan.FromSeconds(30),
            () => "the spans of traced.txt did not all end:\n" + Describe());
        output.WriteLine(Describe());
        var spans = _spans.Snapshot();

        var file = Assert.Single(spans, s => s.DisplayName == "inbox.file" && Tag(s, "eventnews.file.name") == "traced.txt");
        Assert.Equal(ActivityKind.Producer, file.Kind);
        Assert.Equal(default, file.ParentSpanId);
        Assert.Equal(bytes.LongLength, file.GetTagItem("eventnews.file.size"));
        Assert.Equal("txt", Tag(file, "eventnews.file.format"));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), Tag(file, "eventnews.file.sha256"));
        Assert.Equal(ActivityStatusCode.Unset, file.Status);
        Assert.Equal(file.TraceId.ToHexString(), article["traceId"]?.GetValue<string>());

        // inbox.file ─ send ─ receive ─ process (batch) ─ process (our consumer) ─ marten ─ postgresql
        var publish = Assert.Single(ChildrenOf(file, spans));
        Assert.Equal(("MassTransit", "EventNews.Contracts:ArticleReceived send", ActivityKind.Producer), (publish.Source.Name, publish.DisplayName, publish.Kind));
        Assert.Equal("urn:message:EventNews.Contracts:ArticleReceived", Tag(publish, "messaging.masstransit.message_types"));
        Assert.Equal(lineage["messageId"]!.GetValue<string>(), Tag(publish, "messaging.masstransit.message_id"));

        var receive = Assert.Single(ChildrenOf(publish, spans));
        Assert.Equal(("MassTransit", "article-received receive", ActivityKind.Consumer), (receive.Source.Name, receive.DisplayName, receive.Kind));

        var consume = Assert.Single(spans, s => Tag(s, "messaging.masstransit.consumer_type") == typeof(ArticleReceivedConsumer).FullName && s.TraceId == file.TraceId);
        Assert.Equal(("MassTransit", "article-received process", "process"), (consume.Source.Name, consume.DisplayName, Tag(consume, "messaging.operation")));
        Assert.Contains(receive, AncestorsOf(consume, spans));

        // The call itself: on the first append of a fresh database, Marten may first check the event
        // schema in the same trace, and that query names the append function too.
        var append = Assert.Single(spans, s => s.Source.Name == "Npgsql" && s.TraceId == file.TraceId
            && Tag(s, "db.query.text")?.StartsWith($"select {EventStoreExtensions.Schema}.mt_quick_append_events(", StringComparison.Ordinal) == true);
        Assert.Equal((ActivityKind.Client, "postgresql", _service.Database), (append.Kind, Tag(append, "db.system.name"), Tag(append, "db.namespace")));
        var session = Assert.Single(spans, s => s.TraceId == file.TraceId && s.SpanId == append.ParentSpanId);
        Assert.Equal(("Marten", "marten.connection", consume.SpanId), (session.Source.Name, session.DisplayName, session.ParentSpanId));

        foreach (var (child, parent) in new[] { (publish, file), (receive, publish), (consume, receive), (session, consume), (append, session) })
        {
            Assert.Equal(file.TraceId, child.TraceId);
            Assert.True(child.StartTimeUtc >= parent.StartTimeUtc, $"{child.DisplayName} started before its parent {parent.DisplayName}");
        }

        // The daemon applies the event later and in batches: its spans link to the delivery's context.
        var applies = ProjectionSpans(articleId);
        Assert.Equal(
            [ArticleViewProjection.ProjectionName, StoryProjection.ProjectionName, DateViewProjection.ProjectionName, PersonViewProjection.ProjectionName],
            applies.Select(s => Tag(s, "eventnews.projection")!).Distinct().Order(StringComparer.Ordinal));
        Assert.All(applies, apply =>
        {
            var link = Assert.Single(apply.Links);
            Assert.Equal((file.TraceId, publish.SpanId), (link.Context.TraceId, link.Context.SpanId));
            Assert.True(apply.StartTimeUtc >= publish.StartTimeUtc);
            Assert.Equal(1L, apply.GetTagItem("eventnews.event.sequence"));
        });
    }

    [Fact]
    public async Task A_rejected_file_span_has_the_reason_and_an_error_status_and_its_rejection_is_stored_in_the_same_trace()
    {
        _service.DropText("vide.txt", "");
        var lineage = await WaitForJsonAsync("/api/lineage?file=vide.txt");
        Assert.Equal("rejected", lineage["outcome"]!.GetValue<string>());
        var traceId = lineage["traceId"]!.GetValue<string>();

        // Another service may run in this process meanwhile (another test class), and its spans reach this exporter too.
        await Eventually.Until(
            () => _spans.Snapshot().Any(s => s.DisplayName == "inbox.file" && Tag(s, "eventnews.file.name") == "vide.txt")
                && _spans.Snapshot().Any(s => Tag(s, "messaging.masstransit.consumer_type") == typeof(ArticleRejectedConsumer).FullName && s.TraceId.ToHexString() == traceId),
            TimeSpan.FromSeconds(30),
            () => "the spans of vide.txt did not all end:\n" + Describe());
        output.WriteLine(Describe());
        var spans = _spans.Snapshot();

        var file = Assert.Single(spans, s => s.DisplayName == "inbox.file" && Tag(s, "eventnews.file.name") == "vide.txt");
        Assert.Equal(0L, file.GetTagItem("eventnews.file.size"));
        Assert.Equal("empty", Tag(file, "eventnews.rejection.reason"));
        Assert.Equal(ActivityStatusCode.Error, file.Status);
        Assert.Equal("rejected: empty", file.StatusDescription);
        Assert.Equal(file.TraceId.ToHexString(), lineage["traceId"]?.GetValue<string>());

        var publish = Assert.Single(ChildrenOf(file, spans));
        Assert.Equal("EventNews.Contracts:ArticleRejected send", publish.DisplayName);
        var consume = Assert.Single(spans, s => Tag(s, "messaging.masstransit.consumer_type") == typeof(ArticleRejectedConsumer).FullName && s.TraceId == file.TraceId);
        Assert.Contains(publish, AncestorsOf(consume, spans));
        Assert.Contains(spans, s => s.Source.Name == "Npgsql" && AncestorsOf(s, spans).Contains(consume)
            && Tag(s, "db.query.text")?.Contains("append_events", StringComparison.Ordinal) == true);
    }

    private IReadOnlyList<Activity> ProjectionSpans(string articleId) =>
        _spans.Snapshot().Where(s => s.DisplayName == "projection.apply" && Tag(s, "eventnews.article.id") == articleId).ToList();

    private static string? Tag(Activity span, string key) => span.GetTagItem(key)?.ToString();

    private static IEnumerable<Activity> ChildrenOf(Activity parent, IReadOnlyList<Activity> spans) =>
        spans.Where(s => s.TraceId == parent.TraceId && s.ParentSpanId == parent.SpanId);

    private static List<Activity> AncestorsOf(Activity span, IReadOnlyList<Activity> spans)
    {
        var ancestors = new List<Activity>();
        for (var parent = span; ;)
        {
            parent = spans.FirstOrDefault(s => s.TraceId == parent.TraceId && s.SpanId == parent.ParentSpanId);
            if (parent is null)
            {
                return ancestors;
            }

            ancestors.Add(parent);
        }
    }

    private async Task<JsonNode> WaitForJsonAsync(string path)
    {
        JsonNode? found = null;
        await Eventually.Until(async () => (found = await _service.TryGetJsonAsync(path)) is not null, TimeSpan.FromSeconds(30), () => $"GET {path} never answered 200");
        return found!;
    }

    /// <summary>The traces of inbox files and the projection spans, for a failure message.</summary>
    private string Describe()
    {
        var spans = _spans.Snapshot();
        var files = spans.Where(s => s.DisplayName == "inbox.file").Select(s => s.TraceId).ToHashSet();
        return string.Join('\n', spans
            .Where(s => files.Contains(s.TraceId) || s.DisplayName == "projection.apply")
            .Select(s => $"{s.TraceId} {s.SpanId} <- {s.ParentSpanId} {s.Source.Name} \"{s.DisplayName}\" {s.Status} links={string.Join(',', s.Links.Select(l => $"{l.Context.TraceId}/{l.Context.SpanId}"))}{Query(s)}"));
    }

    private static string Query(Activity span) =>
        Tag(span, "db.query.text") is { } text ? " query=" + (text.Length > 200 ? text[..200] + "…" : text).ReplaceLineEndings(" ") : "";

    /// <summary>The exporter adds from the threads that end spans while the test reads.</summary>
    private sealed class SpanList : Collection<Activity>
    {
        public IReadOnlyList<Activity> Snapshot()
        {
            lock (Items)
            {
                return [.. Items];
            }
        }

        protected override void InsertItem(int index, Activity item)
        {
            lock (Items)
            {
                base.InsertItem(index, item);
            }
        }
    }
}
