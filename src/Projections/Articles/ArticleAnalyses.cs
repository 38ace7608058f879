using System.Collections.Concurrent;
using EventNews.Analysis;
using EventNews.Contracts;
using JasperFx.Events;

namespace EventNews.Projections.Articles;

/// <summary>
/// The analysis of each arrived article, shared by the views that need it. Several projections
/// see the same event; the analysis is deterministic, so it is computed once and kept briefly.
/// </summary>
public sealed class ArticleAnalyses(ArticleAnalyzer analyzer)
{
    private const int Capacity = 8192;
    private readonly ConcurrentDictionary<Guid, ArticleAnalysis> _recent = new();
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
    }

    public ArticleAnalysis Of(IEvent<ArticleReceived> e)
    {
        if (_recent.TryGetValue(e.Id, out var known))
        {
            return known;
        }

        var article = e.Data;
        var analysis = _analyzer.Analyze(new ArticleInput(article.Text, article.Title, article.PublishedAt, article.Language));
        if (_recent.Count >= Capacity)
        {
            _recent.Clear();
        }

        _recent.TryAdd(e.Id, analysis);
        return analysis;
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
