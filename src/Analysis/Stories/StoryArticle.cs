namespace EventNews.Analysis.Stories;

/// <summary>What the clusterer is told about one article, in event-sequence order.</summary>
/// <param name="ArticleId">The article's identity (hash of its normalised content).</param>
/// <param name="Sequence">Position in the event log; decides which article is older.</param>
/// <param name="Title">Headline, kept for display.</param>
/// <param name="Text">Body text (boilerplate lines are tolerated; they are stripped).</param>
/// <param name="PersonIds">Canonical person ids, the same across spellings and languages.</param>
/// <param name="Published">Publication date from the metadata, if any.</param>
/// <param name="Language">"fr", "en" or null when unknown.</param>
public sealed record StoryArticle(
    string ArticleId,
    long Sequence,
    string Title,
    string Text,
    IReadOnlyList<string> PersonIds,
    PartialDate? Published,
    string? Language);
