using System.Buffers;
using System.Runtime.InteropServices;

namespace EventNews.Analysis.Stories;

/// <summary>Turns an article into the <see cref="StoryFingerprint"/> that retrieval and scoring use.</summary>
public static class StoryFingerprinter
{
    private const int MinTermLength = 4;
    private const int LedeLength = 50;
    private const int LedeWeight = 3;

    public static StoryFingerprint Create(StoryArticle article, ClusteringOptions options)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(options);

        var text = Boilerplate.Strip(article.Text);
        var words = Words.ForThisThread();
        try
        {
            var tokens = Tokens.Read(text, words.Tokens);
            var shingles = ArrayPool<ulong>.Shared.Rent(Math.Max(1, tokens.Count));
            try
            {
                var shingleCount = MinHash.Shingles(tokens, options.ShingleSize, shingles);
                var persons = article.PersonIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(options.MaxPersons).ToArray();
                words.Read(persons);
                return new StoryFingerprint
                {
                    ArticleId = article.ArticleId,
                    Sequence = article.Sequence,
                    Title = article.Title,
                    Language = article.Language,
                    Published = StoryDates.Resolve(article.Published, article.Text)?.Key,
                    ShingleCount = shingleCount,
                    MinHash = MinHash.Signature(shingles.AsSpan(0, shingleCount), options.SignatureLength),
                    Terms = Sample(words.Terms, options.TermSample),
                    Names = Sample(words.Names, options.NameSample),
                    Quotes = [.. Quotes.Hashes(text, options.MaxQuotes)],
                    Numbers = SpecificNumbers(text, tokens, options.MaxNumbers),
                    Persons = persons,
                    PersonMentions = [.. persons.Select(p => words.Mentions.GetValueOrDefault(p) + 1)],
                };
            }
            finally
            {
                ArrayPool<ulong>.Shared.Return(shingles);
            }
        }
        finally
        {
            words.Clear();
        }
    }

    /// <summary>
    /// Consonant skeleton of a folded word without a plural s: Pentagone/Pentagon = pntgn,
    /// nucléaire/nuclear = nclr, Crimée/Crimea = crm. A first vowel is kept (Otan = otn).
    /// </summary>
    public static string Skeleton(string folded)
    {
        var word = folded.Length > MinTermLength && folded[^1] == 's' ? folded.AsSpan(0, folded.Length - 1) : folded.AsSpan();
        Span<char> skeleton = word.Length <= 64 ? stackalloc char[64] : new char[word.Length];
        var length = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (i > 0 && (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' || c == word[i - 1]))
            {
                continue;
            }

            if (length > 0 && skeleton[length - 1] == c)
            {
                continue;
            }

            skeleton[length++] = c;
        }

        return length >= 3 ? new string(skeleton[..length]) : word.Length == folded.Length ? folded : word.ToString();
    }

    /// <summary>
    /// A consistent weighted sample: each word draws an exponential race time from its own hash
    /// divided by its weight, and the earliest finishers are kept. Two articles with mostly the same
    /// words keep mostly the same sample, whatever else they contain.
    /// </summary>
    private static int[] Sample(Dictionary<string, double> weights, int sampleSize)
    {
        var racers = new (double Race, ulong Hash)[weights.Count];
        var count = 0;
        foreach (var (word, weight) in weights)
        {
            var hash = StableHash.Of(word);
            racers[count++] = (-Math.Log(((hash >> 11) + 1.0) / 9007199254740993.0) / weight, hash);
        }

        // Ordered by race time, then by hash: the same order whatever order the words came in.
        Array.Sort(racers);
        var sample = new int[Math.Min(sampleSize, count)];
        for (var i = 0; i < sample.Length; i++)
        {
            sample[i] = StableHash.Fold(racers[i].Hash);
        }

        return sample;
    }

    /// <summary>
    /// The article's distinctive words by skeleton: long words weigh more; names of places and
    /// organisations (capitalised inside a sentence) are kept apart as language-independent
    /// evidence; person names are counted as mentions of their person instead.
    /// </summary>
    private sealed class Words
    {
        // An article's words are read into the collections of the thread that fingerprints it, so
        // that fingerprinting one allocates next to nothing for them; past this many words an
        // article's collections are let go rather than kept for the next.
        private const int KeptCapacity = 1 << 15;

        [ThreadStatic]
        private static Words? _forThisThread;

        public List<Token> Tokens { get; private set; } = new(1024);

        public Dictionary<string, double> Terms { get; private set; } = new(StringComparer.Ordinal);

        public Dictionary<string, double> Names { get; private set; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Mentions { get; } = new(StringComparer.Ordinal);

        private Dictionary<string, string> PersonBySkeleton { get; } = new(StringComparer.Ordinal);

        public static Words ForThisThread() => _forThisThread ??= new Words();

        public void Clear()
        {
            if (Tokens.Capacity > KeptCapacity)
            {
                (Tokens, Terms, Names) = (new(1024), new(StringComparer.Ordinal), new(StringComparer.Ordinal));
            }

            Tokens.Clear();
            Terms.Clear();
            Names.Clear();
            Mentions.Clear();
            PersonBySkeleton.Clear();
        }

        /// <summary>Reads <see cref="Tokens"/>, read already, into the terms, names and person mentions.</summary>
        public void Read(string[] personIds)
        {
            var tokens = Tokens;
            var personBySkeleton = PersonBySkeleton;
            foreach (var id in personIds)
            {
                var parts = id.Split('-');
                foreach (var part in parts.Length > 1 ? parts[1..] : parts)
                {
                    personBySkeleton.TryAdd(Skeleton(part), id);
                }

                personBySkeleton.TryAdd(Skeleton(parts[0]), string.Empty);
            }

            // A word's skeleton, and whether it is a stop word, are worked out once for every article (FoldedWords).
            for (var position = 0; position < tokens.Count; position++)
            {
                var token = tokens[position];
                if (token.Text.Length < 3 || token.IsNumber || token.Skeleton is not { } skeleton)
                {
                    continue;
                }

                if (personBySkeleton.Count > 0 && personBySkeleton.TryGetValue(skeleton, out var person))
                {
                    if (person.Length > 0)
                    {
                        // Whoever the headline and lede name is whom the story is about.
                        CollectionsMarshal.GetValueRefOrAddDefault(Mentions, person, out _) += position < LedeLength ? LedeWeight : 1;
                    }

                    continue;
                }

                if (token.IsProperNoun)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(Names, skeleton, out _) += 1;
                }

                if (token.Text.Length >= MinTermLength)
                {
                    var weight = (token.IsProperNoun ? 3.0 : 1.0) * (1.0 + (Math.Min(token.Text.Length - MinTermLength, 6) / 3.0));
                    ref var term = ref CollectionsMarshal.GetValueRefOrAddDefault(Terms, skeleton, out _);
                    term = Math.Max(term, weight);
                }
            }
        }
    }

    private static string[] SpecificNumbers(string text, List<Token> tokens, int max) =>
        [.. NumberTokens.Extract(text, tokens)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(NumberTokens.Specificity)
            .ThenBy(n => n, StringComparer.Ordinal)
            .Take(max)];
}
