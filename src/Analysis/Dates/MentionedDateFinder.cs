using System.Buffers;
using System.Collections.Frozen;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using EventNews.Analysis.Text;

namespace EventNews.Analysis.Dates;

/// <summary>
/// Dates the body talks about: full dates ("le 3 mars 2022", "2023-08-29"), day and month ("le 24
/// février"), month ("en mai", "in May"), year ("en 2014", "au printemps 2024"), weekday
/// ("vendredi", "mardi dernier", "on Friday"), yesterday/today, days counted back ("il y a trois
/// jours"), and a month or year named by its place ("le mois dernier", "next year"). Anything
/// without a year is placed relative to the publication date: a day or month without year takes
/// the year that puts it nearest publication, before it for "dernier"/"last" or a verb in the past
/// before it in its clause, after it for "prochain"/"next" or a verb in the future; a weekday is
/// the most recent such day on or before publication ("dernier"/"last": strictly before;
/// "prochain"/"next": after, and a week later than tomorrow; a verb in the future or
/// a timetable's present, "reprend mercredi": on or after), and only when the publication day
/// is known — otherwise it is skipped rather than guessed; "le mois dernier" needs the publication
/// month, "l'an dernier" its year.
/// </summary>
internal static partial class MentionedDateFinder
{
    private const string FrenchMonthNames = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre";
    // With the wires' abbreviations ("Feb. 24-25"): the full names first, so "June" is not read as "Jun".
    private const string EnglishMonthNames = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    // What ends a clause, looking back from a date for its verb.
    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(",;:.!?«»\"“”()\n");

    // The groups of a range pattern that hold each end and its day.
    private static readonly (string Span, string Day)[] RangeEnds = [("a", "da"), ("b", "db")];

    // Six weeks, in the days of WithYearFrom's reckoning (31 to a month).
    private const int NearPublication = 45;

    // monthFirst: whether the article is English, asked only of a numeric date that reads either way ("3/12/2024").
    public static void Find(string text, int start, int end, PartialDate? published, List<MentionedDate> found, Func<bool>? monthFirst = null)
    {
        var taken = new List<(int Start, int End)>();

        // A range of days names both ends, with the month and year written once: "du 3 au 5 avril",
        // "April 3-5", "March 9 to 11, 2022". Read before single dates, which would miss the shared
        // year, and only where there are written dates at all (most stretches of text have none).
        var written = WrittenDates.Find(text, start, end);
        foreach (var regex in written.Count == 0 ? [] : (ReadOnlySpan<Regex>)[FrenchDayRange(), EnglishDayRange()])
        {
            foreach (var range in Matches(regex, text, start, end))
            {
                var month = WrittenDates.MonthOf(range.Groups["m"].Value) ?? 0;
                foreach (var (span, day) in RangeEnds)
                {
                    var days = int.Parse(range.Groups[day].Value, CultureInfo.InvariantCulture);
                    var resolved = range.Groups["y"].Success ? PartialDate.Create(Int(range, "y"), month, days)
                        : YearSaidBefore(text, start, range.Index, published) is { } said ? PartialDate.Create(said, month, days)
                        : WithYearFrom(published, month, days, 0, Tense(text, start, range.Index));
                    Add(text, range.Groups[span].Index, range.Groups[span].Length, resolved, found, taken);
                }
            }
        }

        foreach (var date in written)
        {
            // "April 3 last year", "le 12 mars de l'an prochain": the year named right after the day.
            var yearAfter = date.Year is null && published is not null && YearNamedAfter().Match(text, date.Index + date.Length, Math.Min(30, text.Length - date.Index - date.Length)) is { Success: true } named
                ? published.Year + (named.Groups["last"].Success ? -1 : 1) : (int?)null;
            var relation = date.Year is null && yearAfter is null ? Relation(text, date.Index, date.Index + date.Length) : 0;
            var resolved = date.Year is not null
                ? PartialDate.Create(date.Year.Value, date.Month, date.Day)
                : yearAfter is not null ? PartialDate.Create(yearAfter.Value, date.Month, date.Day)
                : relation is 0 && date.Weekday is null && YearSaidBefore(text, start, date.Index, published) is { } said ? PartialDate.Create(said, date.Month, date.Day)
                : WithYearFrom(published, date.Month, date.Day, relation, relation is 0 ? TenseAround(text, start, date.Index, date.Index + date.Length) : 0, date.Weekday);
            Add(text, date.Index, date.Length, resolved, found, taken);
        }

        // "2023-08-29": ISO 8601's dates, unambiguous in any language.
        foreach (var match in Matches(WrittenDates.IsoDate(), text, start, end))
        {
            Add(text, match.Index, match.Length, PartialDate.Create(Int(match, "y"), Int(match, "m"), Int(match, "d")), found, taken);
        }

        // "Boxing Day", "Valentine's Day 2023", "à Noël", "la Saint-Sylvestre": holidays on a fixed day, in the year written
        // or the one the clause's tense and the publication give; looked for only where one of their words stands.
        if (NamesAHoliday(text.AsSpan(start, end - start)))
        {
            foreach (var match in Matches(Holiday(), text, start, end))
            {
                // "le 14-Juillet", "le 15-Août", "le 11-Novembre": a day and its month joined by a hyphen name the holiday.
                var (month, day) = match.Groups["fm"].Success
                    ? (MonthWords[Text.TextFold.Fold(match.Groups["fm"].Value).ToLowerInvariant()], match.Groups["fd"].Value is "1er" ? 1 : Int(match, "fd"))
                    : HolidayDay(match.Groups["h"].Value);
                if (published is not null && MovableDay(match.Groups["h"].Value, published.Year) is { } thisYear)
                {
                    (month, day) = (thisYear.Month, thisYear.Day);
                }

                var holidayEnd = match.Index + match.Length;
                var relation = RelationWord().Match(text, holidayEnd, Math.Min(14, text.Length - holidayEnd)) is { Success: true } said ? Direction(said.Value) : 0;
                var resolved = match.Groups["y"].Success ? PartialDate.Create(Int(match, "y"), month, day) : WithYearFrom(published, month, day, relation, TenseAround(text, start, match.Index, holidayEnd));

                // Easter, Thanksgiving, Labor Day: the year found from the holiday's day in the year of publication, then its day
                // in the year found.
                if (resolved is not null && MovableDay(match.Groups["h"].Value, resolved.Year) is { } movable)
                {
                    resolved = PartialDate.Create(movable.Year, movable.Month, movable.Day);
                }

                Add(text, match.Index, match.Length, resolved, found, taken);
            }
        }

        // "the July-September quarter", "juillet-septembre": two months joined by a dash are a span, each end a month, in the year
        // the clause's tense and the publication give.
        foreach (var match in Matches(MonthDashPair(), text, start, end))
        {
            var tense = TenseAround(text, start, match.Index, match.Index + match.Length);
            var (a, b) = (match.Groups["a"], match.Groups["b"]);
            var first = WithYearFrom(published, MonthWords[Text.TextFold.Fold(a.Value).ToLowerInvariant()], null, 0, tense);
            var second = MonthWords[Text.TextFold.Fold(b.Value).ToLowerInvariant()];
            Add(text, a.Index, a.Length, first, found, taken);
            Add(text, b.Index, b.Length, first is null ? null : PartialDate.Create(first.Year + (second < first.Month ? 1 : 0), second), found, taken);
        }

        // "le 12/03/2024", "on 3/12/2024", "2024/03/12": numeric dates with their whole year, day first unless the
        // article is English and the date reads either way.
        foreach (var match in Matches(WrittenDates.NumericDateInText(), text, start, end))
        {
            var date = match.Groups["m"].Success
                ? PartialDate.Create(Int(match, "y"), Int(match, "m"), Int(match, "d"))
                : WrittenDates.FromNumeric(match, WrittenDates.MayBeMonthFirst(match) && monthFirst?.Invoke() == true);
            Add(text, match.Index, match.Length, date, found, taken);
        }

        // "il y a trois jours", "two weeks ago", "il y a un mois", "four years ago", "the day before yesterday": counted from the
        // publication, before the words alone ("yesterday") are. Each pattern is asked only where its own words stand, and
        // opens with them where it can: French text says "il y a" often, and a pattern that may start at any "a" would be
        // tried all through it.
        var region = text.AsSpan(start, end - start);
        if (region.Contains("l y a ", StringComparison.Ordinal))
        {
            foreach (var match in Matches(FrenchTimeAgo(), text, start, end))
            {
                AddCountedBack(text, match, published, found, taken);
            }
        }

        if (region.Contains(" ago", StringComparison.Ordinal))
        {
            foreach (var match in Matches(EnglishTimeAgo(), text, start, end))
            {
                AddCountedBack(text, match, published, found, taken);
            }
        }

        // "It fell again on the 14th", "by the 30th", "le 25 par la commission": a day of the month alone is in the month of
        // publication; in the month before when that day is still to come and the clause does not look ahead, in the month
        // after when it is past and the clause does.
        if (published?.Day is not null && (region.Contains(" the ", StringComparison.Ordinal) || region.Contains("le ", StringComparison.Ordinal)))
        {
            foreach (var match in Matches(DayOfTheMonth(), text, start, end))
            {
                Add(text, match.Index, match.Length, DayOfTheMonthFrom(published, Int(match, "d"), TenseAround(text, start, match.Index, match.Index + match.Length)), found, taken);
            }
        }

        // "dans deux semaines", "in three weeks' time", "two months from now": counted ahead, each pattern where its words stand
        // and opening with them where it can ("dans", "in"; a count, which may be any "a", only before "from now").
        if (region.Contains("dans ", StringComparison.Ordinal) || region.Contains("ici ", StringComparison.Ordinal))
        {
            foreach (var match in Matches(FrenchTimeAhead(), text, start, end))
            {
                AddCountedBack(text, match, published, found, taken, ahead: true);
            }
        }

        if (region.Contains(" time", StringComparison.Ordinal) || region.Contains("fortnight", StringComparison.Ordinal))
        {
            foreach (var match in Matches(EnglishTimeAhead(), text, start, end))
            {
                AddCountedBack(text, match, published, found, taken, ahead: true);
            }
        }

        if (region.Contains(" from now", StringComparison.Ordinal))
        {
            foreach (var match in Matches(EnglishFromNow(), text, start, end))
            {
                AddCountedBack(text, match, published, found, taken, ahead: true);
            }
        }

        if (region.Contains("day before", StringComparison.OrdinalIgnoreCase) || region.Contains("day after", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var match in Matches(DayBeforeOrAfter(), text, start, end))
            {
                Add(text, match.Index, match.Length, DaysFrom(published, match.Value.Contains("before", StringComparison.OrdinalIgnoreCase) ? -2 : 2), found, taken);
            }
        }

        // Month and weekday names are found word by word: cheap lookups instead of case-insensitive scans.
        Span<char> buffer = stackalloc char[32];
        foreach (var token in Tokenizer.Scan(text, start, end))
        {
            // Only words of month, weekday and relative-day length are looked at, folded without allocating.
            if (token.Length is < 3 or > 14 || !char.IsLetter(text[token.Start]))
            {
                continue;
            }

            var word = text.AsSpan(token.Start, token.Length);
            var foldedSpan = buffer[..Text.TextFold.FoldInto(word, buffer)];
            if (!TriggerWords.Contains(foldedSpan))
            {
                continue;
            }

            var folded = foldedSpan.ToString();
            var mid = MidPrefix(folded);
            var capitalised = char.IsUpper(word[mid]);
            if (MonthWords.TryGetValue(folded[mid..], out var month))
            {
                AddMonth(text, start, token, month, mid > 0, capitalised, published, found, taken);
            }
            else if (WeekdayWords.TryGetValue(folded, out var weekday) && (capitalised || !EnglishWords.Contains(folded)))
            {
                AddWeekday(text, start, token, weekday, published, found, taken);
            }
            else if (RelativeDays.TryGetValue(folded, out var offset))
            {
                Add(text, token.Start, token.Length, DaysFrom(published, offset), found, taken);
            }
        }

        // "le mois dernier", "next year", "cette année", "à la fin du mois", "the end of the year": the month or year
        // next to the publication's, or its own; "ce matin", "this afternoon": its day. Looked for only where one of
        // their nouns stands.
        if (NamesAPeriod(region))
        {
            foreach (var match in Matches(RelativePeriod(), text, start, end))
            {
                var offset = PeriodOffset(match.Value);
                if (match.Groups["season"].Success)
                {
                    // "le printemps" alone is any spring; with "ce", "this", "last" or "next", one in particular.
                    if (offset != 0 || !Folded(match.Value).StartsWith('l'))
                    {
                        Add(text, match.Index, match.Length, SeasonFrom(published, match.Value, offset), found, taken);
                    }

                    continue;
                }

                if (match.Groups["today"].Success)
                {
                    // "last night", "la nuit dernière": the evening before the publication's day.
                    Add(text, match.Index, match.Length, DaysFrom(published, offset), found, taken);
                    continue;
                }

                Add(text, match.Index, match.Length, match.Groups["month"].Success ? MonthsFrom(published, offset) : YearsFrom(published, offset), found, taken);
            }
        }

        // "entre 2019 et 2021", "from 2010 to 2015", "1939-1945": both ends of a span of years (not "between 2000 and 3000 troops").
        foreach (var match in Matches(YearRange(), text, start, end))
        {
            // A season's second year may be written short, and is then the next one: "2024-25".
            // Written out ("de 1977 à 2008"), a span may be a long career; with a dash, a long one is more likely a count.
            var (from, to) = (Int(match, "a"), Int(match, "b"));
            to = to < 100 ? from / 100 * 100 + to : to;
            var longest = match.Groups["b"].Length == 2 ? 1 : match.Value.Any(char.IsLetter) ? MaxWrittenYearSpan : MaxYearSpan;
            if (to > from && to - from <= longest)
            {
                var (a, b) = (match.Groups["a"], match.Groups["b"]);
                Add(text, a.Index, a.Length, PartialDate.Create(from), found, taken);
                Add(text, b.Index, b.Length, PartialDate.Create(to), found, taken);
            }
        }

        foreach (var match in Matches(Year(), text, start, end))
        {
            Add(text, match.Index, match.Length, PartialDate.Create(Int(match, "y")), found, taken);

            // "en 2020, 2021 et 2024": the years listed after one.
            for (var next = YearInList().Match(text, match.Index + match.Length, Math.Min(12, end - match.Index - match.Length)); next.Success;
                 next = YearInList().Match(text, next.Index + next.Length, Math.Min(12, end - next.Index - next.Length)))
            {
                var year = next.Groups["y"];
                Add(text, year.Index, year.Length, PartialDate.Create(int.Parse(year.ValueSpan, CultureInfo.InvariantCulture)), found, taken);
            }
        }

        // "le triple vainqueur du tournoi (2016, 2021, 2023)", a work's year ("« Sel noir » (2019)") and a life ("af Klint
        // (1862-1944)"): years in brackets.
        if (region.Contains('('))
        {
            foreach (var match in Matches(YearsInBrackets(), text, start, end))
            {
                foreach (Capture year in match.Groups["y"].Captures)
                {
                    Add(text, year.Index, year.Length, PartialDate.Create(int.Parse(year.ValueSpan, CultureInfo.InvariantCulture)), found, taken);
                }
            }
        }
    }

    private static bool NamesAHoliday(ReadOnlySpan<char> region) =>
        region.Contains("Day", StringComparison.Ordinal) || region.Contains("Eve", StringComparison.Ordinal) || region.Contains("Saint-", StringComparison.Ordinal)
        || region.Contains("Noël", StringComparison.Ordinal) || region.Contains("Toussaint", StringComparison.Ordinal) || region.Contains("Halloween", StringComparison.Ordinal)
        || region.Contains("jour de l", StringComparison.Ordinal) || region.Contains("Hogmanay", StringComparison.Ordinal)
        || region.Contains("Christmas", StringComparison.Ordinal) || region.Contains("Patrick", StringComparison.Ordinal) || FrenchHolidayMonth().IsMatch(region)
        || region.Contains("Thanksgiving", StringComparison.Ordinal) || region.Contains("Easter", StringComparison.Ordinal) || region.Contains("Pâques", StringComparison.Ordinal)
        || region.Contains("Good Friday", StringComparison.Ordinal) || region.Contains("endredi saint", StringComparison.Ordinal);

    private static (int Month, int Day) HolidayDay(string holiday) => Text.TextFold.Fold(holiday).ToLowerInvariant().Replace('’', '\'') switch
    {
        "christmas day" or "christmas" or "noel" => (12, 25),
        "christmas eve" or "reveillon de noel" or "veille de noel" => (12, 24),
        "st patrick's day" or "st. patrick's day" or "la saint-patrick" => (3, 17),
        "labor day" => (9, 4),
        "memorial day" => (5, 28),
        "thanksgiving" or "thanksgiving day" => (11, 25),
        "easter" or "easter sunday" or "easter monday" or "good friday" or "paques" or "lundi de paques" or "vendredi saint" or "le vendredi saint" => (4, 5),
        "boxing day" => (12, 26),
        "new year's day" or "le jour de l'an" => (1, 1),
        "new year's eve" or "la saint-sylvestre" or "hogmanay" => (12, 31),
        "valentine's day" or "la saint-valentin" => (2, 14),
        "halloween" => (10, 31),
        "bastille day" => (7, 14),
        "armistice day" => (11, 11),
        "la toussaint" => (11, 1),
        _ => throw new UnreachableException($"No day for the holiday \"{holiday}\"."),
    };

    /// <summary>The day of a holiday that moves from year to year, in the given year; null for one on a fixed day.</summary>
    private static DateOnly? MovableDay(string holiday, int year)
    {
        var name = Text.TextFold.Fold(holiday).ToLowerInvariant();
        return name switch
        {
            "labor day" => NthWeekday(year, 9, DayOfWeek.Monday, 1),
            "memorial day" => NthWeekday(year, 6, DayOfWeek.Monday, 1).AddDays(-7),
            "thanksgiving" or "thanksgiving day" => NthWeekday(year, 11, DayOfWeek.Thursday, 4),
            "easter" or "easter sunday" or "paques" => EasterSunday(year),
            "easter monday" or "lundi de paques" => EasterSunday(year).AddDays(1),
            "good friday" or "vendredi saint" or "le vendredi saint" => EasterSunday(year).AddDays(-2),
            _ => null,
        };
    }

    // The nth such weekday of a month ("the fourth Thursday of November").
    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int nth)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays((((int)weekday - (int)first.DayOfWeek + 7) % 7) + (7 * (nth - 1)));
    }

    // Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus).
    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    // "il y a trois semaines", "two months ago": so many days, weeks, months or years before the publication (after it
    // when counted ahead: "dans deux semaines").
    private static void AddCountedBack(string text, Match match, PartialDate? published, List<MentionedDate> found, List<(int Start, int End)> taken, bool ahead = false)
    {
        var number = match.Groups["n"].Value;
        var unit = match.Groups["unit"].Value;
        var count = Count(number);

        // "d'ici quinze jours": two weeks, as French counts them; "in a fortnight": two weeks.
        var days = unit.StartsWith('j') || unit.StartsWith('J') ? (Text.TextFold.Fold(number).ToLowerInvariant() is "quinze" ? 14 : count)
            : unit.StartsWith('d') || unit.StartsWith('D') ? count
            : unit.StartsWith('f') || unit.StartsWith('F') ? 14 * count
            : 7 * count;
        var back = ahead ? -1 : 1;
        var date = unit.StartsWith("mo", StringComparison.OrdinalIgnoreCase) ? MonthsFrom(published, -back * count)
            : unit.StartsWith("an", StringComparison.OrdinalIgnoreCase) || unit.StartsWith('y') || unit.StartsWith('Y') ? YearsFrom(published, -back * count)
            : DaysFrom(published, -back * days);
        Add(text, match.Index, match.Length, date, found, taken);
    }

    private static void AddMonth(string text, int regionStart, Token token, int month, bool mid, bool capitalised, PartialDate? published, List<MentionedDate> found, List<(int Start, int End)> taken)
    {
        var folded = Text.TextFold.Fold(text.AsSpan(token.Start, token.Length));
        var english = EnglishWords.Contains(folded[MidPrefix(folded)..]);
        if (english && !capitalised)
        {
            return;
        }

        var from = Math.Max(regionStart, token.Start - 16);
        var cue = mid ? null : (english ? EnglishMonthCue() : FrenchMonthCue()).Match(text, from, token.Start - from);
        var end = token.End;
        var year = YearAfter().Match(text, end, Math.Min(8, text.Length - end));
        if (year.Success)
        {
            end += year.Length;
        }

        // "in July last year", "en mars l'an prochain": the year next to the publication's; "from March to June 2024", "de
        // décembre à mars 2025": the year of the span's end (the one before when the span runs over the new year).
        int? yearNextTo = null;
        if (!year.Success && SpanEndYear().Match(text, end, Math.Min(36, text.Length - end)) is { Success: true } spanEnd
            && WrittenDates.MonthOf(spanEnd.Groups["m"].Value) is { } endMonth)
        {
            yearNextTo = Int(spanEnd, "y") - (endMonth < month ? 1 : 0);
        }

        if (!year.Success && yearNextTo is null && published is not null && text.Length - end > 9 && YearAfterMonth().Match(text, end, Math.Min(28, text.Length - end)) is { Success: true } nextTo)
        {
            end += nextTo.Length;
            yearNextTo = published.Year + (nextTo.Groups["last"].Success ? -1 : nextTo.Groups["next"].Success ? 1 : 0);
        }

        // "in July and August last year": the first month of a pair takes the year said after the second.
        if (!year.Success && yearNextTo is null && published is not null && text.Length - end > 14
            && YearAfterMonthPair().Match(text, end, Math.Min(48, text.Length - end)) is { Success: true } afterPair)
        {
            yearNextTo = published.Year + (afterPair.Groups["last"].Success ? -1 : 1);
        }

        var after = RelationWord().Match(text, end, Math.Min(14, text.Length - end));
        if (after.Success)
        {
            end += after.Length;
        }

        // A month with its year is a date by itself ("April 2019", "mars 2020"); alone it needs its cue ("en mai").
        // "between October and December", "de janvier à mars": the second month of a pair whose first has its cue.
        if (!mid && cue is { Success: false } && !after.Success && !year.Success && yearNextTo is null
            && !MonthPairBefore().IsMatch(text.AsSpan(Math.Max(regionStart, token.Start - 40), token.Start - Math.Max(regionStart, token.Start - 40))))
        {
            return;
        }

        // "celui de janvier": "de" lets the month be one, but is no part of what is written for it.
        var startAt = cue is { Success: true } && cue.Groups["cue"].Value is not ("de" or "De" or "d'" or "d’" or "D'" or "D’") ? cue.Index : token.Start;

        // "Last year in July", "l'an dernier en mars": the year next to the publication's, before the month and its cue.
        if (!year.Success && yearNextTo is null && published is not null && cue is { Success: true } && startAt - regionStart > 9
            && YearBeforeMonth().Match(text, Math.Max(regionStart, startAt - 24), startAt - Math.Max(regionStart, startAt - 24)) is { Success: true } before)
        {
            startAt = before.Index;
            yearNextTo = published.Year + (before.Groups["last"].Success ? -1 : before.Groups["next"].Success ? 1 : 0);
        }

        // "for October", "pour mars": of a month, looking neither way ("the flash estimate for October", "scheduled for October").
        var cueWord = cue is { Success: true } ? Folded(cue.Groups["cue"].Value).ToLowerInvariant() : "";
        var relation = after.Success ? Direction(after.Value) : cueWord is "for" or "pour" ? 0 : Direction(cueWord);
        relation = relation is 0 ? Tense(text, regionStart, startAt) : relation;

        // "remained on track for December", "was planned for September", "prévu pour mars": what is planned for a month is to come,
        // whenever the plan was made.
        if (cueWord is "for" or "pour" && PlannedFor().IsMatch(text.AsSpan(Math.Max(regionStart, cue!.Index - 24), cue.Index - Math.Max(regionStart, cue.Index - 24))))
        {
            relation = 1;
        }

        // "Employer NI up to 15% from April", "dès septembre", "à partir d'avril", "passed before January": what starts or must be
        // done by a month is to come, unless a verb after it says otherwise ("From April to June, sales fell").
        if (relation is 0 && (cueWord is "from" or "des" or "before" or "avant" || (cueWord is "de" or "d'" && text.AsSpan(regionStart, cue!.Index - regionStart).EndsWith("à partir ", StringComparison.OrdinalIgnoreCase))))
        {
            relation = TenseAfter(text, end) is var later && later != 0 ? later : 1;
        }

        // "returning to Augusta next April", said in April: a year on; "Last December people came out", said in December: a year back.
        var sameMonthSaid = published?.Month == month ? (after.Success ? after.Value : cue is { Success: true } ? cue.Groups["cue"].Value : "") : "";
        var nextSameMonth = sameMonthSaid.Contains("next", StringComparison.OrdinalIgnoreCase) || sameMonthSaid.Contains("prochain", StringComparison.OrdinalIgnoreCase);
        var lastSameMonth = sameMonthSaid.Equals("last", StringComparison.OrdinalIgnoreCase) || sameMonthSaid.Contains("dernier", StringComparison.OrdinalIgnoreCase);
        yearNextTo ??= nextSameMonth ? published!.Year + 1 : lastSameMonth ? published!.Year - 1 : null;

        // "he won the rerun that June": the month of the year the text last named ("in March 2019"); none named, no date.
        if (!year.Success && yearNextTo is null && cueWord is "that")
        {
            var searchFrom = Math.Max(regionStart, startAt - 300);
            var named = YearNamed().Match(text, searchFrom, startAt - searchFrom);
            if (!named.Success)
            {
                return;
            }

            yearNextTo = int.Parse(named.ValueSpan, CultureInfo.InvariantCulture);
        }

        var resolved = year.Success ? PartialDate.Create(Int(year, "y"), month)
            : yearNextTo is { } nextToPublication ? PartialDate.Create(nextToPublication, month)
            : WithYearFrom(published, month, null, relation);
        Add(text, startAt, end - startAt, resolved, found, taken);
    }

    private static void AddWeekday(string text, int regionStart, Token token, DayOfWeek weekday, PartialDate? published, List<MentionedDate> found, List<(int Start, int End)> taken)
    {
        // "every Monday", "chaque dimanche", "on a Friday", "Easter Monday": no day in particular.
        var from = Math.Max(regionStart, token.Start - 16);
        var any = AnyWeekday().Match(text, from, token.Start - from);
        if (any.Success && (any.Groups["fr"].Success || text.AsSpan(token.Start, token.Length).EndsWith("day", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        from = Math.Max(regionStart, token.Start - 30);
        var before = WeekdayCue().Match(text, from, token.Start - from);
        var end = token.End;
        var after = RelationWord().Match(text, end, Math.Min(14, text.Length - end));
        if (after.Success)
        {
            end += after.Length;
        }

        var startAt = before.Success ? before.Index : token.Start;
        var relation = after.Success ? Direction(after.Value) : before.Success ? Direction(before.Groups["cue"].Value) : 0;
        var cueWord = after.Success ? after.Value : before.Success ? before.Groups["cue"].Value : "";
        var tense = TenseAround(text, regionStart, startAt, end);

        // "en vigilance orange à partir de jeudi", "has issued a warning from 7 p.m. Saturday": what starts on a day is to come,
        // unless the clause is past and no hour says when it starts.
        var startsOn = Folded(cueWord).ToLowerInvariant() is "from" or "a partir de";
        var future = relation is 0 && (tense > 0 || (startsOn && (tense == 0 || before.Value.AsSpan().ContainsAnyInRange('0', '9'))));
        var next = relation > 0 && (cueWord.Contains("next", StringComparison.OrdinalIgnoreCase) || cueWord.Contains("prochain", StringComparison.OrdinalIgnoreCase));
        Add(text, startAt, end - startAt, OnWeekday(published, weekday, relation, future, next), found, taken);
    }

    /// <summary>
    /// Whether the clause before a date speaks of the future (1: "will meet", "is due to", "doit
    /// rencontrer", "se rendra") or the past (-1: "met", "was", "said", "a rencontré"), from the
    /// verb nearest before the date; 0 when it has none.
    /// </summary>
    private static int Tense(string text, int regionStart, int index)
    {
        // From a word's start: a cut word ("rged" of "urged") would read as another.
        var from = Math.Max(regionStart, index - 80);
        while (from > regionStart && char.IsLetter(text[from - 1]))
        {
            from--;
        }

        // "passera de 3,10 € à 3,30 € au 1er septembre": a decimal comma ends no clause.
        var clauseStart = text.AsSpan(from, index - from).LastIndexOfAny(ClauseEnds);
        while (clauseStart > 0 && text[from + clauseStart] == ',' && from + clauseStart + 1 < index && char.IsAsciiDigit(text[from + clauseStart - 1]) && char.IsAsciiDigit(text[from + clauseStart + 1]))
        {
            clauseStart = text.AsSpan(from, clauseStart).LastIndexOfAny(ClauseEnds);
        }

        from = clauseStart < 0 ? from : from + clauseStart + 1;

        // The clause's last words, then read from the date back.
        Span<Token> words = stackalloc Token[24];
        var count = 0;
        foreach (var token in Tokenizer.Scan(text, from, index))
        {
            if (count == words.Length)
            {
                words[1..].CopyTo(words);
                count--;
            }

            words[count++] = token;
        }

        // "PM to meet Trump on Tuesday", as headlines announce what is to come (a name or title, then "to" and a verb of
        // what is planned), unless a verb further back says otherwise.
        var toVerb = 0;
        var fromDay = false;
        for (var i = count - 1; i >= 0; i--)
        {
            // "dès lundi": from a day on, which is to come, unless a verb before it says the clause is past ("un signalement a
            // été transmis à Interpol dès dimanche matin").
            if (text.AsSpan(words[i].Start, words[i].Length) is "dès" or "Dès" && !(i > 0 && TenseOf(text, words[..count], i) < 0))
            {
                fromDay = true;
                continue;
            }

            // "urged the eight countries to arrive at the conference in November": what someone was asked or means to do is to come
            // (not "went to visit her in May", "became the first to play with his father on Oct. 22").
            if (i + 1 < count && text.AsSpan(words[i].Start, words[i].Length) is "to" && PlannedVerbs.Contains(text.AsSpan(words[i + 1].Start, words[i + 1].Length))
                && GoverningVerb(text, words[..count], i) is var governing && (governing < 0 || IntentVerbs.Contains(text.AsSpan(words[governing].Start, words[governing].Length))))
            {
                return 1;
            }

            // "trimmed bets on a cut at the next policy meeting on July 24", "the campaign ahead of the Nov. 5 election": what the
            // date is of is still to come, whatever the verb further back.
            if (text.AsSpan(words[i].Start, words[i].Length) is "next" or "upcoming" or "forthcoming" or "prochain" or "prochaine" or "ahead")
            {
                return 2;
            }

            // A verb with at most two words between it and the date governs it ("picked on April 2", "met Biden on March 20"):
            // twice as firm as one further back.
            if (TenseOf(text, words[..count], i) is not 0 and var tense)
            {
                // "has promised elections in February", "a promis un référendum en mars": what was promised is to come (not "we were
                // promised on Oct. 28 that …", when the promise was made).
                tense = tense < 0 && i + 1 < count && text.AsSpan(words[i + 1].Start, words[i + 1].Length) is not ("on" or "in" or "at" or "le" or "en" or "the")
                    && PromiseVerbs.Contains(text.AsSpan(words[i].Start, words[i].Length)) ? 1 : tense;
                return count - 1 - i <= 2 ? tense * 2 : tense;
            }

            // "Le Tour reprend mercredi", "Pre-orders begin Friday", "the Sixers host Hobart on Saturday": a timetable in the
            // present, right before the day (not a noun: "at the end of September", "to visit her").
            if (count - 1 - i <= 2 && ScheduleVerbs.Contains(text.AsSpan(words[i].Start, words[i].Length))
                && !(i > 0 && text.AsSpan(words[i - 1].Start, words[i - 1].Length) is "to" or "the" or "a" or "an" or "its" or "their" or "la" or "le" or "les"))
            {
                return 2;
            }

            toVerb = toVerb == 0 && i > 0 && i + 1 < count && text.AsSpan(words[i].Start, words[i].Length) is "to" && char.IsUpper(text[words[i - 1].Start])
                && PlannedVerbs.Contains(text.AsSpan(words[i + 1].Start, words[i + 1].Length)) ? 1 : toVerb;
        }

        // "Dès le 15 août, les analyses montraient…": the verb after the day may still say the clause is past.
        return toVerb != 0 ? toVerb : fromDay ? (TenseAfter(text, index) < 0 ? -1 : 1) : 0;
    }

    // The nearest word before index that reads as a verb with a tense or sends what follows "to" ahead ("prepares"), or -1.
    private static int GoverningVerb(string text, ReadOnlySpan<Token> words, int index)
    {
        for (var j = index - 1; j >= 0; j--)
        {
            if (TenseOf(text, words, j) != 0 || IntentVerbs.Contains(text.AsSpan(words[j].Start, words[j].Length)))
            {
                return j;
            }
        }

        return -1;
    }

    // The tense of the clause before a date, else of the first verb after it ("À partir du 1er septembre, les repas seront préparés…").
    private static int TenseAround(string text, int regionStart, int index, int end) =>
        Tense(text, regionStart, index) is var before && before != 0 ? PlannedInThePast(text, before, end) : TenseAfter(text, end);

    /// <summary>
    /// What was planned for a day, told in the pluperfect, is past: "Les épreuves, prévues mardi, avaient été reportées", "le
    /// scrutin, initialement prévu le 25 février, avait été reporté", "the vote, set for March 3, had been postponed".
    /// </summary>
    private static int PlannedInThePast(string text, int tense, int end) =>
        tense > 0 && PluperfectAfter().IsMatch(text, end) ? -1 : tense;

    /// <summary>The tense of the first verb after a date in its sentence: "On Friday, the King will be made…", "Samedi, les élèves pourront…".</summary>
    private static int TenseAfter(string text, int index)
    {
        var to = Math.Min(text.Length, index + 100);
        var sentenceEnd = text.AsSpan(index, to - index).IndexOfAny(".;!?\n");
        to = sentenceEnd < 0 ? to : index + sentenceEnd;
        Span<Token> words = stackalloc Token[12];
        var count = 0;
        foreach (var token in Tokenizer.Scan(text, index, to))
        {
            if (count == words.Length)
            {
                break;
            }

            words[count++] = token;
        }

        for (var i = 0; i < count; i++)
        {
            if (TenseOf(text, words[..count], i) is not 0 and var tense)
            {
                return tense;
            }
        }

        return 0;
    }

    // A future or what may come ("will", "is due to", "may", "doit", "va", "se rendra", "participeront"),
    // or a past ("said", "met", "visited", "a annoncé", "sont repartis"; "a" alone is also English).
    // "will be held": a participle after "be" is not a past; "indeed", "need" are no pasts at all.
    private static int TenseOf(string text, ReadOnlySpan<Token> words, int i)
    {
        var word = text.AsSpan(words[i].Start, words[i].Length);

        // "There'll be a barbecue on Sunday", "we'll know on Friday".
        if (word.EndsWith("'ll") || word.EndsWith("’ll"))
        {
            return 1;
        }

        if (!char.IsLower(word[0]))
        {
            // "Dès lundi, …": from a day on, which is to come; "Présenté en première mardi, …": a French participle opening
            // the sentence is a past, unless it looks ahead ("Prévu mardi").
            Span<char> lower = stackalloc char[Math.Min(word.Length, 32)];
            return word is "Dès" ? 1
                : i > 0 || word.Length > lower.Length || !char.IsLower(word[^1]) ? 0
                : word.ToLowerInvariant(lower) is var length && FutureWords.Contains(lower[..length]) ? 1
                : EndsAsLetters(lower[..length], "é", 3) || EndsAsLetters(lower[..length], "ée", 3) || EndsAsLetters(lower[..length], "és", 3) || EndsAsLetters(lower[..length], "ées", 3)
                    || FrenchParticiples.Contains(lower[..length]) ? -1 : 0;
        }

        var previous = i > 0 ? text.AsSpan(words[i - 1].Start, words[i - 1].Length) : default;
        var next = i + 1 < words.Length ? text.AsSpan(words[i + 1].Start, words[i + 1].Length) : default;

        // "la file s'étirait dès mardi soir": from a day on, in a clause already past.
        if (word is "dès" && i > 0 && (EndsAsLetters(previous, "ait", 2) || EndsAsLetters(previous, "aient", 2)))
        {
            return -1;
        }

        if ((FutureWords.Contains(word) && !(previous is "plus" or "très" or "most" or "much" or "que" or "qu'" or "than" or "as" && i > 0)) || (next is "to" && FutureBeforeTo.Contains(word)) || IsFrenchFuture(word))
        {
            return 1;
        }

        // "will visit the affected areas on Wednesday": a participle after an article or a possessive is an adjective.
        if (PastWords.Contains(word) || (previous is not ("be" or "is" or "are" or "being" or "the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "this" or "these" or "those")
            && (EnglishPasts.Contains(word) || EndsAsLetters(word, "ed", 2) && !word.EndsWith("eed"))))
        {
            return -1;
        }

        // "a annoncé", "ont vivement critiqué", "sont repartis": a participle after its auxiliary.
        var auxiliary = i > 1 && IsAdverb(previous) ? text.AsSpan(words[i - 2].Start, words[i - 2].Length) : previous;
        var participle = EndsAsLetters(word, "é", 2) || EndsAsLetters(word, "ée", 2) || EndsAsLetters(word, "és", 2) || EndsAsLetters(word, "ées", 2);
        var afterHave = HaveAuxiliaries.Contains(auxiliary) && (participle || FrenchParticiples.Contains(word));
        var afterBe = BeAuxiliaries.Contains(auxiliary) && (participle || EndsAsLetters(word, "is", 2) || EndsAsLetters(word, "ies", 2));

        // "une collecte est organisée samedi", "les résultats sont publiés jeudi": the present passive of a verb that takes
        // "avoir" is a timetable; "est arrivé", "sont repartis", "s'est rendu" are pasts.
        if (afterBe && participle && auxiliary is "est" or "sont" && !BeVerbParticiples.Contains(word) && !IsReflexive(text, words[i - 1]))
        {
            return 1;
        }

        // "Le plan, présenté lundi aux syndicats": a past participle with no auxiliary, right before the date, is past.
        if (participle && i == words.Length - 1 && !afterHave && !afterBe && !BeAuxiliaries.Contains(auxiliary) && !HaveAuxiliaries.Contains(auxiliary)
            && previous is not ("été" or "être" or "sera" or "seront" or "serait" or "va" or "vont" or "doit" or "doivent") && !UndatedParticiples.Contains(word))
        {
            return -1;
        }

        return afterHave || afterBe ? -1 : 0;
    }

    // "s'est rendu", "se sont réunis": a reflexive verb's auxiliary.
    private static bool IsReflexive(string text, Token auxiliary) =>
        (auxiliary.Start >= 2 && text[auxiliary.Start - 2] is 's' or 'S' && text[auxiliary.Start - 1] is '\'' or '’')
        || (auxiliary.Start >= 3 && text.AsSpan(auxiliary.Start - 3, 3) is "se " or "Se ");

    private static bool IsAdverb(ReadOnlySpan<char> word) => word is "déjà" || EndsAsLetters(word, "ment", 1);

    // The simple future of French verbs: "rencontrera", "se rendra", "recevra", "pourront", "participeront".
    private static bool IsFrenchFuture(ReadOnlySpan<char> word)
    {
        var ending = word.EndsWith("ont") ? 3 : word.EndsWith("a") ? 1 : 0;
        return ending > 0 && word.Length >= ending + 4 && word[^(ending + 2)..^ending] is "er" or "ir" or "dr" or "vr" or "rr" && IsLowerWord(word);
    }

    /// <summary>A word of lower-case letters only that ends so, with at least <paramref name="before"/> letters before the ending.</summary>
    private static bool EndsAsLetters(ReadOnlySpan<char> word, ReadOnlySpan<char> ending, int before) =>
        word.Length >= ending.Length + before && word.EndsWith(ending) && IsLowerWord(word);

    private static bool IsLowerWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int Direction(string word) => !IsDirected(word) ? 0 : IsAhead(word) ? 1 : -1;

    // Asked of every stretch of every article, mostly in vain: enumerated by a struct, so that finding nothing allocates nothing.
    private static MatchesIn Matches(Regex regex, string text, int start, int end) => new(regex, text, start, end);

    /// <summary>The matches of a pattern in a stretch of text, in order.</summary>
    private readonly struct MatchesIn(Regex regex, string text, int start, int end)
    {
        public Enumerator GetEnumerator() => new(regex, text, start, end);

        public struct Enumerator(Regex regex, string text, int start, int end)
        {
            private Match? _current;

            public readonly Match Current => _current!;

            public bool MoveNext()
            {
                _current = _current is null ? regex.Match(text, start, end - start) : _current.NextMatch();
                return _current.Success;
            }
        }
    }

    /// <summary>
    /// Records a date unless its span overlaps one taken already. The taken spans never overlap one
    /// another and are kept in order, so the two that could overlap are found by a binary search: a
    /// text with thousands of dates costs no walk over all of them per date.
    /// </summary>
    private static void Add(string text, int index, int length, PartialDate? date, List<MentionedDate> found, List<(int Start, int End)> taken)
    {
        var (low, high) = (0, taken.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = taken[middle].Start < index ? (middle + 1, high) : (low, middle);
        }

        if ((low > 0 && taken[low - 1].End > index) || (low < taken.Count && taken[low].Start < index + length))
        {
            return;
        }

        taken.Insert(low, (index, index + length));
        if (date is not null && !StampMarker().IsMatch(text.AsSpan(Math.Max(0, index - 24), Math.Min(24, index))))
        {
            found.Add(new MentionedDate(date, text.Substring(index, length), index, length));
        }
    }

    /// <summary>
    /// The year a day without its own takes from earlier in its sentence: "le festival se tiendra l'an prochain du 7 au 12
    /// juillet", "Next year's Tour starts in Barcelona on July 4", "Last year, the fair opened on March 3".
    /// </summary>
    private static int? YearSaidBefore(string text, int regionStart, int index, PartialDate? published)
    {
        if (published is null)
        {
            return null;
        }

        var from = Math.Max(regionStart, index - 100);
        var sentence = text.AsSpan(from, index - from).LastIndexOfAny(".!?\n");
        from += sentence + 1;
        var said = YearInSentence().Match(text, from, index - from);
        return !said.Success ? null : published.Year + (said.Groups["last"].Success ? -1 : 1);
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

    private static bool IsDirected(string word) =>
        Folded(word) is "prochain" or "prochaine" or "next" or "dernier" or "derniere" or "last" or "since" or "depuis" or "until" or "till" or "through" or "by" or "pour" or "for" or "jusqu'en" or "d'ici" or "d'ici a" or "jusqu'au" or "jusqu'a";

    private static bool IsAhead(string word) =>
        Folded(word) is "prochain" or "prochaine" or "next" or "until" or "till" or "through" or "by" or "pour" or "for" or "jusqu'en" or "d'ici" or "d'ici a" or "jusqu'au" or "jusqu'a";

    private static string Folded(string word) => Text.TextFold.Fold(word.Trim()).Replace('’', '\'');

    // The year that puts the date nearest the publication (later dates weigh double), or the nearest one before (after) it when
    // the text says so: "depuis mai", "mai dernier", "since May" look back, "mai prochain", "by May" ahead. The tense of the
    // clause says so less firmly: a day within six weeks of the publication is of the same season rather than nearly a year
    // away ("was named captain for the series starting June 20", published on 24 May; "scheduled a hearing for Oct. 14").
    private static PartialDate? WithYearFrom(PartialDate? published, int month, int? day, int relation, int tense = 0, DayOfWeek? weekday = null)
    {
        if (published is null)
        {
            return null;
        }

        // "mardi 26 septembre", "Monday 27 January": the year whose date falls on that weekday, whatever the tense says.
        if (weekday is not null && day is not null && published.Month is not null
            && Enumerable.Range(published.Year - 1, 3).Where(y => day <= DateTime.DaysInMonth(y, month) && new DateOnly(y, month, day.Value).DayOfWeek == weekday).ToList() is [var only])
        {
            return PartialDate.Create(only, month, day);
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
            var direction = relation is not 0 ? relation : tense;
            if (((direction < 0 && offset > 0) || (direction > 0 && offset < 0)) && (relation is not 0 || Math.Abs(tense) > 1 || day is null || Math.Abs(offset) > NearPublication))
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

    // A weekday is on or before publication, strictly before with "dernier"/"last", strictly after with
    // "prochain"/"next", and on or after in a clause about the future ("doit s'exprimer lundi").
    private static PartialDate? OnWeekday(PartialDate? published, DayOfWeek weekday, int relation, bool future, bool next = false)
    {
        if (published?.Day is null)
        {
            return null;
        }

        var day = new DateOnly(published.Year, published.Month!.Value, published.Day.Value);
        var back = ((int)day.DayOfWeek - (int)weekday + 7) % 7;
        var date = relation switch
        {
            // "next Friday" on a Thursday, "dimanche prochain" on a Saturday: tomorrow has its own word, so "next" names that
            // day of the week after.
            > 0 => day.AddDays((((int)weekday - (int)day.DayOfWeek + 7) % 7) is var ahead && (ahead == 0 || (next && ahead == 1)) ? ahead + 7 : ahead),
            < 0 => day.AddDays(back == 0 ? -7 : -back),
            _ when future => day.AddDays(((int)weekday - (int)day.DayOfWeek + 7) % 7),
            _ => day.AddDays(-back),
        };
        return new PartialDate(date.Year, date.Month, date.Day);
    }

    private static PartialDate? DayOfTheMonthFrom(PartialDate published, int day, int tense)
    {
        var date = new DateOnly(published.Year, published.Month!.Value, 1);
        var monthOffset = day > published.Day!.Value ? (tense > 0 ? 0 : -1) : (tense > 0 && day < published.Day ? 1 : 0);
        date = date.AddMonths(monthOffset);
        return day <= DateTime.DaysInMonth(date.Year, date.Month) ? new PartialDate(date.Year, date.Month, day) : null;
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

    private static bool NamesAPeriod(ReadOnlySpan<char> region) =>
        region.Contains("mois", StringComparison.Ordinal) || region.Contains("ann", StringComparison.Ordinal) || region.Contains("an ", StringComparison.Ordinal)
        || region.Contains("month", StringComparison.Ordinal) || region.Contains("year", StringComparison.Ordinal)
        || region.Contains("spring", StringComparison.Ordinal) || region.Contains("summer", StringComparison.Ordinal) || region.Contains("autumn", StringComparison.Ordinal)
        || region.Contains("fall", StringComparison.Ordinal) || region.Contains("winter", StringComparison.Ordinal) || region.Contains("printemps", StringComparison.Ordinal)
        || region.Contains("été", StringComparison.Ordinal) || region.Contains("automne", StringComparison.Ordinal) || region.Contains("hiver", StringComparison.Ordinal)
        || region.Contains(" matin", StringComparison.Ordinal) || region.Contains(" soir", StringComparison.Ordinal) || region.Contains("après-midi", StringComparison.Ordinal)
        || region.Contains("morning", StringComparison.Ordinal) || region.Contains("afternoon", StringComparison.Ordinal) || region.Contains("evening", StringComparison.Ordinal)
        || region.Contains(" night", StringComparison.Ordinal) || region.Contains(" nuit", StringComparison.Ordinal);

    /// <summary>
    /// The year of a season named by its place: the last one over before publication ("last spring" in October is this
    /// year's, "l'automne dernier" in September last year's), the next one to begin after it, or the publication's own.
    /// A winter is the year of its January.
    /// </summary>
    private static PartialDate? SeasonFrom(PartialDate? published, string season, int offset)
    {
        if (published?.Month is not { } month)
        {
            return null;
        }

        var folded = Folded(season);
        var first = folded.Contains("spring", StringComparison.Ordinal) || folded.Contains("printemps", StringComparison.Ordinal) ? 3
            : folded.Contains("summer", StringComparison.Ordinal) || folded.EndsWith("ete", StringComparison.Ordinal) || folded.Contains("ete ", StringComparison.Ordinal) ? 6
            : folded.Contains("winter", StringComparison.Ordinal) || folded.Contains("hiver", StringComparison.Ordinal) ? 12
            : 9;

        // Seasons counted in months from the publication year's start: this year's season runs from first to first + 2.
        var now = month;
        var start = offset switch
        {
            < 0 => first + 2 < now ? first : first - 12,
            > 0 => first > now ? first : first + 12,
            _ => first == 12 && now <= 2 ? first - 12 : first,
        };
        var year = published.Year + (int)Math.Floor((start - 1) / 12.0) + (first == 12 ? 1 : 0);
        return PartialDate.Create(year);
    }

    private static int PeriodOffset(string period)
    {
        var folded = Folded(period);
        return folded.Contains("dernier", StringComparison.Ordinal) || folded.Contains("passe", StringComparison.Ordinal) || folded.StartsWith("last", StringComparison.Ordinal) ? -1
            : folded.Contains("prochain", StringComparison.Ordinal) || folded.StartsWith("next", StringComparison.Ordinal) ? 1
            : 0;
    }

    private static PartialDate? MonthsFrom(PartialDate? published, int offset)
    {
        if (published?.Month is not { } month)
        {
            return null;
        }

        var first = new DateOnly(published.Year, month, 1).AddMonths(offset);
        return new PartialDate(first.Year, first.Month);
    }

    private static PartialDate? YearsFrom(PartialDate? published, int offset) => published is null ? null : new PartialDate(published.Year + offset);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static int Count(string number) => char.IsAsciiDigit(number[0])
        ? int.Parse(number, CultureInfo.InvariantCulture)
        : Text.TextFold.Fold(number).ToLowerInvariant() is var folded && folded is "une" or "a" or "an" ? 1 : CountWords[folded];

    /// <summary>The length of "mi-" or "mid-" before a month ("mi-janvier", "mid-March"), or 0.</summary>
    private static int MidPrefix(string folded) =>
        folded.StartsWith("mid-", StringComparison.Ordinal) ? 4 : folded.StartsWith("mi-", StringComparison.Ordinal) ? 3 : 0;

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    // The article's own stamp, where it runs on in a line of text: "… aveuglante Publié le 28/10/2025 à 17:00 · Mis à jour le
    // 30/10/2025", "Last modified on Tue 4 Jun 2024" (not a report "publié le 3 mars", in lower case).
    [GeneratedRegex(@"(?:Publié|Publiée|Mis à jour|Mise à jour|Mis en ligne|Modifié|Modifiée|Published|Updated|Last modified|Last updated|Posted)(?:\s+(?:le|on|at))?(?:\s+\p{L}{3,9}\.?,?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex StampMarker();

    [GeneratedRegex(@"\G\s+(?:dernier|derni[èe]re|prochain|prochaine)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelationWord();

    [GeneratedRegex(@"(?<!\p{L})(?:on track|planned|scheduled|slated|set|due|earmarked|pencilled in|penciled in|booked|prévue?s?|programmée?s?|attendue?s?)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlannedFor();

    // "on the 14th", "by the 30th": not "the 14th of October", "the 3rd century", "the 17th-century admiral", "the 18th green";
    // "Il sera auditionné le 25 par la commission", "à Saint-Sulpice le 14.": not "le 14 juillet", "le 25 %", "le 3-1".
    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?i:on|since|by|until|till|from|before|after)\s+the\s+(?<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?![\p{L}\d-])(?!\s+(?:of\s+)?(?:" + EnglishMonthNames + @"|\p{Ll}))|(?<![\p{L}'’])le\s+(?<d>[12]\d|3[01]|[1-9])(?:er)?(?=\s?[.,;:!?)](?!\d)|\s+(?:par|pour|au|aux|à|et|avec|dans|devant|chez|contre|face)\s+(?![\d]|" + FrenchMonthNames + @")))", RegexOptions.CultureInvariant)]
    private static partial Regex DayOfTheMonth();

    // The last year named in a stretch of text.
    [GeneratedRegex(@"(?<![\d.,])(?:19|20)\d{2}(?![\d.,]\d|\d)", RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex YearNamed();

    // A pluperfect soon after a date, in its sentence: ", avaient été reportées", ", had been postponed".
    [GeneratedRegex(@"\G[^.;!?\n]{0,30}?(?<!\p{L})(?:avait|avaient|had)\s+(?:été|been|\p{Ll}+(?:é|ée|és|ées|ed))(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex PluperfectAfter();

    [GeneratedRegex(@"(?<!\p{L})(?:depuis|since|jusqu['’]au|until|till|through|d['’]ici|by|pour|for)(?=(?:\s+le)?\s+$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CueBefore();

    [GeneratedRegex(@"(?<![\p{L}'’])(?<cue>(?i:en|depuis|début|fin|courant|dès|jusqu['’]en|d['’]ici(?:\s+à)?|au mois de|le mois de|du mois de|entre|pour|avant|de))\s+$|(?<cue>(?i:au mois d['’]|le mois d['’]|du mois d['’]|d['’]))$", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchMonthCue();

    [GeneratedRegex(@"(?<!\p{L})(?<cue>(?i:last|next|in|since|until|till|by|from|through|early|late|this|that|during|of|between|for|before))\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishMonthCue();

    // A month with its cue, then "and", "et", "to" or "à" right before another month.
    [GeneratedRegex(@"(?<![\p{L}'’])(?i:in|from|between|since|until|by|en|entre|de|d['’]|depuis|jusqu['’]en)\s+(?:" + EnglishMonthNames + "|" + FrenchMonthNames + @")\s+(?i:and|et|or|ou|to|à)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPairBefore();

    // "on Saturday", "ce samedi", and a time between a cue and the day: "from 7 p.m. Saturday", "until midnight on Sunday".
    [GeneratedRegex(@"(?<![\p{L}'’])(?<cue>(?i:last|next|on|this|for|until|till|since|from|through|depuis|jusqu['’]à|jusqu['’]au|d['’]ici|à partir de|ce))\s+(?:(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|h)?|(?i:midnight|noon))\s+(?:on\s+)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayCue();

    // English words before an English weekday only: the French "a" is the verb ("Le gouvernement a lundi présenté…").
    [GeneratedRegex(@"(?<![\p{L}'’])(?:(?i:a|an|every|each|any|one|same|the\s+following)|Easter|Black|Cyber|Super|Ash|Holy|Good|Bloody|Whit|Blue|(?<fr>(?i:chaque|un|tous les)|Pâques))\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex AnyWeekday();

    [GeneratedRegex(@"(?<![\p{L}'’])(?:(?<month>(?i:le mois (?:dernier|prochain|passé)|ce mois-ci|last month|next month|this month|(?:début|fin|mi-)\s?du mois(?!\s+(?:de|d['’]|dernier|prochain|passé)(?!\p{L}))|(?:start|beginning|end|middle) of the month))|(?<year>(?i:l['’]an (?:dernier|passé|prochain)|l['’]année (?:dernière|passée|prochaine)|cette année|last year|next year|this year|(?:début|fin|mi-)\s?(?:de l['’]année|d['’]année)(?!\s+(?:dernière|prochaine|passée|\d))|(?:start|beginning|end|middle) of the year))|(?<today>(?i:this (?:morning|afternoon|evening)|ce (?:matin|soir)|cet après-midi|last night|la nuit dernière))|(?<season>(?i:(?:last|next|this) (?:spring|summer|autumn|fall|winter)|(?:le |l['’]|cet |ce )(?:printemps|été|automne|hiver)(?: (?:dernier|prochain))?)))(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex RelativePeriod();

    [GeneratedRegex(@"(?<![\d\p{L}])(?<a>(?:(?:" + WrittenDates.FrenchWeekdays + @")\s+)?(?<da>\d{1,2})(?:er)?)\s*(?:au|et|-|–)\s*(?:le\s+)?(?<b>(?:(?:" + WrittenDates.FrenchWeekdays + @")\s+)?(?<db>\d{1,2})(?:er)?\s+(?<m>" + FrenchMonthNames + @")(?!\p{L})(?:\s+(?<y>(?:19|20)\d{2})(?!\d))?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FrenchDayRange();

    [GeneratedRegex(@"(?<!\p{L})(?<a>(?<m>" + EnglishMonthNames + @")\.?\s+(?<da>\d{1,2})(?:st|nd|rd|th)?)\s*(?:-|–|to|through|and)\s*(?<b>(?<db>\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(?<y>(?:19|20)\d{2})(?!\d))?)", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishDayRange();

    [GeneratedRegex(@"(?<![\p{L}'’])(?<h>Labor Day|Memorial Day|Thanksgiving(?: Day)?|Easter(?: Sunday| Monday)?|Good Friday|(?:(?i:lundi) de )?Pâques|(?i:le )?(?i:vendredi) saint|Christmas (?:Day|Eve)|Christmas(?=\s+(?:19|20)\d{2}(?!\d))|St\.? Patrick['’]s Day|(?i:la) Saint-Patrick|(?:réveillon|veille) de Noël|(?<!(?i:rue|place|avenue|boulevard|quai|pont|square|cours|allée) du )(?<!\d)(?<fd>1er|[1-9]|[12]\d|3[01])-(?<fm>Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre)(?!-)|Boxing Day|New Year['’]s (?:Day|Eve)|Valentine['’]s Day|Halloween|Bastille Day|Armistice Day|Hogmanay|(?i:la) Saint-Valentin|(?i:la) Saint-Sylvestre|(?i:le) jour de l['’]An|(?i:la) Toussaint|(?<=(?<!\p{L})(?i:à|de|avant|après|pour|depuis)\s)Noël(?!\s+\p{Lu}))(?:\s+(?<y>(?:19|20)\d{2})(?!\d))?(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Holiday();

    // Matched from the dash, which prose seldom holds, the first month looked back at from there.
    [GeneratedRegex(@"(?<=(?<![\p{L}-])(?<a>" + EnglishFullMonths + "|" + FrenchMonthNames + @"))[-–](?<b>" + EnglishFullMonths + "|" + FrenchMonthNames + @")(?![\p{L}-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthDashPair();

    private const string EnglishFullMonths = "January|February|March|April|May|June|July|August|September|October|November|December";

    // Right after a day: "last year", "next year", "de l'an dernier", "l'année prochaine" (groups "last" and "next").
    [GeneratedRegex(@"\G,?\s+(?:(?<last>last)|(?<next>next))\s+year(?!\p{L})|\G\s+(?:de\s+)?l['’]an(?:née)?\s+(?:(?<last>derni(?:er|ère))|(?<next>prochaine?))(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex YearNamedAfter();

    [GeneratedRegex(@"\d-(?:Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre)", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchHolidayMonth();

    // The year before or after the publication's, by name: "last year", "l'an prochain" (groups "last" and "next").
    private const string YearNextToPublication = @"(?<last>(?i:last year|l['’]an dernier|l['’]an passé|l['’]année dernière|l['’]année passée))|(?<next>(?i:next year|l['’]an prochain|l['’]année prochaine))";

    // A count of days, weeks, months or years, in words or figures: "trois semaines", "two months".
    private const string FrenchCount = @"(?<n>\d{1,2}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente)\s+(?<unit>jours?|semaines?|mois|ans?|années?)";
    private const string EnglishCount = @"(?<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s+(?<unit>days?|weeks?|months?|years?)";

    [GeneratedRegex(@"(?<![\p{L}'’])il y a\s+" + FrenchCount + @"(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FrenchTimeAgo();

    [GeneratedRegex(@"(?<![\p{L}'’])" + EnglishCount + @"\s+ago(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishTimeAgo();

    [GeneratedRegex(@"^(?:,\s?|\s+(?:et|and|ou|or)\s+)(?<y>(?:1[6-9]|20)\d{2})(?![\d,.]?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearInList();

    [GeneratedRegex(@"\((?<y>(?:1[6-9]|20)\d{2})(?:(?:,\s?|\s+(?:et|and)\s+)(?<y>(?:19|20)\d{2}))*(?:\s?[-–]\s?(?<y>(?:1[6-9]|20)\d{2}))?\)", RegexOptions.CultureInvariant)]
    private static partial Regex YearsInBrackets();

    // Counted ahead: "dans deux semaines" (not "dans les deux semaines", a span), "in three weeks' time", "two months from now".
    [GeneratedRegex(@"(?<![\p{L}'’])(?:dans|d['’]ici)\s+" + FrenchCount + @"(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FrenchTimeAhead();

    [GeneratedRegex(@"(?<![\p{L}'’])in\s+(?:" + EnglishCount + @"['’]?\s+time|(?<n>a)\s+(?<unit>fortnight)(?:['’]s\s+time)?)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishTimeAhead();

    [GeneratedRegex(@"(?<![\p{L}'’])" + EnglishCount + @"\s+from\s+now(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishFromNow();

    [GeneratedRegex(@"(?<![\p{L}'’])(?:the\s+)?day\s+(?:before\s+yesterday|after\s+tomorrow)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayBeforeOrAfter();

    [GeneratedRegex(@"\G,?\s+(?:" + YearNextToPublication + @"|(?i:this year|cette année))(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex YearAfterMonth();

    [GeneratedRegex(@"\G\s+(?i:and|or|et|ou)\s+(?:" + EnglishMonthNames + "|" + FrenchMonthNames + @")(?:,?\s+(?:(?<last>last)|(?<next>next))\s+year|\s+(?:de\s+)?l['’]an(?:née)?\s+(?:(?<last>derni(?:er|ère))|(?<next>prochaine?)))(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex YearAfterMonthPair();

    // The other end of a span of months, with its year: " to June 2024", " à mars 2025".
    [GeneratedRegex(@"\G\s?(?:[-–]|(?i:to|until|through|till|à|au|jusqu['’]en|jusqu['’]à))\s?(?<m>" + EnglishMonthNames + "|" + FrenchMonthNames + @")\s+(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SpanEndYear();

    // "l'an prochain", "next year's", "last year": a year counted from the publication's, somewhere before a day in its sentence.
    [GeneratedRegex(@"(?<![\p{L}'’])(?:" + YearNextToPublication + @")(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex YearInSentence();

    [GeneratedRegex(@"(?<![\p{L}'’])(?:" + YearNextToPublication + @"|(?i:this year|cette année))(?:,|\s+(?i:also|aussi|déjà|already))?\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex YearBeforeMonth();

    [GeneratedRegex(@"\G,?\s+(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearAfter();

    // A span of years: "2019-2021", "the 2024-25 season", "since 2010-11", "by 2029-30" (not inside a longer number or date), or "entre 2019 et 2021", "de 2019 à 2021", "from
    // 2019 to 2021", "between 2019 and 2021", "in 2020 and 2021", "from April 2001 to 2006". Matched from the first year's digits, its cue
    // looked back at from there.
    [GeneratedRegex(@"(?<![\d\-–/.])(?<a>(?:19|20)\d{2})(?:\s?[-–]\s?(?<b>(?:19|20)\d{2})|[-–/](?<b>\d{2})(?=\s+(?i:season|campaign|school|academic|financial|fiscal|budget)\b)|(?<=(?i:saison|season|exercice)\s+\d{4})[-–/](?<b>\d{2})|(?<=(?<!\p{L})(?i:since|by|until|in|the|for|its|of|depuis|en|jusqu['’]en|d['’]ici|pour)\s+\d{4})[-–/](?<b>\d{2})(?![\d%])|(?<=(?<![\p{L}'’])(?i:entre|between|de|du|from|en|in|" + EnglishMonthNames + "|" + FrenchMonthNames + @")\s+\d{4})\s+(?i:et|and|à|au|to|ou|or)\s+(?<b>(?:19|20)\d{2}))(?![\d,.]?\d|\s?[-–/]\s?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearRange();

    // The longest span of years read as one: longer spans are more often counts ("de 2000 à 2050 euros").
    private const int MaxYearSpan = 30;
    private const int MaxWrittenYearSpan = 70;

    // A year after a word that makes it one ("en 2014", "d'ici à 2030", "early 2024"), or that names an
    // event ("la présidentielle de 2022", "les JO 2024", "the 2020 election"). The year is matched first
    // and its cue looked back at from it: a scan for the year's digits, not for the cues at every character.
    [GeneratedRegex(@"(?<!\d)(?<y>(?:1[6-9]|20)\d{2})(?![\d,.]?\d)(?:(?<=(?<!\p{L})(?i:en|depuis|dès|jusqu['’]en|jusqu['’]à|avant|après|fin|début|mi-|end-|in|since|until|by|before|after|early|late|mid-|d['’]ici(?:\s+à)?|horizon|trimestre|semestre|quarter of|half of|(?:end|start|beginning|middle) of|printemps|été|automne|hiver|spring|summer|autumn|fall|winter|(?:spring|summer|autumn|fall|winter) of|Q[1-4]|H[12]|T[1-4]|FY|fiscal|(?:fiscal|financial) year|full-year|into|exercice)\s*\d{4})|(?:(?<=(?<!\p{L})(?i:l['’]année|pour|for|of|from|par rapport à|compared (?:with|to)|remonte à|remontent à|remontait à|dates back to|dating back to)\s+\d{4})|(?<=[\p{L}»”)]\s+de\s+\d{4}))(?!\s+(?!(?:dans|à|au|aux|et|ou|qui|que|où|avait|a|est|sur|par|avec|en|lors|sont|était|ont|and|or|when|which|was|is|will|to|in|on|until|till|through|that)(?!\p{L})|(?:n|s|qu)['’]|\p{Ll}+ant(?!\p{L})|\p{Ll}+ée?(?!\p{L}))\p{Ll})(?!\s*(?:%|€|\$))|(?<=(?i:l['’](?:été|automne|hiver))\s+\d{4})|(?<=(?<!\p{L})(?i:(?:présidentielle|législatives|municipales|européennes|élections?(?:\s+(?:fédérales|générales|régionales|provinciales|présidentielles?|législatives|municipales|sénatoriales|européennes|cantonales|départementales))?|elections?|millésime|cuvée|vendanges|budget(?:\s+(?:primitif|supplémentaire|rectificatif))?|rentrée|prix|Six Nations|bilan|palmarès|classement|JO|Jeux|Mondial|Coupe du monde|Euro|référendum|Grand Chelem|Tournoi|crue|séisme|attentats?|émeutes|crise|guerre|incendie|tempête|canicule|révolution|loi(?:\s+\p{Lu}[\p{L}'’-]+){0,2}|traité|accords?|(?:Act|Law|Treaty|Accords?)\s+of|vote|scrutin|saison|édition|campagne|sommet|promotion|finale|victoire|titre|(?-i:Cup|Chess|Bac|Open|Masters|Expo|Marathon|Grand Prix|Championships?|Act|Cannes|Roland-Garros|Wimbledon|Berlinale|Eurovision|Davos|CAN|AFCON|Victoires de la musique|Césars?|Molières|Oscars|Grammys|BAFTAs?))(?:\s+de)?)\s+\d{4})(?!\s*(?:%|€|\$|(?i:euros?|dollars?|francs?|livres?|pounds?)(?!\p{L})))|(?<=(?<!\p{L})\d{4})(?=\s+(?:(?-i:financial|economic|general|national|local|federal|state|tax|world|global|civil|military|terror|banking|debt|energy|migrant|refugee|Lok Sabha|Rajya Sabha|New Year|Birthday|US|French|Australian|constitutional|spending|capital|growth|sales|revenue|earnings)\s+)?(?i:presidential|election|elections|midterms?|Olympics|Olympic|Games|World Cup|season|campaign|census|summit|referendum|primar(?:y|ies)|championships?|draft|budget|tournament|edition|marathon|flood|earthquake|hurricane|storm|wildfire|crash|attack|riot|crisis|war|pandemic|coup|revolution|uprising|massacre|inspection|audit|report|law|treaty|accord|polls|vote|assembly|tax|tariffs?|reform|deal|agreement|ruling|merger|acquisition|bill|ban|lockdown|visit|final|finals|race|stage|victory|defeat|strike|ceasefire|invasion|bombing|shooting|fire|heatwave|drought|recession|scandal|trial|verdict|earnings|results|revenue|profits?|sales|accounts|interview|study|survey|film|album|novel|book|matches|debut|title|cycle|vintage|harvest|honours|honors|champion|constitution|transfer|forecast|forecasts|wines|wine|jubilee|open|masters|grand prix|super bowl|remark|remarks|speech|manifesto|running mate|genocide|génocide|amendment|amendments|sprints?|regulations|series|blockbuster|hit|IPO|listing|flotation)(?!\p{L}))|(?<=(?<!\p{L})(?i:the)\s+\d{4})(?=\s+(?:(?i:floods|earthquakes|hurricanes|storms|wildfires|fires|riots|attacks|protests|strikes)(?!\p{L})|\p{Lu}\p{Ll}+)))", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    private static readonly FrozenDictionary<string, int> MonthWords = new Dictionary<string, int>
    {
        ["janvier"] = 1, ["fevrier"] = 2, ["mars"] = 3, ["avril"] = 4, ["mai"] = 5, ["juin"] = 6, ["juillet"] = 7, ["aout"] = 8,
        ["septembre"] = 9, ["octobre"] = 10, ["novembre"] = 11, ["decembre"] = 12,
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7, ["august"] = 8,
        ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, DayOfWeek> WeekdayWords = new Dictionary<string, DayOfWeek>
    {
        ["lundi"] = DayOfWeek.Monday, ["mardi"] = DayOfWeek.Tuesday, ["mercredi"] = DayOfWeek.Wednesday, ["jeudi"] = DayOfWeek.Thursday,
        ["vendredi"] = DayOfWeek.Friday, ["samedi"] = DayOfWeek.Saturday, ["dimanche"] = DayOfWeek.Sunday,
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday, ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // English month and weekday names are capitalised; lower-case "may" or "march" is a verb.
    private static readonly FrozenSet<string> EnglishWords = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureWords = Lookup(
        "will", "shall", "won't", "won’t", "would", "may", "might", "could", "doit", "doivent", "devra", "devront", "devrait", "devraient", "va", "vont",
        "compte", "comptent", "prévoit", "prévoient", "apprête", "apprêtent", "prévu", "prévue", "prévus", "prévues", "aura", "auront", "sera", "seront",
        "fera", "feront", "ira", "iront", "attendu", "attendue", "attendus", "attendues", "programmé", "programmée", "programmés", "programmées",
        "expected", "maybe", "perhaps", "espère", "espèrent", "espérons", "souhaite", "souhaitent");

    // Verbs of a timetable, in the present: what they put on a day is to come ("takes effect on December 1").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ScheduleVerbs = Lookup(
        "begin", "begins", "start", "starts", "resume", "resumes", "reopen", "reopens", "host", "hosts", "face", "faces", "kick", "kicks",
        "premiere", "premieres", "expire", "expires", "reprend", "reprennent", "débute", "débutent", "démarre", "démarrent", "commence", "commencent",
        "rouvre", "rouvrent", "accueille", "accueillent", "affronte", "affrontent", "expirent", "sort", "sortent", "take", "takes",
        "open", "opens", "close", "closes", "end", "ends", "break", "breaks", "ouvre", "ouvrent", "achève", "achèvent", "termine", "terminent",
        "return", "returns", "play", "plays", "meet", "meets", "visit", "visits", "travel", "travels", "joue", "jouent", "rencontre", "rencontrent",
        "attend", "attendent", "continue", "continues", "continuent", "poursuit", "poursuivent");

    // Words that speak of the future before "to": "is due to", "are expected to", "plans to".
    // Verbs of what is planned, after "to" ("to meet", "to testify").
    // Verbs that send what follows "to" ahead: "urged them to arrive", "asked him to testify", "agreed to meet".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IntentVerbs = Lookup(
        "urged", "asked", "invited", "called", "planned", "wanted", "expected", "hoped", "agreed", "decided", "promised", "vowed",
        "pledged", "told", "ordered", "scheduled", "due", "set", "will", "would", "plans", "wants", "hopes", "intends", "intended",
        "prepares", "prepare", "preparing", "aims", "seeks", "expects", "plan", "want", "hope", "expect", "urge", "ask", "is", "are");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlannedVerbs = Lookup(
        "meet", "visit", "attend", "face", "hold", "host", "travel", "sign", "announce", "unveil", "launch", "resume", "vote", "testify",
        "appear", "speak", "address", "join", "decide", "rule", "deliver", "present", "hear", "open", "start", "begin", "play", "return",
        "leave", "arrive", "fly", "head", "discuss", "publish", "release", "close", "end", "take");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureBeforeTo = Lookup(
        "due", "expected", "scheduled", "set", "slated", "poised", "plans", "planning", "going", "is", "are", "planned", "intended", "vowed",
        "threatened", "hoped", "was", "were", "hope", "hopes", "hoping", "aim", "aims", "aiming", "intend", "intends", "expect", "expects", "want", "wants");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PastWords = Lookup(
        "said", "says", "told", "was", "were", "had", "did", "était", "étaient", "fut", "eut");

    // English pasts that do not end in -ed.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishPasts = Lookup(
        "met", "rose", "fell", "grew", "began", "came", "went", "took", "gave", "spoke", "won", "lost", "left", "saw", "held", "sent", "paid", "led", "fled", "sought",
        "became", "made", "found", "told", "wrote", "brought", "bought", "built", "chose", "drove", "flew", "fought", "froze", "heard", "kept", "knew",
        "ran", "sat", "sold", "stood", "struck", "taught", "thought", "threw", "wore", "broke", "caught", "drew", "ate", "swore", "shot");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HaveAuxiliaries = Lookup("a", "ont", "avait", "avaient");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeAuxiliaries = Lookup("est", "sont", "était", "étaient");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PromiseVerbs = Lookup(
        "promised", "pledged", "vowed", "promis", "promise", "promises", "pledges", "vows", "promet", "promettent");

    // Participles of the verbs that take "être" in the past: after "est" they are a past, not a passive.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeVerbParticiples = Lookup(
        "allé", "allée", "allés", "allées", "arrivé", "arrivée", "arrivés", "arrivées", "entré", "entrée", "entrés", "entrées", "rentré", "rentrée",
        "rentrés", "rentrées", "tombé", "tombée", "tombés", "tombées", "resté", "restée", "restés", "restées", "retourné", "retournée", "retournés",
        "retournées", "monté", "montée", "montés", "montées", "décédé", "décédée", "décédés", "décédées", "passé", "passée", "passés", "passées",
        "né", "née", "nés", "nées", "parvenu", "devenu", "venu", "revenu", "survenu", "intervenu");

    // Participles that say when something was set or moved to, not when it was done: "fixé au 3 mars", "reporté au 5 mai".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UndatedParticiples = Lookup(
        "fixé", "fixée", "fixés", "fixées", "reporté", "reportée", "reportés", "reportées", "repoussé", "repoussée", "repoussés", "repoussées",
        "décalé", "décalée", "décalés", "décalées", "avancé", "avancée", "avancés", "avancées", "convoqué", "convoquée", "convoqués", "convoquées");

    // French past participles that do not end in -é.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FrenchParticiples = Lookup(
        "dit", "fait", "pris", "mis", "eu", "vu", "reçu", "tenu", "promis", "écrit", "paru", "parue", "sorti", "sortie", "né", "née", "mort", "morte",
        "élu", "élue", "venu", "venue", "connu", "disparu", "disparue", "ouvert", "ouverte", "construit", "construite", "produit");

    // Counts written out, in French and in English ("un"/"une" are both one).
    private static readonly FrozenDictionary<string, int> CountWords = new Dictionary<string, int>
    {
        ["un"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6, ["sept"] = 7, ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10,
        ["onze"] = 11, ["douze"] = 12, ["quinze"] = 15, ["vingt"] = 20, ["trente"] = 30,
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> RelativeDays = new Dictionary<string, int>
    {
        ["aujourd'hui"] = 0, ["hier"] = -1, ["avant-hier"] = -2, ["demain"] = 1, ["apres-demain"] = 2, ["today"] = 0, ["tonight"] = 0, ["yesterday"] = -1, ["tomorrow"] = 1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TriggerWords = MonthWords.Keys
        .Concat(MonthWords.Keys.Select(m => "mi-" + m)).Concat(MonthWords.Keys.Select(m => "mid-" + m)).Concat(WeekdayWords.Keys).Concat(RelativeDays.Keys)
        .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
