using EventNews.Analysis.Stories;

namespace EventNews.Analysis.Tests.Stories;

public class MergeAndThresholdTests
{
    [Fact]
    public void A_later_article_that_bridges_two_clusters_merges_them_into_the_oldest()
    {
        var first = StoryTestData.CorpusText("004_");
        var second = StoryTestData.CorpusText("010_");
        var clusterer = new StoryClusterer(ClusteringOptions.Default);
        var a = clusterer.Assign(StoryTestData.Fingerprint(first, 10));
        var b = clusterer.Assign(StoryTestData.Fingerprint(second, 11));
        Assert.NotEqual(a.ClusterId, b.ClusterId);

        var bridge = clusterer.Assign(StoryTestData.Fingerprint(first + "\n\n" + second, 12));

        Assert.Equal(a.ClusterId, bridge.ClusterId);
        Assert.Equal([b.ClusterId], bridge.MergedClusterIds);
        Assert.Equal(a.ClusterId, clusterer.ClusterOf(b.ArticleId));
        Assert.Equal("s-" + a.ArticleId, a.ClusterId);
        Assert.Equal(1, clusterer.ClusterCount);
    }

    [Fact]
    public void A_bridge_that_scores_below_the_merge_threshold_joins_one_cluster_without_merging()
    {
        var first = StoryTestData.CorpusText("004_");
        var second = StoryTestData.CorpusText("010_");
        var clusterer = new StoryClusterer(ClusteringOptions.Default with { MergeThreshold = 1.01 });
        var a = clusterer.Assign(StoryTestData.Fingerprint(first, 10));
        var b = clusterer.Assign(StoryTestData.Fingerprint(second, 11));

        var bridge = clusterer.Assign(StoryTestData.Fingerprint(first + "\n\n" + second, 12));

        Assert.Empty(bridge.MergedClusterIds);
        Assert.Equal(2, clusterer.ClusterCount);
        Assert.NotEqual(clusterer.ClusterOf(a.ArticleId), clusterer.ClusterOf(b.ArticleId));
    }

    [Fact]
    public void Raising_the_match_threshold_splits_a_cluster()
    {
        var standard = StoryEvaluation.Run(StoryTestData.Corpus, ClusteringOptions.Default);
        var strict = StoryEvaluation.Run(StoryTestData.Corpus, ClusteringOptions.Default with { MatchThreshold = 0.6, MergeThreshold = 0.6 });

        Assert.True(strict.FinalClusters.Distinct().Count() > standard.FinalClusters.Distinct().Count());
        var split = Enumerable.Range(0, standard.FinalClusters.Count)
            .SelectMany(i => Enumerable.Range(i + 1, standard.FinalClusters.Count - i - 1).Select(j => (i, j)))
            .Any(p => standard.FinalClusters[p.i] == standard.FinalClusters[p.j] && strict.FinalClusters[p.i] != strict.FinalClusters[p.j]);
        Assert.True(split);
    }

    [Fact]
    public void An_assignment_records_its_score_and_the_evidence_behind_it()
    {
        var evaluation = StoryEvaluation.Run(StoryTestData.Corpus, ClusteringOptions.Default);

        var joined = evaluation.Assignments.Where(a => a.Evidence is not null).ToList();
        Assert.NotEmpty(joined);
        Assert.All(joined, a =>
        {
            Assert.True(a.Score >= ClusteringOptions.Default.MatchThreshold);
            Assert.NotEqual(a.ArticleId, a.Evidence!.MatchedArticleId);
            Assert.Contains(a.Evidence.Rule, new[] { "near-duplicate", "shared-evidence" });
        });
        Assert.All(evaluation.Assignments.Where(a => a.Evidence is null), a => Assert.Equal("s-" + a.ArticleId, a.ClusterId));
    }
}
