using EventNews.Analysis;
using EventNews.Contracts;
using EventNews.Projections.Articles;
using JasperFx.Events;
using Marten.Events.Projections;

namespace EventNews.Projections.Dates;

/// <summary>
/// One day, month or year: how many articles were published then and how many talk about it, with
/// the latest <see cref="LatestIds.Kept"/> of each. A month includes its days and a year its months.
/// </summary>
public sealed class DateView
{
    public string Key { get; set; } = string.Empty;

    public string Precision { get; set; } = string.Empty;

    public int Published { get; set; }

    public int Mentioned { get; set; }

    /// <summary>The latest articles published then, oldest first; /api/articles?date= pages through all.</summary>
    public List<string> LatestPublishedArticleIds { get; set; } = [];

    /// <summary>The latest articles that talk about the date, oldest first.</summary>
    public List<string> LatestMentionedArticleIds { get; set; } = [];
}

public sealed class DateViewProjection : MultiStreamProjection<DateView, string>
{
    public const string ProjectionName = "dates";

    /// <summary>The parts of an analysis the view reads.</summary>
    public const AnalysisParts Reads = AnalysisParts.MentionedDates;
    private readonly ArticleAnalyses _analyses;

    private readonly ArticleFacts<DateKeys> _keys;

    // The keys an article files under. A handful each: arrays are searched as fast as sets and cost a fraction of them.
    private sealed record DateKeys(string[] Published, string[] Mentioned, string[] All);

    private DateKeys KeysOf(IEvent<ArticleReceived> e)
    {
        var analysis = _analyses.Transient(e, Reads);
        string[] published = analysis.Published.Date is { } date ? [.. ArticleAnalyses.KeysOf(date)] : [];
        string[] mentioned = [.. analysis.MentionedDates.SelectMany(d => ArticleAnalyses.KeysOf(d.Date)).Distinct(StringComparer.Ordinal)];
        return new DateKeys(published, mentioned, [.. published.Union(mentioned, StringComparer.Ordinal)]);
    }

    /// <param name="analyses">Where the article analyses come from.</param>
    /// <param name="name">The projection's name; a rebuild builds a second copy under another name.</param>
    /// <param name="ceiling">The last event it may apply (a rebuilt copy's); every event when null.</param>
    public DateViewProjection(ArticleAnalyses analyses, string name = ProjectionName, SequenceCeiling? ceiling = null)
    {
        _analyses = analyses;
        Name = name;
        _keys = new ArticleFacts<DateKeys>(KeysOf, ceiling ?? new SequenceCeiling());
        CustomGrouping((_, events, grouping) =>
        {
            foreach (var e in _keys.Group(events))
            {
                foreach (var key in _keys.Of(e).All)
                {
                    grouping.AddEvent(key, e);
                }
            }

            return Task.CompletedTask;
        });
    }

    public override DateView? Evolve(DateView? snapshot, string id, IEvent e)
    {
        if (e is not IEvent<ArticleReceived> received)
        {
            return snapshot;
        }

        using var activity = ProjectionTelemetry.StartApply(e, Name);
        activity?.SetTag("eventnews.view.id", id);
        var keys = _keys.Of(received);
        var view = snapshot ?? new DateView { Key = id, Precision = DateValue.From(PartialDate.TryParseKey(id)).Precision };
        if (Array.IndexOf(keys.Published, id) >= 0)
        {
            view.Published++;
            LatestIds.Add(view.LatestPublishedArticleIds, received.StreamKey!);
        }

        if (Array.IndexOf(keys.Mentioned, id) >= 0)
        {
            view.Mentioned++;
            LatestIds.Add(view.LatestMentionedArticleIds, received.StreamKey!);
        }

        return view;
    }
}
