using EventNews.Analysis;
using EventNews.Contracts;
using JasperFx.Events;
using JasperFx.Events.Grouping;
using Marten;
using Marten.Events.Aggregation;

namespace EventNews.Projections.Articles;

/// <summary>A date as precise as the source said it: value "2022-10" with precision "month".</summary>
public sealed record DateValue(string? Value, string Precision)
{
    public static readonly DateValue Unknown = new(null, "unknown");

    public static DateValue From(PartialDate? date) =>
        date is null ? Unknown : new DateValue(date.Key, date.Precision.ToString().ToLowerInvariant());
}

public sealed record PersonRef(string Id, string Name);

public sealed record MentionView(string PersonId, string Name, string Surface, int Start, int Length);

public sealed record MentionedDateView(string Value, string Precision, string Surface, int Start, int Length);

public sealed record DroppedView(int Start, int Length, string Kind);

/// <summary>
/// One article as users see it: where it came from, what it says, what was derived from it. The
/// stored view leaves out the text (null): the article's event holds it, and the view is served with
/// it from there. Stored twice, it made more than half of every article document, and the database
/// parses every stored document.
/// </summary>
public sealed record ArticleView(
    string Id,
    string Title,
    string SourceFile,
    DateValue Published,
    string PublishedSource,
    IReadOnlyList<PersonRef> Persons,
    string? ClusterId,
    long SizeBytes,
    string Format,
    string Encoding,
    string BytesSha256,
    DateTimeOffset ReceivedAt,
    DateTimeOffset ArrivedAt,
    string? Text,
    IReadOnlyList<MentionView> Mentions,
    IReadOnlyList<MentionedDateView> MentionedDates,
    IReadOnlyList<DroppedView> Dropped,
    int Repeats,
    string? TraceId = null)
{
    /// <summary>
    /// For an article that gives no publication date: the date span of its story cluster, marked
    /// as inferred. Filled in when the article is served, not stored.
    /// </summary>
    public InferredDate? PublishedInferred { get; init; }

    /// <summary>Who delivered it: the producer's or feed's name, "inbox" for a plain file.</summary>
    public string? Source { get; init; }

    /// <summary>Title, source file and source, folded (<see cref="Projections.SearchText"/>): what a search of the articles looks in.</summary>
    public string SearchText { get; init; } = string.Empty;
}

/// <summary>A date inferred from other articles of the same story: the cluster's first date and its precision.</summary>
public sealed record InferredDate(string Value, string Precision, string From, bool Inferred = true);

public sealed class ArticleViewProjection : SingleStreamProjection<ArticleView, string>
{
    public const string ProjectionName = "articles";
    private static readonly TimeSpan ReplayAge = TimeSpan.FromHours(1);
    private readonly ArticleAnalyses _analyses;
    private readonly SequenceCeiling _ceiling;

    /// <param name="analyses">Where the article analyses come from.</param>
    /// <param name="name">The projection's name; a rebuild builds a second copy under another name.</param>
    /// <param name="ceiling">The last event it may apply (a rebuilt copy's); every event when null.</param>
    public ArticleViewProjection(ArticleAnalyses analyses, string name = ProjectionName, SequenceCeiling? ceiling = null)
    {
        _analyses = analyses;
        _ceiling = ceiling ?? new SequenceCeiling();
        Name = name;
        IncludeType<ArticleReceived>();
        IncludeType<ArticleReceivedAgain>();
    }

    /// <summary>Analyses the batch's arrivals on every core before they are applied one by one.</summary>
    public override Task EnrichEventsAsync(SliceGroup<ArticleView, string> group, IQuerySession querySession, CancellationToken cancellation)
    {
        _analyses.Prepare(group.Slices.SelectMany(slice => slice.Events()), AnalysisParts.All);
        return Task.CompletedTask;
    }

    /// <summary>An arrival makes the article's document; each later delivery of the same content counts as a repeat.</summary>
    public override ArticleView? Evolve(ArticleView? snapshot, string id, IEvent e) =>
        !_ceiling.Admits(e) ? snapshot
        : e switch
        {
            IEvent<ArticleReceived> received => snapshot ?? NewView(received),
            IEvent<ArticleReceivedAgain> => snapshot is null ? null : snapshot with { Repeats = snapshot.Repeats + 1 },
            _ => snapshot,
        };

    private ArticleView NewView(IEvent<ArticleReceived> e)
    {
        using var activity = ProjectionTelemetry.StartApply(e, Name);
        var article = e.Data;
        var analysis = _analyses.Of(e, AnalysisParts.All);

        // A rebuild replays old events: their age says nothing about the pipeline now.
        var now = DateTimeOffset.UtcNow;
        if (now - e.Timestamp < ReplayAge)
        {
            ProjectionTelemetry.Latency.Record((now - article.ArrivedAt).TotalSeconds);
        }

        return new ArticleView(
            e.StreamKey!,
            analysis.Title,
            article.SourceFile,
            DateValue.From(analysis.Published.Date),
            analysis.Published.Source,
            analysis.Persons.Select(p => new PersonRef(p.PersonId, p.CanonicalName)).ToList(),
            null,
            article.SizeBytes,
            article.Format,
            article.Encoding,
            article.BytesSha256,
            article.ReceivedAt,
            article.ArrivedAt,
            null,
            analysis.Mentions.Select(m => new MentionView(m.PersonId, m.CanonicalName, m.Surface, m.Start, m.Length)).ToList(),
            analysis.MentionedDates.Select(d => new MentionedDateView(d.Date.Key, d.Date.Precision.ToString().ToLowerInvariant(), d.Surface, d.Start, d.Length)).ToList(),
            analysis.Dropped.Select(d => new DroppedView(d.Start, d.Length, d.Kind)).ToList(),
            0,
            ProjectionTelemetry.TraceIdOf(e))
        {
            Source = article.Source,
            SearchText = Projections.SearchText.Fold($"{analysis.Title} | {article.SourceFile} | {article.Source}"),
        };
    }
}
