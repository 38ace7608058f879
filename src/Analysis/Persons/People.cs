using System.Text.RegularExpressions;

namespace EventNews.Analysis.Persons;

/// <summary>The people of one article as they are found: who is who, and where each is named.</summary>
internal sealed partial class People
{
    private const string SurnameOnlyPrefix = "surname-";

    // How far back, in characters, the person whose relative is named may be ("Keir Starmer, arriving at Tate Modern with his wife, Victoria").
    private const int KinReach = 300;

    // The key of the first word of each canonical name of two words (the alias table's: few, and met again and again).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> FirstOfTwoWords = new(StringComparer.Ordinal);

    private readonly List<Person> _persons = [];
    private readonly Dictionary<string, Person> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Person> _byFirstAndLast = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Person> _surnameOnly = new(StringComparer.Ordinal);

    /// <summary>Whether someone's surname has particles ("von der Leyen"): only then can one be read before a surname.</summary>
    public bool HasSurnamesWithParticles { get; private set; }

    public void AddFull(PersonExtractor.Candidate candidate, AliasTable aliases, PersonExtractor.Word? secondSurname = null)
    {
        // "Claudia Sheinbaum Pardo": a name the table knows, with a second surname it does not.
        // "King Charles III": the table may know the name only with its title.
        var canonical = aliases.Resolve(candidate.Surface)
            ?? (secondSurname is not null ? aliases.Resolve(candidate.Text[candidate.Start..secondSurname.Token.End]) : null)
            ?? (candidate.Previous is not null && candidate.Words.Count == 2 ? aliases.Resolve(candidate.Previous + " " + candidate.Surface) : null);
        // A compound given name is one name: "Alain-Fabien Delon" is not "Alain Delon" with a middle name.
        var key = NameKey.Of(canonical ?? candidate.Surface);
        var byFirstAndLast = canonical is not null || candidate.Words.Find(w => w.IsNamePart)!.Text.AsSpan().IndexOfAny('-', '‐', '‑') < 0;
        var person = Find(key, byFirstAndLast, canonical) ?? Create(key, canonical, byFirstAndLast);
        person.AliasCanonical ??= canonical;

        // Robert "Bobby" Keane … Bobby Keane: the nickname with the surname is the same person.
        foreach (var word in candidate.Words)
        {
            if (word.IsNickname)
            {
                _byFirstAndLast.TryAdd(string.Concat(word.Key, " ", candidate.LastNamePart.Key), person);
            }
        }

        AddSurname(person, candidate.LastNamePart.Text);
        if (secondSurname is not null)
        {
            AddSurname(person, secondSurname.Text);
        }

        if (candidate.NameWordCount is 2 or 3)
        {
            AddFamilyNameFirst(person, candidate.Words[0].Key, candidate.NameWordCount == 2 ? candidate.LastNamePart.Key : null);
        }

        var firstParticle = candidate.Words.FindIndex(w => w.IsParticle);
        if (firstParticle > 0)
        {
            person.Surnames.Add(NameKey.Of(candidate.Text[candidate.Words[firstParticle].Token.Start..candidate.End]));
            HasSurnamesWithParticles = true;
        }

        if (canonical is not null)
        {
            AddCanonicalSurname(person, canonical);
            AddFamilyNameFirstOf(person, canonical);
        }

        person.Add(candidate);
    }

    public void AddAlias(PersonExtractor.Candidate candidate, string canonical)
    {
        var key = NameKey.Of(canonical);
        var person = Find(key) ?? Create(key, canonical);
        person.AliasCanonical ??= canonical;
        AddCanonicalSurname(person, canonical);
        AddFamilyNameFirstOf(person, canonical);
        person.Add(candidate);
    }

    private static void AddSurname(Person person, string surname)
    {
        person.Surnames.Add(NameKey.OfWord(surname));
        AddHyphenatedSurname(person, surname);
    }

    // The alias table's spelling: its last word ("Cortez" of "Alexandria Ocasio-Cortez"), and a hyphenated last word whole.
    private static void AddCanonicalSurname(Person person, string canonical)
    {
        person.Surnames.Add(NameKey.OfWord(NameKey.Words(canonical).Last()));
        AddHyphenatedSurname(person, canonical[(canonical.LastIndexOf(' ') + 1)..]);
    }

    // A hyphenated surname also as the name its parts make ("Keller-Sutter", "Okonkwo-Hale"), as a bare "Mme Keller-Sutter" is keyed.
    private static void AddHyphenatedSurname(Person person, string surname)
    {
        if (surname.AsSpan().IndexOfAny('-', '‐', '‑') > 0)
        {
            person.Surnames.Add(NameKey.Of(surname));
        }
    }

    /// <summary>"Wang Yi", "Moon Jae-in", "Yoon Suk Yeol": a name of two or three words that opens with a family name is referred back to by that name.</summary>
    private static void AddFamilyNameFirst(Person person, string firstWordKey, string? secondWordKey = null)
    {
        if (NameLexicon.IsFamilyNameFirst(firstWordKey) || (secondWordKey is not null && JapaneseNames.IsFamilyFirst(firstWordKey, secondWordKey)))
        {
            person.Surnames.Add(firstWordKey);
        }
    }

    private static void AddFamilyNameFirstOf(Person person, string canonical)
    {
        if (FirstOfTwoWords.GetOrAdd(canonical, static name => name.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space && name.IndexOf(' ', space + 1) < 0 ? NameKey.OfWord(name[..space]) : string.Empty) is { Length: > 0 } first)
        {
            AddFamilyNameFirst(person, first, NameKey.OfWord(canonical[(canonical.IndexOf(' ', StringComparison.Ordinal) + 1)..]));
        }
    }

    public void AddSurnameOnly(PersonExtractor.Candidate candidate, string key)
    {
        if (!_surnameOnly.TryGetValue(key, out var person))
        {
            person = new Person(key, surnameOnly: true);
            _surnameOnly[key] = person;
            _persons.Add(person);
        }

        person.Add(candidate);
    }

    public bool TrySurnameOnly(PersonExtractor.Candidate candidate, string key)
    {
        if (!_surnameOnly.TryGetValue(key, out var person))
        {
            return false;
        }

        person.Add(candidate);
        return true;
    }

    /// <summary>
    /// A run of names that ends exactly one person's full name ("M. St-Pierre Plamondon", "Diomaye Faye"), as theirs; not the
    /// end of a compound given name ("Pierre Martin" is not "Jean-Pierre Martin").
    /// </summary>
    public bool TryTailReference(PersonExtractor.Candidate candidate)
    {
        var tail = " " + NameKey.Of(candidate.Surface);
        return AddToOnly(candidate, person => person.Key.EndsWith(tail, StringComparison.Ordinal)
            && !person.Mentions.Exists(m => m.Words[0].Text.AsSpan().IndexOfAny('-', '‐', '‑') > 0));
    }

    /// <summary>
    /// "Keir Starmer, with his wife, Victoria", "sister Serena", "son frère René": a given name alone after a word of kinship
    /// is a relative of the first person named in its sentence, else of the one named last before it, and takes that
    /// person's surname.
    /// </summary>
    public bool TryKin(PersonExtractor.Candidate candidate)
    {
        // "Venus Williams and Leylah Fernandez won, with sister Serena watching": the first of the sentence, not the nearest.
        Person? relative = null, firstInSentence = null;
        int nearest = -1, first = int.MaxValue;
        foreach (var person in _persons)
        {
            foreach (var mention in person.Mentions)
            {
                if (mention.End > candidate.Start || candidate.Start - mention.End > KinReach)
                {
                    continue;
                }

                if (mention.End > nearest)
                {
                    (relative, nearest) = (person, mention.End);
                }

                if (mention.Start < first && InOneSentence(candidate.Text, mention.End, candidate.Start))
                {
                    (firstInSentence, first) = (person, mention.Start);
                }
            }
        }

        relative = firstInSentence ?? relative;
        if (relative is null)
        {
            return false;
        }

        var name = relative.AliasCanonical ?? Fullest(relative.Mentions.OrderBy(m => m.Start).ToList());
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (!relative.SurnameOnly && space < 0)
        {
            return false;
        }

        var full = string.Concat(candidate.Surface, " ", relative.SurnameOnly ? name : name[(space + 1)..]);
        var key = NameKey.Of(full);
        var kin = Find(key) ?? Create(key, null);
        kin.KinName ??= full;
        kin.Add(candidate);
        return true;
    }

    /// <summary>
    /// A given name alone ("LeBron said") as the person whose full name opens with it, when only one does, spelt as there
    /// (not "Grâce à lui" for Grace Kelly).
    /// </summary>
    public bool TryGivenNameReference(PersonExtractor.Candidate candidate, string key) =>
        AddToOnly(candidate, person => person.Key.Length > key.Length && person.Key[key.Length] == ' ' && person.Key.StartsWith(key, StringComparison.Ordinal)
            && !person.Mentions.TrueForAll(m => m.Words[0].Key == key && !m.Words[0].Text.Equals(candidate.Words[0].Text, StringComparison.OrdinalIgnoreCase)));

    // The mention as the one person with a full name that matches, if exactly one has.
    private bool AddToOnly(PersonExtractor.Candidate candidate, Predicate<Person> match)
    {
        var only = Only(match);
        only?.Add(candidate);
        return only is not null;
    }

    private Person? Only(Predicate<Person> match)
    {
        Person? found = null;
        foreach (var person in _persons)
        {
            if (!person.SurnameOnly && match(person))
            {
                if (found is not null)
                {
                    return null;
                }

                found = person;
            }
        }

        return found;
    }

    /// <summary>Whether a full name of the article has a word written so ("Han" of "Han Kang"; not "Martine" for "Paul Martin").</summary>
    public bool HasNameWordSpelt(string word) =>
        _persons.Exists(p => !p.SurnameOnly && p.Mentions.Exists(m => m.NameWordCount >= 2 && m.Words.Exists(w => w.Text.Equals(word, StringComparison.Ordinal))));

    public bool CanBackReference(string key) => _persons.Any(p => !p.SurnameOnly && p.Surnames.Contains(key));

    /// <summary>
    /// A surname one letter away from exactly one person's (a letter added, dropped, changed or two swapped), both of six
    /// letters or more and with the same first: a misspelling ("Retaillau", "Netanyahou" are left to the name key).
    /// </summary>
    public bool TryNearBackReference(PersonExtractor.Candidate candidate, string key) =>
        key.Length >= 6 && !key.Contains(' ', StringComparison.Ordinal)
        && AddToOnly(candidate, person => person.Surnames.Any(surname => surname.Length >= 6 && surname[0] == key[0] && IsOneEditAway(surname, key)));

    private static bool IsOneEditAway(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b)
        {
            return false;
        }

        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        var (endA, endB) = (a.Length, b.Length);
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }

        var (restA, restB) = (endA - start, endB - start);
        return (restA, restB) is (1, 1) or (0, 1) or (1, 0)
            || (restA == 2 && restB == 2 && a[start] == b[start + 1] && a[start + 1] == b[start]);
    }

    private static bool OpensWith(Person person, char initial) =>
        initial == '\0' || person.Mentions.Find(m => m.NameWordCount >= 2 && !m.Words[0].IsInitial) is not { } full || full.Words.Find(w => w.IsNamePart)!.Folded[0] == initial;

    /// <summary>
    /// A surname naming someone already found. With two candidates: the one the alias table knows by the bare surname
    /// ("Milei" is Javier Milei, not his sister Karina), unless a woman's honorific says otherwise; else, for a surname
    /// alone, the one the headline names (the obituary's subject, not his father); else the one named last in the same
    /// sentence, or before it at all after an honorific; else the one named first.
    /// </summary>
    public bool TryBackReference(PersonExtractor.Candidate candidate, string key, string? knownAs = null)
    {
        Person? best = null;
        var bestRank = (2, 0);
        var matches = 0;
        // "M.K. Stalin" after "Udhayanidhi Stalin": initials that are not the person's are someone else.
        var initial = candidate.Words[0].IsInitial ? candidate.Words[0].Folded[0] : '\0';
        foreach (var person in _persons)
        {
            matches += !person.SurnameOnly && person.Surnames.Contains(key) && OpensWith(person, initial) ? 1 : 0;
        }

        if (matches > 1 && Preferred(candidate, key, knownAs) is { } preferred)
        {
            preferred.Add(candidate);
            return true;
        }

        foreach (var person in _persons)
        {
            if (person.SurnameOnly || !person.Surnames.Contains(key) || !OpensWith(person, initial))
            {
                continue;
            }

            // Alone with the surname, the person needs no ranking: no walk over its mentions, which a
            // long text may hold by the thousand.
            if (matches == 1)
            {
                best = person;
                break;
            }

            // The one named in the same sentence, nearest first ("King III spoke, and King said"), or with an honorific
            // or role the one named last before it ("Mme Milei" after "Karina Milei a parlé"); else the one named first:
            // a story introduces its subject first, and a bare surname sentences after "Mathieu van der Poel … his
            // father Adri van der Poel" is still Mathieu.
            var first = int.MaxValue;
            var sentence = int.MaxValue;
            foreach (var mention in person.Mentions)
            {
                first = Math.Min(first, mention.Start);
                if (mention.End <= candidate.Start && (candidate.Cue || InOneSentence(candidate.Text, mention.End, candidate.Start)))
                {
                    sentence = Math.Min(sentence, candidate.Start - mention.End);
                }
            }

            var rank = sentence < int.MaxValue ? (0, sentence) : (1, first);
            if (rank.CompareTo(bestRank) < 0)
            {
                best = person;
                bestRank = rank;
            }
        }

        best?.Add(candidate);
        return best is not null;
    }

    // No sentence ends between the two: no full stop, question or exclamation mark, nor line break.
    private static bool InOneSentence(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny(".!?\n") < 0;

    private Person? Preferred(PersonExtractor.Candidate candidate, string key, string? knownAs)
    {
        if (knownAs is not null && !AfterWomansHonorific(candidate)
            && Only(p => p.Surnames.Contains(key) && p.AliasCanonical == knownAs) is { } known)
        {
            return known;
        }

        // An honorific or role may say which of them ("Mr Trump" after "Melania Trump opens…"): the nearest then.
        if (candidate.Cue)
        {
            return null;
        }

        var text = candidate.Text;
        var lineStart = 0;
        while (lineStart < text.Length && char.IsWhiteSpace(text[lineStart]))
        {
            lineStart++;
        }

        var headlineEnd = text.IndexOf('\n', lineStart);
        return headlineEnd < 0 || candidate.Start < headlineEnd ? null : Only(p => p.Surnames.Contains(key) && p.Mentions.Exists(m => m.Start < headlineEnd));
    }

    // "Mme Milei", "Mrs Trump": a woman, who may not be the one the alias table knows by the surname (the table knows no genders).
    private static bool AfterWomansHonorific(PersonExtractor.Candidate candidate) =>
        candidate.WordBefore(acrossStops: true) is "Mme" or "Mmes" or "Madame" or "Mlle" or "Mrs" or "Ms" or "Miss" or "Dame" or "Lady";

    public (List<PersonMention> Mentions, List<PersonSummary> Persons) Result()
    {
        MergeOpeningNames();
        var mentions = new List<PersonMention>();
        var summaries = new List<(int First, PersonSummary Summary)>();
        foreach (var person in _persons)
        {
            if (person.Mentions.Count == 0)
            {
                continue;
            }

            var ordered = person.Mentions.OrderBy(m => m.Start).ToList();
            var canonical = person.AliasCanonical ?? (Fullest(ordered) is var fullest && person.KinName is { } kin && !fullest.Contains(' ', StringComparison.Ordinal) ? kin : fullest);
            // Known people get a readable id from the alias table's spelling; others the slug of their name key,
            // which is the same for every spelling of the name.
            var id = person.SurnameOnly ? SurnameOnlyPrefix + NameKey.Slug(person.Key)
                : person.AliasCanonical is not null ? NameKey.Slug(person.AliasCanonical)
                : NameKey.Slug(NameKey.Identity(canonical));
            mentions.AddRange(ordered.Select(m => new PersonMention(id, canonical, m.Surface, m.Start, m.End - m.Start)));
            var surfaces = ordered.GroupBy(m => m.Surface, StringComparer.Ordinal)
                .Select(g => new SurfaceCount(g.Key, g.Count()))
                .ToList();
            summaries.Add((ordered[0].Start, new PersonSummary(id, canonical, surfaces)));
        }

        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Length.CompareTo(b.Length));
        return (mentions, summaries.OrderBy(s => s.First).Select(s => s.Summary).ToList());
    }

    /// <summary>
    /// Two names that open exactly one longer name are that person's ("[Egyptian President Abdel Fattah] al-Sissi"
    /// beside "Abdel Fattah al-Sissi", "John Michael" beside John Michael "Ozzy" Osbourne).
    /// </summary>
    private void MergeOpeningNames()
    {
        // The longer names by their first two words, made only when a name of two words may need them.
        Dictionary<string, List<Person>>? byOpening = null;
        foreach (var person in _persons)
        {
            if (person.SurnameOnly || person.AliasCanonical is not null || person.Mentions.Count == 0 || person.Key.Count(c => c == ' ') != 1)
            {
                continue;
            }

            byOpening ??= OpeningsOfLongerNames();
            // Not a father's name beside his son's ("John Tartempion" and "John Tartempion Jr").
            if (byOpening.TryGetValue(person.Key, out var longer) && longer.Where(p => !IsGenerationalSuffix(p.Key.AsSpan(person.Key.Length + 1))).Take(2).ToList() is [var whole])
            {
                foreach (var mention in person.Mentions)
                {
                    whole.Add(mention);
                }

                person.Mentions.Clear();
            }
        }
    }

    private Dictionary<string, List<Person>> OpeningsOfLongerNames()
    {
        var byOpening = new Dictionary<string, List<Person>>(StringComparer.Ordinal);
        foreach (var person in _persons)
        {
            var first = person.Key.IndexOf(' ', StringComparison.Ordinal);
            var second = first < 0 ? -1 : person.Key.IndexOf(' ', first + 1);
            if (!person.SurnameOnly && second > 0)
            {
                var opening = person.Key[..second];
                if (!byOpening.TryGetValue(opening, out var list))
                {
                    byOpening[opening] = list = [];
                }

                list.Add(person);
            }
        }

        return byOpening;
    }

    private static bool IsGenerationalSuffix(ReadOnlySpan<char> rest) => rest is "jr" or "sr" or "ii" or "iii" or "iv";

    // The fullest spelling, as prose writes it: "Emmanuel Macron" over "Emmanuel MACRON", and "Jean-Noël Barrot" when only capitals were written.
    private static string Fullest(List<PersonExtractor.Candidate> mentions) =>
        Unshouted(mentions.OrderByDescending(m => m.NameWordCount).ThenBy(m => IsShouted(m.Surface)).ThenByDescending(m => m.Surface.Length).ThenBy(m => m.Start).First().Surface);

    // A surname in capitals ("MACRON", "DUPONT-AIGNAN"), not initials ("JD Vance") nor a numeral ("Charles III").
    // Three capitals in a row are rare in a name as prose writes it: the pattern is asked only then.
    private static bool IsShouted(string surface)
    {
        for (var i = 2; i < surface.Length; i++)
        {
            if (char.IsUpper(surface[i]) && char.IsUpper(surface[i - 1]) && char.IsUpper(surface[i - 2]))
            {
                return ShoutedWord().IsMatch(surface);
            }
        }

        return false;
    }

    // Every word in capitals written as prose writes it, its particles too: "Marine LE PEN" → "Marine Le Pen".
    private static string Unshouted(string surface) =>
        IsShouted(surface) ? CapitalsWord().Replace(surface, m => string.Concat(m.ValueSpan[..1], m.Value[1..].ToLowerInvariant())) : surface;

    [GeneratedRegex(@"(?<!\p{L})(?![IVX]+(?!\p{L}))\p{Lu}{3,}(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex ShoutedWord();

    // A word part of two or more capitals with no lower-case letter ("MACRON", "LE", the parts of "DUPONT-AIGNAN"), not a numeral ("III").
    [GeneratedRegex(@"(?<!\p{L})(?![IVX]+(?!\p{L}))\p{Lu}{2,}(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalsWord();

    /// <summary>Whether the run is the full name of someone already met, as written or by a nickname.</summary>
    public bool Knows(PersonExtractor.Candidate candidate) => Find(NameKey.Of(candidate.Surface)) is not null;

    // By first and last name only when the alias table does not know the two for different people: "George W. Bush"
    // is not "George H. W. Bush".
    private Person? Find(string key, bool byFirstAndLast = true, string? canonical = null)
    {
        if (_byKey.TryGetValue(key, out var person))
        {
            return person;
        }

        var firstAndLast = byFirstAndLast ? FirstAndLast(key) : null;
        return firstAndLast is not null && _byFirstAndLast.TryGetValue(firstAndLast, out person)
            && (canonical is null || person.AliasCanonical is null || person.AliasCanonical == canonical) ? person : null;
    }

    private Person Create(string key, string? canonical, bool byFirstAndLast = true)
    {
        var person = new Person(key, surnameOnly: false) { AliasCanonical = canonical };
        _byKey[key] = person;
        var firstAndLast = byFirstAndLast ? FirstAndLast(key) : null;
        if (firstAndLast is not null)
        {
            _byFirstAndLast.TryAdd(firstAndLast, person);
        }

        _persons.Add(person);
        return person;
    }

    private static string? FirstAndLast(string key)
    {
        var first = key.IndexOf(' ', StringComparison.Ordinal);
        return first < 0 ? null : string.Concat(key.AsSpan(0, first), " ", key.AsSpan(key.LastIndexOf(' ') + 1));
    }

    private sealed class Person(string key, bool surnameOnly)
    {
        public string Key { get; } = key;

        public bool SurnameOnly { get; } = surnameOnly;

        public string? AliasCanonical { get; set; }

        /// <summary>The name of a relative named by the given name alone, with the surname of whom it is the relative.</summary>
        public string? KinName { get; set; }

        public HashSet<string> Surnames { get; } = new(StringComparer.Ordinal);

        public List<PersonExtractor.Candidate> Mentions { get; } = [];

        // Where the mentions start, once there are many: a mention is added once, and a long text that
        // names someone thousands of times costs a look-up per mention rather than a walk over them all.
        private HashSet<int>? _starts;

        public void Add(PersonExtractor.Candidate candidate)
        {
            if (_starts is null && Mentions.Count < 16)
            {
                foreach (var mention in Mentions)
                {
                    if (mention.Start == candidate.Start)
                    {
                        return;
                    }
                }

                Mentions.Add(candidate);
                return;
            }

            _starts ??= Mentions.Select(m => m.Start).ToHashSet();
            if (_starts.Add(candidate.Start))
            {
                Mentions.Add(candidate);
            }
        }
    }
}
