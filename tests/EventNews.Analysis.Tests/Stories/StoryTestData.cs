using EventNews.Analysis.Stories;
using EventNews.Synthetic;

namespace EventNews.Analysis.Tests.Stories;

/// <summary>The labelled corpus of the repository (eval/) and small helpers to turn text into fingerprints.</summary>
internal static class StoryTestData
{
    private static readonly Lazy<IReadOnlyList<LabelledArticle>> LazyCorpus = new(() => StoryEvaluation.ReadCorpus(EvalFolder()));

    public static IReadOnlyList<LabelledArticle> Corpus => LazyCorpus.Value;

    public static string EvalFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "eval");
            if (File.Exists(Path.Combine(candidate, "gold.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No eval/gold.json above " + AppContext.BaseDirectory);
    }

    public static string CorpusText(string filePrefix) =>
        Corpus.Single(a => a.FileName.StartsWith(filePrefix, StringComparison.Ordinal)).Text;

    public static IReadOnlyList<LabelledArticle> Synthetic(int count, int seed) =>
        [.. SyntheticCorpus.Generate(count, seed).Select(a => new LabelledArticle(a.FileName, a.Text, a.StoryId, a.PersonIds, a.Language))];

    public static StoryFingerprint Fingerprint(string text, long sequence, IReadOnlyList<string>? persons = null, ClusteringOptions? options = null)
    {
        var article = StoryEvaluation.ToStoryArticle(new LabelledArticle($"{sequence:D3}.txt", text, "?", persons ?? [], "fr"), sequence);
        return StoryFingerprinter.Create(article, options ?? ClusteringOptions.Default);
    }

    public static List<StoryFingerprint> Fingerprints(IReadOnlyList<LabelledArticle> articles, ClusteringOptions options) =>
        [.. articles.OrderBy(a => a.FileName, StringComparer.Ordinal).Select((a, i) => StoryFingerprinter.Create(StoryEvaluation.ToStoryArticle(a, i), options))];
}
