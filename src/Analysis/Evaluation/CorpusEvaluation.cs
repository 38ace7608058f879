
namespace EventNews.Analysis.Evaluation;

/// <summary>
/// Runs the analyzer over a labelled corpus and scores it. A predicted person matches a gold
/// person of the same article when their canonical names have the same key after the alias
/// table. Across the corpus, a gold person predicted under two ids is a split, and two gold people
/// under one id a wrong merge (a prediction is aligned with a gold person when the keys match or
/// they share a spelling). A false positive aligned with no labelled person anywhere in the corpus
/// is counted as a non-person. Mentioned dates are scored in the articles that label them
/// (<see cref="MentionedDateScore"/>).
/// </summary>
public static class CorpusEvaluation
{
    public static EvaluationReport Run(string folder, ArticleAnalyzer analyzer) => Run(GoldCorpus.Load(folder), analyzer);

    public static EvaluationReport Run(GoldCorpus corpus, ArticleAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(analyzer);
        var aliases = analyzer.Aliases;
        var misses = new List<PersonError>();
        var falsePositives = new List<PersonError>();
        var dateMisses = new List<DateError>();
        var idsByGold = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var goldByPredicted = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var goldNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var allGoldKeys = new HashSet<string>(StringComparer.Ordinal);
        var unaligned = new List<PersonError>();
        int truePositives = 0, datesRight = 0, datesStated = 0;
        var mentioned = MentionedDateScore.None;

        foreach (var gold in corpus.Articles)
        {
            foreach (var person in gold.Persons ?? [])
            {
                allGoldKeys.Add(aliases.CanonicalKey(person.Canonical));
                foreach (var surface in person.Surfaces ?? [])
                {
                    allGoldKeys.Add(aliases.CanonicalKey(surface));
                }
            }
        }

        foreach (var gold in corpus.Articles)
        {
            var text = corpus.ReadText(gold);
            var analysis = analyzer.Analyze(new ArticleInput(text, Language: gold.Language));
            if (gold.MentionedDates is { } labels)
            {
                mentioned = mentioned.Add(gold.File, text, labels, analysis.MentionedDates);
            }

            var goldPersons = (gold.Persons ?? []).Select(p => new GoldKeyed(p, aliases.CanonicalKey(p.Canonical), SurfaceKeys(p.Surfaces ?? [], aliases))).ToList();
            var predicted = analysis.Persons.Select(p => new PredictedKeyed(p, aliases.CanonicalKey(p.CanonicalName), SurfaceKeys(p.Surfaces.Select(s => s.Surface), aliases))).ToList();

            foreach (var g in goldPersons)
            {
                goldNames.TryAdd(g.Key, g.Person.Canonical);
                if (predicted.Any(p => p.Key == g.Key))
                {
                    truePositives++;
                }
                else
                {
                    misses.Add(new PersonError(gold.File, g.Person.Canonical, null, string.Join(", ", g.Person.Surfaces ?? [])));
                }
            }

            foreach (var p in predicted)
            {
                var aligned = goldPersons.Where(g => g.Key == p.Key || g.SurfaceKeys.Overlaps(p.SurfaceKeys)).ToList();
                foreach (var g in aligned)
                {
                    Add(idsByGold, g.Key, p.Person.PersonId);
                    Add(goldByPredicted, p.Person.PersonId, g.Key);
                }

                if (goldPersons.Any(g => g.Key == p.Key))
                {
                    continue;
                }

                var surfaces = string.Join(", ", p.Person.Surfaces.Select(s => s.Surface));
                var error = new PersonError(gold.File, p.Person.CanonicalName, p.Person.PersonId, surfaces);
                falsePositives.Add(error);
                if (aligned.Count == 0 && !allGoldKeys.Contains(p.Key) && !p.SurfaceKeys.Overlaps(allGoldKeys))
                {
                    unaligned.Add(error);
                }
            }

            var expected = Expected(gold.Published);
            if (gold.Published is not null)
            {
                datesStated++;
                if (Equals(expected, analysis.Published.Date))
                {
                    datesRight++;
                }
                else
                {
                    dateMisses.Add(new DateError(gold.File, expected?.Key ?? "unknown", analysis.Published.Date?.Key ?? "unknown", analysis.Published.Source));
                }
            }
        }

        var splits = idsByGold.Where(e => e.Value.Count > 1)
            .Select(e => new SplitError(goldNames.GetValueOrDefault(e.Key, e.Key), e.Value.ToList())).ToList();
        var merges = goldByPredicted.Where(e => e.Value.Count > 1)
            .Select(e => new MergeError(e.Key, e.Value.Select(k => goldNames.GetValueOrDefault(k, k)).ToList())).ToList();

        return new EvaluationReport(
            corpus.Articles.Count,
            truePositives,
            falsePositives.Count,
            misses.Count,
            misses,
            falsePositives,
            unaligned,
            splits,
            merges,
            datesRight,
            datesStated,
            dateMisses,
            mentioned);
    }

    private static PartialDate? Expected(GoldDate? date) =>
        date?.Value is null || string.Equals(date.Precision, "unknown", StringComparison.OrdinalIgnoreCase) ? null : PartialDate.TryParseKey(date.Value);

    private static HashSet<string> SurfaceKeys(IEnumerable<string> surfaces, AliasTable aliases) =>
        surfaces.Select(NameKey.Of).Concat(surfaces.Select(aliases.CanonicalKey)).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);

    private static void Add(SortedDictionary<string, SortedSet<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var set))
        {
            set = new SortedSet<string>(StringComparer.Ordinal);
            map[key] = set;
        }

        set.Add(value);
    }

    private sealed record GoldKeyed(GoldPerson Person, string Key, HashSet<string> SurfaceKeys);

    private sealed record PredictedKeyed(PersonSummary Person, string Key, HashSet<string> SurfaceKeys);
}
