using System.Globalization;
using System.Text.RegularExpressions;
using EventNews.Analysis.Cleaning;

namespace EventNews.Analysis.Dates;

/// <summary>
/// When an article was published, from the most to the least trustworthy evidence: the metadata
/// prefix, the source's metadata, a date stamp near the top, a dateline ("Publié le…",
/// "Published…", "MOSCOW, Feb. 1, 2022 —", a date alone on one of the first lines). A date in the
/// body is about an event, not the publication, so it is never used.
/// </summary>
internal static partial class PublicationDateFinder
{
    public static DateValueResult Find(CleanedArticle article, ArticleInput input)
    {
        if (article.PrefixDate is not null)
        {
            return new DateValueResult(article.PrefixDate, "metadata-prefix");
        }

        var fromMetadata = ParseMetadata(input.MetadataPublished, input.Language);
        if (fromMetadata is not null)
        {
            return new DateValueResult(fromMetadata, "metadata");
        }

        // "12/03/2026" is the 3rd of December in English, the 12th of March in French: the source's
        // language when it says, else the article's own words.
        bool? monthFirst = null;
        bool MonthFirst() => monthFirst ??= ReadsMonthFirst(article, input);

        foreach (var stamp in article.OfKind(DroppedKinds.DateStamp))
        {
            var text = article.TextOf(stamp);
            // "2026-12-03T10:15", "2025/10/22 06:30 JST": the year first gives the order; else day and month as the language reads them.
            var iso = WrittenDates.IsoDate().Match(text);
            var yearFirst = iso.Success ? iso : WrittenDates.NumericDateInText().Match(text) is { Success: true } inText && inText.Groups["m"].Success ? inText : null;
            var numeric = yearFirst is not null ? null : WrittenDates.FirstNumeric(text);
            var date = yearFirst is not null ? PartialDate.Create(Int(yearFirst, "y"), Int(yearFirst, "m"), Int(yearFirst, "d"))
                : numeric!.Success ? WrittenDates.FromNumeric(numeric, WrittenDates.MayBeMonthFirst(numeric) && MonthFirst())
                : null;
            if (date is not null)
            {
                return new DateValueResult(date, "stamp");
            }
        }

        var written = Datelines(article)
            .OrderBy(s => s.Rank)
            .Select(s => WrittenDates.FirstWithYear(s.Text, WrittenDates.MayBeMonthFirst(WrittenDates.FirstNumeric(s.Text)) && MonthFirst()))
            .FirstOrDefault(d => d is not null);
        return written is not null ? new DateValueResult(written, "written-date") : DateValueResult.None;
    }

    /// <summary>
    /// Whether a numeric date that reads either way ("07-02-2025") is month first: in English, unless the article shows it
    /// writes days first (see <see cref="WrittenDates.WritesDayFirst"/>).
    /// </summary>
    public static bool ReadsMonthFirst(CleanedArticle article, ArticleInput input) =>
        IsEnglishArticle(article, input) && !WrittenDates.WritesDayFirst(article.Original);

    /// <summary>Whether the article is English: as its source says, else as its words read.</summary>
    public static bool IsEnglishArticle(CleanedArticle article, ArticleInput input) =>
        input.Language is not null ? IsEnglish(input.Language) : LooksEnglish(article.Original);

    /// <summary>Whether the text reads as English rather than French, from its commonest short words.</summary>
    private static bool LooksEnglish(string text)
    {
        var start = text.AsSpan(0, Math.Min(text.Length, 4000));
        return EnglishWord().Count(start) > FrenchWord().Count(start);
    }


    /// <summary>
    /// A metadata date: yyyy, yyyy-MM, yyyy-MM-dd, ISO 8601 date-times (the date as written, no
    /// time-zone shift), RFC 1123, dd.mm.yyyy, or a written date.
    /// </summary>
    public static PartialDate? ParseMetadata(string? value, string? language = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        var key = PartialDate.TryParseKey(text);
        if (key is not null)
        {
            return key;
        }

        var iso = IsoDateTime().Match(text);
        if (iso.Success)
        {
            return PartialDate.Create(Int(iso, "y"), Int(iso, "m"), Int(iso, "d"));
        }

        if (DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.None, out var rfc))
        {
            return PartialDate.Create(rfc.Year, rfc.Month, rfc.Day);
        }

        var rfcLoose = Rfc1123Date().Match(text);
        if (rfcLoose.Success)
        {
            var month = WrittenDates.MonthOf(rfcLoose.Groups["m"].Value);
            return month is null ? null : PartialDate.Create(Int(rfcLoose, "y"), month, Int(rfcLoose, "d"));
        }

        var numeric = WrittenDates.FirstNumeric(text);
        if (numeric.Success && numeric.Index == 0)
        {
            return WrittenDates.FromNumeric(numeric, monthFirst: IsEnglish(language));
        }

        return WrittenDates.FirstWithYear(text);
    }

    /// <summary>
    /// The dateline spans cut at their markers, ranked: published first ("Publié le", "Published",
    /// "Mis en ligne"), then unmarked, then updated ("Mis à jour", "Updated"), each in text order.
    /// </summary>
    private static IEnumerable<(int Rank, string Text)> Datelines(CleanedArticle article)
    {
        foreach (var span in article.OfKind(DroppedKinds.Dateline))
        {
            var text = article.TextOf(span);
            var markers = Marker().Matches(text);
            if (markers.Count == 0 || markers[0].Index > 0)
            {
                yield return (1, markers.Count == 0 ? text : text[..markers[0].Index]);
            }

            for (var i = 0; i < markers.Count; i++)
            {
                var end = i + 1 < markers.Count ? markers[i + 1].Index : text.Length;
                var rank = markers[i].Groups["updated"].Success ? 2 : 0;
                yield return (rank, text[markers[i].Index..end]);
            }
        }
    }

    private static bool IsEnglish(string? language) => language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ]\d{2}:\d{2}|$)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateTime();

    [GeneratedRegex(@"(?<!\p{L})(?:the|and|of|to|is|was|said|with)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishWord();

    [GeneratedRegex(@"(?<!\p{L})(?:le|la|les|des|et|du|est|une|a été)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchWord();

    [GeneratedRegex(@"^(?:[A-Za-z]{3},?\s+)?(?<d>\d{1,2})\s+(?<m>[A-Za-z]{3,9})\.?\s+(?<y>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc1123Date();

    [GeneratedRegex(@"(?<!\p{L})(?:(?<updated>mis à jour|mise à jour|modifié|modifiée|actualisé|actualisée|updated|last updated)|publié|publiée|mis en ligne|paru|published|first published|posted)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
