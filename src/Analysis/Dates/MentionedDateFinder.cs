using System.Globalization;
using System.Text.RegularExpressions;

namespace EventNews.Analysis.Dates;

/// <summary>
/// Dates the body talks about: full dates, day and month ("le 24 février"), month ("en mai",
/// "in May"), year ("en 2014"), weekday ("vendredi", "mardi dernier", "on Friday") and
/// yesterday/today. Anything without a year is placed relative to the publication date: a day or
/// month without year takes the publication year (the year before when it would lie more than a
/// month after publication, or after it for "dernier"/"last"); a weekday is the most recent such
/// day on or before publication ("dernier"/"last": strictly before; "prochain"/"next": after), and
/// only when the publication day is known — otherwise it is skipped rather than guessed.
/// </summary>
internal static partial class MentionedDateFinder
{
    private const string FrenchMonthNames = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre";
    private const string EnglishMonthNames = "January|February|March|April|May|June|July|August|September|October|November|December";

    public static void Find(string text, int start, int end, PartialDate? published, List<MentionedDate> found)
    {
        var taken = new List<(int Start, int End)>();
        foreach (var date in WrittenDates.Find(text, start, end))
        {
            var resolved = date.Year is not null
                ? PartialDate.Create(date.Year.Value, date.Month, date.Day)
                : date.Day is null && date.Weekday is not null ? null : WithYearFrom(published, date.Month, date.Day, Relation(text, date.Index, date.Index + date.Length));
            Add(text, date.Index, date.Length, resolved, found, taken);
        }

        foreach (var match in Matches(MonthOnly(), text, start, end).Concat(Matches(EnglishMonthOnly(), text, start, end)))
        {
            var month = WrittenDates.MonthOf(match.Groups["m"].Value)!.Value;
            var resolved = match.Groups["y"].Success
                ? PartialDate.Create(Int(match, "y"), month)
                : WithYearFrom(published, month, null, RelationOf(match));
            Add(text, match.Index, match.Length, resolved, found, taken);
        }

        foreach (var match in Matches(Year(), text, start, end))
        {
            Add(text, match.Groups["y"].Index, match.Groups["y"].Length, PartialDate.Create(Int(match, "y")), found, taken);
        }

        foreach (var match in Matches(FrenchWeekday(), text, start, end).Concat(Matches(EnglishWeekday(), text, start, end)))
        {
            var weekday = WrittenDates.WeekdayOf(match.Groups["wd"].Value)!.Value;
            Add(text, match.Index, match.Length, OnWeekday(published, weekday, RelationOf(match)), found, taken);
        }

        foreach (var match in Matches(RelativeDay(), text, start, end))
        {
            Add(text, match.Index, match.Length, DaysFrom(published, OffsetOf(match.Value)), found, taken);
        }
    }

    private static IEnumerable<Match> Matches(Regex regex, string text, int start, int end)
    {
        for (var match = regex.Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            yield return match;
        }
    }

    private static void Add(string text, int index, int length, PartialDate? date, List<MentionedDate> found, List<(int Start, int End)> taken)
    {
        if (taken.Any(t => index < t.End && t.Start < index + length))
        {
            return;
        }

        taken.Add((index, index + length));
        if (date is not null)
        {
            found.Add(new MentionedDate(date, text.Substring(index, length), index, length));
        }
    }

    private static int Relation(string text, int index, int after)
    {
        var next = RelationWord().Match(text, after, Math.Min(14, text.Length - after));
        if (next.Success)
        {
            return IsAhead(next.Value) ? 1 : -1;
        }

        var from = Math.Max(0, index - 14);
        var cue = CueBefore().Match(text, from, index - from);
        return cue.Success ? (IsAhead(cue.Value) ? 1 : -1) : 0;
    }

    private static int RelationOf(Match match)
    {
        var relation = match.Groups["rel"].Success ? match.Groups["rel"] : match.Groups["cue"];
        return !relation.Success || !IsDirected(relation.Value) ? 0 : IsAhead(relation.Value) ? 1 : -1;
    }

    private static bool IsDirected(string word) =>
        Folded(word) is "prochain" or "prochaine" or "next" or "dernier" or "derniere" or "last" or "since" or "depuis" or "until" or "till" or "by" or "jusqu'en" or "d'ici" or "des";

    private static bool IsAhead(string word) =>
        Folded(word) is "prochain" or "prochaine" or "next" or "until" or "till" or "by" or "jusqu'en" or "d'ici" or "jusqu'au";

    private static string Folded(string word) => Text.TextFold.Fold(word.Trim()).Replace('’', '\'');

    // The year that puts the date nearest the publication (later dates weigh double), or the nearest one before (after) it when
    // the text says so: "depuis mai", "mai dernier", "since May" look back, "mai prochain", "by May" ahead.
    private static PartialDate? WithYearFrom(PartialDate? published, int month, int? day, int relation)
    {
        if (published is null)
        {
            return null;
        }

        if (published.Month is not { } publishedMonth)
        {
            return PartialDate.Create(published.Year, month, day);
        }

        var reference = (publishedMonth * 31) + (day is null ? 0 : published.Day ?? 15);
        var best = (Year: published.Year, Distance: int.MaxValue);
        for (var year = published.Year - 1; year <= published.Year + 1; year++)
        {
            var offset = ((year - published.Year) * 12 * 31) + (month * 31) + (day ?? 0) - reference;
            if ((relation < 0 && offset > 0) || (relation > 0 && offset < 0))
            {
                continue;
            }

            // News looks back more often than ahead: a date after publication counts as twice as far.
            var distance = offset > 0 ? offset * 2 : -offset;
            if (distance < best.Distance)
            {
                best = (year, distance);
            }
        }

        return PartialDate.Create(best.Year, month, day);
    }

    private static PartialDate? OnWeekday(PartialDate? published, DayOfWeek weekday, int relation)
    {
        if (published?.Day is null)
        {
            return null;
        }

        var day = new DateOnly(published.Year, published.Month!.Value, published.Day.Value);
        var back = ((int)day.DayOfWeek - (int)weekday + 7) % 7;
        var date = relation switch
        {
            > 0 => day.AddDays((((int)weekday - (int)day.DayOfWeek + 7) % 7) is 0 ? 7 : ((int)weekday - (int)day.DayOfWeek + 7) % 7),
            < 0 => day.AddDays(back == 0 ? -7 : -back),
            _ => day.AddDays(-back),
        };
        return new PartialDate(date.Year, date.Month, date.Day);
    }

    private static PartialDate? DaysFrom(PartialDate? published, int offset)
    {
        if (published?.Day is null)
        {
            return null;
        }

        var date = new DateOnly(published.Year, published.Month!.Value, published.Day.Value).AddDays(offset);
        return new PartialDate(date.Year, date.Month, date.Day);
    }

    private static int OffsetOf(string word) => word.ToLowerInvariant() switch
    {
        "hier" or "yesterday" => -1,
        "avant-hier" => -2,
        "demain" or "tomorrow" => 1,
        _ => 0,
    };

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\G\s+(?:dernier|derni[èe]re|prochain|prochaine)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelationWord();

    [GeneratedRegex(@"(?<!\p{L})(?:depuis|since|jusqu['’]au|until|till|d['’]ici|by)(?=(?:\s+le)?\s+$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CueBefore();

    [GeneratedRegex(@"(?<!\p{L})(?:(?:(?<cue>en|depuis|début|fin|courant|dès|jusqu['’]en|d['’]ici|au mois de|le mois de)\s+|mi-)(?<m>" + FrenchMonthNames + @")(?:\s+(?<y>(?:19|20)\d{2})(?!\d))?(?:\s+(?<rel>dernier|prochain))?|(?<m>" + FrenchMonthNames + @")\s+(?<rel>dernier|prochain))(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"(?<!\p{L})(?:(?<rel>(?i:last|next))|(?<cue>(?i:in|since|until|till|by|from|through|early|late|mid-|this|during|of)))\s*(?<m>" + EnglishMonthNames + @")(?:,?\s+(?<y>(?:19|20)\d{2})(?!\d))?(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishMonthOnly();

    [GeneratedRegex(@"(?<!\p{L})(?i:en|depuis|dès|jusqu['’]en|avant|après|fin|début|mi-|in|since|until|by|before|after|early|late|d['’]ici)\s*(?<y>(?:19|20)\d{2})(?![\d,.]?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"(?<!\p{L})(?<wd>(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))(?:\s+(?<rel>dernier|prochain))?(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchWeekday();

    [GeneratedRegex(@"(?<!\p{L})(?:(?:(?<rel>(?i:last|next))|(?i:on|this))\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishWeekday();

    [GeneratedRegex(@"(?<!\p{L})(?i:aujourd['’]hui|avant-hier|hier|demain|today|yesterday|tomorrow)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeDay();
}
