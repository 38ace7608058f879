using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EventNews.Analysis.Stories;

/// <summary>An article with its gold story, as read from a labelled corpus or made by a generator.</summary>
/// <param name="FileName">Name that orders the articles (they are fed in ordinal file-name order).</param>
/// <param name="Text">Raw file text, metadata prefix included.</param>
/// <param name="StoryId">Gold story label.</param>
/// <param name="PersonIds">Canonical person ids.</param>
/// <param name="Language">Language code, if known.</param>
/// <param name="Published">Publication date known from outside the text; when null the text's own header is read.</param>
public sealed record LabelledArticle(
    string FileName,
    string Text,
    string StoryId,
    IReadOnlyList<string> PersonIds,
    string? Language,
    PartialDate? Published = null);

/// <summary>A pair the clusterer got wrong: put together though the stories differ, or kept apart though they are one.</summary>
public sealed record WrongPair(string Kind, string FileA, string StoryA, string FileB, string StoryB, StoryComparison Comparison);

/// <summary>
/// Runs the clusterer over a labelled corpus in file-name order and measures it against the gold
/// stories: pairwise and BCubed scores, and every wrong pair with the evidence behind it.
/// </summary>
public sealed class StoryEvaluation
{
    public const string FalseMerge = "false merge";
    public const string Miss = "miss";

    private StoryEvaluation(
        IReadOnlyList<LabelledArticle> articles,
        IReadOnlyList<StoryAssignment> assignments,
        IReadOnlyList<string> finalClusters,
        ClusteringMetrics metrics,
        IReadOnlyList<WrongPair> wrongPairs,
        IReadOnlyList<WrongPair> wrongLinks,
        ClusteringOptions options)
    {
        WrongLinks = wrongLinks;
        Articles = articles;
        Assignments = assignments;
        FinalClusters = finalClusters;
        Metrics = metrics;
        WrongPairs = wrongPairs;
        Options = options;
    }

    public IReadOnlyList<LabelledArticle> Articles { get; }

    /// <summary>Assignments as made, one per article, in feeding order.</summary>
    public IReadOnlyList<StoryAssignment> Assignments { get; }

    /// <summary>Each article's cluster at the end (after later merges), in feeding order.</summary>
    public IReadOnlyList<string> FinalClusters { get; }

    public ClusteringMetrics Metrics { get; }

    public IReadOnlyList<WrongPair> WrongPairs { get; }

    /// <summary>Assignments that matched an article of another gold story: where false merges start.</summary>
    public IReadOnlyList<WrongPair> WrongLinks { get; }

    public ClusteringOptions Options { get; }

    /// <summary>Reads <c>gold.json</c> and <c>corpus/*.txt</c> from an evaluation folder (such as eval/).</summary>
    public static IReadOnlyList<LabelledArticle> ReadCorpus(string folder)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "gold.json")));
        var articles = new List<LabelledArticle>();
        foreach (var entry in gold.RootElement.GetProperty("articles").EnumerateArray())
        {
            var file = entry.GetProperty("file").GetString()!;
            var persons = entry.TryGetProperty("persons", out var list)
                ? list.EnumerateArray().Select(p => Slug(p.GetProperty("canonical").GetString()!)).ToList()
                : [];
            articles.Add(new LabelledArticle(
                file,
                File.ReadAllText(Path.Combine(folder, "corpus", file)),
                entry.GetProperty("story").GetString()!,
                persons,
                entry.TryGetProperty("language", out var language) ? language.GetString() : null));
        }

        return articles;
    }

    public static StoryEvaluation Run(string folder, ClusteringOptions? options = null) =>
        Run(ReadCorpus(folder), options ?? ClusteringOptions.Default);

    public static StoryEvaluation Run(IEnumerable<LabelledArticle> corpus, ClusteringOptions options, int maxWrongPairs = 500) =>
        Run(corpus, options, ToStoryArticle, maxWrongPairs);

    /// <summary>
    /// The corpus through the service's own pipeline: persons, title, clean text and date come from
    /// the real <see cref="ArticleAnalyzer"/> (as the projection gets them), not from the gold labels.
    /// Only the gold story labels are used, to score the result.
    /// </summary>
    public static StoryEvaluation RunWithAnalyzer(string folder, ArticleAnalyzer analyzer, ClusteringOptions? options = null, int maxWrongPairs = 500) =>
        RunWithAnalyzer(ReadCorpus(folder), analyzer, options, maxWrongPairs);

    /// <inheritdoc cref="RunWithAnalyzer(string, ArticleAnalyzer, ClusteringOptions?, int)"/>
    public static StoryEvaluation RunWithAnalyzer(IEnumerable<LabelledArticle> corpus, ArticleAnalyzer analyzer, ClusteringOptions? options = null, int maxWrongPairs = 500)
    {
        ArgumentNullException.ThrowIfNull(analyzer);

        // Language stays unknown, as for a plain-text file dropped into the inbox.
        return Run(
            corpus,
            options ?? ClusteringOptions.Default,
            (article, sequence) => StoryArticles.From(ArticleIdentity.Of(article.Text), sequence, analyzer.Analyze(new ArticleInput(article.Text)), language: null),
            maxWrongPairs);
    }

    private static StoryEvaluation Run(IEnumerable<LabelledArticle> corpus, ClusteringOptions options, Func<LabelledArticle, long, StoryArticle> describe, int maxWrongPairs)
    {
        var articles = corpus.OrderBy(a => a.FileName, StringComparer.Ordinal).ToList();
        var clusterer = new StoryClusterer(options);
        var fingerprints = new List<StoryFingerprint>(articles.Count);
        var assignments = new List<StoryAssignment>(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            var fingerprint = StoryFingerprinter.Create(describe(articles[i], i), options);
            fingerprints.Add(fingerprint);
            assignments.Add(clusterer.Assign(fingerprint));
        }

        var finalClusters = fingerprints.Select(f => clusterer.ClusterOf(f.ArticleId)!).ToList();
        var metrics = ClusteringMetrics.Compute(finalClusters, [.. articles.Select(a => a.StoryId)]);
        var wrong = FindWrongPairs(articles, fingerprints, finalClusters, clusterer, maxWrongPairs);
        var index = Enumerable.Range(0, articles.Count).ToDictionary(i => fingerprints[i].ArticleId, StringComparer.Ordinal);
        var links = new List<WrongPair>();
        for (var j = 0; j < articles.Count && links.Count < maxWrongPairs; j++)
        {
            if (assignments[j].Evidence is { } evidence && index[evidence.MatchedArticleId] is var i && articles[i].StoryId != articles[j].StoryId)
            {
                links.Add(new WrongPair("wrong link", articles[i].FileName, articles[i].StoryId, articles[j].FileName, articles[j].StoryId, clusterer.Compare(fingerprints[j], fingerprints[i])));
            }
        }

        return new StoryEvaluation(articles, assignments, finalClusters, metrics, wrong, links, options);
    }

    /// <summary>The article as the projection would describe it: header read from the text, a sequence from its position.</summary>
    public static StoryArticle ToStoryArticle(LabelledArticle article, long sequence)
    {
        ArgumentNullException.ThrowIfNull(article);
        var header = ArticleHeader.Read(article.Text);
        return new StoryArticle(
            ArticleIdentity.Of(article.Text),
            sequence,
            header.Title,
            header.Body,
            article.PersonIds,
            article.Published ?? header.Published,
            article.Language);
    }

    /// <summary>"Sergueï Lavrov" → "sergei-lavrov"-style ids: folded, non-letters as hyphens.</summary>
    public static string Slug(string name)
    {
        var folded = TextFolding.Fold(name);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }

    public string ToText() => ToText(withAssignments: true);

    /// <summary>Scores, wrong links and wrong pairs, without the line per article.</summary>
    public string ToSummaryText() => ToText(withAssignments: false);

    private string ToText(bool withAssignments)
    {
        var text = new StringBuilder();
        var m = Metrics;
        text.AppendLine(CultureInfo.InvariantCulture, $"Story clustering: {Articles.Count} articles, {Articles.Select(a => a.StoryId).Distinct().Count()} gold stories, {FinalClusters.Distinct().Count()} clusters");
        text.AppendLine(CultureInfo.InvariantCulture, $"Pairwise  P {m.PairwisePrecision:0.000}  R {m.PairwiseRecall:0.000}  F1 {m.PairwiseF1:0.000}  (true {m.TruePairs}, false merges {m.FalsePairs}, misses {m.MissedPairs})");
        text.AppendLine(CultureInfo.InvariantCulture, $"BCubed    P {m.BCubedPrecision:0.000}  R {m.BCubedRecall:0.000}  F1 {m.BCubedF1:0.000}");
        text.AppendLine();
        if (withAssignments)
        {
            text.AppendLine("Assignments:");
            for (var i = 0; i < Articles.Count; i++)
            {
                var a = Assignments[i];
                var matched = a.Evidence is null ? "new cluster" : $"{a.Evidence.Rule} with {FileOf(a.Evidence.MatchedArticleId)} score {a.Score:0.000}";
                var merged = a.MergedClusterIds.Count > 0 ? $" merged {string.Join(", ", a.MergedClusterIds)}" : string.Empty;
                text.AppendLine(CultureInfo.InvariantCulture, $"  {Articles[i].FileName} [{Articles[i].StoryId}] -> {FinalClusters[i]}: {matched}{merged}");
            }

            text.AppendLine();
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Wrong links ({WrongLinks.Count}):");
        foreach (var link in WrongLinks)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {link.FileB} [{link.StoryB}] joined {link.FileA} [{link.StoryA}]: {link.Comparison}");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Wrong pairs ({WrongPairs.Count}):");
        foreach (var pair in WrongPairs)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {pair.Kind}: {pair.FileA} [{pair.StoryA}] / {pair.FileB} [{pair.StoryB}]: {pair.Comparison}");
        }

        return text.ToString();
    }

    private string FileOf(string articleId)
    {
        for (var i = 0; i < Assignments.Count; i++)
        {
            if (Assignments[i].ArticleId == articleId)
            {
                return Articles[i].FileName;
            }
        }

        return articleId;
    }

    private static List<WrongPair> FindWrongPairs(
        List<LabelledArticle> articles,
        List<StoryFingerprint> fingerprints,
        List<string> clusters,
        StoryClusterer clusterer,
        int max)
    {
        var wrong = new List<WrongPair>();
        void Check(IEnumerable<IGrouping<string, int>> groups, bool predictedTogether)
        {
            foreach (var group in groups)
            {
                var members = group.Order().ToList();
                for (var x = 0; x < members.Count && wrong.Count < max; x++)
                {
                    for (var y = x + 1; y < members.Count && wrong.Count < max; y++)
                    {
                        var (i, j) = (members[x], members[y]);
                        var sameStory = articles[i].StoryId == articles[j].StoryId;
                        var sameCluster = clusters[i] == clusters[j];
                        if (predictedTogether ? sameCluster && !sameStory : sameStory && !sameCluster)
                        {
                            wrong.Add(new WrongPair(
                                predictedTogether ? FalseMerge : Miss,
                                articles[i].FileName, articles[i].StoryId,
                                articles[j].FileName, articles[j].StoryId,
                                clusterer.Compare(fingerprints[j], fingerprints[i])));
                        }
                    }
                }
            }
        }

        // Half the listing for each kind, so that many false merges do not hide every miss.
        var indices = Enumerable.Range(0, articles.Count).ToList();
        max /= 2;
        Check(indices.GroupBy(i => clusters[i], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal), predictedTogether: true);
        max = wrong.Count + max;
        Check(indices.GroupBy(i => articles[i].StoryId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal), predictedTogether: false);
        return wrong;
    }
}
