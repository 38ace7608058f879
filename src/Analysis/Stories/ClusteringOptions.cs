namespace EventNews.Analysis.Stories;

/// <summary>
/// Every knob of story clustering, with the defaults that were measured on the labelled corpus
/// (docs/clustering.md explains each). Fingerprint-shape options (shingle size, signature length,
/// sample sizes) change what is stored: fingerprints made with other values must be recomputed.
/// </summary>
public sealed record ClusteringOptions
{
    /// <summary>Words per shingle.</summary>
    public int ShingleSize { get; init; } = 4;

    /// <summary>MinHash signature length.</summary>
    public int SignatureLength { get; init; } = 64;

    /// <summary>Signature values per LSH band; bands = SignatureLength / BandRows.</summary>
    public int BandRows { get; init; } = 3;

    /// <summary>Distinctive words kept per article.</summary>
    public int TermSample { get; init; } = 32;

    /// <summary>Names of places and organisations kept per article.</summary>
    public int NameSample { get; init; } = 16;

    public int MaxQuotes { get; init; } = 8;

    public int MaxNumbers { get; init; } = 16;

    public int MaxPersons { get; init; } = 16;

    /// <summary>An article joins a cluster when its best score against a member reaches this.</summary>
    public double MatchThreshold { get; init; } = 0.3;

    /// <summary>A later article bridges two clusters when it scores at least this against both.</summary>
    public double MergeThreshold { get; init; } = 0.3;

    /// <summary>Text overlap from which the text alone decides (near-duplicate rule); below it the shared-evidence score decides.</summary>
    public double DuplicateThreshold { get; init; } = 0.6;

    /// <summary>Weights of the shared-evidence score; they are normalised to sum to one.</summary>
    public double TextWeight { get; init; } = 0.02;

    public double TermWeight { get; init; } = 0.09;

    public double NameWeight { get; init; } = 0.17;

    public double PersonWeight { get; init; } = 0.49;

    public double NumberWeight { get; init; } = 0.17;

    public double QuoteWeight { get; init; } = 0.06;

    /// <summary>Sum of number specificities at which shared numbers count fully.</summary>
    public double NumberSaturation { get; init; } = 2.0;

    /// <summary>Factor on shared evidence when both articles give two or more specific figures and share none of them.</summary>
    public double NumberDisagreementFactor { get; init; } = 0.6;

    /// <summary>Shared quotes at which quotes count fully.</summary>
    public int QuoteSaturation { get; init; } = 2;

    /// <summary>Date gaps up to this many days do not weaken the shared-evidence score.</summary>
    public int SameStoryDays { get; init; } = 3;

    /// <summary>From this date gap on, shared evidence (other than near-identical text) no longer counts.</summary>
    public int MaxDateGapDays { get; init; } = 14;

    /// <summary>Factor applied to shared evidence when either date is unknown.</summary>
    public double UnknownDateFactor { get; init; } = 1.0;

    /// <summary>Shared persons expected for full person credit when either date is unknown (when both are known: two, or fewer if an article names fewer).</summary>
    public int UndatedSharedPersons { get; init; } = 3;

    /// <summary>Near-identical text further apart than this is halved (a story retold months later is another story).</summary>
    public int MaxDuplicateGapDays { get; init; } = 60;

    /// <summary>Below this many shingles, text overlap is measured as Jaccard rather than containment.</summary>
    public int MinShinglesForContainment { get; init; } = 25;

    /// <summary>Fewer agreeing signature positions than this: text overlap stays the Jaccard estimate.</summary>
    public int MinAgreeingPositions { get; init; } = 8;

    /// <summary>Unseen articles assumed when judging how common a person, name or word is (see docs/clustering.md).</summary>
    public double RarityPrior { get; init; } = 2;

    /// <summary>Articles scored in full per assignment, the best of those retrieved.</summary>
    public int MaxCandidates { get; init; } = 64;

    /// <summary>Most recent articles kept per retrieval key; older ones are reachable through rarer keys.</summary>
    public int MaxPostingLength { get; init; } = 64;

    public static ClusteringOptions Default { get; } = new();
}
