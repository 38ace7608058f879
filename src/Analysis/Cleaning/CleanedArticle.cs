using System.Buffers;

namespace EventNews.Analysis.Cleaning;

/// <summary>
/// An article's original text with its boilerplate marked. Nothing is rewritten: dropped spans
/// are ranges of the original, so offsets found in the kept text are offsets in the original.
/// </summary>
internal sealed class CleanedArticle
{
    // The kept ranges, worked out once: an analysis is kept for a while after it is made (the
    // views of a batch share it), and a mark per character would cost as much as the text.
    private readonly (int Start, int End)[] _kept;
    private readonly (int Start, int End)[] _keptWithCaptions;
    private string? _cleanText;

    public CleanedArticle(string original, IReadOnlyList<DroppedSpan> dropped, PartialDate? prefixDate)
    {
        Original = original;
        Dropped = dropped;
        PrefixDate = prefixDate;
        var mask = new byte[original.Length];
        foreach (var span in dropped)
        {
            var value = DroppedKinds.NamesPersons(span.Kind) ? Caption : Boilerplate;
            mask.AsSpan(span.Start, span.Length).Fill(value);
        }

        _kept = RangesUpTo(mask, Kept);
        _keptWithCaptions = RangesUpTo(mask, Caption);
    }

    private const byte Kept = 0;
    private const byte Caption = 1;
    private const byte Boilerplate = 2;

    public string Original { get; }

    public IReadOnlyList<DroppedSpan> Dropped { get; }

    public PartialDate? PrefixDate { get; }

    /// <summary>The title of an article with this clean text: its first line when it reads like a headline, else its first sentence.</summary>
    public static string TitleOf(string cleanText)
    {
        var newline = cleanText.IndexOf('\n', StringComparison.Ordinal);
        return BoilerplateCleaner.GuessTitle(newline < 0 ? cleanText : cleanText[..newline]);
    }

    /// <summary>The body: kept text only, blank lines folded, trimmed.</summary>
    public string CleanText() => _cleanText ??= BuildCleanText();

    private string BuildCleanText()
    {
        // Neither can outgrow the original: a line is kept characters, and every line break written
        // stands for one of the original's. Both are borrowed for the moment the text is built.
        var result = ArrayPool<char>.Shared.Rent(Math.Max(1, Original.Length));
        var line = ArrayPool<char>.Shared.Rent(Math.Max(1, Original.Length));
        try
        {
            var original = Original.AsSpan();
            var length = 0;
            var lineLength = 0;
            var pendingBreak = string.Empty;
            foreach (var (start, end) in _kept)
            {
                // A region that ends inside a line leaves it open: the line goes on after the dropped span.
                var rest = original[start..end];
                for (var newline = rest.IndexOf('\n'); newline >= 0; newline = rest.IndexOf('\n'))
                {
                    rest[..newline].CopyTo(line.AsSpan(lineLength));
                    AppendLine(result, ref length, line.AsSpan(0, lineLength + newline), ref pendingBreak);
                    lineLength = 0;
                    rest = rest[(newline + 1)..];
                }

                rest.CopyTo(line.AsSpan(lineLength));
                lineLength += rest.Length;
            }

            AppendLine(result, ref length, line.AsSpan(0, lineLength), ref pendingBreak);
            return new string(result, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(result);
            ArrayPool<char>.Shared.Return(line);
        }
    }

    // Lines are trimmed; runs of blank lines become one blank line; nothing leads or trails.
    private static void AppendLine(char[] result, ref int length, ReadOnlySpan<char> line, ref string pendingBreak)
    {
        var trimmed = line.Trim();
        if (trimmed.IsEmpty)
        {
            pendingBreak = length > 0 ? "\n\n" : string.Empty;
            return;
        }

        var separator = length > 0 && pendingBreak.Length == 0 ? "\n" : pendingBreak;
        separator.CopyTo(result.AsSpan(length));
        length += separator.Length;
        trimmed.CopyTo(result.AsSpan(length));
        length += trimmed.Length;
        pendingBreak = string.Empty;
    }

    /// <summary>
    /// Maximal ranges of kept text (and of image captions when asked: they name the people in
    /// the story, but their dates are of the photograph, not of the story).
    /// </summary>
    public IReadOnlyList<(int Start, int End)> Regions(bool includeCaptions) => includeCaptions ? _keptWithCaptions : _kept;

    /// <summary>The maximal ranges whose marks are at most <paramref name="limit"/>.</summary>
    private static (int Start, int End)[] RangesUpTo(byte[] mask, byte limit)
    {
        var ranges = new List<(int Start, int End)>();
        var start = -1;
        for (var i = 0; i < mask.Length; i++)
        {
            var inside = mask[i] <= limit;
            if (inside && start < 0)
            {
                start = i;
            }
            else if (!inside && start >= 0)
            {
                ranges.Add((start, i));
                start = -1;
            }
        }

        if (start >= 0)
        {
            ranges.Add((start, mask.Length));
        }

        return [.. ranges];
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
    public const string Byline = "byline";

    public static bool NamesPersons(string kind) => kind == ImageCaption;
}
