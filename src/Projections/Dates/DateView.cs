using EventNews.Analysis;
using EventNews.Contracts;
using EventNews.Projections.Articles;
using JasperFx.Events;
using Marten.Events.Projections;

namespace EventNews.Projections.Dates;

/// <summary>
/// One day, month or year: the articles published then and the articles that talk about it. A month
/// includes its days and a year its months.
/// </summary>
public sealed record DateView(string Key, string Precision, IReadOnlyList<string> PublishedArticleIds, IReadOnlyList<string> MentionedArticleIds);

public sealed class DateViewProjection : MultiStreamProjection<DateView, string>
{
    public const string ProjectionName = "dates";
    private readonly ArticleAnalyses _analyses;

    public DateViewProjection(ArticleAnalyses analyses)
    {
        _analyses = analyses;
        Name = ProjectionName;
        Identities<IEvent<ArticleReceived>>(e =>
        {
            var analysis = _analyses.Of(e);
            var dates = analysis.MentionedDates.Select(d => d.Date);
            if (analysis.Published.Date is { } published)
            {
                dates = dates.Prepend(published);
            }

            return dates.SelectMany(ArticleAnalyses.KeysOf).Distinct(StringComparer.Ordinal).ToArray();
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
        var articleId = received.StreamKey!;
        var analysis = _analyses.Of(received);
        var published = analysis.Published.Date is { } p && ArticleAnalyses.KeysOf(p).Contains(id, StringComparer.Ordinal);
        var mentioned = analysis.MentionedDates.Any(d => ArticleAnalyses.KeysOf(d.Date).Contains(id, StringComparer.Ordinal));
        var view = snapshot ?? new DateView(id, DateValue.From(PartialDate.TryParseKey(id)).Precision, [], []);
        return view with
        {
            PublishedArticleIds = published && !view.PublishedArticleIds.Contains(articleId) ? [.. view.PublishedArticleIds, articleId] : view.PublishedArticleIds,
            MentionedArticleIds = mentioned && !view.MentionedArticleIds.Contains(articleId) ? [.. view.MentionedArticleIds, articleId] : view.MentionedArticleIds,
        };
    }
}
