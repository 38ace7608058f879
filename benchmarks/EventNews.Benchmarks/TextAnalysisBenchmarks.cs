using BenchmarkDotNet.Attributes;
using EventNews.Analysis;

namespace EventNews.Benchmarks;

/// <summary>One article of about 5 KB (sample 002 with its boilerplate) through the whole analysis.</summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class TextAnalysisBenchmarks
{
    private readonly ArticleAnalyzer _analyzer = new(AliasTable.Default);
    private ArticleInput _article = new(string.Empty);

    [GlobalSetup]
    public void Setup()
    {
        _article = new ArticleInput(SampleArticle.Read());
        _analyzer.Analyze(_article);
    }

    /// <summary>The optional parts made besides cleaning and the publication date.</summary>
    [Params(AnalysisParts.All)]
    public AnalysisParts Parts { get; set; } = AnalysisParts.All;

    [Benchmark]
    public ArticleAnalysis AnalyzeArticle()
    {
        var analysis = _analyzer.Analyze(_article, Parts);

        // The whole analysis is what the articles and clusters views read: title and clean text
        // included, which are made on first read.
        if (Parts == AnalysisParts.All)
        {
            _ = analysis.Title;
        }

        return analysis;
    }
}
