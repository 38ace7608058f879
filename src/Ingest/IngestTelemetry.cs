using System.Diagnostics;
using System.Diagnostics.Metrics;
using JasperFx.Events;

namespace EventNews.Ingest;

/// <summary>
/// The write side's spans and instruments. The projections have their own instance of the same
/// "EventNews" source and meter: listeners subscribe by name, so both appear as one.
/// </summary>
public static class IngestTelemetry
{
    public const string Name = "EventNews";
    public const string TraceParentHeader = "traceparent";
    public const string TraceStateHeader = "tracestate";

    public static readonly ActivitySource Source = new(Name);
    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> FilesSeen = Meter.CreateCounter<long>("eventnews.inbox.files", "{file}", "Files taken from the inbox");
    public static readonly Counter<long> ArticlesStored = Meter.CreateCounter<long>("eventnews.articles.stored", "{article}", "New articles appended to the event log");
    public static readonly Counter<long> Duplicates = Meter.CreateCounter<long>("eventnews.articles.duplicates", "{article}", "Deliveries of content already stored");
    public static readonly Counter<long> Rejections = Meter.CreateCounter<long>("eventnews.articles.rejected", "{file}", "Files or items rejected, by reason");

    /// <summary>
    /// Keeps the trace of the delivery with the event, so that the projection daemon, which works
    /// later and in batches, can link its spans to the file's trace.
    /// </summary>
    public static void Stamp(IEvent e, string? traceParent, string? traceState)
    {
        traceParent ??= Activity.Current?.Id;
        traceState ??= Activity.Current?.TraceStateString;
        if (traceParent is not null)
        {
            e.SetHeader(TraceParentHeader, traceParent);
        }

        if (!string.IsNullOrEmpty(traceState))
        {
            e.SetHeader(TraceStateHeader, traceState);
        }
    }
}
