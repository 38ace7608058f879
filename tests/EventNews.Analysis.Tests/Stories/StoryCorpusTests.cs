using EventNews.Analysis.Stories;

namespace EventNews.Analysis.Tests.Stories;

public class StoryCorpusTests
{
    [Fact]
    public void The_labelled_corpus_is_clustered_with_pairwise_F1_of_at_least_0_95_and_precision_of_at_least_0_98()
    {
        var evaluation = StoryEvaluation.Run(StoryTestData.EvalFolder());

        Assert.True(
            evaluation.Metrics.PairwiseF1 >= 0.95 && evaluation.Metrics.PairwisePrecision >= 0.98,
            evaluation.ToText());
    }

    [Fact]
    public void Through_the_real_analyzer_the_labelled_corpus_is_clustered_with_pairwise_F1_of_at_least_0_95_and_precision_of_at_least_0_98()
    {
        var evaluation = StoryEvaluation.RunWithAnalyzer(StoryTestData.EvalFolder(), new ArticleAnalyzer(AliasTable.Default));

        Assert.True(
            evaluation.Metrics.PairwiseF1 >= 0.95 && evaluation.Metrics.PairwisePrecision >= 0.98,
            evaluation.ToText());
    }

    [Fact]
    public void Every_wrong_pair_is_reported_with_its_evidence()
    {
        var evaluation = StoryEvaluation.Run(StoryTestData.Corpus, ClusteringOptions.Default with { MatchThreshold = 0.9, MergeThreshold = 0.9 });

        Assert.Equal(evaluation.Metrics.MissedPairs + evaluation.Metrics.FalsePairs, evaluation.WrongPairs.Count);
        Assert.All(evaluation.WrongPairs, pair => Assert.Equal(StoryEvaluation.Miss, pair.Kind));
        Assert.Contains("miss:", evaluation.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_calls_between_the_same_people_months_apart_stay_apart()
    {
        var clusterer = new StoryClusterer(ClusteringOptions.Default);
        var february = StoryTestData.Fingerprint(StoryTestData.CorpusText("002_"), 0, ["antony-blinken", "sergei-lavrov", "vladimir-putin", "viktor-orban"]);
        var july = StoryTestData.Fingerprint(StoryTestData.CorpusText("004_"), 1, ["antony-blinken", "sergei-lavrov", "joe-biden", "vladimir-putin"]);

        var first = clusterer.Assign(february);
        var second = clusterer.Assign(july);

        Assert.NotEqual(first.ClusterId, second.ClusterId);
        Assert.Null(second.Evidence);
    }
}
