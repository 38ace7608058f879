using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using JasperFx.Events;

namespace EventNews.Projections;

/// <summary>
/// The read side's spans and instruments, under the same "EventNews" names as the write side's.
/// The daemon applies events long after, and many at a time, so a projection span is not a child
/// of the delivery: it links to the trace context stored in the event's headers.
/// </summary>
public static class ProjectionTelemetry
{
    public const string Name = "EventNews";

    public static readonly ActivitySource Source = new(Name);
    public static readonly Meter Meter = new(Name);

    public static readonly Histogram<double> Latency = Meter.CreateHistogram<double>(
        "eventnews.article.latency", "s", "From a file's arrival in the inbox to its article in the article view");

    /// <summary>
    /// A "projection.apply" span for one event in one view, linked to the trace the event arrived in.
    /// None for the copies a rebuild replays (names starting with <see cref="ProjectionsExtensions.RebuildPrefix"/>):
    /// a replay applies every event of the log to its view, millions of spans that trace no arrival.
    /// </summary>
    public static Activity? StartApply(IEvent e, string projection)
    {
        if (!Source.HasListeners() || projection.StartsWith(ProjectionsExtensions.RebuildPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        ActivityLink[]? links = TryContextOf(e, out var context) ? [new ActivityLink(context)] : null;
        var activity = Source.StartActivity("projection.apply", ActivityKind.Internal, parentContext: default, links: links);
        activity?.SetTag("eventnews.projection", projection);
        activity?.SetTag("eventnews.article.id", e.StreamKey);
        activity?.SetTag("eventnews.event.sequence", e.Sequence);
        activity?.SetTag("eventnews.event.type", e.EventTypeName);
        return activity;
    }

    /// <summary>The trace id the event arrived in, as 32 hex digits, if it was traced.</summary>
    public static string? TraceIdOf(IEvent e) => TryContextOf(e, out var context) ? context.TraceId.ToHexString() : null;

    private static bool TryContextOf(IEvent e, out ActivityContext context)
    {
        context = default;
        var parent = Header(e, "traceparent");
        return parent is not null && ActivityContext.TryParse(parent, Header(e, "tracestate"), isRemote: true, out context);
    }

    // Headers read back from the database may come as JSON elements rather than strings.
    private static string? Header(IEvent e, string name) => e.GetHeader(name) switch
    {
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } j => j.GetString(),
        _ => null,
    };
}
