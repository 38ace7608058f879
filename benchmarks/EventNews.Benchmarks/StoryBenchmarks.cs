using BenchmarkDotNet.Attributes;
using EventNews.Analysis;
using EventNews.Analysis.Stories;
using EventNews.Synthetic;

namespace EventNews.Benchmarks;

/// <summary>
/// The fingerprint the clusters view makes of each article: sample 002 (about 5 KB, boilerplate
/// included) as the service reads it, analysed first, so that its persons and date are the real ones.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class StoryFingerprintBenchmarks
{
    private readonly ClusteringOptions _options = ClusteringOptions.Default;
    private StoryArticle _article = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = SampleArticle.Read();
        var analysis = new ArticleAnalyzer(AliasTable.Default).Analyze(new ArticleInput(text));
        _article = StoryArticles.From(ArticleIdentity.Of(text), 0, analysis, "fr");
        StoryFingerprinter.Create(_article, _options);
    }

    [Benchmark]
    public StoryFingerprint Fingerprint() => StoryFingerprinter.Create(_article, _options);
}

/// <summary>
/// Cluster assignment per article: each invocation starts from a clusterer holding the first
/// <see cref="Stored"/> synthetic articles (restored in their clusters, as after a restart) and
/// assigns the next <see cref="Assigned"/> in sequence; the figure is per article. Fingerprints are
/// made beforehand and not timed.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[InvocationCount(1)]
public class StoryAssignmentBenchmarks
{
    private const int Assigned = 1000;
    private readonly ClusteringOptions _options = ClusteringOptions.Default;
    private StoryFingerprint[] _stored = [];
    private string[] _clusters = [];
    private StoryFingerprint[] _incoming = [];
    private StoryClusterer _clusterer = null!;

    [Params(10_000, 50_000)]
    public int Stored { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var fingerprints = SyntheticCorpus.Generate(Stored + Assigned, 42)
            .Select((article, sequence) =>
            {
                var header = ArticleHeader.Read(article.Text);
                var story = new StoryArticle(ArticleIdentity.Of(article.Text), sequence, header.Title, header.Body, article.PersonIds, header.Published, article.Language);
                return StoryFingerprinter.Create(story, _options);
            })
            .ToArray();
        _stored = fingerprints[..Stored];
        _incoming = fingerprints[Stored..];

        // Each stored article's cluster as it stands after all of them: later articles merge clusters.
        var clusterer = new StoryClusterer(_options);
        foreach (var fingerprint in _stored)
        {
            clusterer.Assign(fingerprint);
        }

        _clusters = [.. _stored.Select(f => clusterer.ClusterOf(f.ArticleId)!)];
    }

    [IterationSetup]
    public void RestoreStored()
    {
        _clusterer = new StoryClusterer(_options);
        for (var i = 0; i < _stored.Length; i++)
        {
            _clusterer.Restore(_stored[i], _clusters[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = Assigned)]
    public int Assign()
    {
        var clusters = 0;
        foreach (var fingerprint in _incoming)
        {
            clusters += _clusterer.Assign(fingerprint).ClusterId.Length;
        }

        return clusters;
    }
}
