using System.Globalization;
using EventNews.Analysis.Stories;

namespace EventNews.Benchmarks;

/// <summary>Prints the story-clustering evaluation of a labelled corpus; with --pairs, every cross-article comparison too.</summary>
public static class StoryCorpusReport
{
    public static int Run(string[] args)
    {
        var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "eval";
        if (args.Contains("--sweep"))
        {
            var corpus = StoryEvaluation.ReadCorpus(folder);
            foreach (var unknown in new[] { 0.6, 0.7, 0.8, 0.9 })
            {
                foreach (var threshold in new[] { 0.26, 0.28, 0.30, 0.32, 0.34, 0.36, 0.38, 0.40 })
                {
                    foreach (var merge in new[] { 0.0, 0.05, 0.1 })
                    {
                        var o = ClusteringOptions.Default with { UnknownDateFactor = unknown, MatchThreshold = threshold, MergeThreshold = threshold + merge };
                        var m = StoryEvaluation.Run(corpus, o).Metrics;
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"unknown {unknown} threshold {threshold} merge +{merge}: P {m.PairwisePrecision:0.000} R {m.PairwiseRecall:0.000} F1 {m.PairwiseF1:0.000} B3 {m.BCubedF1:0.000}"));
                    }
                }
            }

            return 0;
        }

        var evaluation = StoryEvaluation.Run(folder);
        Console.WriteLine(evaluation.ToText());
        if (!args.Contains("--pairs"))
        {
            return 0;
        }

        var options = ClusteringOptions.Default;
        var clusterer = new StoryClusterer(options);
        var fingerprints = evaluation.Articles.Select((a, i) => StoryFingerprinter.Create(StoryEvaluation.ToStoryArticle(a, i), options)).ToList();
        foreach (var fingerprint in fingerprints)
        {
            clusterer.Assign(fingerprint);
        }

        for (var i = 0; i < fingerprints.Count; i++)
        {
            Console.WriteLine($"DATE {evaluation.Articles[i].FileName[..3]} {fingerprints[i].Published ?? "-"}");
        }

        for (var j = 0; j < fingerprints.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                var same = evaluation.Articles[i].StoryId == evaluation.Articles[j].StoryId;
                var comparison = clusterer.Compare(fingerprints[j], fingerprints[i]);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(same ? "SAME" : "diff")} {evaluation.Articles[j].FileName[..3]}-{evaluation.Articles[i].FileName[..3]} {comparison}"));
            }
        }

        return 0;
    }
}
