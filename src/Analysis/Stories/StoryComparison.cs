namespace EventNews.Analysis.Stories;

/// <summary>
/// The full comparison of a new article with one stored article: every component of the score.
/// <see cref="StoryEvidence"/> is its stored summary.
/// </summary>
public sealed record StoryComparison(
    string ArticleId,
    string MatchedArticleId,
    double Score,
    string Rule,
    double TextOverlap,
    double TermOverlap,
    double NameOverlap,
    double PersonOverlap,
    double NumberScore,
    double QuoteScore,
    double DateFactor,
    IReadOnlyList<string> SharedPersons,
    IReadOnlyList<string> SharedNumbers,
    int SharedQuotes,
    int? DateGapDays)
{
    /// <summary>Number of shared numbers, also known when the list was not built.</summary>
    public int SharedNumberCount { get; init; }

    public StoryEvidence ToEvidence() =>
        new(MatchedArticleId, Math.Round(TextOverlap, 4), SharedPersons, SharedQuotes, SharedNumberCount, DateGapDays, Rule);

    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"score {Score:0.000} ({Rule}): text {TextOverlap:0.00}, terms {TermOverlap:0.00}, names {NameOverlap:0.00}, persons {PersonOverlap:0.00} [{string.Join(' ', SharedPersons)}], numbers {NumberScore:0.00} [{string.Join(' ', SharedNumbers)}], quotes {SharedQuotes}, date gap {(DateGapDays is { } gap ? gap.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?")} (x{DateFactor:0.00})");
}
