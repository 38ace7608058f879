using System.Globalization;
using System.Text;
using static EventNews.Synthetic.SyntheticVocabulary;

namespace EventNews.Synthetic;

/// <summary>
/// Generates a stream of French and English news articles in publication order, with the story
/// each one tells: originals, republished copies with small edits, cut copies, copies wrapped in
/// scraped boilerplate, retellings, translations, and decoys (new stories about the same people
/// weeks or months later). The same count and seed always give the same articles, byte for byte.
/// </summary>
public static class SyntheticCorpus
{
    private const int PersonCount = 120;
    private static readonly DateOnly Start = new(2019, 1, 1);

    /// <summary>The persons stories are about: fictitious names with French transliterations.</summary>
    public static IReadOnlyList<SyntheticPerson> Persons { get; } = BuildPersons();

    public static IEnumerable<SyntheticArticle> Generate(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new SyntheticRandom((ulong)seed);
        var perDay = Math.Clamp(count / 400, 2, 70);
        var pending = new SortedDictionary<int, List<Pending>>();
        var recent = new List<Story>();
        var emitted = 0;
        var storyNumber = 0;
        for (var day = 0; emitted < count; day++)
        {
            var newStories = Math.Max(1, (int)Math.Round(perDay / 3.2 * (0.6 + (0.8 * random.NextDouble()))));
            for (var s = 0; s < newStories; s++)
            {
                var story = NewStory(++storyNumber, day, random, recent);
                recent.Add(story);
                if (recent.Count > 4000)
                {
                    recent.RemoveRange(0, 1000);
                }

                var variants = VariantCount(random);
                for (var v = 0; v < variants; v++)
                {
                    var offset = v == 0 ? 0 : random.Next(0, 3);
                    var kind = v == 0 ? (story.IsDecoy ? "decoy" : "original") : PickVariant(random);
                    if (!pending.TryGetValue(day + offset, out var list))
                    {
                        pending[day + offset] = list = [];
                    }

                    list.Add(new Pending(story, kind, v, random.NextUInt64()));
                }
            }

            if (!pending.Remove(day, out var today))
            {
                continue;
            }

            // Originals go out before their copies on the same day; otherwise the day's order is random.
            var ordered = today.OrderBy(p => p.VariantIndex == 0 ? 0 : 1).ThenBy(p => p.Key).ToList();
            foreach (var item in ordered)
            {
                if (emitted == count)
                {
                    yield break;
                }

                emitted++;
                yield return Render(item, day, emitted, recent);
            }
        }
    }

    private static SyntheticArticle Render(Pending item, int day, int sequence, List<Story> recent)
    {
        var story = item.Story;
        var random = new SyntheticRandom(item.Key);
        var published = Start.AddDays(day);
        var language = item.Kind == "translated" ? Other(story.Language) : story.Language;
        var paragraphs = item.Kind switch
        {
            "retold" or "translated" => Tell(story, language, random, retold: true),
            _ => Tell(story, language, new SyntheticRandom(story.Seed), retold: false),
        };

        switch (item.Kind)
        {
            case "republished":
                paragraphs = Edit(paragraphs, random);
                break;
            case "cut":
                paragraphs = Cut(paragraphs, random);
                break;
            case "boilerplate":
                paragraphs = WrapInBoilerplate(paragraphs, language, random, recent);
                break;
        }

        var text = WithHeader(paragraphs, language, published, random);
        var persons = story.Persons
            .Where(p => text.Contains(language == "fr" ? LastNameFr(p) : p.LastName, StringComparison.Ordinal))
            .Select(p => p.Id)
            .ToList();
        var hash = Mix((ulong)sequence ^ item.Key).ToString("x16", CultureInfo.InvariantCulture);
        return new SyntheticArticle($"{sequence:D7}_{hash}.txt", text, story.Id, persons, published, language, item.Kind);
    }

    private static Story NewStory(int number, int day, SyntheticRandom random, List<Story> recent)
    {
        var seed = random.NextUInt64();
        var local = new SyntheticRandom(seed);
        SyntheticPerson a, b;
        var isDecoy = false;
        var earlier = recent.Where(s => s.Day < day - 30).ToList();
        if (earlier.Count > 0 && local.Chance(0.25))
        {
            // Same people, another subject, weeks or months later: a different story.
            var source = earlier[local.Next(Math.Max(0, earlier.Count - 500), earlier.Count)];
            (a, b) = (source.Persons[0], source.Persons[1]);
            isDecoy = true;
        }
        else
        {
            a = Persons[local.Next(Persons.Count)];
            do
            {
                b = Persons[local.Next(Persons.Count)];
            }
            while (b.Id == a.Id);
        }

        var persons = new List<SyntheticPerson> { a, b };
        if (local.Chance(0.5))
        {
            var c = Persons[local.Next(Persons.Count)];
            if (c.Id != a.Id && c.Id != b.Id)
            {
                persons.Add(c);
            }
        }

        var year = Start.AddDays(day).Year;
        return new Story(
            $"story-{number:D6}",
            day,
            seed,
            local.Chance(0.55) ? "fr" : "en",
            local.Next(FactsEn.Length),
            persons,
            local.Next(Places.Length),
            local.Next(Organisations.Length),
            local.Next(Subjects.Length),
            local.Next(3, 950) * 1000L + (local.Chance(0.5) ? 0 : local.Next(1, 999)),
            local.Next(12, 2400),
            local.Next(2, 48),
            local.Next(11, 99),
            local.Next(year - 30, year - 1),
            [local.Next(QuoteOpenings.Length), local.Next(QuoteVerbs.Length), local.Next(Subjects.Length), local.Next(QuoteEndings.Length)],
            [local.Next(QuoteOpenings.Length), local.Next(QuoteVerbs.Length), local.Next(Subjects.Length), local.Next(QuoteEndings.Length)],
            isDecoy);
    }

    /// <summary>Headline, facts and background for one telling of the story in one language.</summary>
    private static List<string> Tell(Story story, string language, SyntheticRandom random, bool retold)
    {
        var fr = language == "fr";
        var facts = (fr ? FactsFr : FactsEn)[story.Topic].ToList();
        if (retold)
        {
            var rest = facts.Skip(1).ToList();
            random.Shuffle(rest);
            facts = [facts[0], .. rest.Take(rest.Count - random.Next(0, 2))];
        }

        var style = random.Next(3);
        var paragraphs = new List<string> { Fill(random.Pick((fr ? HeadlinesFr : HeadlinesEn)[story.Topic]), story, fr, random, style) };
        var factSentences = facts.Select(f => Fill(f, story, fr, random, style)).ToList();
        if (story.Persons.Count > 2)
        {
            factSentences.Add(Fill(fr ? "{C}, {RC}, a [salué|critiqué] ces discussions." : "{C}, {RC}, [welcomed|criticised] the talks.", story, fr, random, style));
        }

        var background = (fr ? BackgroundFr : BackgroundEn).ToList();
        random.Shuffle(background);
        background = background.Take(random.Next(0, 4)).ToList();
        var target = random.Next(2000, 6000);
        var length = factSentences.Sum(s => s.Length);
        var body = new List<string>();
        var next = 0;
        while (length < target)
        {
            var sentence = next < background.Count
                ? Fill(background[next++], story, fr, random, style)
                : Fill(GeneratedBackground(fr, random), story, fr, random, style);
            body.Add(sentence);
            length += sentence.Length;
        }

        // Facts open the article; background is woven in after the lede.
        var sentences = new List<string> { factSentences[0] };
        var b = 0;
        foreach (var fact in factSentences.Skip(1))
        {
            sentences.Add(fact);
            for (var i = 0; i < 2 && b < body.Count && random.Chance(0.6); i++)
            {
                sentences.Add(body[b++]);
            }
        }

        sentences.AddRange(body.Skip(b));
        for (var i = 0; i < sentences.Count;)
        {
            var take = Math.Min(sentences.Count - i, random.Next(1, 4));
            paragraphs.Add(string.Join(' ', sentences.Skip(i).Take(take)));
            i += take;
        }

        return paragraphs;
    }

    private static string GeneratedBackground(bool fr, SyntheticRandom random) =>
        random.Pick(fr ? GeneratedFramesFr : GeneratedFramesEn);

    // Background varies from article to article as it does in real coverage: frames with many
    // independent choices, so two unrelated stories rarely share more than short phrases.
    private static readonly string[] GeneratedFramesEn =
    [
        "[In {X}|Meanwhile, in {X}|Elsewhere|Separately, in {X}], [officials|ministers|diplomats|economists|union leaders|regional governors] [said|stressed|noted|warned|argued|conceded] on {W} that {S2} [would|could|might|was likely to] [weigh on|shape|complicate|delay|accelerate|overshadow] {S3} [in {Y}|next year|this autumn|for months|until at least {Y}].",
        "[About|Nearly|More than|Fewer than] {Z} [farmers|students|engineers|volunteers|lorry drivers|nurses|pensioners] [gathered|protested|marched|rallied] in {X} [on {W}|last week|over the weekend] [against|in support of|to demand changes to] {S2}, [local media|police|organisers|a regional newspaper] [reported|said|estimated].",
        "[A report|A study|A survey|An audit] [published|released|commissioned] [by a think tank in {X}|by the central bank|by a parliamentary committee in {X}] [found|estimated|concluded] that {S2} had [cost|saved|generated] {Z} million [euros|dollars] [since {Y}|over {V} years|last year].",
        "[The|A] [spokeswoman|spokesman|deputy minister|senior adviser] [for|at] {O} [declined to comment|refused to say|would not confirm|did not specify] whether {S2} [were|was] [part of|linked to|included in] the [talks|negotiations|package|discussions] [held|planned|expected] in {X}.",
        "[Trade|Traffic|Production|Shipments] [through|at|in] {X} [fell|rose|slowed|recovered] by {V}{P} in {M}, [according to|said|reported] [customs data|the statistics office|port authorities|industry figures].",
    ];

    private static readonly string[] GeneratedFramesFr =
    [
        "[A {X}|Par ailleurs, à {X}|Ailleurs|De son côté, à {X}], [des responsables|des ministres|des diplomates|des économistes|des syndicalistes|des gouverneurs régionaux] ont [estimé|souligné|noté|averti|fait valoir|reconnu] {W} que {S2} [pourraient|allaient|risquaient de|devraient] [peser sur|façonner|compliquer|retarder|accélérer|éclipser] {S3} [en {Y}|l'an prochain|cet automne|pendant des mois|au moins jusqu'en {Y}].",
        "[Environ|Près de|Plus de|Moins de] {Z} [agriculteurs|étudiants|ingénieurs|bénévoles|routiers|infirmières|retraités] se sont [rassemblés|mobilisés|réunis] à {X} [{W}|la semaine dernière|ce week-end] [contre|en faveur de|pour réclamer des changements sur] {S2}, [selon la presse locale|selon la police|selon les organisateurs|rapporte un journal régional].",
        "[Un rapport|Une étude|Une enquête|Un audit] [publié|rendu public|commandé] [par un cercle de réflexion à {X}|par la banque centrale|par une commission parlementaire à {X}] [estime|conclut|affirme] que {S2} ont [coûté|permis d'économiser|rapporté] {Z} millions [d'euros|de dollars] [depuis {Y}|en {V} ans|l'an dernier].",
        "[La porte-parole|Le porte-parole|Le vice-ministre|Un conseiller] de {O} [s'est refusé à tout commentaire|n'a pas voulu dire|n'a pas confirmé|n'a pas précisé] si {S2} [faisaient partie des|étaient liés aux|figuraient dans les] [discussions|négociations|mesures|échanges] [tenues|prévues|attendues] à {X}.",
        "[Le trafic|Les échanges|La production|Les expéditions] [à|via|depuis] {X} [ont reculé|ont progressé|ont ralenti|sont repartis] de {V}{P} en {M}, [selon les douanes|selon l'institut statistique|selon les autorités portuaires|selon les chiffres du secteur].",
    ];

    private static string Fill(string template, Story story, bool fr, SyntheticRandom random, int style)
    {
        var text = Alternatives(template, random);
        var builder = new StringBuilder(text.Length + 64);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '{')
            {
                builder.Append(text[i]);
                continue;
            }

            var end = text.IndexOf('}', i);
            builder.Append(Slot(text[(i + 1)..end], story, fr, random, style));
            i = end;
        }

        return builder.ToString();
    }

    private static string Slot(string name, Story story, bool fr, SyntheticRandom random, int style)
    {
        SyntheticPerson Person(int i) => story.Persons[Math.Min(i, story.Persons.Count - 1)];
        return name switch
        {
            "A" => fr ? Person(0).French : Person(0).English,
            "B" => fr ? Person(1).French : Person(1).English,
            "C" => fr ? Person(2).French : Person(2).English,
            "a" => fr ? LastNameFr(Person(0)) : Person(0).LastName,
            "b" => fr ? LastNameFr(Person(1)) : Person(1).LastName,
            "RA" => fr ? Person(0).RoleFrench : Person(0).RoleEnglish,
            "RB" => fr ? Person(1).RoleFrench : Person(1).RoleEnglish,
            "RC" => fr ? Person(2).RoleFrench : Person(2).RoleEnglish,
            "PLACE" => fr ? Places[story.Place].Fr : Places[story.Place].En,
            "ORG" => fr ? Capitalise(Organisations[story.Organisation].Fr) : Capitalise(Organisations[story.Organisation].En),
            "SUBJ" => fr ? Subjects[story.Subject].Fr : Subjects[story.Subject].En,
            "DAY" => fr ? WeekdaysFr[(int)Start.AddDays(story.Day).DayOfWeek] : WeekdaysEn[(int)Start.AddDays(story.Day).DayOfWeek],
            "BIG" => FormatNumber(story.Big, fr, style),
            "MONEY" => FormatMoney(story.Money, fr, style),
            "PCT" => FormatPercent(story.Percent, fr, style),
            "COUNT" => story.Count.ToString(CultureInfo.InvariantCulture),
            "YEAR" => story.Year.ToString(CultureInfo.InvariantCulture),
            "YEAR2" => Start.AddDays(story.Day).Year.ToString(CultureInfo.InvariantCulture),
            "Q1" => Quote(story.Quote1, fr),
            "Q2" => Quote(story.Quote2, fr),
            "X" => fr ? random.Pick(Places).Fr : random.Pick(Places).En,
            "Y" => random.Next(1995, 2019).ToString(CultureInfo.InvariantCulture),
            "Z" => random.Next(20, 900).ToString(CultureInfo.InvariantCulture),
            "V" => random.Next(2, 40).ToString(CultureInfo.InvariantCulture),
            "P" => fr ? " %" : "%",
            "W" => fr ? random.Pick(WeekdaysFr) : random.Pick(WeekdaysEn),
            "M" => fr ? random.Pick(MonthsFr) : random.Pick(MonthsEn),
            "O" => fr ? random.Pick(Organisations).Fr : random.Pick(Organisations).En,
            "S" or "S2" or "S3" => fr ? random.Pick(Subjects).Fr : random.Pick(Subjects).En,
            _ => name,
        };
    }

    private static string Quote(int[] parts, bool fr)
    {
        var subject = fr ? Subjects[parts[2]].Fr : Subjects[parts[2]].En;
        return fr
            ? $"{QuoteOpenings[parts[0]].Fr} {QuoteVerbs[parts[1]].Fr} {subject} {QuoteEndings[parts[3]].Fr}"
            : $"{QuoteOpenings[parts[0]].En} {QuoteVerbs[parts[1]].En} {subject} {QuoteEndings[parts[3]].En}";
    }

    private static string FormatNumber(long value, bool fr, int style) => style switch
    {
        0 => value.ToString(fr ? "#,0" : "#,0", fr ? FrenchNumbers : CultureInfo.InvariantCulture),
        1 => value.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString("#,0", fr ? FrenchNumbers : CultureInfo.InvariantCulture),
    };

    private static readonly NumberFormatInfo FrenchNumbers = new() { NumberGroupSeparator = "\u00A0", NumberDecimalSeparator = "," };

    private static string FormatMoney(int millions, bool fr, int style) => (fr, style) switch
    {
        (true, 1) => $"{millions.ToString(CultureInfo.InvariantCulture)} millions d'euros",
        (true, _) => $"{FormatNumber(millions, fr, style)} millions d'euros",
        (false, 1) => $"{millions.ToString(CultureInfo.InvariantCulture)} million euros",
        _ => $"€{FormatNumber(millions, fr, style)} million",
    };

    private static string FormatPercent(int percent, bool fr, int style) => (fr, style) switch
    {
        (true, 0) => $"{percent} %",
        (true, 1) => $"{percent}%",
        (true, _) => $"{percent} pour cent",
        (false, 2) => $"{percent} per cent",
        _ => $"{percent}%",
    };

    /// <summary>A republished copy: another outlet's small edits, a dropped paragraph, a word lost here and there.</summary>
    private static List<string> Edit(List<string> paragraphs, SyntheticRandom random)
    {
        var edited = new List<string>(paragraphs);
        if (edited.Count > 4 && random.Chance(0.6))
        {
            edited.RemoveAt(random.Next(3, edited.Count));
        }

        for (var i = 1; i < edited.Count; i++)
        {
            if (!random.Chance(0.25))
            {
                continue;
            }

            var words = edited[i].Split(' ').ToList();
            if (words.Count > 6)
            {
                var at = random.Next(1, words.Count - 1);
                if (random.Chance(0.5))
                {
                    words.RemoveAt(at);
                }
                else
                {
                    (words[at], words[at - 1]) = (words[at - 1], words[at]);
                }
            }

            edited[i] = string.Join(' ', words);
        }

        return edited;
    }

    /// <summary>A copy cut off part-way, often mid-word, as scrapers leave them.</summary>
    private static List<string> Cut(List<string> paragraphs, SyntheticRandom random)
    {
        var total = paragraphs.Sum(p => p.Length + 2);
        var keep = (int)(total * (0.45 + (0.35 * random.NextDouble())));
        var cut = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            if (keep <= 0)
            {
                break;
            }

            cut.Add(paragraph.Length <= keep ? paragraph : paragraph[..keep]);
            keep -= paragraph.Length + 2;
        }

        return cut;
    }

    private static List<string> WrapInBoilerplate(List<string> paragraphs, string language, SyntheticRandom random, List<Story> recent)
    {
        var fr = language == "fr";
        var pool = fr ? BoilerplateFr : BoilerplateEn;
        var other = recent[random.Next(recent.Count)];
        var teaser = Tell(other, language, new SyntheticRandom(other.Seed), retold: false);
        var headline = teaser[0];
        string Line() => random.Pick(pool).Replace("{H}", headline, StringComparison.Ordinal);
        var wrapped = new List<string> { paragraphs[0], Line() };
        wrapped.AddRange(paragraphs.Skip(1));
        wrapped.Add(Line());
        wrapped.Add(Line());
        if (random.Chance(0.6))
        {
            // The teaser of an unrelated article that scrapers pick up after the body.
            wrapped.AddRange(teaser.Take(2));
        }

        return wrapped;
    }

    private static string WithHeader(List<string> paragraphs, string language, DateOnly published, SyntheticRandom random)
    {
        var fr = language == "fr";
        var roll = random.NextDouble();
        var body = string.Join("\n\n", paragraphs);
        if (roll < 0.4)
        {
            return $" date {published:yyyy-MM-dd} {body}\n";
        }

        if (roll < 0.85)
        {
            var stamp = fr
                ? $"Publié le {published.Day} {MonthsFr[published.Month - 1]} {published.Year} à {random.Next(6, 23)}h{random.Next(0, 60):D2}"
                : $"Published {MonthsEn[published.Month - 1]} {published.Day}, {published.Year}";
            var section = fr ? random.Pick(["International", "Monde", "Europe"]) : random.Pick(["World", "Europe", "Politics"]);
            return $"{section}\n\n{paragraphs[0]}\n\n{stamp}\n\n{string.Join("\n\n", paragraphs.Skip(1))}\n";
        }

        return body + "\n";
    }

    private static string Alternatives(string template, SyntheticRandom random)
    {
        var builder = new StringBuilder(template.Length);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '[')
            {
                builder.Append(template[i]);
                continue;
            }

            var end = template.IndexOf(']', i);
            var options = template[(i + 1)..end].Split('|');
            builder.Append(options[random.Next(options.Length)]);
            i = end;
        }

        return builder.ToString();
    }

    private static int VariantCount(SyntheticRandom random)
    {
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.20 => 1,
            < 0.45 => 2,
            < 0.65 => 3,
            < 0.80 => 4,
            < 0.90 => 5,
            _ => random.Next(6, 9),
        };
    }

    private static string PickVariant(SyntheticRandom random)
    {
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.25 => "republished",
            < 0.40 => "cut",
            < 0.55 => "boilerplate",
            < 0.75 => "retold",
            _ => "translated",
        };
    }

    private static List<SyntheticPerson> BuildPersons()
    {
        var random = new SyntheticRandom(0x9E15_0A11);
        var persons = new List<SyntheticPerson>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        while (persons.Count < PersonCount)
        {
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var id = Slug($"{first.En} {last.En}");
            if (!used.Add(id))
            {
                continue;
            }

            var role = Roles[random.Next(Roles.Length)];
            persons.Add(new SyntheticPerson(id, $"{first.En} {last.En}", $"{first.Fr} {last.Fr}", last.En, role.En, role.Fr));
        }

        return persons;
    }

    private static string LastNameFr(SyntheticPerson person) => person.French[(person.French.IndexOf(' ', StringComparison.Ordinal) + 1)..];

    private static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');

    private static string Other(string language) => language == "fr" ? "en" : "fr";

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static ulong Mix(ulong value)
    {
        value ^= value >> 30;
        value *= 0xBF58476D1CE4E5B9UL;
        value ^= value >> 27;
        value *= 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }

    private sealed record Story(
        string Id,
        int Day,
        ulong Seed,
        string Language,
        int Topic,
        List<SyntheticPerson> Persons,
        int Place,
        int Organisation,
        int Subject,
        long Big,
        int Money,
        int Percent,
        int Count,
        int Year,
        int[] Quote1,
        int[] Quote2,
        bool IsDecoy);

    private sealed record Pending(Story Story, string Kind, int VariantIndex, ulong Key);
}
