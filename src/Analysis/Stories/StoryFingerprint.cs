using System.Text.Json.Serialization;

namespace EventNews.Analysis.Stories;

/// <summary>
/// Everything retrieval and scoring need to know about one article, small enough to be stored as
/// one document per article and reloaded on restart. All hashes are fixed (see <see cref="StableHash"/>),
/// so a fingerprint written by one process means the same in another.
/// </summary>
public sealed record StoryFingerprint
{
    public required string ArticleId { get; init; }

    public long Sequence { get; init; }

    public string Title { get; init; } = string.Empty;

    public string? Language { get; init; }

    /// <summary>Publication date key (yyyy, yyyy-MM or yyyy-MM-dd), from metadata or stated in the text.</summary>
    public string? Published { get; init; }

    /// <summary>Number of distinct word shingles, to turn a Jaccard estimate into containment.</summary>
    public int ShingleCount { get; init; }

    /// <summary>MinHash signature over word shingles (unsigned minima stored as int).</summary>
    public int[] MinHash { get; init; } = [];

    /// <summary>Hashes of a consistent sample of distinctive words, reduced to consonant skeletons so that Pentagone and Pentagon agree.</summary>
    public int[] Terms { get; init; } = [];

    /// <summary>Hashes of a consistent sample of names of places and organisations (capitalised inside a sentence), as skeletons.</summary>
    public int[] Names { get; init; } = [];

    /// <summary>One hash per quotation.</summary>
    public int[] Quotes { get; init; } = [];

    /// <summary>Normalised numbers (100000, 5%, 2.5), most specific first.</summary>
    public string[] Numbers { get; init; } = [];

    /// <summary>Canonical person ids, sorted.</summary>
    public string[] Persons { get; init; } = [];

    /// <summary>How often each person is named in the text (plus one), parallel to <see cref="Persons"/>: who the story is about.</summary>
    public int[] PersonMentions { get; init; } = [];

    [JsonIgnore]
    public PartialDate? PublishedDate => PartialDate.TryParseKey(Published);
}
