using System.Text;

namespace EventNews.Analysis.Cleaning;

/// <summary>
/// An article's original text with its boilerplate marked. Nothing is rewritten: dropped spans
/// are ranges of the original, so offsets found in the kept text are offsets in the original.
/// </summary>
internal sealed class CleanedArticle
{
    private readonly byte[] _mask;
    private string? _cleanText;

    public CleanedArticle(string original, IReadOnlyList<DroppedSpan> dropped, PartialDate? prefixDate)
    {
        Original = original;
        Dropped = dropped;
        PrefixDate = prefixDate;
        _mask = new byte[original.Length];
        foreach (var span in dropped)
        {
            var value = DroppedKinds.NamesPersons(span.Kind) ? Caption : Boilerplate;
            _mask.AsSpan(span.Start, span.Length).Fill(value);
        }
    }

    private const byte Kept = 0;
    private const byte Caption = 1;
    private const byte Boilerplate = 2;

    public string Original { get; }

    public IReadOnlyList<DroppedSpan> Dropped { get; }

    public PartialDate? PrefixDate { get; }

    /// <summary>The first kept line when it reads like a headline, else its first sentence.</summary>
    public string Title => BoilerplateCleaner.GuessTitle(CleanText().Split('\n', 2)[0].Trim());

    /// <summary>The body: kept text only, blank lines folded, trimmed.</summary>
    public string CleanText() => _cleanText ??= BuildCleanText();

    private string BuildCleanText()
    {
        var builder = new StringBuilder(Original.Length);
        foreach (var (start, end) in Regions(includeCaptions: false))
        {
            builder.Append(Original, start, end - start);
        }

        var lines = builder.ToString().Split('\n').Select(l => l.TrimEnd('\r', ' ', '\t'));
        var result = new StringBuilder(builder.Length);
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                blank++;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(blank > 0 ? "\n\n" : "\n");
            }

            result.Append(line.TrimStart());
            blank = 0;
        }

        return result.ToString();
    }

    /// <summary>
    /// Maximal ranges of kept text (and of image captions when asked: they name the people in
    /// the story, but their dates are of the photograph, not of the story).
    /// </summary>
    public IEnumerable<(int Start, int End)> Regions(bool includeCaptions)
    {
        var limit = includeCaptions ? Caption : Kept;
        var start = -1;
        for (var i = 0; i < _mask.Length; i++)
        {
            var inside = _mask[i] <= limit;
            if (inside && start < 0)
            {
                start = i;
            }
            else if (!inside && start >= 0)
            {
                yield return (start, i);
                start = -1;
            }
        }

        if (start >= 0)
        {
            yield return (start, _mask.Length);
        }
    }

    public IEnumerable<DroppedSpan> OfKind(string kind) => Dropped.Where(d => d.Kind == kind);

    public string TextOf(DroppedSpan span) => Original.Substring(span.Start, span.Length);
}

/// <summary>The kinds of dropped spans.</summary>
internal static class DroppedKinds
{
    public const string MetadataPrefix = "metadata-prefix";
    public const string CommentPrompt = "comment-prompt";
    public const string CommentPolicy = "comment-policy";
    public const string ReadAlso = "read-also";
    public const string Navigation = "navigation";
    public const string ImageCredit = "image-credit";
    public const string ImageCaption = "image-caption";
    public const string VideoCaption = "video-caption";
    public const string Hashtags = "hashtags";
    public const string DateStamp = "date-stamp";
    public const string Dateline = "dateline";
    public const string SectionLabel = "section-label";
    public const string AppendedTeaser = "appended-teaser";

    public static bool NamesPersons(string kind) => kind == ImageCaption;
}
