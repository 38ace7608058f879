namespace EventNews.Analysis.Evaluation;

/// <summary>
/// How the dates an article mentions compare with their labels, over the articles that carry
/// labels. A found date pairs with a label when its words overlap, in the text, a place where the
/// label's words are written ("mardi" found for "mardi dernier", "on Tuesday" for "Tuesday
/// morning", "2019" for "en 2019"); pairs with equal values are made first, so a label is
/// <em>wrong</em> only when no found date with its value overlaps it. A label left unpaired is
/// <em>missed</em>, a found date left unpaired is <em>unlabelled</em>.
/// </summary>
public sealed record MentionedDateScore(int Articles, int Right, int Wrong, int Missed, int Unlabelled, IReadOnlyList<MentionedDateError> Errors)
{
    public static MentionedDateScore None { get; } = new(0, 0, 0, 0, 0, []);

    /// <summary>Right among everything found in labelled articles.</summary>
    public double Precision => Ratio(Right, Right + Wrong + Unlabelled);

    /// <summary>Right among every label.</summary>
    public double Recall => Ratio(Right, Right + Wrong + Missed);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>
    /// Scores one article and adds it to this score. Each label's surface must occur in the text and
    /// its value be "yyyy", "yyyy-MM" or "yyyy-MM-dd": a label that cannot be right is a labelling
    /// error, reported as <see cref="InvalidDataException"/> naming the file.
    /// </summary>
    public MentionedDateScore Add(string file, string text, IReadOnlyList<GoldMentionedDate> labels, IReadOnlyList<MentionedDate> found)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(found);
        var expected = labels.Select(label => Check(file, text, label)).ToList();
        var written = labels.Select(label => Occurrences(text, label.Surface)).ToList();
        var open = found.ToList();
        var pairedWith = new MentionedDate?[expected.Count];
        for (var i = 0; i < expected.Count; i++)
        {
            pairedWith[i] = Take(open, f => Overlaps(f, written[i], labels[i].Surface.Length) && f.Date == expected[i]);
        }

        var errors = new List<MentionedDateError>();
        int right = 0, wrong = 0, missed = 0;
        for (var i = 0; i < expected.Count; i++)
        {
            if (pairedWith[i] is not null)
            {
                right++;
            }
            else if (Take(open, f => Overlaps(f, written[i], labels[i].Surface.Length)) is { } other)
            {
                wrong++;
                errors.Add(new MentionedDateError(file, MentionedDateErrorKind.WrongValue, labels[i].Surface, expected[i].Key, other.Date.Key));
            }
            else
            {
                missed++;
                errors.Add(new MentionedDateError(file, MentionedDateErrorKind.Missed, labels[i].Surface, expected[i].Key, null));
            }
        }

        errors.AddRange(open.Select(f => new MentionedDateError(file, MentionedDateErrorKind.Unlabelled, f.Surface, null, f.Date.Key)));
        return new MentionedDateScore(
            Articles + 1,
            Right + right,
            Wrong + wrong,
            Missed + missed,
            Unlabelled + open.Count,
            [.. Errors, .. errors]);
    }

    private static PartialDate Check(string file, string text, GoldMentionedDate label)
    {
        if (string.IsNullOrEmpty(label.Surface) || !text.Contains(label.Surface, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{file}: the mentioned date \"{label.Surface}\" does not occur in the article");
        }

        return PartialDate.TryParseKey(label.Value)
            ?? throw new InvalidDataException($"{file}: the mentioned date \"{label.Surface}\" has value \"{label.Value}\", not yyyy, yyyy-MM or yyyy-MM-dd");
    }

    private static MentionedDate? Take(List<MentionedDate> open, Func<MentionedDate, bool> match)
    {
        var index = open.FindIndex(f => match(f));
        if (index < 0)
        {
            return null;
        }

        var taken = open[index];
        open.RemoveAt(index);
        return taken;
    }

    private static List<int> Occurrences(string text, string surface)
    {
        var starts = new List<int>();
        for (var at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
        {
            starts.Add(at);
        }

        return starts;
    }

    private static bool Overlaps(MentionedDate found, List<int> starts, int length) =>
        starts.Exists(start => found.Start < start + length && start < found.Start + found.Length);

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}

/// <summary>How a mentioned date and its label disagree.</summary>
public enum MentionedDateErrorKind
{
    /// <summary>Found where the label is written, with another value.</summary>
    WrongValue,

    /// <summary>Labelled, not found.</summary>
    Missed,

    /// <summary>Found, not labelled.</summary>
    Unlabelled,
}

/// <summary>One disagreement about a mentioned date.</summary>
public sealed record MentionedDateError(string File, MentionedDateErrorKind Kind, string Surface, string? Expected, string? Actual)
{
    public string Describe() => Kind switch
    {
        MentionedDateErrorKind.WrongValue => $"{File}: \"{Surface}\" expected {Expected}, got {Actual}",
        MentionedDateErrorKind.Missed => $"{File}: \"{Surface}\" ({Expected}) not found",
        _ => $"{File}: \"{Surface}\" ({Actual}) found, not labelled",
    };
}
