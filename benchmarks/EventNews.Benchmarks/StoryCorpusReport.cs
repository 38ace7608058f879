using System.Globalization;
using EventNews.Analysis.Stories;

namespace EventNews.Benchmarks;

/// <summary>Prints the story-clustering evaluation of a labelled corpus; with --pairs, every cross-article comparison too.</summary>
public static class StoryCorpusReport
{
    public static int Run(string[] args)
    {
        if (args.Contains("--synthetic"))
        {
            var count = int.Parse(args[Array.IndexOf(args, "--synthetic") + 1], CultureInfo.InvariantCulture);
            var synthetic = EventNews.Synthetic.SyntheticCorpus.Generate(count, args.Contains("--seed7") ? 7 : 42)
                .Select(a => new LabelledArticle(a.FileName, a.Text, a.StoryId, a.PersonIds, a.Language));
            var result = StoryEvaluation.Run(synthetic, ClusteringOptions.Default, 40);
            Console.WriteLine(result.ToText());
            return 0;
        }

        var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "eval";
        if (args.Contains("--sweep"))
        {
            var corpus = StoryEvaluation.ReadCorpus(folder);
            var syntheticCorpus = EventNews.Synthetic.SyntheticCorpus.Generate(1500, 7)
                .Select(a => new LabelledArticle(a.FileName, a.Text, a.StoryId, a.PersonIds, a.Language)).ToList();
            foreach (var (prior, unknown) in new[] { (1.0, 1.0), (0.85, 1.0), (0.75, 1.0), (0.6, 1.0) })
            {
                foreach (var threshold in new[] { 0.26, 0.28, 0.30 })
                {
                    foreach (var merge in new[] { 0.0, 0.05 })
                    {
                        var o = ClusteringOptions.Default with { NumberDisagreementFactor = prior, UnknownDateFactor = unknown, MatchThreshold = threshold, MergeThreshold = threshold + merge };
                        var m = StoryEvaluation.Run(corpus, o).Metrics;
                        var s = StoryEvaluation.Run(syntheticCorpus, o, 0).Metrics;
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"prior {prior} unknown {unknown} threshold {threshold} merge +{merge}: P {m.PairwisePrecision:0.000} R {m.PairwiseRecall:0.000} F1 {m.PairwiseF1:0.000} B3 {m.BCubedF1:0.000} | synthetic P {s.PairwisePrecision:0.000} R {s.PairwiseRecall:0.000} F1 {s.PairwiseF1:0.000}"));
                    }
                }
            }

            return 0;
        }

        var evaluation = StoryEvaluation.Run(folder);
        Console.WriteLine(evaluation.ToText());
        var sizes = evaluation.Articles
            .Select((a, i) => System.Text.Json.JsonSerializer.Serialize(StoryFingerprinter.Create(StoryEvaluation.ToStoryArticle(a, i), ClusteringOptions.Default)).Length)
            .ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Fingerprint JSON: mean {sizes.Average():0} bytes, max {sizes.Max()} bytes"));
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
