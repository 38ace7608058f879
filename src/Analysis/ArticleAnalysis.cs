using EventNews.Analysis.Cleaning;

namespace EventNews.Analysis;

/// <summary>An article as delivered: its text and whatever metadata the source gave.</summary>
public sealed record ArticleInput(string Text, string? MetadataTitle = null, string? MetadataPublished = null, string? Language = null);

/// <summary>
/// The optional parts of an analysis. Cleaning and the publication date are always made; a
/// caller that reads neither persons nor mentioned dates need not pay for them (a replay of one
/// view, say).
/// </summary>
[Flags]
public enum AnalysisParts
{
    None = 0,
    Persons = 1,
    MentionedDates = 2,
    All = Persons | MentionedDates,
}

/// <summary>
/// Everything the analysis derives from one article. Offsets (<c>Start</c>, <c>Length</c>) always
/// point into the original <see cref="ArticleInput.Text"/>. The title and the clean text are made
/// when first read: the person and date views never read them.
/// </summary>
public sealed class ArticleAnalysis
{
    private readonly string? _metadataTitle;
    private volatile CleanedArticle? _cleaned;
    private volatile string? _cleanText;
    private string? _title;

    internal ArticleAnalysis(
        CleanedArticle cleaned,
        string? metadataTitle,
        DateValueResult published,
        IReadOnlyList<PersonMention> mentions,
        IReadOnlyList<PersonSummary> persons,
        IReadOnlyList<MentionedDate> mentionedDates,
        AnalysisParts parts)
    {
        _cleaned = cleaned;
        Dropped = cleaned.Dropped;
        _metadataTitle = string.IsNullOrWhiteSpace(metadataTitle) ? null : metadataTitle.Trim();
        Published = published;
        Mentions = mentions;
        Persons = persons;
        MentionedDates = mentionedDates;
        Parts = parts;
    }

    /// <summary>The title the source gave, else the first kept line when it reads like a headline, else its first sentence.</summary>
    public string Title => _title ??= _metadataTitle ?? CleanedArticle.TitleOf(CleanText);

    /// <summary>
    /// The body: kept text only, blank lines folded, trimmed. Once made, the analysis lets go of the
    /// original text: analyses are kept for a while, after their events are gone.
    /// </summary>
    public string CleanText
    {
        get
        {
            if (_cleanText is { } made)
            {
                return made;
            }

            if (_cleaned is not { } cleaned)
            {
                return _cleanText!; // made by another thread in between, which sets it before letting go
            }

            var text = cleaned.CleanText();
            _cleanText = text;
            _cleaned = null;
            return text;
        }
    }

    public IReadOnlyList<DroppedSpan> Dropped { get; }

    public DateValueResult Published { get; }

    public IReadOnlyList<PersonMention> Mentions { get; }

    public IReadOnlyList<PersonSummary> Persons { get; }

    public IReadOnlyList<MentionedDate> MentionedDates { get; }

    /// <summary>The parts made: a part left out has empty lists, which do not mean "none in the article".</summary>
    public AnalysisParts Parts { get; }

    /// <summary>Whether the analysis holds every part of <paramref name="parts"/>.</summary>
    public bool Covers(AnalysisParts parts) => (Parts & parts) == parts;
}

/// <summary>A stretch of the original text left out of the clean text, and why (e.g. "comment-prompt", "image-credit").</summary>
public sealed record DroppedSpan(int Start, int Length, string Kind);

/// <summary>A publication date and where it came from: "metadata-prefix", "metadata", "stamp", "written-date" or "none".</summary>
public sealed record DateValueResult(PartialDate? Date, string Source)
{
    public static DateValueResult None { get; } = new(null, "none");

    public DatePrecision Precision => Date?.Precision ?? DatePrecision.Unknown;
}

/// <summary>One place where a person is named.</summary>
public sealed record PersonMention(string PersonId, string CanonicalName, string Surface, int Start, int Length);

/// <summary>A spelling of a person's name and how often the article uses it.</summary>
public sealed record SurfaceCount(string Surface, int Count);

/// <summary>One person named in an article, with every spelling used, in order of first mention.</summary>
public sealed record PersonSummary(string PersonId, string CanonicalName, IReadOnlyList<SurfaceCount> Surfaces);

/// <summary>A date the article talks about, resolved against its publication date where needed.</summary>
public sealed record MentionedDate(PartialDate Date, string Surface, int Start, int Length);
