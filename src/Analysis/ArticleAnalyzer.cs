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

    /// <summary>The whole analysis, or only the optional <paramref name="parts"/> asked for besides what is always made.</summary>
    public ArticleAnalysis Analyze(ArticleInput input, AnalysisParts parts = AnalysisParts.All)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Text ?? string.Empty;
        var cleaned = BoilerplateCleaner.Clean(text);
        var published = PublicationDateFinder.Find(cleaned, input);
        var (mentions, persons) = parts.HasFlag(AnalysisParts.Persons)
            ? WithoutWriters(_persons.Extract(text, cleaned.Regions(includeCaptions: true)), cleaned)
            : ([], []);
        var dates = new List<MentionedDate>();
        if (parts.HasFlag(AnalysisParts.MentionedDates))
        {
            bool? monthFirst = null;
            bool MonthFirst() => monthFirst ??= PublicationDateFinder.ReadsMonthFirst(cleaned, input);
            foreach (var (start, end) in cleaned.Regions(includeCaptions: false))
            {
                MentionedDateFinder.Find(text, start, end, published.Date, dates, MonthFirst);
            }

            dates.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return new ArticleAnalysis(cleaned, input.MetadataTitle, published, mentions, persons, dates, parts);
    }

    /// <summary>
    /// The persons without the article's writers: someone named in its byline or credits is not one
    /// of the story's people when the text names them again ("By Declan Walsh" … "Declan Walsh is the
    /// chief Africa correspondent").
    /// </summary>
    private static (List<PersonMention> Mentions, List<PersonSummary> Persons) WithoutWriters(
        (List<PersonMention> Mentions, List<PersonSummary> Persons) found, CleanedArticle cleaned)
    {
        if (found.Persons.Count == 0 || !cleaned.Dropped.Any(static d => d.Kind == DroppedKinds.Byline))
        {
            return found;
        }

        var bylines = cleaned.OfKind(DroppedKinds.Byline).Select(cleaned.TextOf).ToList();

        var writers = found.Persons
            .Where(p => p.Surfaces.Any(s => s.Surface.Contains(' ', StringComparison.Ordinal) && bylines.Exists(b => b.Contains(s.Surface, StringComparison.Ordinal))))
            .Select(p => p.PersonId)
            .ToHashSet(StringComparer.Ordinal);
        return writers.Count == 0
            ? found
            : (found.Mentions.Where(m => !writers.Contains(m.PersonId)).ToList(), found.Persons.Where(p => !writers.Contains(p.PersonId)).ToList());
    }
}
