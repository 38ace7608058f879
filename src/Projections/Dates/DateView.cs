using System.Collections.Concurrent;
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

    // The keys each article of the batches in flight files under, by event: worked out once at
    // grouping, since an article naming ten dates is applied to some thirty date views, each of
    // which asks. Two generations, because the next batch may be grouped while the last one is
    // still being applied; anything older is worked out again.
    private volatile ConcurrentDictionary<Guid, DateKeys> _keys = new();
    private volatile ConcurrentDictionary<Guid, DateKeys> _previousKeys = new();

    // A handful of keys each: arrays are searched as fast as sets and cost a fraction of them.
    private sealed record DateKeys(string[] Published, string[] Mentioned, string[] All);

    private DateKeys KeysOf(IEvent<ArticleReceived> e)
    {
        if (_keys.TryGetValue(e.Id, out var keys) || _previousKeys.TryGetValue(e.Id, out keys))
        {
            return keys;
        }

        var analysis = _analyses.Transient(e, Reads);
        string[] published = analysis.Published.Date is { } date ? [.. ArticleAnalyses.KeysOf(date)] : [];
        string[] mentioned = [.. analysis.MentionedDates.SelectMany(d => ArticleAnalyses.KeysOf(d.Date)).Distinct(StringComparer.Ordinal)];
        keys = new DateKeys(published, mentioned, [.. published.Union(mentioned, StringComparer.Ordinal)]);
        _keys[e.Id] = keys;
        return keys;
    }

    /// <param name="analyses">Where the article analyses come from.</param>
    /// <param name="name">The projection's name; a rebuild builds a second copy under another name.</param>
    public DateViewProjection(ArticleAnalyses analyses, string name = ProjectionName)
    {
        _analyses = analyses;
        Name = name;
        CustomGrouping((_, events, grouping) =>
        {
            _previousKeys = _keys;
            _keys = new ConcurrentDictionary<Guid, DateKeys>();
            var arrivals = events.OfType<IEvent<ArticleReceived>>().ToList();
            Parallel.ForEach(arrivals, e => KeysOf(e));
            foreach (var e in arrivals)
            {
                var keys = KeysOf(e);
                foreach (var key in keys.All)
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
        var keys = KeysOf(received);
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
