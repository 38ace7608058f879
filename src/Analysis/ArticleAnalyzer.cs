using EventNews.Analysis.Cleaning;
using EventNews.Analysis.Dates;
using EventNews.Analysis.Persons;

namespace EventNews.Analysis;

/// <summary>
/// Who and when: cleans an article of boilerplate, finds its publication date, the people it
/// names (one id per real person across spellings) and the dates it talks about. Deterministic,
/// no I/O; build once and share — it is thread-safe.
/// </summary>
public sealed class ArticleAnalyzer
{
    private readonly PersonExtractor _persons;

    public ArticleAnalyzer(AliasTable aliases)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        Aliases = aliases;
        _persons = new PersonExtractor(NameLexicon.Default, aliases);
    }

    public AliasTable Aliases { get; }

    public ArticleAnalysis Analyze(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Text ?? string.Empty;
        var cleaned = BoilerplateCleaner.Clean(text);
        var published = PublicationDateFinder.Find(cleaned, input);
        var (mentions, persons) = _persons.Extract(text, cleaned.Regions(includeCaptions: true));
        var dates = new List<MentionedDate>();
        foreach (var (start, end) in cleaned.Regions(includeCaptions: false))
        {
            MentionedDateFinder.Find(text, start, end, published.Date, dates);
        }

        dates.Sort((a, b) => a.Start.CompareTo(b.Start));
        var title = string.IsNullOrWhiteSpace(input.MetadataTitle) ? cleaned.Title : input.MetadataTitle.Trim();
        return new ArticleAnalysis(title, cleaned.CleanText(), cleaned.Dropped, published, mentions, persons, dates);
    }
}
