using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace EventNews.Analysis;

/// <summary>
/// An article is identified by the hash of its normalised text, so the same content delivered
/// twice, under any name, is one article.
/// </summary>
public static class ArticleIdentity
{
    /// <summary>Length of an article id in hex characters (64 bits of SHA-256).</summary>
    public const int Length = 16;

    public static string Of(string text)
    {
        // Made for every file that arrives: the normalised text and its UTF-8 bytes live only
        // while they are hashed, so they are borrowed from the shared pools.
        var composed = text.Normalize(NormalizationForm.FormC);
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, composed.Length));
        byte[]? bytes = null;
        try
        {
            var length = Normalise(composed, chars);
            bytes = ArrayPool<byte>.Shared.Rent(Math.Max(1, Encoding.UTF8.GetMaxByteCount(length)));
            var count = Encoding.UTF8.GetBytes(chars.AsSpan(0, length), bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, count), hash);
            return Convert.ToHexStringLower(hash[..(Length / 2)]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            if (bytes is not null)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }

    public static bool IsWellFormed(string id) =>
        id.Length == Length && id.All(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c));

    /// <summary>
    /// Unicode NFC, byte-order marks and zero-width characters removed, every run of white space
    /// folded to one space, trimmed. Differences that no reader sees do not make a new article.
    /// </summary>
    public static string Normalise(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        var chars = new char[composed.Length];
        return new string(chars, 0, Normalise(composed, chars));
    }

    /// <summary>Writes <see cref="Normalise(string)"/> of already composed text and returns its length.</summary>
    private static int Normalise(string composed, Span<char> destination)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in composed)
        {
            if (c is '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                destination[length++] = ' ';
                pendingSpace = false;
            }

            destination[length++] = c;
        }

        return length;
    }
}
