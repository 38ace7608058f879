using System.Globalization;
using System.Text.RegularExpressions;

namespace EventNews.Analysis.Stories;

/// <summary>
/// Reads a publication date that a page states about itself when the metadata gives none: a
/// stamp ("01.02.2022, 18:41"), a "Published"/"Publié le" line, a line that is only a date, or a
/// dateline ("MOSCOW, Feb. 1, 2022 —"). Dates merely mentioned in a sentence are not publication dates.
/// </summary>
public static partial class StoryDates
{
    private const int SearchWindow = 1500;

    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["jan"] = 1, ["janvier"] = 1, ["january"] = 1, ["feb"] = 2, ["fevrier"] = 2, ["february"] = 2,
        ["mar"] = 3, ["mars"] = 3, ["march"] = 3, ["apr"] = 4, ["avril"] = 4, ["april"] = 4, ["may"] = 5, ["mai"] = 5,
        ["jun"] = 6, ["juin"] = 6, ["june"] = 6, ["jul"] = 7, ["juillet"] = 7, ["july"] = 7, ["aug"] = 8, ["aout"] = 8,
        ["august"] = 8, ["sep"] = 9, ["sept"] = 9, ["septembre"] = 9, ["september"] = 9, ["oct"] = 10, ["octobre"] = 10,
        ["october"] = 10, ["nov"] = 11, ["novembre"] = 11, ["november"] = 11, ["dec"] = 12, ["decembre"] = 12, ["december"] = 12,
    };

    /// <summary>
    /// The better of the metadata date and the date the text states: the stated day wins when it
    /// falls inside a coarser metadata date, the metadata wins otherwise.
    /// </summary>
    public static PartialDate? Resolve(PartialDate? metadata, string text)
    {
        if (metadata is { Precision: DatePrecision.Day })
        {
            return metadata;
        }

        var stated = Stated(text);
        if (stated is null)
        {
            return metadata;
        }

        if (metadata is null)
        {
            return stated;
        }

        var inside = stated.Year == metadata.Year && (metadata.Month is null || metadata.Month == stated.Month);
        return inside ? stated : metadata;
    }

    public static PartialDate? Stated(string text)
    {
        var head = text.Length > SearchWindow ? text[..SearchWindow] : text;
        var stamp = Stamp().Match(head);
        if (stamp.Success)
        {
            return Create(stamp.Groups["y"].Value, stamp.Groups["m"].Value, stamp.Groups["d"].Value);
        }

        // "Updated" dates come after the publication date they revise: use one only when nothing else is stated.
        PartialDate? updated = null;
        foreach (Match match in Dated().Matches(head))
        {
            var date = match.Groups["en"].Success
                ? FromWords(match.Groups["ey"].Value, match.Groups["em"].Value, match.Groups["ed"].Value)
                : FromWords(match.Groups["fy"].Value, match.Groups["fm"].Value, match.Groups["fd"].Value);
            if (date is null)
            {
                continue;
            }

            var keyword = match.Groups["kw"].Value;
            if (keyword.StartsWith("updated", StringComparison.OrdinalIgnoreCase) || keyword.StartsWith("mis à", StringComparison.OrdinalIgnoreCase) || keyword.StartsWith("mis a", StringComparison.OrdinalIgnoreCase))
            {
                updated ??= date;
                continue;
            }

            return date;
        }

        return updated;
    }

    private static PartialDate? FromWords(string year, string month, string day)
    {
        var key = TextFolding.Fold(month).TrimEnd('.');
        return Months.TryGetValue(key, out var m) ? Create(year, m.ToString(CultureInfo.InvariantCulture), day) : null;
    }

    private static PartialDate? Create(string year, string month, string day) =>
        int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            ? PartialDate.Create(y, m, d)
            : null;

    [GeneratedRegex(@"\b(?<d>\d{2})[./](?<m>\d{2})[./](?<y>\d{4}),?\s*(?:à\s*|at\s*)?\d{1,2}\s?[:h]\s?\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();

    // A date counts when it is introduced as a publication date, stands alone at the start of its line, ends a
    // dateline, or carries a time of day; a date inside a sentence is only mentioned.
    [GeneratedRegex(
        @"(?:(?<kw>published|updated|posted|publi[ée]|mis [àa] jour|mis en ligne)(?:\s+(?:on|le))?\s*:?\s*|^[ \t]*(?:le[ \t]+)?|^[\p{Lu} .'’-]{2,40},[ \t]*|,[ \t]+le[ \t]+)(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?[ \t]+)?(?<date>(?<en>(?<em>[A-Z][a-z]{2,8})\.?[ \t]+(?<ed>\d{1,2}),[ \t]+(?<ey>\d{4}))|(?<fd>\d{1,2})(?:er)?[ \t]+(?<fm>\p{Ll}{3,9})[ \t]+(?<fy>\d{4}))(?=[ \t]*(?:$|[,·(—–-]|à\b|at\b|\d))",
        RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Dated();
}
