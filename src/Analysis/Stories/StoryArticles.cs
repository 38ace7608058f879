namespace EventNews.Analysis.Stories;

/// <summary>
/// The one mapping from an article's analysis to what the clusterer is told, shared by the
/// projection and the evaluation so that the evaluation measures what the service does.
/// </summary>
public static class StoryArticles
{
    /// <summary>
    /// Title, clean text (boilerplate already dropped), the analyzer's person ids and its
    /// publication date. The date is refined by the fingerprinter from what the text states.
    /// </summary>
    public static StoryArticle From(string articleId, long sequence, ArticleAnalysis analysis, string? language)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return new StoryArticle(
            articleId,
            sequence,
            analysis.Title,
            analysis.CleanText,
            [.. analysis.Persons.Select(p => p.PersonId)],
            analysis.Published.Date,
            language);
    }
}
