using System.Globalization;
using EventNews.Analysis.Stories;

namespace EventNews.Benchmarks;

/// <summary>
/// The story-clustering evaluation report: of a labelled corpus folder (default eval/), or with
/// --synthetic N [--seed S] of generated articles. --pairs adds every comparison and the dates
/// read; --sweep compares thresholds on the corpus and on a synthetic sample.
/// </summary>
public static class StoryCorpusReport
{
    public static int Run(string[] args)
    {
        if (args.Contains("--synthetic"))
        {
            var count = int.Parse(args[Array.IndexOf(args, "--synthetic") + 1], CultureInfo.InvariantCulture);
            var seedAt = Array.IndexOf(args, "--seed");
            var seed = seedAt >= 0 ? int.Parse(args[seedAt + 1], CultureInfo.InvariantCulture) : 42;
            var synthetic = EventNews.Synthetic.SyntheticCorpus.Generate(count, seed)
                .Select(a => new LabelledArticle(a.FileName, a.Text, a.StoryId, a.PersonIds, a.Language));
            var result = StoryEvaluation.Run(synthetic, ClusteringOptions.Default, 40);
            Console.WriteLine(result.ToText());
            return 0;
        }

        var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "eval";
        if (args.Contains("--sweep"))
        {
            Sweep(folder);
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
            Console.WriteLine($"date {evaluation.Articles[i].FileName[..3]} {fingerprints[i].Published ?? "-"}");
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

    /// <summary>Match and merge thresholds against the corpus and a synthetic sample, to see what a change of default costs.</summary>
    private static void Sweep(string folder)
    {
        var corpus = StoryEvaluation.ReadCorpus(folder);
        var synthetic = EventNews.Synthetic.SyntheticCorpus.Generate(1500, 7)
            .Select(a => new LabelledArticle(a.FileName, a.Text, a.StoryId, a.PersonIds, a.Language))
            .ToList();
        foreach (var threshold in new[] { 0.24, 0.26, 0.28, 0.30, 0.32, 0.34, 0.36 })
        {
            var options = ClusteringOptions.Default with { MatchThreshold = threshold, MergeThreshold = threshold };
            var c = StoryEvaluation.Run(corpus, options, 0).Metrics;
            var s = StoryEvaluation.Run(synthetic, options, 0).Metrics;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold {threshold:0.00}: corpus P {c.PairwisePrecision:0.000} R {c.PairwiseRecall:0.000} F1 {c.PairwiseF1:0.000} B3 {c.BCubedF1:0.000} | synthetic P {s.PairwisePrecision:0.000} R {s.PairwiseRecall:0.000} F1 {s.PairwiseF1:0.000} B3 {s.BCubedF1:0.000}"));
        }
    }
}
