using System.Diagnostics;
using System.Globalization;
using EventNews.Analysis;
using EventNews.Analysis.Stories;
using EventNews.Synthetic;

namespace EventNews.Benchmarks;

/// <summary>
/// Generates synthetic articles, fingerprints and assigns them in sequence, and reports the time
/// of all assignments, the mean cost of one assignment around 10% of the run and at its end, the
/// quality against the generator's ground truth, and memory. Generation is not timed.
/// </summary>
public static class StoryScaleBenchmark
{
    private const int Window = 1000;

    public static int Run(string[] args)
    {
        var count = IntOption(args, "--count", 100_000);
        var seed = IntOption(args, "--seed", 42);
        var options = ClusteringOptions.Default;
        var clusterer = new StoryClusterer(options);
        var early = Math.Max(Window / 2, count / 10);
        var (earlyFrom, earlyTo) = (early - (Window / 2), early + (Window / 2));
        var (lateFrom, lateTo) = (Math.Max(0, count - Window), count);

        // --dump FILE: every assignment as a JSON line, to compare two versions of the engine.
        var dumpAt = Array.IndexOf(args, "--dump");
        using var dump = dumpAt >= 0 ? new StreamWriter(args[dumpAt + 1]) : null;
        var gold = new List<string>(count);
        var ids = new List<string>(count);
        var variants = new List<string>(count);
        long fingerprintTicks = 0, assignTicks = 0, earlyTicks = 0, lateTicks = 0, generationTicks = 0;
        var stopwatch = new Stopwatch();
        var generation = Stopwatch.StartNew();
        var sequence = 0;
        foreach (var article in SyntheticCorpus.Generate(count, seed))
        {
            var header = ArticleHeader.Read(article.Text);
            var storyArticle = new StoryArticle(
                ArticleIdentity.Of(article.Text), sequence, header.Title, header.Body, article.PersonIds, header.Published, article.Language);
            generationTicks += generation.ElapsedTicks;

            stopwatch.Restart();
            var fingerprint = StoryFingerprinter.Create(storyArticle, options);
            var fingerprinted = stopwatch.ElapsedTicks;
            var assignment = clusterer.Assign(fingerprint);
            dump?.WriteLine(System.Text.Json.JsonSerializer.Serialize(assignment));
            var assigned = stopwatch.ElapsedTicks - fingerprinted;
            fingerprintTicks += fingerprinted;
            assignTicks += assigned;
            if (sequence >= earlyFrom && sequence < earlyTo)
            {
                earlyTicks += assigned;
            }

            if (sequence >= lateFrom && sequence < lateTo)
            {
                lateTicks += assigned;
            }

            gold.Add(article.StoryId);
            ids.Add(storyArticle.ArticleId);
            variants.Add(article.Variant);
            sequence++;
            if (sequence % 10_000 == 0)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {sequence:N0} articles, {clusterer.ClusterCount:N0} clusters, {Seconds(fingerprintTicks + assignTicks):0.0} s timed"));
            }

            generation.Restart();
        }

        var managedBytes = GC.GetTotalMemory(forceFullCollection: true);
        var peakBytes = Process.GetCurrentProcess().PeakWorkingSet64;
        var predicted = ids.Select(id => clusterer.ClusterOf(id)!).ToList();
        var metrics = ClusteringMetrics.Compute(predicted, gold);

        var earlyMean = Micro(earlyTicks) / Math.Max(1, Math.Min(earlyTo, sequence) - earlyFrom);
        var lateMean = Micro(lateTicks) / Math.Max(1, lateTo - lateFrom);
        var report = new List<string>
        {
            $"Story clustering scale run: {sequence:N0} synthetic articles (seed {seed}), {gold.Distinct().Count():N0} gold stories, {clusterer.ClusterCount:N0} clusters",
            $"Timed (fingerprint + assign, generation excluded): {Seconds(fingerprintTicks + assignTicks):0.0} s  (fingerprint {Seconds(fingerprintTicks):0.0} s, assign {Seconds(assignTicks):0.0} s); generation {Seconds(generationTicks):0.0} s",
            $"Mean assign cost around {early:N0} stored: {earlyMean:0.0} µs; around {sequence:N0} stored: {lateMean:0.0} µs; ratio {lateMean / earlyMean:0.00}",
            $"Pairwise P {metrics.PairwisePrecision:0.000} R {metrics.PairwiseRecall:0.000} F1 {metrics.PairwiseF1:0.000}; BCubed P {metrics.BCubedPrecision:0.000} R {metrics.BCubedRecall:0.000} F1 {metrics.BCubedF1:0.000}",
            $"Memory: peak working set {peakBytes / 1048576.0:0} MiB; managed heap after the run {managedBytes / 1048576.0:0} MiB",
        };
        report.AddRange(RecallByVariant(predicted, gold, variants));
        foreach (var line in report)
        {
            Console.WriteLine(line);
        }

        return 0;
    }

    /// <summary>Share of non-first articles of each kind that ended in the cluster of their story's first article.</summary>
    private static IEnumerable<string> RecallByVariant(List<string> predicted, List<string> gold, List<string> variants)
    {
        var firstCluster = new Dictionary<string, string>(StringComparer.Ordinal);
        var totals = new SortedDictionary<string, (int Joined, int All)>(StringComparer.Ordinal);
        for (var i = 0; i < gold.Count; i++)
        {
            if (firstCluster.TryAdd(gold[i], predicted[i]))
            {
                continue;
            }

            var (joined, all) = totals.GetValueOrDefault(variants[i]);
            totals[variants[i]] = (joined + (predicted[i] == firstCluster[gold[i]] ? 1 : 0), all + 1);
        }

        yield return "Joined their story's first article, by variant: " + string.Join(", ", totals.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {(double)t.Value.Joined / t.Value.All:0.000} ({t.Value.All:N0})")));
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    private static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;

    private static double Micro(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency;
}
