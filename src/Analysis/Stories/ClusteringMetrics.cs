namespace EventNews.Analysis.Stories;

/// <summary>Pairwise and BCubed precision, recall and F1 of a clustering against gold labels.</summary>
public sealed record ClusteringMetrics(
    double PairwisePrecision,
    double PairwiseRecall,
    double PairwiseF1,
    double BCubedPrecision,
    double BCubedRecall,
    double BCubedF1,
    long TruePairs,
    long FalsePairs,
    long MissedPairs)
{
    /// <summary>Both lists give, per item in the same order, a predicted and a gold cluster label.</summary>
    public static ClusteringMetrics Compute(IReadOnlyList<string> predicted, IReadOnlyList<string> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        if (predicted.Count != gold.Count)
        {
            throw new ArgumentException("One predicted label per gold label.", nameof(predicted));
        }

        var predictedSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var goldSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var cellSizes = new Dictionary<(string, string), long>();
        for (var i = 0; i < predicted.Count; i++)
        {
            predictedSizes[predicted[i]] = predictedSizes.GetValueOrDefault(predicted[i]) + 1;
            goldSizes[gold[i]] = goldSizes.GetValueOrDefault(gold[i]) + 1;
            cellSizes[(predicted[i], gold[i])] = cellSizes.GetValueOrDefault((predicted[i], gold[i])) + 1;
        }

        static long Pairs(long n) => n * (n - 1) / 2;
        var truePairs = cellSizes.Values.Sum(Pairs);
        var predictedPairs = predictedSizes.Values.Sum(Pairs);
        var goldPairs = goldSizes.Values.Sum(Pairs);
        var precision = predictedPairs == 0 ? 1.0 : (double)truePairs / predictedPairs;
        var recall = goldPairs == 0 ? 1.0 : (double)truePairs / goldPairs;

        double bPrecision = 0, bRecall = 0;
        for (var i = 0; i < predicted.Count; i++)
        {
            var cell = (double)cellSizes[(predicted[i], gold[i])];
            bPrecision += cell / predictedSizes[predicted[i]];
            bRecall += cell / goldSizes[gold[i]];
        }

        var n = Math.Max(1, predicted.Count);
        bPrecision /= n;
        bRecall /= n;
        return new ClusteringMetrics(
            precision, recall, F1(precision, recall),
            bPrecision, bRecall, F1(bPrecision, bRecall),
            truePairs, predictedPairs - truePairs, goldPairs - truePairs);
    }

    private static double F1(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
