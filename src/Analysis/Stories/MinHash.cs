using System.Numerics;

namespace EventNews.Analysis.Stories;

/// <summary>
/// MinHash over word shingles. The permutations are fixed multiply-add hashes drawn from a
/// constant seed, so signatures are comparable across processes and releases.
/// </summary>
public static class MinHash
{
    private const ulong Seed = 0x5EED_2022_0B11_CE5EUL;
    private static readonly Dictionary<int, (ulong[] A, ulong[] B)> Permutations = [];
    private static readonly Lock PermutationsLock = new();

    /// <summary>Distinct hashes of every run of <paramref name="size"/> consecutive words, sorted.</summary>
    public static ulong[] Shingles(IReadOnlyList<Token> tokens, int size)
    {
        var shingles = new ulong[Math.Max(1, tokens.Count)];
        return shingles[..Shingles(tokens, size, shingles)];
    }

    /// <summary>
    /// As <see cref="Shingles(IReadOnlyList{Token}, int)"/>, written into <paramref name="shingles"/>
    /// (room for one per word); returns how many there are.
    /// </summary>
    public static int Shingles(IReadOnlyList<Token> tokens, int size, Span<ulong> shingles)
    {
        if (tokens.Count == 0)
        {
            return 0;
        }

        var count = Math.Max(1, tokens.Count - size + 1);
        for (var i = 0; i < count; i++)
        {
            var hash = (ulong)size;
            for (var j = i; j < Math.Min(tokens.Count, i + size); j++)
            {
                hash = StableHash.Combine(hash, tokens[j].Hash);
            }

            shingles[i] = hash;
        }

        shingles = shingles[..count];
        shingles.Sort();
        var distinct = 0;
        for (var i = 0; i < shingles.Length; i++)
        {
            if (i == 0 || shingles[i] != shingles[i - 1])
            {
                shingles[distinct++] = shingles[i];
            }
        }

        return distinct;
    }

    /// <summary>
    /// The minimum of each of <paramref name="length"/> fixed permutations over the shingles. Whole
    /// groups of permutations are computed side by side in vector lanes; the rest one at a time.
    /// </summary>
    public static int[] Signature(ReadOnlySpan<ulong> shingles, int length)
    {
        var (a, b) = PermutationsFor(length);
        var minima = new ulong[length];
        Array.Fill(minima, uint.MaxValue);
        var inLanes = Vector.IsHardwareAccelerated ? length - (length % Vector<ulong>.Count) : 0;
        MinimaSideBySide(shingles, a.AsSpan(0, inLanes), b.AsSpan(0, inLanes), minima.AsSpan(0, inLanes));
        MinimaOneByOne(shingles, a.AsSpan(inLanes), b.AsSpan(inLanes), minima.AsSpan(inLanes));

        var signature = new int[length];
        for (var i = 0; i < length; i++)
        {
            signature[i] = unchecked((int)(uint)minima[i]);
        }

        return signature;
    }

    /// <summary>
    /// Lowers each of <paramref name="minima"/> to the least high half of <c>a * shingle + b</c>
    /// over the shingles, a vector of permutations at a time; the length must be a whole number
    /// of vectors.
    /// </summary>
    internal static void MinimaSideBySide(
        ReadOnlySpan<ulong> shingles, ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> minima)
    {
        var width = Vector<ulong>.Count;
        if (minima.Length % width != 0)
        {
            throw new ArgumentException($"{minima.Length} permutations are not a whole number of {width}-lane vectors.", nameof(minima));
        }

        for (var i = 0; i < minima.Length; i += width)
        {
            var multipliers = new Vector<ulong>(a[i..]);
            var offsets = new Vector<ulong>(b[i..]);
            var least = new Vector<ulong>(minima[i..]);
            foreach (var shingle in shingles)
            {
                least = Vector.Min(least, Vector.ShiftRightLogical((multipliers * shingle) + offsets, 32));
            }

            least.CopyTo(minima[i..]);
        }
    }

    /// <summary>As <see cref="MinimaSideBySide"/>, one permutation at a time, for any length.</summary>
    internal static void MinimaOneByOne(
        ReadOnlySpan<ulong> shingles, ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> minima)
    {
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < minima.Length; i++)
            {
                var value = ((a[i] * shingle) + b[i]) >> 32;
                if (value < minima[i])
                {
                    minima[i] = value;
                }
            }
        }
    }

    /// <summary>Estimated Jaccard similarity: the share of positions where two signatures agree.</summary>
    public static double Jaccard(int[] left, int[] right)
    {
        var length = Math.Min(left.Length, right.Length);
        if (length == 0)
        {
            return 0;
        }

        var equal = 0;
        for (var i = 0; i < length; i++)
        {
            if (left[i] == right[i])
            {
                equal++;
            }
        }

        return (double)equal / length;
    }

    internal static (ulong[] A, ulong[] B) PermutationsFor(int length)
    {
        lock (PermutationsLock)
        {
            if (Permutations.TryGetValue(length, out var cached))
            {
                return cached;
            }

            var a = new ulong[length];
            var b = new ulong[length];
            var state = Seed;
            for (var i = 0; i < length; i++)
            {
                state = StableHash.Mix(state + 0x9E3779B97F4A7C15UL);
                a[i] = state | 1;
                state = StableHash.Mix(state + 0x9E3779B97F4A7C15UL);
                b[i] = state;
            }

            Permutations[length] = (a, b);
            return (a, b);
        }
    }
}
