namespace EventNews.Analysis.Stories;

/// <summary>
/// A fixed 64-bit hash (FNV-1a over UTF-16 code units, finished with the SplitMix64 mixer).
/// Fingerprints are stored and reloaded by other processes, so the hash must never depend on the
/// process: string.GetHashCode is randomised per process and must not be used here.
/// </summary>
public static class StableHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> text, ulong seed = 0)
    {
        var hash = FnvOffset ^ seed;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= FnvPrime;
        }

        return Mix(hash);
    }

    /// <summary>Combines an already computed hash with another value, order-sensitively.</summary>
    public static ulong Combine(ulong left, ulong right) => Mix(left ^ (right + 0x9E3779B97F4A7C15UL + (left << 6) + (left >> 2)));

    /// <summary>SplitMix64 finaliser: spreads FNV's weak low bits over the whole word.</summary>
    public static ulong Mix(ulong value)
    {
        value ^= value >> 30;
        value *= 0xBF58476D1CE4E5B9UL;
        value ^= value >> 27;
        value *= 0x94D049BB133111EBUL;
        value ^= value >> 31;
        return value;
    }

    /// <summary>The 32-bit form stored in fingerprints (JSON stays small and exact as int).</summary>
    public static int Fold(ulong hash) => unchecked((int)(hash ^ (hash >> 32)));
}
