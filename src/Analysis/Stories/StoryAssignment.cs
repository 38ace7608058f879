namespace EventNews.Analysis.Stories;

/// <summary>Where one article went, and why.</summary>
/// <param name="ArticleId">The article assigned.</param>
/// <param name="ClusterId">"s-" + the article id of the cluster's oldest article.</param>
/// <param name="Score">Score against the matched article; 0 when the article opened a new cluster.</param>
/// <param name="Evidence">What the score was made of; null when the article opened a new cluster.</param>
/// <param name="MergedClusterIds">Clusters absorbed into <paramref name="ClusterId"/> because this article bridged them.</param>
public sealed record StoryAssignment(
    string ArticleId,
    string ClusterId,
    double Score,
    StoryEvidence? Evidence,
    IReadOnlyList<string> MergedClusterIds);

/// <summary>The evidence behind one score, against the article it matched best.</summary>
/// <param name="MatchedArticleId">The stored article compared with.</param>
/// <param name="TextOverlap">Estimated shingle containment (0–1).</param>
/// <param name="SharedPersons">Person ids present in both, sorted.</param>
/// <param name="SharedQuotes">Quotations present in both.</param>
/// <param name="SharedNumbers">Normalised numbers present in both.</param>
/// <param name="DateGapDays">Days between the publication dates; null when either is unknown.</param>
/// <param name="Rule">"near-duplicate" when text overlap decided, "shared-evidence" when the combined signals did.</param>
public sealed record StoryEvidence(
    string MatchedArticleId,
    double TextOverlap,
    IReadOnlyList<string> SharedPersons,
    int SharedQuotes,
    int SharedNumbers,
    int? DateGapDays,
    string Rule);

/// <summary>A cluster as it stands: its id and its member articles in sequence order.</summary>
public sealed record StoryCluster(string Id, IReadOnlyList<string> ArticleIds);
