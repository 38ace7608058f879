using System.Globalization;
using System.Text.RegularExpressions;
using EventNews.Analysis.Text;

namespace EventNews.Analysis.Dates;

/// <summary>A date as written in the text, before any year is supplied from the publication date.</summary>
internal readonly record struct WrittenDate(int Index, int Length, int? Year, int Month, int? Day, DayOfWeek? Weekday);

/// <summary>French and English written dates: "21 janvier 2022", "1er mars", "Jan. 21, 2022", "21 January 2022".</summary>
internal static partial class WrittenDates
{
    private const string FrenchMonths = @"janvier|janv\.?|février|fevrier|févr\.?|fév\.?|mars|avril|avr\.?|mai|juin|juillet|juil\.?|août|aout|septembre|sept\.?|octobre|oct\.?|novembre|nov\.?|décembre|decembre|déc\.?";
    private const string EnglishMonths = @"January|Jan\.?|February|Feb\.?|March|Mar\.|Mar(?=\s+\d{1,2},?\s+(?:19|20)\d{2}(?!\d))|April|Apr\.?|May|June|Jun\.?|July|Jul\.?|August|Aug\.?|September|Sept\.?|Sep\.?|October|Oct\.?|November|Nov\.?|December|Dec\.?";

    // After a day ("26 Jan 2025", "3 Sept. 2024"): "Mar" only before a year, as it is also a word.
    private const string EnglishMonthsAfterDay = @"January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.|Mar(?=\s+(?:19|20)\d{2}(?!\d))|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?";

    // A year after a day and month: from 1800 on, also with a time run on after it as scraped ("September 18, 20254:12 PM"),
    // and an older one where no count could be meant ("le 4 juin 1666 à Paris", not "March 3, 1500 people").
    private const string YearAfterDay = @"(?:1[89]|20)\d{2}(?:(?!\d)|(?=\d{1,2}:\d{2}(?!\d)))|1[0-7]\d{2}(?!\d)(?=\s*(?:[.,;:!?)»”""]|$)|\s+(?:à|au|aux|en|dans|par|sous|in|at|on|by|when|under)\s)";

    internal const string FrenchWeekdays = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
    private const string EnglishWeekdays = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    /// <summary>Every day-and-month date in the range, with its year when written, in text order.</summary>
    public static List<WrittenDate> Find(string text, int start, int end)
    {
        var found = new List<WrittenDate>();
        Collect(French().Match(text, start, end - start), found, text);
        Collect(EnglishMonthFirst().Match(text, start, end - start), found);
        Collect(EnglishDayFirst().Match(text, start, end - start), found);
        // At one place, the longest reading first: "22 Oct, 2025" with its year rather than a French "22 Oct".
        found.Sort((a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : b.Length.CompareTo(a.Length));
        return RemoveOverlaps(found);
    }

    /// <summary>
    /// The first date with a year in the text ("21 janvier 2022", "Feb. 1, 2022", "01/02/2022", "March 2022");
    /// a numeric one is read month first when <paramref name="monthFirst"/> and possible.
    /// </summary>
    public static PartialDate? FirstWithYear(string text, bool monthFirst = false)
    {
        var written = Find(text, 0, text.Length).FirstOrDefault(d => d.Year is not null);
        var numeric = NumericDate().Match(text);
        var monthYear = MonthYear().Match(text);
        var candidates = new List<(int Index, PartialDate? Date)>();
        if (written.Length > 0)
        {
            candidates.Add((written.Index, PartialDate.Create(written.Year!.Value, written.Month, written.Day)));
        }

        if (numeric.Success)
        {
            candidates.Add((numeric.Index, FromNumeric(numeric, monthFirst)));
        }

        if (monthYear.Success)
        {
            candidates.Add((monthYear.Index + 0, PartialDate.Create(Year(monthYear), MonthOf(monthYear.Groups["m"].Value) ?? 0)));
        }

        return candidates.Where(c => c.Date is not null).OrderBy(c => c.Index).Select(c => c.Date).FirstOrDefault();
    }

    /// <summary>True for a short line that is essentially a date: "July 29, 2022", "Vendredi 21 janvier 2022 à 17h48".</summary>
    public static bool IsMostlyDate(string line)
    {
        var date = Find(line, 0, line.Length).FirstOrDefault(d => d.Year is not null);
        if (date.Length == 0)
        {
            return false;
        }

        // Beside the date, a few words, or the places of a dateline in capitals ("PARIS/MAMOUDZOU, Dec 16 2024").
        var rest = line.Remove(date.Index, date.Length);
        var letters = rest.Count(char.IsLetter);
        return letters <= 12 || (letters <= 30 && rest.Where(char.IsLetter).All(char.IsUpper));
    }

    /// <summary>A date written dd.mm.yyyy, dd/mm/yyyy or dd-mm-yyyy (month first when asked and possible: dotted dates are never month first).</summary>
    public static PartialDate? FromNumeric(Match match, bool monthFirst)
    {
        var first = int.Parse(match.Groups["a"].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(match.Groups["b"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year < 100)
        {
            year += 2000;
        }

        var swap = second > 12 || (monthFirst && MayBeMonthFirst(match));
        return swap ? PartialDate.Create(year, first, second) : PartialDate.Create(year, second, first);
    }

    public static Match FirstNumeric(string text) => NumericDate().Match(text);

    /// <summary>
    /// Whether an English text writes its numeric dates day first, as India, Britain or Australia do: one of them reads only
    /// so ("25/12/2024") and none only month first ("12/25/2024"), or a time is given in the zone of a country that writes
    /// days first ("07-02-2025 13:10 IST", "14.12 GMT" is no such sign: American wires use it too).
    /// </summary>
    public static bool WritesDayFirst(string text)
    {
        var dayFirst = false;
        foreach (Match numeric in NumericDateInText().Matches(text))
        {
            if (!numeric.Groups["a"].Success)
            {
                continue;
            }

            var (first, second) = (int.Parse(numeric.Groups["a"].ValueSpan, CultureInfo.InvariantCulture), int.Parse(numeric.Groups["b"].ValueSpan, CultureInfo.InvariantCulture));
            if (second > 12 && first <= 12)
            {
                return false;
            }

            dayFirst |= first > 12 && second <= 12;
        }

        return dayFirst || DayFirstTimeZone().IsMatch(text);
    }

    /// <summary>Whether a numeric date reads either way: slashed or dashed, with a day and a month both up to 12 ("12/03/2026").</summary>
    public static bool MayBeMonthFirst(Match numeric) =>
        numeric.Success && numeric.ValueSpan.IndexOfAny('/', '-') >= 0
        && int.Parse(numeric.Groups["a"].ValueSpan, CultureInfo.InvariantCulture) <= 12 && int.Parse(numeric.Groups["b"].ValueSpan, CultureInfo.InvariantCulture) <= 12;

    /// <summary>
    /// Whether the word is a month's name or its abbreviation ("mars", "Jan.", "Sept"), not merely a word that opens like one
    /// ("Marcus", "Julien", "Janet").
    /// </summary>
    public static bool IsMonthWord(string word) => MonthOf(word) is not null && MonthNamesAndAbbreviations.Contains(TextFold.Fold(word.TrimEnd('.')).ToLowerInvariant());

    private static readonly System.Collections.Frozen.FrozenSet<string> MonthNamesAndAbbreviations = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "janv", "feb", "fev", "fevr", "mar", "apr", "avr", "jun", "jul", "juil", "aug", "sep", "sept", "oct", "nov", "dec");

    public static int? MonthOf(string word)
    {
        var folded = TextFold.Fold(word.TrimEnd('.'));
        return folded.Length < 3 ? null : folded[..3] switch
        {
            "jan" or "ja" => 1,
            "fev" or "feb" => 2,
            "mar" => 3,
            "avr" or "apr" => 4,
            "mai" or "may" => 5,
            "jun" => 6,
            "jui" => folded.StartsWith("juin", StringComparison.Ordinal) ? 6 : 7,
            "jul" => 7,
            "aou" or "aug" => 8,
            "sep" => 9,
            "oct" => 10,
            "nov" => 11,
            "dec" => 12,
            _ => null,
        };
    }

    public static DayOfWeek? WeekdayOf(string word) => TextFold.Fold(word) switch
    {
        "lundi" or "monday" => DayOfWeek.Monday,
        "mardi" or "tuesday" => DayOfWeek.Tuesday,
        "mercredi" or "wednesday" => DayOfWeek.Wednesday,
        "jeudi" or "thursday" => DayOfWeek.Thursday,
        "vendredi" or "friday" => DayOfWeek.Friday,
        "samedi" or "saturday" => DayOfWeek.Saturday,
        "dimanche" or "sunday" => DayOfWeek.Sunday,
        _ => null,
    };

    private static void Collect(Match match, List<WrittenDate> found, string? text = null)
    {
        for (; match.Success; match = match.NextMatch())
        {
            var index = match.Index;
            var month = MonthOf(match.Groups["m"].Value);
            var dayText = match.Groups["d"].Value;
            var day = dayText.StartsWith('1') && dayText.EndsWith("er", StringComparison.Ordinal) ? 1 : int.Parse(dayText, CultureInfo.InvariantCulture);
            int? year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
            if (month is null || day is < 1 or > 31)
            {
                continue;
            }

            var weekday = match.Groups["wd"].Success ? WeekdayOf(match.Groups["wd"].Value) : null;
            if (text is not null)
            {
                var from = Math.Max(0, index - 12);
                var before = FrenchWeekdayBefore().Match(text, from, index - from);
                if (before.Success)
                {
                    weekday = WeekdayOf(before.Groups["wd"].Value);
                    index = before.Index;
                }
            }

            found.Add(new WrittenDate(index, match.Index + match.Length - index, year, month.Value, day, weekday));
        }
    }

    private static List<WrittenDate> RemoveOverlaps(List<WrittenDate> sorted)
    {
        var result = new List<WrittenDate>(sorted.Count);
        var end = -1;
        foreach (var date in sorted)
        {
            if (date.Index >= end)
            {
                result.Add(date);
                end = date.Index + date.Length;
            }
        }

        return result;
    }

    private static int Year(Match match) => int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);

    // Digits first, and case folding only where needed: a case-insensitive pattern that may start at
    // any letter is a hundred times slower on a whole article.
    [GeneratedRegex(@"(?<![\d\p{L}])(?<d>1er|[12]\d|3[01]|0?[1-9])\s+(?<m>(?i:" + FrenchMonths + @"))(?!\p{L})(?:\s+(?<y>" + YearAfterDay + @"))?", RegexOptions.CultureInvariant)]
    private static partial Regex French();

    [GeneratedRegex(@"(?<wd>(?i:" + FrenchWeekdays + @"))\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchWeekdayBefore();

    [GeneratedRegex(@"(?<!\p{L})(?:(?<wd>" + EnglishWeekdays + @"),?\s+)?(?<m>" + EnglishMonths + @")(?!\p{L})\s*(?<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?<y>" + YearAfterDay + @"))?", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishMonthFirst();

    [GeneratedRegex(@"(?<!\p{L})(?:(?<wd>" + EnglishWeekdays + @"),?\s+)?(?<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>" + EnglishMonthsAfterDay + @")(?!\p{L})(?:,?\s+(?<y>" + YearAfterDay + @"))?", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishDayFirst();

    // dd.mm.yyyy, dd/mm/yy, and dd-mm-yyyy with its whole year only ("06-12-34" is more likely a phone number).
    [GeneratedRegex(@"(?<!\d)(?<a>\d{1,2})(?:[./](?<b>\d{1,2})[./](?<y>\d{4}|\d{2})|-(?<b>\d{1,2})-(?<y>\d{4}))(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    /// <summary>
    /// A numeric date in running text, with its whole year and one separator throughout: "le 12/03/2024",
    /// "on 03-12-2024", "am 12.3.2024", and year first "2024/03/12" (never a version or a score: no digit or
    /// separator runs on).
    /// </summary>
    [GeneratedRegex(@"(?<![\d./,-])(?:(?<a>\d{1,2})(?<s>[./-])(?<b>\d{1,2})\k<s>(?<y>(?:19|20)\d{2})|(?<y>(?:19|20)\d{2})(?<s>[./])(?<m>\d{1,2})\k<s>(?<d>\d{1,2}))(?!\d|[./-]\d)", RegexOptions.CultureInvariant)]
    internal static partial Regex NumericDateInText();

    // A time in the zone of a country that writes days first: India, Britain and Ireland in summer, Europe, Australia, New
    // Zealand, South Africa, East and West Africa, Pakistan, Singapore, Hong Kong, Malaysia, the Gulf.
    [GeneratedRegex(@"(?<!\d)\d{1,2}[:.h]\d{2}(?:\s?(?:am|pm|a\.m\.|p\.m\.))?\s?\(?(?:IST|BST|CET|CEST|EET|EEST|WET|WEST|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|SAST|WAT|CAT|EAT|PKT|SGT|HKT|MYT|GST)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstTimeZone();

    /// <summary>ISO 8601's dates ("2023-08-29"), unambiguous in any language: in a text and on a stamp line.</summary>
    [GeneratedRegex(@"(?<![\d\p{L}-])(?<y>(?:19|20)\d{2})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])(?![\d-])", RegexOptions.CultureInvariant)]
    internal static partial Regex IsoDate();

    [GeneratedRegex(@"(?<!\p{L})(?<m>janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();
}
