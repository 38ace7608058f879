using System.Globalization;
using System.Text;

namespace EventNews.Analysis.Evaluation;

/// <summary>How the analyzer did on a labelled corpus: person precision, recall and F1, identity errors, publication dates, mentioned dates.</summary>
public sealed record EvaluationReport(
    int Articles,
    int PersonTruePositives,
    int PersonFalsePositives,
    int PersonFalseNegatives,
    IReadOnlyList<PersonError> Misses,
    IReadOnlyList<PersonError> FalsePositives,
    IReadOnlyList<PersonError> NonPersons,
    IReadOnlyList<SplitError> Splits,
    IReadOnlyList<MergeError> WrongMerges,
    int DatesRight,
    int DatesStated,
    IReadOnlyList<DateError> DateMisses,
    MentionedDateScore MentionedDates)
{
    public double Precision => Ratio(PersonTruePositives, PersonTruePositives + PersonFalsePositives);

    public double Recall => Ratio(PersonTruePositives, PersonTruePositives + PersonFalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double DateAccuracy => Ratio(DatesRight, DatesStated);

    public string ToText()
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine(culture, $"Articles: {Articles}");
        text.AppendLine(culture, $"Persons: precision {Precision:0.000}  recall {Recall:0.000}  F1 {F1:0.000}  (TP {PersonTruePositives}, FP {PersonFalsePositives}, FN {PersonFalseNegatives})");
        text.AppendLine(culture, $"Identity: {Splits.Count} split(s), {WrongMerges.Count} wrong merge(s), {NonPersons.Count} non-person(s) reported as persons");
        text.AppendLine(culture, $"Publication dates: {DatesRight}/{DatesStated} right ({DateAccuracy:0.000})");
        var m = MentionedDates;
        text.AppendLine(m.Articles == 0
            ? "Mentioned dates: not labelled in this corpus"
            : string.Create(culture, $"Mentioned dates: precision {m.Precision:0.000}  recall {m.Recall:0.000}  F1 {m.F1:0.000}  (right {m.Right}, wrong value {m.Wrong}, missed {m.Missed}, unlabelled {m.Unlabelled}; {m.Articles} articles)"));
        Section(text, "Missed persons", Misses.Select(m => $"{m.File}: {m.Name} [{m.Surfaces}]"));
        Section(text, "False positives", FalsePositives.Select(f => $"{f.File}: {f.Name} ({f.PersonId}) [{f.Surfaces}]"));
        Section(text, "Non-persons", NonPersons.Select(f => $"{f.File}: {f.Name} [{f.Surfaces}]"));
        Section(text, "Splits", Splits.Select(s => $"{s.GoldName}: {string.Join(", ", s.PersonIds)}"));
        Section(text, "Wrong merges", WrongMerges.Select(m => $"{m.PersonId}: {string.Join(", ", m.GoldNames)}"));
        Section(text, "Publication date misses", DateMisses.Select(d => $"{d.File}: expected {d.Expected}, got {d.Actual} ({d.Source})"));
        Section(text, "Mentioned dates with another value", m.Errors.Where(e => e.Kind == MentionedDateErrorKind.WrongValue).Select(e => e.Describe()));
        Section(text, "Mentioned dates missed", m.Errors.Where(e => e.Kind == MentionedDateErrorKind.Missed).Select(e => e.Describe()));
        Section(text, "Mentioned dates found but not labelled", m.Errors.Where(e => e.Kind == MentionedDateErrorKind.Unlabelled).Select(e => e.Describe()));
        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{title} ({list.Count}):");
        foreach (var line in list)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {line}");
        }
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}

/// <summary>A person missed, or reported without being labelled, in one article.</summary>
public sealed record PersonError(string File, string Name, string? PersonId, string Surfaces);

/// <summary>One labelled person reported under several ids across the corpus.</summary>
public sealed record SplitError(string GoldName, IReadOnlyList<string> PersonIds);

/// <summary>One reported id standing for several labelled people.</summary>
public sealed record MergeError(string PersonId, IReadOnlyList<string> GoldNames);

/// <summary>A publication date that differs from the label (value or precision).</summary>
public sealed record DateError(string File, string Expected, string Actual, string Source);
