using System.Collections.Frozen;
using System.Text.RegularExpressions;
using EventNews.Analysis.Text;

namespace EventNews.Analysis.Persons;

/// <summary>
/// Finds people in an article and decides who is who. Capitalised words are grouped into runs
/// (with particles: von der, de, Le), stopped by anything that is never a name (places,
/// organisations, media, weekdays, months, roles, sentence openers). A run of two or more names is
/// a person when it opens with a known given name, when the alias table knows it, or when an
/// honorific or a role stands before it. A single word is a person only as a back-reference to a
/// full name in the same article, as an alias-table entry (Poutine, Lavrov), or after an honorific
/// or role ("M. Dupont") — then it keeps a surname-only id and is never merged by surname alone
/// with people from other articles.
/// </summary>
internal sealed partial class PersonExtractor(NameLexicon lexicon, AliasTable aliases)
{
    private const int RoleLookBack = 8;

    public (List<PersonMention> Mentions, List<PersonSummary> Persons) Extract(string text, IEnumerable<(int Start, int End)> regions)
    {
        var candidates = new List<Candidate>();
        var scratch = new List<Word>(8);
        HashSet<string>? vessels = null;
        foreach (var (start, end) in regions)
        {
            FindCandidates(text, new WordList(Tokenizer.Words(text, start, end), text), candidates, scratch, ref vessels);
        }

        var people = new People();
        // A surname alone, with its particles or not ("Spaun", "Ó Snodaigh", "De Klerk").
        var alone = candidates.Where(c => c.Words.Count == 1 || (c.NameWordCount == 1 && c.Words.TrueForAll(w => w.IsNamePart || w.IsParticle))).ToList();
        var standalone = alone.Select(c => c.LastNamePart.Key).ToHashSet(StringComparer.Ordinal);
        var cued = alone.Where(c => c.Cue).Select(c => c.LastNamePart.Key).ToHashSet(StringComparer.Ordinal);
        var surnames = new List<Candidate>();
        foreach (var found in candidates)
        {
            var candidate = found;

            // A name in a script the key cannot read has no key, and no person is made of it.
            if (NameKey.Of(candidate.Surface).Length == 0)
            {
                continue;
            }

            // "patron de Nissan Carlos Ghosn": inside a sentence, a word the lists do not know, then a full name that opens
            // with a given name (not a line's "Ouest-France Julien LE MEUR"); so too a noun after its article ("la
            // Portoricaine Jasmine Camacho-Quinn") and the place of a role ("l'ancien maire de Castelnau-de-Lèze Jean-Marie Durand").
            if (candidate.NameWordCount >= 3 && candidate.Words[0].IsNamePart && candidate.Words[1].IsNamePart
                && !lexicon.IsGivenNameWord(candidate.Words[0].Text, candidate.Words[0].Key) && lexicon.IsGivenNameWord(candidate.Words[1].Text, candidate.Words[1].Key)
                && (candidate.FollowsArticle() || candidate.WordBefore(acrossStops: false) is "de" or "du" or "of"
                    || (!candidate.Cue && !candidate.Words[0].Token.SentenceStart && !IsFullName(candidate, standalone, cued))))
            {
                candidate = new Candidate(candidate.Text, candidate.Words.Skip(1).ToList(), false);
            }

            // A name already met in full counts again whatever its look ("Ozzy Osbourne" after John Michael "Ozzy" Osbourne).
            if (candidate.NameWordCount >= 2 && (IsFullName(candidate, standalone, cued) || people.Knows(candidate)))
            {
                // "M. St-Pierre Plamondon" after "Paul St-Pierre Plamondon": a surname of two words, referred back to; and
                // "Diomaye Faye" after "Bassirou Diomaye Faye", a middle name with the surname.
                var first = candidate.Words.Find(w => w.IsNamePart)!;
                if (!(((candidate.Cue && !lexicon.IsGivenNameWord(first.Text, first.Key)) || candidate.Words.Count == 2) && people.TryTailReference(candidate)))
                {
                    people.AddFull(candidate, aliases, SecondSurname(candidate));
                }
            }
            else if (candidate.NameWordCount >= 2 && !candidate.StartsWithParticle)
            {
                surnames.AddRange(candidate.Words.Where(w => w.IsNamePart).Select(w => candidate.Single(w)));
            }
            else
            {
                surnames.Add(candidate);
            }
        }

        var unresolved = new List<Candidate>();
        foreach (var candidate in surnames)
        {
            if (!ResolveSurname(candidate, people, allowNewSurnameOnly: true, standalone))
            {
                unresolved.Add(candidate);
            }
        }

        foreach (var candidate in unresolved)
        {
            ResolveSurname(candidate, people, allowNewSurnameOnly: false, standalone);
        }

        return people.Result();
    }

    /// <summary>
    /// The first of two surnames, as Spanish and Portuguese names have them ("Ebrard" in "Marcelo Ebrard García",
    /// "López" in "Andrés Manuel López Obrador"): the word before the last of three or more, unless it is a given name
    /// ("Mary Ann Smith").
    /// </summary>
    private Word? SecondSurname(Candidate candidate)
    {
        if (candidate.NameWordCount < 3 || candidate.Words[^1] != candidate.LastNamePart)
        {
            return null;
        }

        // "François Villeroy de Galhau", "Luiz Inácio Lula da Silva": the first surname stands before the particles.
        var index = candidate.Words.Count - 2;
        while (index > 1 && candidate.Words[index].IsParticle)
        {
            index--;
        }

        var word = candidate.Words[index];
        return word.IsNamePart && !lexicon.IsGivenNameWord(word.Text, word.Key) ? word : null;
    }

    /// <summary>Whether a run of two or more names is a person's full name.</summary>
    /// <param name="candidate">The run.</param>
    /// <param name="standalone">The keys of words that stand alone as candidates somewhere in the article.</param>
    /// <param name="cued">Those of them that stand after an honorific or role ("M. Ishiba").</param>
    private bool IsFullName(Candidate candidate, HashSet<string> standalone, HashSet<string> cued)
    {
        if (candidate.StartsWithParticle)
        {
            return aliases.Resolve(candidate.Surface) is not null;
        }

        // "Louis Vuitton", "Christian Dior": a business named after its founder, unless a role or honorific says it is the person.
        if (!candidate.Cue && lexicon.BrandFirstWords.Contains(candidate.Words[0].Key) && lexicon.IsBrand(NameKey.Of(candidate.Surface)))
        {
            return false;
        }

        // The first name after any initials ("A.P.J. Abdul Kalam") is the given name. A run that opens a
        // sentence may be opened by any capitalised word; its last word must then be named with a title
        // elsewhere ("Shigeru Ishiba succède… M. Ishiba a formé…"), unless a particle says it is a name
        // ("Aengus Ó Snodaigh … Ó Snodaigh said"); the run's first word says so, not the name after its
        // initials, which their full stops would seem to open ("J.J. Spaun").
        var first = candidate.Words.Find(w => w.IsNamePart)!;
        var last = candidate.LastNamePart.Key;
        // A place that is also a given name ("Sofia Sokolova") needs one of the other signs.
        return (lexicon.IsGivenNameWord(first.Text, first.Key) && !NameLexicon.IsPlaceGivenName(first.Folded))
            || (candidate.NameWordCount == 2 && JapaneseNames.IsFamilyFirst(first.Key, candidate.LastNamePart.Key))
            || aliases.Resolve(candidate.Surface) is not null
            || candidate.Cue
            || candidate.Speaks
            || (candidate.NameWordCount <= 3 && (candidate.Words[0].Token.SentenceStart && !candidate.Words.Exists(w => w.IsParticle) ? cued.Contains(last) : standalone.Contains(last)));
    }

    // "comme si on avait volé un Picasso", "a Van Gogh sold for $80m": a surname alone after an indefinite article is a work.
    private static bool IsAWork(Candidate candidate)
    {
        var before = candidate.Text.AsSpan(0, candidate.Start).TrimEnd(' ');
        return candidate.NameWordCount == 1
            && (before.EndsWith(" un", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" une", StringComparison.OrdinalIgnoreCase)
                || before.EndsWith(" a", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" an", StringComparison.OrdinalIgnoreCase));
    }

    private bool ResolveSurname(Candidate candidate, People people, bool allowNewSurnameOnly, HashSet<string> standalone)
    {
        // "… Ursula von der Leyen … von der Leyen said": the surname with its particles, as the full name has them.
        if (people.HasSurnamesWithParticles && candidate.WithParticlesBefore() is { } withParticles && people.TryBackReference(withParticles, NameKey.Of(withParticles.Surface)))
        {
            return true;
        }

        // "Lucas, 19 ans, et Inès, 18 ans", "Martine, 61 ans" beside "Paul Martin": a given name with an age is someone known by it
        // alone, unless a full name of the article has the word spelt so ("Han Kang … Han, 53, is"), which is then referred to
        // as usual; not the age of someone else ("le frère de Kylian, 18 ans").
        if (allowNewSurnameOnly && candidate.Words.Count == 1 && lexicon.IsGivenNameWord(candidate.Words[0].Text, candidate.Words[0].Key)
            && HasAgeOrWho(candidate.Text, candidate.Words) && candidate.WordBefore(acrossStops: false) is not ("de" or "of") && !people.HasNameWordSpelt(candidate.Words[0].Text))
        {
            // "Her brother Lucas, 5, died two days later": a relative's, with the surname of whom they are the relative.
            if (!(IsAfterKinWord(candidate) && people.TryKin(candidate)))
            {
                people.AddSurnameOnly(candidate, NameKey.Of(candidate.Surface));
            }

            return true;
        }

        // Initials without stops ("KL Rahul") stand for the given names: like initials with stops, they stay out of the key.
        var stoplessInitials = candidate.Words[0] is { IsInitial: true, Token.Length: 2 } && candidate.NameWordCount == 1;
        var key = stoplessInitials ? candidate.LastNamePart.Key : NameKey.Of(candidate.Surface);
        if (people.TryBackReference(candidate, key, candidate.Words.Count == 1 ? aliases.Resolve(candidate.Surface) : null))
        {
            return true;
        }

        // "M. Retaillau" after "Bruno Retailleau": a surname misspelt by one letter, when only one person is that near.
        if (!stoplessInitials && people.TryNearBackReference(candidate, key))
        {
            return true;
        }

        // "Pope Francis", "Queen Elizabeth": the table may know the name only with its title. Initials must be the
        // known person's ("M.K. Stalin" is not Joseph Stalin).
        var canonical = aliases.Resolve(candidate.Surface)
            ?? (candidate.Previous is not null ? aliases.Resolve(candidate.Previous + " " + candidate.Surface) : null);
        // A given name alone takes a one-word name the table knows only as it is spelt: "Rodrigo" is not "Rodrygo" (but
        // "François" is Pope Francis).
        var otherSpelling = candidate.Words.Count == 1 && canonical is not null && !canonical.Contains(' ', StringComparison.Ordinal)
            && lexicon.IsGivenNameWord(candidate.Words[0].Text, candidate.Words[0].Key) && TextFold.Fold(canonical) != candidate.Words[0].Folded;
        if (canonical is not null && !otherSpelling && !(candidate.Words[0].IsInitial && TextFold.Fold(canonical)[0] != candidate.Words[0].Folded[0]) && !IsAWork(candidate))
        {
            people.AddAlias(candidate, canonical);
            return true;
        }

        // A given name alone: not a place's ("Sofia"), nor a month's ("Jan. 6"), nor the first word of a name not read whole
        // ("Nadia Marchand").
        var word = candidate.Words[^1];
        var loneGivenName = candidate.Words.Count == 1 && lexicon.IsGivenNameWord(word.Text, word.Key) && !NameLexicon.IsPlaceGivenName(word.Folded)
            && !Dates.WrittenDates.IsMonthWord(word.Text)
            && !(candidate.End + 1 < candidate.Text.Length && candidate.Text[candidate.End] == ' ' && char.IsUpper(candidate.Text[candidate.End + 1]));

        // "with his wife, Victoria", "sister Serena", "son frère René": a relative's given name takes the surname of whom it is
        // the relative (see People.TryKin).
        if (loneGivenName && IsAfterKinWord(candidate) && people.TryKin(candidate))
        {
            return true;
        }

        // "LeBron said", "Melania spoke": a given name alone, as one person's first name.
        if (loneGivenName && people.TryGivenNameReference(candidate, key))
        {
            return true;
        }

        // "L'échange Lavrov-Blinken": every part of a hyphenated word names someone.
        if (candidate.Words.Count == 1 && word.Text.Contains('-', StringComparison.Ordinal))
        {
            var parts = candidate.SplitHyphens();
            if (parts.All(p => people.CanBackReference(NameKey.Of(p.Surface)) || aliases.Resolve(p.Surface) is not null))
            {
                foreach (var part in parts)
                {
                    ResolveSurname(part, people, allowNewSurnameOnly: false, standalone);
                }

                return true;
            }
        }

        // "Mr Ong" after "Ong Boon Hwee", "Park" after "Park Seo-yeon": a name written family name first is referred to by
        // its first word, when that is exactly one person's.
        if (candidate.Words.Count == 1 && !lexicon.IsGivenNameWord(word.Text, word.Key) && people.TryGivenNameReference(candidate, key))
        {
            return true;
        }

        if (allowNewSurnameOnly)
        {
            // After an honorific or role ("M. Dupont"), or after initials when the surname also stands alone ("J.J. Spaun … Spaun
            // said"): a person known by the surname, as no given name says more.
            // The name after initials without stops may be a given name: "KL" holds the given names; so may the one name
            // of a prince or princess ("la princesse Charlotte", "Prince George"). Not a team after "the" ("host the Clippers").
            if ((candidate.Cue || (candidate.Words[0].IsInitial && standalone.Contains(word.Key)))
                && (stoplessInitials || !lexicon.IsGivenNameWord(word.Text, word.Key) || (candidate.Words.Count == 1 && IsRoyalTitle(candidate.WordBefore(acrossStops: false))))
                && !IsTitleSurnameWord(word.Folded) && !(candidate.Words.Count == 1 && candidate.WordBefore(acrossStops: false) is "the" or "The"))
            {
                people.AddSurnameOnly(candidate, key);
                return true;
            }

            return false;
        }

        return people.TrySurnameOnly(candidate, key);
    }

    private void FindCandidates(string text, WordList words, List<Candidate> candidates, List<Word> scratch, ref HashSet<string>? vessels)
    {
        Candidate? previous = null;
        var i = 0;
        while (i < words.Count)
        {
            var run = ReadRun(text, words, i, scratch);
            if (run is null)
            {
                i++;
                continue;
            }

            // "RRS Sir David Attenborough", "la Fondation Roi Baudouin": the place's word may stand before an honorific or a title.
            // Not a cape's or a lake's: "Eastern Cape Premier Oscar Mabuyane" is the province's premier.
            var placeWord = i > 1 && (NameLexicon.IsHonorific(words[i - 1].Folded) || lexicon.IsRole(words[i - 1].Folded))
                && words[i - 2].Folded is not ("cape" or "lake" or "mount" or "fort") ? i - 2 : i - 1;
            // "boulevard du Roi Albert II", "la plaza de Alfonso el Magnánimo": and a "du" or "de" before the title or the name
            // (not "à la place de Stephen Varney", instead of him).
            placeWord = placeWord > 0 && words[placeWord].Folded is "du" or "de" or "del" && (placeWord < i - 1 || words[placeWord - 1].Folded is not "place") ? placeWord - 1 : placeWord;
            if ((i > 0 && ((NamesAPlace(words[placeWord].Folded) && Adjacent(text, words[placeWord], words[placeWord + 1])) || IsNamedAfterOf(text, words, i) || AfterPlaceName(text, words, i, run)))
                || (NameParts(run) >= 2 && NamesAPlace(run[0].Folded)))
            {
                // "the ferry Konstantinos Kanaris … The Konstantinos Kanaris, a 1996-built vessel": a ship keeps its name through the article.
                if (i > 0 && IsVessel(words[placeWord].Folded))
                {
                    (vessels ??= new HashSet<string>(StringComparer.Ordinal)).Add(RunText(text, run));
                }

                // "rue Jean Jaurès", "avenue Charles de Gaulle", "Kennedy Airport", "Lycée Alexandre-Pétion", "Éditions Henri
                // Deschamps": a person's name inside a place's name is not a mention.
                i += run.Count;
                continue;
            }

            var after = i + run.Count;
            if (vessels is not null && vessels.Contains(RunText(text, run)))
            {
                i = after;
                continue;
            }

            // "(Photo by Clive Rose/Getty Images)", "Photograph: Jane Doe": whoever took the picture, inside a caption.
            var runStart = words[i].Token.Start;
            if (runStart > 8 && IsAfterPictureCredit(text, runStart))
            {
                i = after;
                continue;
            }

            var namedAfter = NamedAfterBy(text, words, after);
            if (namedAfter > 0 || (NameParts(run) >= 3 && IsNamedAfterNoun(run[^1].Folded)) || (NameParts(run) == 2 && IsNamedAfterNounOnly(run[^1].Folded)) || NameLexicon.IsStreetOrSquare(run[^1].Folded))
            {
                // "George Washington University", "John F. Kennedy International Airport", "Martin Luther King Day",
                // "the Thomas Jefferson Memorial": a place or a day named after someone is no mention of them.
                i = after + namedAfter;
                continue;
            }

            var appositive = ((i == 0 || !FollowsPreposition(text, words, i)) && HasAppositiveRole(text, words, after, fullName: NameParts(run) >= 2 || (run.Count >= 2 && run[0].IsInitial))) || HasAgeOrWho(text, run);
            var cue = HasCue(text, words, i) || appositive || IsCoordinatedWith(text, words, i, run, previous);
            var candidate = new Candidate(text, run, cue)
            {
                Previous = i > 0 && Adjacent(text, words[i - 1], words[i]) && (char.IsUpper(words[i - 1].First) || lexicon.IsRole(words[i - 1].Folded)) ? words[i - 1].Text : null,
                Speaks = !cue && run.Count == 2 && NameParts(run) == 2 && IsQuoted(text, words, i, after),
            };
            previous = DropAmbiguousOpening(candidate);
            candidates.Add(previous);
            i += run.Count;
        }
    }

    /// <summary>
    /// A full name joined by "and" to a full name that has a role or honorific: the role is both's
    /// ("anchors David Muir and Linsey Davis", "les ministres Jean Dupont et Zoé Martin"; not
    /// "President Paul Kagame and Congo's …"). In a list of names, a full name after one with a cue or a
    /// known given name is a person when another name follows it in the list ("were Gregory Ashworth,
    /// Kwabena Owusu, Marie-Ève Tremblay and …"; not "Jean Dupont et Zyxa Qwertova ont démissionné").
    /// </summary>
    private bool IsCoordinatedWith(string text, WordList words, int index, List<Word> run, Candidate? previous) =>
        NameParts(run) >= 2 && index >= 1 && previous is { NameWordCount: >= 2 }
        && ((previous.Cue && index >= 2 && words[index - 1].Folded is "and" or "et" && previous.End == words[index - 2].Token.End
                && Adjacent(text, words[index - 2], words[index - 1]) && Adjacent(text, words[index - 1], words[index]))
            || ((previous.Cue || lexicon.IsGivenNameWord(previous.Words[0].Text, previous.Words[0].Key))
                && previous.End == words[index - 1].Token.End && text.AsSpan(previous.End, words[index].Token.Start - previous.End) is ", "
                && ListGoesOn().IsMatch(text.AsSpan(words[index + run.Count - 1].Token.End))));

    // Whether the two words ("Ben Salah") also stand right after a capitalised word somewhere in the text ("Karim Ben Salah").
    private static bool FollowsANameElsewhere(string text, Word particle, Word next)
    {
        var name = text.AsSpan(particle.Token.Start, next.Token.End - particle.Token.Start);
        for (var at = text.AsSpan().IndexOf(name, StringComparison.Ordinal); at >= 0;)
        {
            if (at >= 2 && text[at - 1] == ' ' && char.IsLetter(text[at - 2]))
            {
                var start = at - 2;
                while (start > 0 && char.IsLetter(text[start - 1]))
                {
                    start--;
                }

                if (char.IsUpper(text[start]))
                {
                    return true;
                }
            }

            var later = text.AsSpan(at + name.Length).IndexOf(name, StringComparison.Ordinal);
            at = later < 0 ? -1 : at + name.Length + later;
        }

        return false;
    }

    // "Mohammed bin Zayed Al Nahyan", "Abdullah bin Ahmed": "son of" is followed by the father's given name, which belongs to the name.
    private static bool IsPatronymicLink(Word particle) => particle.Folded is "bin" or "ben" or "ibn";

    // One capitalised name word of three letters or more, which a middle initial may follow.
    private static bool OpensWithName(List<Word> run) => run is [{ IsNamePart: true, Token.Length: >= 3 } only] && char.IsUpper(only.First);

    [GeneratedRegex(@"^(?:, | (?:and|et) )\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex ListGoesOn();

    private static bool IsAfterKinWord(Candidate candidate) =>
        KinBefore().IsMatch(candidate.Text.AsSpan(Math.Max(0, candidate.Start - 40), Math.Min(40, candidate.Start)));

    // A word of kinship right before a name, with its possessive or article and "of 61 years": "his wife, ", "a son, ", "sister ",
    // "son frère ", "sa fille, ".
    [GeneratedRegex(@"(?<!\p{L})(?:(?:his|her|their|son|sa|ses|leur|a|an|un|une)\s+)?(?:wife|husband|son|daughter|brother|sister|father|mother|widow|widower|partner|girlfriend|boyfriend|fiancée?|épouse|femme|mari|fils|fille|frère|sœur|soeur|père|mère|veuve|veuf|compagne|compagnon|conjointe?)(?:\s+of\s+\d+\s+years)?\s*,?\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex KinBefore();

    // "former Marine Paul Whelan": a given name that is also a common word is dropped when the rest is a name by itself.
    private Candidate DropAmbiguousOpening(Candidate candidate)
    {
        var first = candidate.Words[0];
        if (candidate.NameWordCount >= 3 && NameLexicon.IsAmbiguousGivenName(first.Folded) && lexicon.IsGivenNameWord(candidate.Words[1].Text, candidate.Words[1].Key))
        {
            return new Candidate(candidate.Text, candidate.Words.Skip(1).ToList(), true);
        }

        return candidate;
    }

    /// <summary>
    /// The run of name words starting at <paramref name="start"/>, or null if none starts there. It is
    /// gathered in <paramref name="scratch"/> and copied only when it is a run: most capitalised words open none.
    /// </summary>
    private List<Word>? ReadRun(string text, WordList words, int start, List<Word> scratch)
    {
        if (!MayOpenRun(text, words.TokenAt(start)))
        {
            return null;
        }

        var run = scratch;
        run.Clear();
        var sawGivenName = false;
        var afterNickname = false;
        for (var i = start; i < words.Count; i++)
        {
            var word = words[i];

            // "Wilhelmina "Billie" Ashcombe", "Matías 'El Toro' Villanueva", "John Michael "Ozzy" Osbourne": a nickname in quotes
            // between the given names and the surname is part of the name as written, not of its key.
            if (run.Count is 1 or 2 && run.TrueForAll(w => w.IsNamePart && char.IsUpper(w.First)) && NicknameLength(text, words, i) is > 0 and var nickname)
            {
                for (var k = 0; k < nickname; k++)
                {
                    run.Add(words[i + k] with { IsInitial = true, IsNickname = true });
                }

                i += nickname - 1;
                afterNickname = true;
                continue;
            }

            // After "d'", only a given name's surname that is no place ("Bernard d'Alessandri", not "Gnaoua d'Essaouira").
            if (run.Count > 0 && !afterNickname && (!Adjacent(text, words[i - 1], word)
                || (IsElisionGap(text, words.TokenAt(i - 1), words.TokenAt(i)) && (!sawGivenName || lexicon.IsPlace(word.Folded)))))
            {
                break;
            }

            afterNickname = false;

            // "Ireland's Ben Healy": "Ben" opening a run is the given name, unless an honorific stands before it ("M. Ben Moussa")
            // or the article also writes the pair after another name ("Karim Ben Salah … Ben Salah").
            if (IsParticle(word) && !(run.Count == 0 && word.Folded is "ben" && i + 1 < words.Count && !IsHonorificBefore(text, words, i)
                && !FollowsANameElsewhere(text, word, words[i + 1])))
            {
                var nextIsName = i + 1 < words.Count && Adjacent(text, word, words[i + 1])
                    && (IsNameWord(words[i + 1], run.Count > 0 || sawGivenName) || (sawGivenName && char.IsUpper(word.First) && IsSurnameAfterParticle(words[i + 1])));
                if (!nextIsName && !(i + 1 < words.Count && IsParticle(words[i + 1])))
                {
                    break;
                }

                run.Add(word with { IsParticle = true });
                continue;
            }

            // "George W. Bush", "Pradeep K. Raghunathan": a middle initial after a given name, or any one name word, when a
            // name follows it (whether the whole is a person is decided later, as for any run); "Minister S.
            // Jaishankar": an initial for the given name after a role or honorific (not "M.", which is
            // Monsieur, nor the end of "… sur X. Christian Estrosi a salué"); initials in a row stand for
            // the given names ("J.K. Rowling", "J. R. R. Tolkien", "J.-L. Mélenchon").
            // "M.K. Stalin", "M. K. Stalin": "M." before another initial is one too, not Monsieur. At a sentence's start, an
            // initial and a name in apposition ("K. Srinivasan, a threat analyst, said"): the apposition decides later.
            if (((run.Count > 0 && (sawGivenName || run[^1].IsInitial || OpensWithName(run)) && !run[^1].IsParticle)
                    || (run.Count == 0 && (!NameLexicon.IsHonorific(word.Folded) || (word.Token.Length == 1 && IsInitial(text, words, i + 1)))))
                && IsInitial(text, words, i) && (run.Count > 0 || HasCue(text, words, i) || IsInitial(text, words, i + 1) || OpensApposition(text, words, i)))
            {
                run.Add(word with { IsInitial = true });
                continue;
            }

            // "Jean-Marc D., 52 ans", "son associé, Patrick L., 49 ans": a given name and the initial of a surname kept from the
            // reader, as court reports write the people of a trial, name someone; the initial is the surname.
            if (run.Count == 1 && sawGivenName && IsLetterWithStop(text, word.Token) && !IsInitial(text, words, i) && EndsWithheldSurname(text, word.Token.End + 1))
            {
                run.Add(word with { Token = word.Token with { Length = 2 } });
                break;
            }

            // "KL Rahul", "TJ Fanning": two capitals without stops for the given names, before one name, which must then
            // follow a role or stand alone elsewhere (see ResolveSurname).
            if (run.Count == 0 && IsStoplessInitials(text, words, i))
            {
                run.Add(word with { IsInitial = true });
                continue;
            }

            // "Michael D Higgins", "Andrew RT Davies", as British and Irish papers write middle initials: without stops, only
            // between a known given name and a name.
            if (run.Count == 1 && sawGivenName && word.Token.Length <= 2 && char.IsUpper(word.First) && char.IsUpper(word.Source[word.Token.End - 1]) && !IsRegnalNumber(text, word.Token) && word.Token.End < text.Length && text[word.Token.End] == ' '
                && i + 1 < words.Count && Adjacent(text, word, words[i + 1]) && words[i + 1].Token.Length > 1 && IsNameWord(words[i + 1], afterGivenName: true))
            {
                run.Add(word with { IsInitial = true });
                continue;
            }

            // "le roi Mohammed VI", "King Abdullah II": a ruler's one name and the number of the reign, after a title, or
            // without one after a known given name ("la cour de Louis XIV", "Jean-Paul II").
            if (run.Count == 1 && run[0].IsNamePart && IsRegnalNumber(text, word.Token)
                && (HasCue(text, words, i - 1) || (word.Token.Length >= 2 && lexicon.IsGivenNameWord(run[0].Text, run[0].Key) && !NameLexicon.IsPlaceGivenName(run[0].Folded))))
            {
                run.Add(word);
                break;
            }

            // "Martin Luther King Jr.", "Robert F. Kennedy Jr.", "Abdallah II": a generational suffix ends a name of two words or more.
            if (IsSuffix(text, word.Token) && NameParts(run) >= 2)
            {
                run.Add(word with { IsSuffix = true });
                break;
            }

            // "Kim Jong Un", "Moon Jae In": the last syllable of a Korean given name, written apart, may read as a common word; a
            // Vietnamese name may have one more ("Nguyễn Thị Thu Hà").
            if (run.Count == 2 && NameLexicon.IsFamilyNameFirst(run[0].Key) && run[1].IsNamePart && word.Token.Length <= 3 && char.IsUpper(word.First)
                && word.Text.AsSpan(1).IndexOfAnyInRange('A', 'Z') < 0)
            {
                run.Add(word);
                if (NameLexicon.IsVietnameseFamilyName(run[0].Key) && i + 1 < words.Count && Adjacent(text, word, words[i + 1]) && char.IsUpper(words[i + 1].First)
                    && words[i + 1].Token.Length <= 6 && !lexicon.IsPlace(words[i + 1].Folded) && !IsAllCaps(words[i + 1].Text))
                {
                    run.Add(words[i + 1]);
                }

                break;
            }

            // "Park Ji-hoon", "Lee Jae-myung": a family name written first, which may also be a common word ("Park"), before a
            // given name of two syllables joined by a hyphen.
            var familyNameFirst = run.Count == 0 && NameLexicon.IsFamilyNameFirst(word.Key) && i + 1 < words.Count && Adjacent(text, word, words[i + 1])
                && HyphenatedSyllables().IsMatch(words[i + 1].Text);

            // "Bruno Le Maire": after a given name and a particle, a capitalised common word is a surname.
            var afterParticle = run.Count >= 2 && run[^1].IsParticle && char.IsUpper(run[^1].First) && sawGivenName && IsSurnameAfterParticle(word);
            if (!familyNameFirst && !afterParticle && !IsNameWord(word, sawGivenName || (run.Count == 0 && IsHonorificBefore(text, words, i))) && !OpensWithPlaceGivenName(text, words, i, run) && !OpensWithKnownAcronym(text, words, i, run) && !IsTitleSurname(text, words, i, sawGivenName || run.Count == 0) && !(sawGivenName && (IsKnownSurname(run, word) || IsCommonWordSurname(text, words, i, run))))
            {
                break;
            }

            var givenName = lexicon.IsGivenNameWord(word.Text, word.Key);
            if (givenName && run.Count > 0 && run[0].IsParticle && char.IsLower(run[0].First) && run.Exists(w => w.IsNamePart))
            {
                // "le président de la Confédération Ignazio Cassis": a name opened by "de" ("de Villepin") has no given name after its surname.
                break;
            }

            if (givenName && run.Count >= 2 && run[^1].IsParticle && char.IsLower(run[^1].First) && !IsPatronymicLink(run[^1])
                && i + 1 < words.Count && Adjacent(text, word, words[i + 1]) && char.IsUpper(words[i + 1].First))
            {
                // "Ami de Simone Veil": a given name and a surname after "de" are the next name ("Jean de Martin" is one).
                break;
            }

            run.Add(word);
            sawGivenName |= givenName;
        }

        while (run.Count > 0 && run[^1].IsParticle)
        {
            run.RemoveAt(run.Count - 1);
        }

        // A run opened by a lower-case particle ("de Villepin") counts only after an honorific; after "président", not with an
        // article's particles, which open the body presided over ("le président de la Fécafoot", "du Sénat").
        if (run.Count > 0 && run[0].IsParticle && char.IsLower(run[0].Text[0])
            && (!IsHonorificBefore(text, words, start)
                || (words[start - 1].Folded is "president" or "presidente" && (run[0].Folded is "du" or "des" or "la" or "le" || (run.Count > 1 && run[1].Folded is "la" or "l")))))
        {
            return null;
        }

        return run.Exists(w => w.IsNamePart) ? [.. run] : null;
    }

    /// <summary>
    /// Whether a run can start at the word at all, judged from the text without making a <see cref="Word"/>:
    /// a name opens with a capital or a particle, and most words of prose are neither.
    /// </summary>
    private static bool MayOpenRun(string text, Token token)
    {
        var first = text[token.Start];
        return char.IsUpper(first) || (char.IsLower(first) && (IsLowerParticle(text, token) || IsArticleName(text.AsSpan(token.Start, token.Length))));
    }

    /// <summary>A name after the Arabic article, in lower case: "al-Assad", "el-Sisi".</summary>
    private static bool IsArticleName(ReadOnlySpan<char> word)
    {
        var name = NameKey.WithoutArticle(word);
        return name.Length < word.Length && name.Length >= 2 && char.IsLower(word[0]) && char.IsUpper(name[0]);
    }

    /// <summary>A lower-case particle ("de", "von", "al"): read from the text, without making the word's string.</summary>
    private static bool IsLowerParticle(string text, Token token) =>
        token.Length <= 5 && NameLexicon.IsLowerParticle(text.AsSpan(token.Start, token.Length));

    private static bool IsParticle(Word word) =>
        word.Token.Length > 5 ? false : char.IsLower(word.First) ? IsLowerParticle(word.Source, word.Token) : NameLexicon.IsCapitalParticle(word.Folded);

    private bool IsNameWord(Word word, bool afterGivenName)
    {
        if (char.IsLower(word.First) && IsArticleName(word.Source.AsSpan(word.Token.Start, word.Token.Length)))
        {
            // "Bashar al-Assad", "Abdel Fattah el-Sisi", but not "al-Qaida"; a given name's own "al-Islam" or "al-Din"
            // after its first part ("Seif al-Islam Kadhafi", "Nur al-Din").
            var named = TextFold.Fold(NameKey.WithoutArticle(word.Text));
            return (afterGivenName && named is "islam" or "din") || !lexicon.IsNeverName(named);
        }

        if (!char.IsUpper(word.First) || word.Token.Length < 2)
        {
            return false;
        }

        var text = word.Text;
        if (IsAllCaps(text))
        {
            // "Emmanuel MACRON", as official lists and some outlets write surnames; alone, capitals are an
            // acronym, and "Charles III" a numeral.
            return afterGivenName && text.Length >= 3 && text.AsSpan().IndexOfAnyExcept("IVX") >= 0 && !lexicon.IsNeverName(word.Folded) && !lexicon.IsPlace(word.Folded);
        }

        var folded = word.Folded;

        if (NameLexicon.IsHonorificOnly(folded))
        {
            return false;
        }

        // "Piraeus-based", "Paris-born": a compound adjective, not a name; nor a lawmaker's party and state ("R-Texas", "D-Calif.").
        if (lexicon.IsNeverName(folded) || folded.EndsWith("-based", StringComparison.Ordinal) || folded.EndsWith("-born", StringComparison.Ordinal)
            || (folded.Length > 3 && folded[1] == '-' && folded[0] is 'r' or 'd' or 'i' && char.IsUpper(word.Text[0]) && char.IsUpper(word.Text[2])))
        {
            return false;
        }

        // A place ends a name, except as the surname after a given name (Lloyd Austin).
        return afterGivenName || !lexicon.IsPlace(folded);
    }

    /// <summary>
    /// A place that is also a given name, opening a name before a surname: "Sofia Sokolova", "Paris Hilton"
    /// (not "Paris Saint-Germain" nor "à Sofia Mardi", whose next word is a place or never a name).
    /// </summary>
    private bool OpensWithPlaceGivenName(string text, WordList words, int index, List<Word> run) =>
        run.Count == 0 && char.IsUpper(words[index].First) && NameLexicon.IsPlaceGivenName(words[index].Folded)
        && index + 1 < words.Count && Adjacent(text, words[index], words[index + 1]) && IsNameWord(words[index + 1], afterGivenName: false)
        && !IsNamedAfterNoun(words[index + 1].Folded);

    /// <summary>A name in capitals that the alias table knows, alone or with the name after it: "MBS", "AMLO", "JD Vance".</summary>
    private bool OpensWithKnownAcronym(string text, WordList words, int index, List<Word> run)
    {
        var word = words[index];
        // "the first XI": a Roman numeral is no name the table knows.
        if (run.Count > 0 || word.Token.Length is < 2 or > 5 || !IsAllCaps(word.Text) || word.Text.AsSpan().IndexOfAnyExcept("IVXLC") < 0)
        {
            return false;
        }

        return aliases.Resolve(word.Text) is not null
            || (index + 1 < words.Count && Adjacent(text, word, words[index + 1]) && char.IsUpper(words[index + 1].First) && aliases.Resolve(word.Text + " " + words[index + 1].Text) is not null);
    }

    private bool IsSurnameAfterParticle(Word word) =>
        char.IsUpper(word.First) && word.Token.Length >= 2 && !IsAllCaps(word.Text) && !lexicon.IsPlace(word.Folded);

    private static bool IsAllCaps(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }
        }

        return letters >= 2;
    }

    private static bool Adjacent(string text, Word left, Word right) => Adjacent(text, left.Token, right.Token);

    private static bool IsPossessiveGap(string text, Token left, Token right) =>
        right.Start - left.End == 3 && Tokenizer.IsApostrophe(text[left.End]) && text[left.End + 1] is 's' && text[left.End + 2] == ' ';

    // The elided article "l'" right before the word at start, which the tokenizer leaves out of it: "l'Angolais".
    private static bool AfterElidedArticle(string text, int start) =>
        start >= 2 && Tokenizer.IsApostrophe(text[start - 1]) && text[start - 2] is 'l' or 'L' && (start == 2 || !char.IsLetter(text[start - 3]));

    // The elided particle, which the tokenizer leaves out, between names: "Valéry Giscard d'Estaing", "Bernard d'Alessandri".
    private static bool IsElisionGap(string text, Token left, Token right) =>
        right.Start - left.End == 3 && text[left.End] == ' ' && text[left.End + 1] == 'd' && Tokenizer.IsApostrophe(text[left.End + 2])
        && char.IsUpper(text[right.Start]) && char.IsUpper(text[left.Start]);

    private static bool Adjacent(string text, Token left, Token right)
    {
        var gap = right.Start - left.End;

        if (IsElisionGap(text, left, right))
        {
            return true;
        }

        if (gap is < 1 or > 2)
        {
            return false;
        }

        // After an initial, its full stop, then a space, a hyphen or nothing: "W. Bush", "J.K.", "J.-L.".
        if (left.Length == 1 && char.IsUpper(text[left.Start]) && text[left.End] == '.')
        {
            return gap == 1 || text[left.End + 1] is ' ' or '\u00A0' or '\u202F' or '-';
        }

        for (var i = left.End; i < right.Start; i++)
        {
            if (text[i] is not (' ' or '\u00A0' or '\u202F'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An honorific right before the word, or a role a few words before it with nothing but role words between.</summary>
    private bool HasCue(string text, WordList words, int index)
    {
        if (IsHonorificBefore(text, words, index) || IsNationalityNounBefore(text, words, index))
        {
            return true;
        }

        var start = words[index].Token.Start;
        if (start > 0 && Tokenizer.IsApostrophe(text[start - 1]))
        {
            return false;
        }

        // "Le président du club, Florentino Pérez", "Le président de la Fédération royale marocaine de cyclisme, Zorglub
        // Tartempion": a name in apposition after a comma may follow any words after its role.
        var afterComma = index > 0 && text.AsSpan(words[index - 1].Token.End, start - words[index - 1].Token.End).Trim() is ",";
        var commas = 0;
        var capitalised = false;
        for (var j = index - 1; j >= 0 && j >= index - RoleLookBack; j--)
        {
            var gap = text.AsSpan(words[j].Token.End, words[j + 1].Token.Start - words[j].Token.End);
            foreach (var c in gap)
            {
                if (c is '.' or ';' or ':' or '!' or '?' or '(' or ')' or '[' or ']' or '"' or '«' or '»' or '“' or '”' or '\n')
                {
                    return false;
                }

                if (c == ',')
                {
                    commas++;
                }
            }

            if (commas > 1)
            {
                return false;
            }

            var folded = words[j].Folded;
            // "Kirkby Vale host Millwharf on Tuesday": after a capitalised subject, "host" is the verb, not the role.
            if (folded is "host" && j > 0 && char.IsUpper(words[j - 1].First) && Adjacent(text, words[j - 1], words[j]))
            {
                return false;
            }

            if (lexicon.IsRole(folded) || NameLexicon.IsHonorific(folded))
            {
                // "le maire de Boutcha", "la ministre de la Transition énergétique": a name does not follow a preposition.
                // After capitalised words, the name must close its apposition with a comma of its own (not "Speaker Mike
                // Johnson, R-La., told", nor "Pinarayi Vijayan, Telangana Chief Minister A. Revanth Reddy").
                return (j == index - 1 || !FollowsPreposition(text, words, index)) && (!capitalised || ClosesWithComma(text, start));
            }

            if (!lexicon.IsRoleComplement(folded))
            {
                if (!(afterComma && commas == 1))
                {
                    return false;
                }

                capitalised |= char.IsUpper(words[j].First);
            }
        }

        return false;
    }

    // An initial opening a sentence, then one name and a comma: "K. Srinivasan, a threat analyst at…".
    private static bool OpensApposition(string text, WordList words, int index) =>
        words.TokenAt(index).SentenceStart && index + 1 < words.Count && char.IsUpper(text[words.TokenAt(index + 1).Start])
        && words.TokenAt(index + 1).End < text.Length && text[words.TokenAt(index + 1).End] == ',';

    // The first stop after a name in apposition is a comma: "…, Zorglub Tartempion, a salué".
    private static bool ClosesWithComma(string text, int start)
    {
        var end = Math.Min(text.Length, start + 60);
        var stop = text.AsSpan(start, end - start).IndexOfAny(",.;:!?\n()");
        return stop >= 0 && text[start + stop] == ',';
    }

    /// <summary>
    /// A nationality as a noun, with its article, right before the name: "le Slovène Primož Roglič", "l'Angolais João
    /// Lourenço", "the Spaniard Carlos Alcaraz" ("le ministre russe Sergueï Lavrov" has its role).
    /// </summary>
    private bool IsNationalityNounBefore(string text, WordList words, int index)
    {
        // Not "a New Era": the holidays' words are in the list too, and "New" is also a place's; nor "the French Open",
        // whose nationality is an adjective.
        if (index < 1 || !Adjacent(text, words[index - 1], words[index]) || !char.IsUpper(words[index - 1].First) || !lexicon.IsNationality(words[index - 1].Folded)
            || lexicon.IsPlace(words[index - 1].Folded) || IsNamedAfterNoun(words[index].Folded) || lexicon.IsNeverName(words[index].Folded))
        {
            return false;
        }

        // The elided article is no word of its own: "l'Angolais" is read as "Angolais".
        var start = words[index - 1].Token.Start;
        if (AfterElidedArticle(text, start))
        {
            return true;
        }

        return index >= 2 && words[index - 2].Folded is "le" or "la" or "the" or "un" or "une" or "a" && Adjacent(text, words[index - 2], words[index - 1]);
    }

    /// <summary>A role in apposition right after the name: "Van der Bellen, le président autrichien", "Zorglub, porte-parole du ministère".</summary>
    /// <summary>
    /// An age or a relative "who" says a name is a person's: "Maryvonne Le Bihan, 74 ans, a vu…", "Ana Ruiz, 45, said",
    /// "78-year-old Maria Sithole", "Mei-Ling Chou, who owns a bookstore" (two names or more for "who").
    /// </summary>
    private static bool HasAgeOrWho(string text, List<Word> run)
    {
        var i = run[^1].Token.End;
        if (i < text.Length && text[i] == ',')
        {
            i++;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            // "Sutrisno, a 54-year-old ojek driver": the article before the age, which is then written so.
            var article = text.AsSpan(i).StartsWith("a ", StringComparison.Ordinal) ? 2 : text.AsSpan(i).StartsWith("an ", StringComparison.Ordinal) ? 3 : 0;
            i += article;
            var digits = i;
            while (i < text.Length && i - digits <= 3 && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            var rest = text.AsSpan(i);
            if (article > 0)
            {
                return i - digits is >= 1 and <= 3 && rest.StartsWith("-year-old", StringComparison.Ordinal);
            }

            return i - digits is >= 1 and <= 3
                ? rest.StartsWith(" ans", StringComparison.Ordinal) || rest.StartsWith(",", StringComparison.Ordinal) || rest.StartsWith(")", StringComparison.Ordinal) || rest.StartsWith("-year-old", StringComparison.Ordinal)
                : NameParts(run) >= 2 && (rest.StartsWith("who ", StringComparison.Ordinal) || rest.StartsWith("whose ", StringComparison.Ordinal));
        }

        var before = text.AsSpan(0, run[0].Token.Start).TrimEnd(' ');
        return before.EndsWith("-year-old", StringComparison.Ordinal) && before.Length > 9 && char.IsAsciiDigit(before[^10]);
    }

    private bool HasAppositiveRole(string text, WordList words, int next, bool fullName)
    {
        if (next >= words.Count)
        {
            return false;
        }

        var gap = text.AsSpan(words[next - 1].Token.End, words[next].Token.Start - words[next - 1].Token.End).Trim();
        if (gap is not ",")
        {
            return false;
        }

        var afterArticle = false;
        for (var j = next; j < words.Count && j < next + (afterArticle ? 6 : 4); j++)
        {
            var folded = words[j].Folded;
            if (lexicon.IsRole(folded) && folded is not ("premier" or "premiere" or "prime" or "first" or "general" or "generale"))
            {
                return true;
            }

            // "Sydney Carver, a biostatistician at…", "Léa Morin, historienne": right after the comma and its article, a trade the
            // lists do not hold, by its ending, in lower case, after a full name (not "Acme Labs, a Canadian company", nor "le
            // cabinet Enerlys, spécialiste des marchés").
            if (fullName && (j <= next + 1 || afterArticle) && char.IsLower(words[j].First) && words[j].Token.Length >= 6 && IsTradeWord(folded))
            {
                return true;
            }

            // "Joost van den Berg, a political scientist", "K. Srinivasan, a threat analyst", "Nafissatou Thiam, the three-time
            // Olympic heptathlon champion": after a full name and the article, words in lower case and the adjectives of nations
            // and games before the role.
            if (fullName && j == next && folded is "a" or "an" or "un" or "une" or "the")
            {
                afterArticle = true;
                continue;
            }

            if (afterArticle && (char.IsLower(words[j].First) || lexicon.IsNationality(folded) || folded is "olympic" or "paralympic" or "world" or "european"))
            {
                continue;
            }

            // "Kemi Badenoch, the Conservative leader", "Ahmed Shaheed, the UN special rapporteur".
            if (folded is not ("an" or "son" or "sa" or "his" or "her" or "its" or "nouveau" or "nouvelle" or "new") && !lexicon.IsRoleComplement(folded))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsTradeWord(string folded) =>
        (folded.EndsWith("ist", StringComparison.Ordinal) && folded is not ("playlist" or "checklist" or "shortlist" or "longlist" or "waitlist" or "blacklist"
            or "whitelist" or "wishlist" or "setlist" or "tracklist"))
        || folded.EndsWith("ician", StringComparison.Ordinal) || folded.EndsWith("iste", StringComparison.Ordinal)
        || folded.EndsWith("icien", StringComparison.Ordinal) || folded.EndsWith("icienne", StringComparison.Ordinal) || folded.EndsWith("ologue", StringComparison.Ordinal)
        || folded.EndsWith("orian", StringComparison.Ordinal) || folded.EndsWith("orien", StringComparison.Ordinal) || folded.EndsWith("orienne", StringComparison.Ordinal);

    // A preposition right before the name ("le maire de Boutcha"), not one before a number or the end of a sentence ("en 2003. Sofia Moreau").
    private static bool FollowsPreposition(string text, WordList words, int index)
    {
        if (!Adjacent(text, words[index - 1], words[index]))
        {
            return false;
        }

        var previous = words[index - 1].Folded;
        if (IsPreposition(previous))
        {
            return true;
        }

        return index >= 2 && previous is "la" or "le" or "les" or "l" or "the" && IsPreposition(words[index - 2].Folded);
    }

    private static bool NamesAPlace(string folded) => folded is "rue" or "avenue" or "boulevard" or "bd" or "place" or "quai" or "allee" or "impasse"
        or "cours" or "pont" or "stade" or "lycee" or "college" or "ecole" or "eglise" or "gare" or "aeroport" or "hopital" or "universite"
        or "musee" or "fondation" or "prix" or "street" or "road" or "square" or "station" or "airport" or "bridge" or "school" or "hospital"
        or "university" or "museum" or "foundation" or "prize" or "fort" or "lake" or "mount" or "cape" or "operation" or "plan" or "doctrine"
        or "centre" or "center" or "institut" or "institute" or "parc" or "salle" or "palais" or "theatre" or "bibliotheque"
        or "mediatheque" or "campus" or "residence" or "complexe" or "piscine" or "gymnase"
        or "editions" or "galerie" or "clinique" or "collegiale" or "chapelle" or "basilique" or "cathedrale" or "batiment" or "chu" or "athenee"
        or "sanctuaire" or "avenida" or "rua" or "praca" or "calle" or "plaza" or "piazza" or "viale" or "strasse" or "platz"
        or "san" or "santa" or "santo" or "sao" or "autodromo" or "estadio" or "domaine" or "chateau" or "etablissements" or "ets" or "trophee" or "coupe"
        || IsVessel(folded);

    /// <summary>
    /// Whether the run at <paramref name="start"/> (ending before <paramref name="after"/>) is the
    /// speaker of a verb of saying next to it: "selon X", "d'après X", "according to X"; after what was
    /// said, "…, a déclaré X", "…," said X; or before the verb, "X a déclaré", "X estime", "X said".
    /// </summary>
    private static bool IsQuoted(string text, WordList words, int start, int after)
    {
        // Read from the text, folded into a buffer: the words around a name are mostly lower-case prose.
        Span<char> buffer = stackalloc char[16];
        Span<char> other = stackalloc char[16];
        if (start > 0 && Between(text, words, start - 1).Trim() is "" or ",")
        {
            var before = Folded(text, words.TokenAt(start - 1), buffer);
            if (before is "selon"
                || (start > 1 && ((before is "apres" && Folded(text, words.TokenAt(start - 2), other) is "d") || (before is "to" && Folded(text, words.TokenAt(start - 2), other) is "according"))))
            {
                return true;
            }

            // An attribution after what was said: "…, a déclaré X Y", "« … », lance X Y", "…," said X Y.
            if ((SpeechVerbs.Contains(before) || ReportVerbs.Contains(before)) && FollowsWhatWasSaid(text, words, start - 1, other))
            {
                return true;
            }
        }

        if (after >= words.Count || Between(text, words, after - 1) is not " ")
        {
            return false;
        }

        // "X Y a déclaré", "X Y estime", "X Y said": only verbs a business rarely has; a player's too ("X Y scored twice", "X Y a
        // marqué", "X Y had 11 points").
        var next = Folded(text, words.TokenAt(after), buffer);
        var afterAuxiliary = next is "a" && after + 1 < words.Count ? Folded(text, words.TokenAt(after + 1), other) : default;
        return SpeechVerbs.Contains(next) || next is "scored" or "netted"
            || SpeechVerbs.Contains(afterAuxiliary) || afterAuxiliary is "marque"
            || (next is "had" && StatLine().IsMatch(text.AsSpan(words.TokenAt(after).End)));
    }

    [GeneratedRegex(@"^ (?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{Ll}+teen|twenty(?:-\p{Ll}+)?|thirty(?:-\p{Ll}+)?) (?:points|rebounds|assists|goals|saves|steals|blocks|tackles|wickets|runs|aces|catches|touchdowns|birdies)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StatLine();

    // The verb at the index, or its auxiliary "a" before it, comes right after a comma or a closing quote.
    private static bool FollowsWhatWasSaid(string text, WordList words, int verb, Span<char> buffer)
    {
        var first = verb > 0 && Folded(text, words.TokenAt(verb - 1), buffer) is "a" ? verb - 1 : verb;
        return first > 0 && Between(text, words, first - 1).IndexOfAny(",»\"”") >= 0;
    }

    // The text between the word at the index and the next one.
    private static ReadOnlySpan<char> Between(string text, WordList words, int index) =>
        text.AsSpan(words.TokenAt(index).End, words.TokenAt(index + 1).Start - words.TokenAt(index).End);

    // A word folded into the buffer, or nothing when it is longer than any word looked for.
    private static ReadOnlySpan<char> Folded(string text, Token token, Span<char> buffer) =>
        token.Length > buffer.Length ? [] : buffer[..TextFold.FoldInto(text.AsSpan(token.Start, token.Length), buffer)];

    // Verbs of saying, folded: French participles and present tense fold alike ("a déclaré", "déclare").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbs = new[]
    {
        "declare", "affirme", "dit", "explique", "ajoute", "souligne", "estime", "assure", "confie", "reagi", "insiste", "martele",
        "reconnu", "reconnait", "deplore", "regrette", "juge", "ecrit", "raconte", "temoigne", "denonce", "repondu", "repond", "plaide",
        "tweete", "indigne", "insurge", "etonne", "felicite", "inquiete", "emporte", "rejouit", "ironise", "souffle", "glisse",
        "said", "says", "told", "added", "wrote", "warned", "explained", "argued", "insisted", "stressed", "tweeted", "asked", "replied",
        "recalled", "admitted", "acknowledged", "conceded", "countered",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Verbs a business or a body says as often as a person: an attribution only after what was said ("…, indique X Y").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportVerbs = new[]
    {
        "indique", "precise", "annonce", "lance", "tranche", "resume", "previent", "averti", "avertit", "rappele", "rappelle", "confirme",
        "nuance", "observe", "note", "releve", "conclut", "interroge", "demande", "poursuit", "commente", "promis", "admis",
        "noted", "posted", "continued", "declared", "announced", "confirmed", "claimed",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// How many words after a run make it the name of a place, an institution or a day named after
    /// someone ("… University", "… International Airport", "… King Day"); 0 when they do not.
    /// </summary>
    private static int NamedAfterBy(string text, WordList words, int after)
    {
        for (var i = after; i < words.Count && i < after + 5; i++)
        {
            // "Lou Gehrig's disease", "Alzheimer's Disease": a possessive may stand between the name and the noun.
            var token = words.TokenAt(i);
            if (!Adjacent(text, words.TokenAt(i - 1), token) && !(i == after && IsPossessiveGap(text, words.TokenAt(i - 1), token)))
            {
                return 0;
            }

            // "the Charles de Gaulle aircraft carrier", "the John Lennon airport" (not "… day", "… school"); read
            // from the text, as most words after a name are lower-case prose.
            if (!char.IsUpper(text[token.Start]))
            {
                // "the town's Alain Mimoun swimming pool", "the Jules Ferry primary school".
                if (i == after && text.AsSpan(token.Start, token.Length) is "swimming" or "primary" or "secondary" or "elementary" or "high" or "middle" or "public" or "sports"
                    && i + 1 < words.Count && Adjacent(text, words.TokenAt(i), words.TokenAt(i + 1))
                    && text.AsSpan(words.TokenAt(i + 1).Start, words.TokenAt(i + 1).Length) is "pool" or "school" or "library" or "centre" or "center" or "hall" or "ground")
                {
                    return 2;
                }

                return i == after && text.AsSpan(token.Start, token.Length) is "airport" or "aircraft" or "university" or "foundation" or "museum"
                    or "hospital" or "stadium" or "memorial" or "prize" or "award" or "bridge" or "street" or "avenue" or "doctrine" or "centre" or "center"
                    or "disease" or "syndrome" or "law" or "effect" or "theorem" or "paradox" or "terminal" ? 1 : 0;
            }

            var word = words[i];
            if (IsNamedAfterNoun(word.Folded))
            {
                return i - after + 1;
            }

            // After a qualifier, other capitalised words may stand before the noun: "the Kofi Annan International Peacekeeping
            // Training Centre".
            if (!IsNamedAfterQualifier(word.Folded) && !(i == after && IsTitleSurnameWord(word.Folded)) && !(i > after && IsNamedAfterQualifier(words[after].Folded)))
            {
                return 0;
            }
        }

        return 0;
    }

    private static bool IsNamedAfterNoun(string folded) => folded is "university" or "college" or "school" or "academy" or "institute"
        or "foundation" or "airport" or "memorial" or "center" or "centre" or "hospital" or "stadium" or "arena" or "museum" or "library"
        or "hall" or "tower" or "bridge" or "street" or "avenue" or "boulevard" or "square" or "station" or "day" or "prize" or "award"
        or "awards" or "trophy" or "medal" or "highway" or "doctrine" or "syndrome" or "lecture" or "fellowship" or "scholarship" or "theatre"
        or "theater" or "auditorium" or "tunnel" or "terminal" or "observatory" or "laboratory" or "clinic" or "dam" or "expressway"
        or "parkway" or "building" or "gardens" or "cathedral" or "basilica" or "high" or "act" or "cup" or "test" or "classic" or "open"
        or "invitational" or "rule" or "amendment" or "organization" or "organisation" or "road" or "lane" or "disease" or "tests" or "bay" or "hospice" or "beach" or "market" or "city" or "circle"
        or "trust" or "county" or "community" or "society" or "charity" or "stand" or "festival" or "authority" or "agency" or "association" or "collective"
        or "ground" or "field" or "oval" or "velodrome" or "pavilion" or "park" or "allee" or "telescope" or "collection" or "board";

    // Nouns of the kind that are never a surname: "the Magnitsky Act", "the Davis Cup" (not "Hall", "Day", "Street").
    private static bool IsNamedAfterNounOnly(string folded) => folded is "act" or "cup" or "university" or "airport" or "foundation"
        or "memorial" or "prize" or "award" or "awards" or "trophy" or "stadium" or "doctrine" or "syndrome" or "museum" or "institute"
        or "hospital" or "observatory" or "cathedral" or "basilica" or "auditorium" or "fellowship" or "scholarship" or "organization" or "organisation" or "road" or "disease" or "tests" or "bridge" or "clinic" or "hospice" or "beach"
        or "market" or "gardens" or "college" or "trust" or "county" or "society" or "charity" or "festival" or "center" or "centre" or "arena"
        or "theatre" or "theater" or "velodrome" or "pavilion" or "salai" or "st" or "rd" or "ave" or "terminal" or "island" or "fort";

    /// <summary>"la maladie d'Alzheimer", "le syndrome de Down", "la loi de Moore": a disease, theorem or law named after someone.</summary>
    private static bool IsNamedAfterOf(string text, WordList words, int index)
    {
        var start = words.TokenAt(index).Start;
        var elided = start >= 2 && Tokenizer.IsApostrophe(text[start - 1]) && text[start - 2] is 'd' && text.AsSpan(words.TokenAt(index - 1).End, start - 2 - words.TokenAt(index - 1).End) is " ";
        var noun = elided ? index - 1 : index >= 2 && words[index - 1].Folded is "de" && Adjacent(text, words[index - 1], words[index]) && Adjacent(text, words[index - 2], words[index - 1]) ? index - 2 : -1;
        return noun >= 0 && words[noun].Folded is "maladie" or "syndrome" or "theoreme" or "loi" or "effet" or "paradoxe" or "conjecture" or "principe" or "complexe";
    }

    /// <summary>A team or body of two names or more after a place: "the South Bay Lakers" (not after a known given name, nor "Moscow Lavrov").</summary>
    private bool AfterPlaceName(string text, WordList words, int index, List<Word> run) =>
        NameParts(run) >= 2 && char.IsUpper(words[index - 1].First) && Adjacent(text, words[index - 1], words[index]) && lexicon.IsPlace(words[index - 1].Folded)
        && !lexicon.IsGivenNameWord(run[0].Text, run[0].Key);

    private static bool IsNamedAfterQualifier(string folded) => folded is "international" or "national" or "regional" or "municipal"
        or "memorial" or "presidential" or "space" or "medical" or "research" or "community" or "state" or "federal" or "cancer" or "peace"
        or "washington" or "performing" or "children's" or "childrens" or "health" or "heart" or "legacy" or "education";

    private static bool IsPreposition(string folded) => folded is "de" or "du" or "des" or "d" or "of" or "a" or "au" or "aux" or "en" or "in" or "from" or "at" or "pour" or "for";

    private static bool IsHonorificBefore(string text, WordList words, int index)
    {
        if (index == 0)
        {
            return false;
        }

        var previous = words[index - 1];
        var folded = previous.Folded;
        if (!NameLexicon.IsHonorific(folded) || !char.IsUpper(previous.Text[0]) && folded is not ("president" or "president-elect"))
        {
            return false;
        }

        var gap = text.AsSpan(previous.Token.End, words[index].Token.Start - previous.Token.End);
        var hasStop = gap.StartsWith(".");
        if (NameLexicon.HonorificNeedsStop(folded) && !hasStop)
        {
            return false;
        }

        var rest = hasStop ? gap[1..] : gap;
        return rest.Length is >= 1 and <= 2 && rest.Trim().Length == 0 && !rest.Contains('\n');
    }

    /// <summary>How many of the words are given names or surnames (<see cref="Word.IsNamePart"/>).</summary>
    private static int NameParts(List<Word> words)
    {
        var count = 0;
        foreach (var word in words)
        {
            count += word.IsNamePart ? 1 : 0;
        }

        return count;
    }

    /// <summary>"Jr.", "Sr.", "II", "III", "IV": a generational suffix, read from the text.</summary>
    // How many words a nickname in quotes at index holds (up to three), when a capitalised surname follows it; else 0.
    private static int NicknameLength(string text, WordList words, int index)
    {
        var open = words.TokenAt(index).Start - 1;
        if (open < 1 || text[open] is not ('"' or '“' or '\'' or '‘') || text[open - 1] != ' ' || words.TokenAt(index - 1).End != open - 1)
        {
            return 0;
        }

        for (var j = index; j < words.Count && j < index + 3; j++)
        {
            var end = words.TokenAt(j).End;
            if (j > index && !Adjacent(text, words.TokenAt(j - 1), words.TokenAt(j)))
            {
                return 0;
            }

            if (end + 2 < text.Length && text[end] is '"' or '”' or '\'' or '’' && text[end + 1] == ' '
                && j + 1 < words.Count && words.TokenAt(j + 1).Start == end + 2 && char.IsUpper(text[end + 2]))
            {
                return j - index + 1;
            }
        }

        return 0;
    }

    private static bool IsRegnalNumber(string text, Token token) =>
        text.AsSpan(token.Start, token.Length) is "II" or "III" or "IV" or "V" or "VI" or "VII" or "VIII" or "IX" or "X" or "XI" or "XII" or "XIII" or "XIV"
            or "XV" or "XVI" or "XVII" or "XVIII";

    private static bool IsSuffix(string text, Token token) =>
        text.AsSpan(token.Start, token.Length) is "Jr" or "Sr" or "II" or "III" or "IV";

    /// <summary>
    /// A title or trade that is also a surname ("Stephen King", "Julie Bishop", "Nadia Marchand"): after a given
    /// name, or alone (then only ever a back-reference: "King said"), and last in the name (not "King Charles").
    /// </summary>
    private static bool IsTitleSurname(string text, WordList words, int index, bool afterGivenNameOrAlone)
    {
        var word = words[index];
        if (!afterGivenNameOrAlone || !char.IsUpper(word.First) || !IsTitleSurnameWord(word.Folded))
        {
            return false;
        }

        return index + 1 >= words.Count || !Adjacent(text, word, words[index + 1]) || !char.IsUpper(words[index + 1].First) || IsSuffix(text, words.TokenAt(index + 1));
    }

    /// <summary>
    /// A capitalised common word right after a given name, inside a sentence and before a lower-case word or
    /// punctuation, is a surname: "Kevin Durant scored", "Louis Blanc a écrit" (not "Joe Says He Will", written
    /// as a headline, nor a month or weekday).
    /// </summary>
    private bool IsCommonWordSurname(string text, WordList words, int index, List<Word> run)
    {
        var word = words[index];
        // "Thérèse Kayikwamba Wagner": a surname the lists hold for a business may end a name of three words too.
        if ((run.Count != 1 && !(run.Count == 2 && IsSurnameOfAName(word.Folded))) || word.Token.SentenceStart || word.Token.Length < 3 || !char.IsUpper(word.First) || IsAllCaps(word.Text)
            || NameLexicon.IsAmbiguousGivenName(run[0].Folded) || !(lexicon.IsCommonWordOnly(word.Folded) || IsSurnameOfAName(word.Folded))
            || (Dates.WrittenDates.MonthOf(word.Text) is not null && BeforeNumber(text, word.Token))
            || Dates.WrittenDates.WeekdayOf(word.Text) is not null)
        {
            return false;
        }

        return index + 1 >= words.Count || !Adjacent(text, word, words[index + 1]) || !char.IsUpper(words[index + 1].First);
    }

    // Common surnames that the lists hold for a business, a band or a holiday ("White", "Fox", "Wagner", "Noël"): after a given
    // name they are the surname ("Mike White", "Clément Noël").
    private static bool IsSurnameOfAName(string folded) => folded is "white" or "fox" or "wagner" or "church" or "shell" or "noel";

    // A month a number follows is a date ("… May 4", "… mars 2025"); "Elizabeth May, la cheffe…" is a surname.
    private static bool BeforeNumber(string text, Token token)
    {
        var i = token.End;
        while (i < text.Length && text[i] is ' ' or ',' or '.')
        {
            i++;
        }

        return i < text.Length && char.IsAsciiDigit(text[i]);
    }

    /// <summary>A word that is never a name otherwise, as the surname the alias table knows after the given name before it ("Taylor Swift").</summary>
    private bool IsKnownSurname(List<Word> run, Word word) =>
        run.Count == 1 && char.IsUpper(word.First) && aliases.Resolve(run[0].Text + " " + word.Text) is not null;

    private static bool IsRoyalTitle(string word) => TextFold.Fold(word) is "prince" or "princesse" or "princess" or "duke" or "duchess"
        or "duc" or "duchesse" or "infante" or "infanta" or "archduke" or "archiduc";

    private static bool IsTitleSurnameWord(string folded) => folded is "king" or "bishop" or "judge" or "pope" or "prince" or "marshal" or "major" or "priest"
        or "marchand" or "marechal" or "sergent";

    /// <summary>
    /// An initial ("W.") that a name follows, directly or after more initials: written apart ("J. R. R.
    /// Tolkien") or run together ("J.K. Rowling", "J.-L. Mélenchon").
    /// </summary>
    private bool IsInitial(string text, WordList words, int index)
    {
        // No name has more than a few initials: a longer chain ("A.B.C.D.E.F.") is not read through.
        for (var i = index; i + 1 < words.Count && i < index + 4; i++)
        {
            var token = words.TokenAt(i);
            if (!IsLetterWithStop(text, token))
            {
                return false;
            }

            var next = words.TokenAt(i + 1);
            var between = text.AsSpan(token.End + 1, next.Start - token.End - 1);
            if (between is "" or "-")
            {
                if (next.Length != 1 || !char.IsUpper(text[next.Start]))
                {
                    return false;
                }
            }
            else if (between is not " ")
            {
                return false;
            }
            else if (!IsLetterWithStop(text, next))
            {
                return IsNameWord(words[i + 1], afterGivenName: true);
            }
        }

        return false;
    }

    // After a withheld surname's stop: the end, a comma, a closing mark, or prose in lower case.
    private static bool EndsWithheldSurname(string text, int after) =>
        after >= text.Length || text[after] is ',' or ';' or ':' or ')' or '»' or '"' or '”' or '\n'
        || (text[after] == ' ' && after + 1 < text.Length && (char.IsLower(text[after + 1]) || text[after + 1] is '(' or '«' or '–' or '—' or '-'));

    /// <summary>
    /// Two capitals run together before a single name ("KL Rahul"), not an acronym the lists know ("US", "PM"), nor
    /// before a name of two words ("EU Ursula von der Leyen"), nor in a line of capitals.
    /// </summary>
    private bool IsStoplessInitials(string text, WordList words, int index)
    {
        var token = words.TokenAt(index);
        if (token.Length != 2 || !char.IsUpper(text[token.Start]) || !char.IsUpper(text[token.Start + 1]) || index + 1 >= words.Count
            || (token.End < text.Length && text[token.End] != ' ') || !Adjacent(text, words[index], words[index + 1]))
        {
            return false;
        }

        var word = words[index];
        var name = words[index + 1];
        if (CommonAcronyms.Contains(word.Folded) || lexicon.IsNeverName(word.Folded) || lexicon.IsPlace(word.Folded) || aliases.Resolve(word.Text) is not null
            || name.Token.Length < 3 || IsAllCaps(name.Text) || !IsNameWord(name, afterGivenName: false))
        {
            return false;
        }

        return index + 2 >= words.Count || !Adjacent(text, name, words[index + 2]) || !char.IsUpper(words[index + 2].First);
    }

    private static string RunText(string text, List<Word> run) => text[run[0].Token.Start..run[^1].Token.End];

    private static bool IsVessel(string folded) => folded is "ferry" or "vessel" or "tanker" or "freighter" or "frigate" or "destroyer" or "submarine"
        or "yacht" or "liner" or "paquebot" or "petrolier" or "chalutier" or "fregate" or "sous-marin" or "voilier" or "trawler" or "navire" or "porte-avions"
        or "uss" or "hms" or "hmas" or "hmcs" or "hmnzs" or "rrs" or "ins";

    // Asked before every run of names: the pattern only where the text before ends as a credit does ("by", "par", ":", "©").
    private static bool IsAfterPictureCredit(string text, int runStart)
    {
        var before = text.AsSpan(Math.Max(0, runStart - 24), runStart - Math.Max(0, runStart - 24));
        var end = before.TrimEnd();
        return (end.EndsWith("by") || end.EndsWith("par") || end.EndsWith(":") || end.EndsWith("©")) && PictureCreditBefore().IsMatch(before);
    }

    [GeneratedRegex(@"(?<!\p{L})(?i:photo(?:graph)?s?|pictures?|images?|credit|crédit)\s*(?:by|par|:|©)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PictureCreditBefore();

    // Two-letter acronyms that stand before names and nouns: countries, unions, offices, media, US states and Canadian provinces.
    [GeneratedRegex(@"^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex HyphenatedSyllables();

    private static readonly FrozenSet<string> CommonAcronyms = FrozenSet.Create(StringComparer.Ordinal,
        "us", "uk", "eu", "un", "ue", "tv", "pm", "fm", "mp", "vp", "dj", "fc", "ac", "sc", "ag", "da", "gp", "pr", "hr", "it", "ai", "ok", "hq", "gm", "nz",
        "sa", "ev", "vr", "ar", "id", "ip", "iq", "rn", "md", "mc", "cd", "dc", "la", "ny", "nj", "nc", "tx", "ca", "fl", "ga", "pa", "oh", "mi", "wa",
        "az", "co", "ma", "mn", "wi", "va", "tn", "ky", "al", "ut", "nv", "nm", "or", "ks", "ne", "ia", "mo", "ct", "ri", "de", "nh", "vt", "me", "wv",
        "sd", "nd", "mt", "wy", "hi", "ak", "on", "qc", "bc", "ab", "sk", "mb", "ns", "nb", "pe", "nl", "yt", "nt", "nu", "ps", "cs", "lr", "rc", "as",
        "ol", "om", "st", "cf", "fn", "pc", "ex", "ko", "rb", "wr", "qb", "te", "cb", "lb");

    private static bool IsLetterWithStop(string text, Token token) =>
        token.Length == 1 && char.IsUpper(text[token.Start]) && token.End + 1 < text.Length && text[token.End] == '.';

    /// <summary>A word of the text; its string, folded form and name key are made only when asked for.</summary>
    internal sealed record Word(Token Token, string Source)
    {
        private string? _key;
        private string? _folded;
        private string? _text;

        public string Text => _text ??= Source.Substring(Token.Start, Token.Length);

        public char First => Source[Token.Start];

        public string Folded => _folded ??= TextFold.Fold(Text);

        public string Key => _key ??= NameKey.OfWord(Text);

        public bool IsParticle { get; init; }

        /// <summary>A middle initial ("W." in "George W. Bush"): part of the name as written, not of its key.</summary>
        public bool IsInitial { get; init; }

        /// <summary>A generational suffix ("Jr.", "III"): part of the name and of its key, never a surname.</summary>
        public bool IsSuffix { get; init; }

        /// <summary>A word of a nickname in quotes inside the name ("Bobby" in Robert "Bobby" Keane): written, not keyed.</summary>
        public bool IsNickname { get; init; }

        /// <summary>A given name or surname: neither a particle, an initial nor a suffix.</summary>
        public bool IsNamePart => !IsParticle && !IsInitial && !IsSuffix;
    }

    /// <summary>The words of a stretch of text, each made into a <see cref="Word"/> only when first looked at.</summary>
    internal sealed class WordList(List<Token> tokens, string source)
    {
        private readonly Word?[] _words = new Word?[tokens.Count];

        public int Count => tokens.Count;

        public Token TokenAt(int index) => tokens[index];

        public Word this[int index] => _words[index] ??= new Word(tokens[index], source);
    }

    internal sealed class Candidate(string text, List<Word> words, bool cue)
    {
        public string Text { get; } = text;

        public List<Word> Words { get; } = words;

        public bool Cue { get; } = cue;

        /// <summary>A name of two words that says something ("a déclaré Zorglub Tartempion", "Wiremu Tane said").</summary>
        public bool Speaks { get; init; }

        /// <summary>The capitalised word right before the name, if any ("Pope" in "Pope Francis").</summary>
        public string? Previous { get; init; }

        public int Start => Words[0].Token.Start;

        public int End => Words[^1].Token.End;

        public string Surface => Text[Start..End];

        public int NameWordCount => NameParts(Words);

        /// <summary>The surname as written: the last word that is neither a particle, an initial nor a suffix.</summary>
        public Word LastNamePart => Words.FindLast(w => w.IsNamePart)!;

        /// <summary>
        /// The word right before the candidate, as written: across spaces only ("" at a line's start or after punctuation),
        /// or <paramref name="acrossStops"/> across any white space and full stops too ("Mme." before a name).
        /// </summary>
        public string WordBefore(bool acrossStops)
        {
            var end = Start;
            while (end > 0 && (Text[end - 1] == ' ' || (acrossStops && (char.IsWhiteSpace(Text[end - 1]) || Text[end - 1] == '.'))))
            {
                end--;
            }

            var start = end;
            while (start > 0 && char.IsLetter(Text[start - 1]))
            {
                start--;
            }

            return Text[start..end];
        }

        /// <summary>Whether an article stands right before the candidate ("la", "the", "l'" in "l'Angolais"): its first word is then a noun.</summary>
        public bool FollowsArticle()
        {
            if (AfterElidedArticle(Text, Start))
            {
                return true;
            }

            return WordBefore(acrossStops: false) is "le" or "la" or "les" or "Le" or "La" or "Les" or "the" or "The" or "du" or "au" or "des" or "Du" or "Au" or "Des";
        }

        public bool StartsWithParticle => Words[0].IsParticle;

        public Candidate Single(Word word) => new(Text, [word], Cue && word == Words.First(w => !w.IsParticle))
        {
            Previous = word == Words.First(w => !w.IsParticle) ? Previous : null,
        };

        /// <summary>A single word with the lower-case particles right before it ("von der" in "von der Leyen"), or null if none stand there.</summary>
        public Candidate? WithParticlesBefore()
        {
            if (Words.Count != 1)
            {
                return null;
            }

            List<Word>? particles = null;
            var at = Start;
            while ((particles?.Count ?? 0) < 3 && at >= 3 && Text[at - 1] == ' ')
            {
                var from = at - 1;
                while (from > 0 && char.IsAsciiLetterLower(Text[from - 1]))
                {
                    from--;
                }

                var token = new Token(from, at - 1 - from, false);
                if (token.Length == 0 || (from > 0 && char.IsLetter(Text[from - 1])) || !IsLowerParticle(Text, token))
                {
                    break;
                }

                (particles ??= []).Insert(0, new Word(token, Text) { IsParticle = true });
                at = from;
            }

            return particles is null ? null : new Candidate(Text, [.. particles, Words[0]], Cue) { Previous = Previous };
        }

        public List<Candidate> SplitHyphens()
        {
            var word = Words[^1];
            var parts = new List<Candidate>();
            var offset = 0;
            foreach (var part in word.Text.Split('-'))
            {
                if (part.Length > 0)
                {
                    var token = new Token(word.Token.Start + offset, part.Length, false);
                    parts.Add(new Candidate(Text, [new Word(token, Text)], false));
                }

                offset += part.Length + 1;
            }

            return parts;
        }
    }
}
