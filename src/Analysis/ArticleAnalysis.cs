namespace EventNews.Analysis;

/// <summary>An article as delivered: its text and whatever metadata the source gave.</summary>
public sealed record ArticleInput(string Text, string? MetadataTitle = null, string? MetadataPublished = null, string? Language = null);

/// <summary>
/// Everything the analysis derives from one article. Offsets (<c>Start</c>, <c>Length</c>) always
/// point into the original <see cref="ArticleInput.Text"/>.
/// </summary>
public sealed record ArticleAnalysis(
    string Title,
    string CleanText,
    IReadOnlyList<DroppedSpan> Dropped,
    DateValueResult Published,
    IReadOnlyList<PersonMention> Mentions,
    IReadOnlyList<PersonSummary> Persons,
    IReadOnlyList<MentionedDate> MentionedDates);

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
