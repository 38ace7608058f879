using System.Collections.Concurrent;
using EventNews.Analysis;
using EventNews.Contracts;
using JasperFx.Events;

namespace EventNews.Projections.Articles;

/// <summary>
/// The analysis of each arrived article, shared by the views that need it. Several projections
/// see the same event; the analysis is deterministic, so it is computed once and kept briefly.
/// Each view asks for the parts it reads. The live views share one instance made with
/// <c>wholeAnalyses</c>: it always makes every part, since another view will ask for the rest. A
/// rebuild, which replays one view at a time, makes only what that view reads.
/// </summary>
public sealed class ArticleAnalyses(ArticleAnalyzer analyzer, bool wholeAnalyses = true)
{
    /// <summary>
    /// How many analyses are kept, the newest: enough for a view that runs this far behind the
    /// first to find them made. A view further behind analyses again.
    /// </summary>
    public const int Capacity = 6_000;

    // Each entry keeps the analyzer that made it: one made just before Use() must not serve after it.
    private readonly ConcurrentDictionary<Guid, Entry> _recent = new();

    // The kept ids, oldest first, and how many: the oldest go once there are more than Capacity.
    private readonly ConcurrentQueue<Guid> _order = new();
    private int _kept;
    private volatile ArticleAnalyzer _analyzer = analyzer;

    public ArticleAnalyzer Analyzer => _analyzer;

    /// <summary>
    /// Analyses from now on with <paramref name="next"/> (a new alias file, say); views reflect it for
    /// new articles at once and for all articles after a rebuild.
    /// </summary>
    public void Use(ArticleAnalyzer next)
    {
        _analyzer = next;
        _recent.Clear();
        _order.Clear();
        Interlocked.Exchange(ref _kept, 0);
    }

    /// <summary>
    /// Analyses the arrivals among <paramref name="events"/> on every core, so that the projection
    /// that goes through them one by one finds them done. The articles view calls it with each batch;
    /// the persons and dates views work out their facts on every core instead (see <c>ArticleFacts</c>).
    /// </summary>
    public void Prepare(IEnumerable<IEvent> events, AnalysisParts parts)
    {
        var arrivals = events.OfType<IEvent<ArticleReceived>>().ToList();
        if (arrivals.Count > 0)
        {
            Parallel.ForEach(arrivals, e => Of(e, parts));
        }
    }

    /// <summary>
    /// The analysis of <paramref name="e"/> with at least <paramref name="parts"/>. Made once: the
    /// live views follow the log side by side and ask for the same articles at the same moment, so
    /// a view that asks while another is making it waits for that one instead of making its own
    /// (each article was analysed about three times over otherwise; docs/benchmarks.md).
    /// </summary>
    public ArticleAnalysis Of(IEvent<ArticleReceived> e, AnalysisParts parts)
    {
        var analyzer = _analyzer;
        parts = wholeAnalyses ? AnalysisParts.All : parts;
        while (true)
        {
            var known = _recent.TryGetValue(e.Id, out var found) ? found : null;
            if (known is not null && known.Serves(analyzer, parts))
            {
                return known.Analysis;
            }

            var mine = new Entry(analyzer, parts, e);
            if (known is null ? !_recent.TryAdd(e.Id, mine) : !_recent.TryUpdate(e.Id, mine, known))
            {
                continue; // Another view came first: take its entry.
            }

            if (known is null)
            {
                Track(e.Id);
            }

            try
            {
                return mine.Analysis;
            }
            catch
            {
                // Nothing is kept of an analysis that failed: the next view to ask tries again.
                _recent.TryRemove(new KeyValuePair<Guid, Entry>(e.Id, mine));
                throw;
            }
        }
    }

    private void Track(Guid id)
    {
        _order.Enqueue(id);
        if (Interlocked.Increment(ref _kept) <= Capacity)
        {
            return;
        }

        while (Volatile.Read(ref _kept) > Capacity && _order.TryDequeue(out var oldest))
        {
            Interlocked.Decrement(ref _kept);
            _recent.TryRemove(oldest, out _);
        }
    }

    /// <summary>
    /// The analysis of <paramref name="e"/> for a view that keeps what it needs of it (see
    /// <c>ArticleFacts</c>). Made with <c>wholeAnalyses</c>, it is kept as by <see cref="Of"/>, for
    /// the other views; otherwise (a rebuild, one view at a time) it is made and not kept.
    /// </summary>
    public ArticleAnalysis Transient(IEvent<ArticleReceived> e, AnalysisParts parts)
    {
        if (wholeAnalyses)
        {
            return Of(e, parts);
        }

        var analyzer = _analyzer;
        return _recent.TryGetValue(e.Id, out var known) && known.Serves(analyzer, parts) && known.IsMade
            ? known.Analysis
            : Analyze(analyzer, e, parts);
    }

    private static ArticleAnalysis Analyze(ArticleAnalyzer analyzer, IEvent<ArticleReceived> e, AnalysisParts parts)
    {
        var article = e.Data;
        return analyzer.Analyze(new ArticleInput(article.Text, article.Title, article.PublishedAt, article.Language), parts);
    }

    /// <summary>One article's analysis, made by the first view that asks for it; the others wait for it.</summary>
    private sealed class Entry(ArticleAnalyzer by, AnalysisParts parts, IEvent<ArticleReceived> e)
    {
        private readonly Lazy<ArticleAnalysis> _analysis = new(() => ArticleAnalyses.Analyze(by, e, parts), LazyThreadSafetyMode.ExecutionAndPublication);

        public bool IsMade => _analysis.IsValueCreated;

        public ArticleAnalysis Analysis => _analysis.Value;

        /// <summary>Made (or being made) by <paramref name="analyzer"/> with at least <paramref name="wanted"/>.</summary>
        public bool Serves(ArticleAnalyzer analyzer, AnalysisParts wanted) => by == analyzer && (parts & wanted) == wanted;
    }

    /// <summary>The date and its coarser containers: 2022-10-21 → 2022-10-21, 2022-10, 2022.</summary>
    public static IEnumerable<string> KeysOf(PartialDate date)
    {
        yield return date.Key;
        if (date.Day is not null)
        {
            yield return new PartialDate(date.Year, date.Month).Key;
        }

        if (date.Month is not null)
        {
            yield return new PartialDate(date.Year).Key;
        }
    }
}
